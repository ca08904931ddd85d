"""Response -> verdict: was the student right, and which FSRS rating does the review get.

One checker per question type in `CHECKERS`; a checker says how right a response is
(correct, score, typo, feedback) and `grade` turns that into a rating by the rules below.
The checkers, and the thresholds named below (TYPO_DISTANCE, ORDER_PARTIAL_MIN,
MATCHING_PARTIAL_MIN), are in checkers.py.

Rating rules
------------
- Wrong (or an empty typed answer) -> Again (1).
- Right with a small typo (typed answers) -> Hard (2).
- Partly right order (score >= ORDER_PARTIAL_MIN but not 1.0) -> Hard (2); the response
  still counts as not correct, the score says how close it was.
- Right but slow -> Hard (2).
- Right -> Good (3).
- Right and fast -> Easy (4), except at first sight of a multiple-choice or true/false
  question (GUESSABLE), where it is Good: there a fast right answer is as often a lucky guess
  (bench/first_sight_easy.py: 14 to 46% of them), and Easy would put it off for 8 days.
- Flashcards: the student's own rating (1..4) is the rating; anything above Again is correct.

"Fast" means under FAST_MS[type] + FAST_MS_PER_CHAR per character of text to read,
"slow" means over SLOW_MS[type] + SLOW_MS_PER_CHAR per character; the text to read is the
prompt plus every choice. Without `elapsed_ms` there is no speed adjustment (right is Good).

Typed answers (cloze, short) are compared after `text.normalize` (diacritics, tatweel, hamza
forms, ta marbuta, alef maqsura, Arabic-Indic digits, case, punctuation and articles do not
matter). A small typo is tolerated relative to the length of the accepted answer: see
TYPO_DISTANCE. The distance is the optimal string alignment one (rapidfuzz's OSA): a letter
added, dropped or changed, or two neighbouring letters swapped, each count one, so «الثالثاء»
for «الثلاثاء» is one slip, not two. Numbers are never fuzzy: an answer that is all digits, or
whose numbers differ from the accepted answer's, must match exactly. A whole number is the same
answer in digits or as a word, in either language, alone or inside a phrase: "7" for "seven",
«سبعة» for "7", "3 points" for "three points", «العشرين» for "20"; and with its thousands set
apart by a comma, «٬» or a space or not: "30,000" for "30000".

Order: score = 1 - 2 * (pairs of items in the wrong relative order) / (all pairs), at least 0
(Kendall's tau, floored at 0). It counts every pair, not only neighbours, and is scaled so that
a random order averages 0 before the floor, so an order left as shuffled rarely earns credit.
Perfect order scores 1.0, one swap of neighbours among 5 items 0.8, among 4 items 0.67, among
3 items 0.33; reversed scores 0.0. So three items never earn Hard, on purpose: were one swap
Hard there, 3 of the 6 orders would pass and a student who guesses would pass half the time.
Quizzes score right or wrong: a partly right order is wrong there (its score is kept).

Numerical: the response is a number (Arabic-Indic digits, a decimal comma or the Arabic
decimal separator are read, see numerical.py); the first accepted value within its tolerance
gives the score, its weight. Full marks is right; part marks (a wider tolerance worth 50%,
say) is not correct and rated Hard; nothing within any tolerance is Again. Text that is not a
number is refused as InvalidResponse, so the student may type it again.

Matching: the score is the share of left items matched right, as Moodle counts it. All right
is right (Good, or Hard/Easy by speed); at least MATCHING_PARTIAL_MIN right is not correct but
Hard; fewer is Again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .checkers import (
    AGAIN,
    EASY,
    GOOD,
    HARD,
    InvalidResponse,
    Outcome,
    check_flashcard,
    check_matching,
    check_mcq,
    check_multi,
    check_numerical,
    check_order,
    check_truefalse,
    check_typed,
)
from .questions import Question

# Base answering time per question type, before reading time, in milliseconds.
FAST_MS = {
    "mcq": 4_000,
    "truefalse": 3_000,
    "multi": 6_000,
    "order": 8_000,
    "cloze": 6_000,
    "short": 8_000,
    "numerical": 8_000,
    "matching": 10_000,
}
SLOW_MS = {
    "mcq": 20_000,
    "truefalse": 15_000,
    "multi": 30_000,
    "order": 40_000,
    "cloze": 30_000,
    "short": 40_000,
    "numerical": 40_000,
    "matching": 60_000,
}
# Reading time per character of prompt and choices.
FAST_MS_PER_CHAR = 30
SLOW_MS_PER_CHAR = 60

# Types a student can answer right by guessing often enough that a fast right answer at first
# sight is capped at Good (see the module docstring).
GUESSABLE = frozenset({"mcq", "truefalse"})


@dataclass(frozen=True)
class Verdict:
    correct: bool
    rating: int
    score: float
    typo: bool = False
    feedback: str = ""


Checker = Callable[[Question, object], Outcome]


def grade(
    question: Question,
    response: object,
    *,
    elapsed_ms: int | None = None,
    self_rating: int | None = None,
    first_sight: bool = False,
) -> Verdict:
    """Check `response` to `question` and rate the review by the rules in the module docstring.

    For a flashcard `response` is ignored and `self_rating` (1..4) is required. `first_sight`:
    the student has no card on the question's current answer yet.

    :raises InvalidResponse: the response (or elapsed_ms, self_rating) has the wrong shape.
    """
    checker = CHECKERS.get(question.type)
    if checker is None:
        raise ValueError(f"no checker for question type {question.type!r}")
    if elapsed_ms is not None and (
        isinstance(elapsed_ms, bool) or not isinstance(elapsed_ms, int) or elapsed_ms < 0
    ):
        raise InvalidResponse(f"elapsed_ms must be a non-negative whole number, not {elapsed_ms!r}")
    if question.type == "flashcard":
        outcome = checker(question, self_rating)
    elif self_rating is not None:
        raise InvalidResponse(f"self_rating applies to flashcards only, not to {question.type}")
    else:
        outcome = checker(question, response)
    rating = (
        outcome.rating if outcome.rating is not None else _rating(question, outcome, elapsed_ms)
    )
    if first_sight and question.type in GUESSABLE:
        rating = min(rating, GOOD)
    return Verdict(outcome.correct, rating, outcome.score, outcome.typo, outcome.feedback)


def _rating(question: Question, outcome: Outcome, elapsed_ms: int | None) -> int:
    if not outcome.correct:
        return AGAIN
    if outcome.typo:
        return HARD
    if elapsed_ms is None:
        return GOOD
    chars = len(question.prompt) + sum(len(c) for c in question.choices or [])
    if elapsed_ms > SLOW_MS[question.type] + SLOW_MS_PER_CHAR * chars:
        return HARD
    if elapsed_ms < FAST_MS[question.type] + FAST_MS_PER_CHAR * chars:
        return EASY
    return GOOD


CHECKERS: dict[str, Checker] = {
    "mcq": check_mcq,
    "multi": check_multi,
    "order": check_order,
    "cloze": check_typed,
    "short": check_typed,
    "truefalse": check_truefalse,
    "flashcard": check_flashcard,
    "numerical": check_numerical,
    "matching": check_matching,
}
