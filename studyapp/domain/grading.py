"""Response -> verdict: was the student right, and which FSRS rating does the review get.

One checker per question type in `CHECKERS`; a checker says how right a response is
(correct, score, typo, feedback) and `grade` turns that into a rating by the rules below.

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
«سبعة» for "7", "3 points" for "three points", «العشرين» for "20".

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

import re
from collections.abc import Callable
from dataclasses import dataclass

from fsrs import Rating
from rapidfuzz.distance import OSA

from . import matching, numerical
from .number_words import in_digits
from .questions import Question
from .text import normalize

AGAIN = int(Rating.Again)
HARD = int(Rating.Hard)
GOOD = int(Rating.Good)
EASY = int(Rating.Easy)

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

# Edit distance (a swap of neighbours counts one) forgiven as a typo, by the letters of the
# normalised accepted answer (spaces between its words do not count): up to 3 letters none,
# 4 to 7 letters one, 8 or more two.
TYPO_DISTANCE = ((8, 2), (4, 1), (0, 0))

# Types a student can answer right by guessing often enough that a fast right answer at first
# sight is capped at Good (see the module docstring).
GUESSABLE = frozenset({"mcq", "truefalse"})

# The lowest order score that still earns Hard instead of Again.
ORDER_PARTIAL_MIN = 0.5

# The lowest share of right matches that still earns Hard instead of Again.
MATCHING_PARTIAL_MIN = 0.5

FEEDBACK_TYPO = "typo"
FEEDBACK_PARTIAL = "partial"
FEEDBACK_PARTIAL_ORDER = "partial_order"
FEEDBACK_EMPTY = "empty"


class InvalidResponse(ValueError):
    """The response does not have the shape the question type expects."""


@dataclass(frozen=True)
class Verdict:
    correct: bool
    rating: int
    score: float
    typo: bool = False
    feedback: str = ""


@dataclass(frozen=True)
class Outcome:
    """What a checker finds, before speed and the rating rules are applied."""

    correct: bool
    score: float
    typo: bool = False
    feedback: str = ""
    rating: int | None = None  # set when the rating is fixed whatever the speed


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


def _right(correct: bool) -> Outcome:
    return Outcome(correct=correct, score=1.0 if correct else 0.0)


def _choice_list(question: Question, response: object) -> list[str]:
    """The response as a list of the question's choices, or InvalidResponse."""
    if not isinstance(response, list | tuple):
        raise InvalidResponse(
            f"{question.type} expects a list of choices, not {type(response).__name__}"
        )
    choices = question.choices or []
    for item in response:
        if not isinstance(item, str) or item not in choices:
            raise InvalidResponse(f"{item!r} is not one of the choices")
    return list(response)


def check_mcq(question: Question, response: object) -> Outcome:
    if not isinstance(response, str):
        raise InvalidResponse(
            f"mcq expects the chosen choice as text, not {type(response).__name__}"
        )
    if response not in (question.choices or []):
        raise InvalidResponse(f"{response!r} is not one of the choices")
    return _right(response == question.answer)


def check_multi(question: Question, response: object) -> Outcome:
    chosen = _choice_list(question, response)
    answer = question.answer if isinstance(question.answer, list) else []
    return _right(set(chosen) == set(answer))


def check_order(question: Question, response: object) -> Outcome:
    order = _choice_list(question, response)
    answer = question.answer if isinstance(question.answer, list) else []
    if sorted(order) != sorted(answer):
        raise InvalidResponse("order must list every choice exactly once")
    if order == answer:
        return _right(True)
    score = _order_score(order, answer)
    if score >= ORDER_PARTIAL_MIN:
        return Outcome(correct=False, score=score, feedback=FEEDBACK_PARTIAL_ORDER, rating=HARD)
    return Outcome(correct=False, score=score)


def _order_score(order: list[str], answer: list[str]) -> float:
    """Kendall's tau between the two orders, floored at 0."""
    position = {item: index for index, item in enumerate(answer)}
    ranks = [position[item] for item in order]
    pairs = len(ranks) * (len(ranks) - 1) // 2
    swapped = sum(1 for i, a in enumerate(ranks) for b in ranks[i + 1 :] if a > b)
    return max(0.0, 1 - 2 * swapped / pairs)


def check_typed(question: Question, response: object) -> Outcome:
    """Cloze and short answers: normalised match, else a small typo, never fuzzy on numbers."""
    if not isinstance(response, str):
        raise InvalidResponse(f"{question.type} expects typed text, not {type(response).__name__}")
    given = normalize(response)
    if not given:
        return Outcome(correct=False, score=0.0, feedback=FEEDBACK_EMPTY)
    accepted = [a for a in (normalize(str(a)) for a in question.accepted_answers) if a]
    if given in accepted:
        return _right(True)
    if in_digits(given) in {in_digits(answer) for answer in accepted}:
        return _right(True)  # "2" for a key written "Two", "3 points" for "three points"
    # With the articles kept too: "عبدالناصر" run together is a space away from "عبد الناصر",
    # not the article's two letters away from "عبد ناصر".
    given_in_full = normalize(response, drop_articles=False)
    in_full = [normalize(str(a), drop_articles=False) for a in question.accepted_answers]
    for answer in accepted:
        if _is_typo(given, answer):
            return Outcome(correct=True, score=1.0, typo=True, feedback=FEEDBACK_TYPO)
    if any(_is_typo(given_in_full, answer) for answer in in_full if answer):
        return Outcome(correct=True, score=1.0, typo=True, feedback=FEEDBACK_TYPO)
    return _right(False)


_DIGIT_RUN = re.compile(r"\d+")


def _is_typo(given: str, answer: str) -> bool:
    if given.replace(" ", "").isdigit() or answer.replace(" ", "").isdigit():
        return False
    if _DIGIT_RUN.findall(given) != _DIGIT_RUN.findall(answer):
        return False
    letters = len(answer.replace(" ", ""))
    allowed = next(distance for length, distance in TYPO_DISTANCE if letters >= length)
    return allowed > 0 and OSA.distance(given, answer, score_cutoff=allowed) <= allowed


_TRUE_FALSE_WORDS = {"true": True, "false": False}


def check_truefalse(question: Question, response: object) -> Outcome:
    if isinstance(response, str) and response.strip().lower() in _TRUE_FALSE_WORDS:
        response = _TRUE_FALSE_WORDS[response.strip().lower()]
    if not isinstance(response, bool):
        raise InvalidResponse(f"truefalse expects true or false, not {response!r}")
    return _right(response is question.answer)


def check_flashcard(question: Question, self_rating: object) -> Outcome:
    if (
        isinstance(self_rating, bool)
        or not isinstance(self_rating, int)
        or not AGAIN <= self_rating <= EASY
    ):
        raise InvalidResponse(f"a flashcard needs self_rating 1 to 4, not {self_rating!r}")
    correct = self_rating > AGAIN
    return Outcome(correct=correct, score=1.0 if correct else 0.0, rating=self_rating)


def check_numerical(question: Question, response: object) -> Outcome:
    """A number within an accepted value's tolerance; its weight is the score."""
    if isinstance(response, str):
        if not response.strip():
            return Outcome(correct=False, score=0.0, feedback=FEEDBACK_EMPTY)
        number = numerical.parse_number(response)
        if number is None:
            raise InvalidResponse(f"{response!r} is not a number")
    elif isinstance(response, int | float) and not isinstance(response, bool):
        number = float(response)
    else:
        raise InvalidResponse(f"numerical expects a number, not {type(response).__name__}")
    answers = question.answer if isinstance(question.answer, list) else []
    score = numerical.weight_for(answers, number) / numerical.FULL_MARKS  # type: ignore[arg-type]
    if score >= 1.0:
        return _right(True)
    if score > 0:
        return Outcome(correct=False, score=score, feedback=FEEDBACK_PARTIAL, rating=HARD)
    return _right(False)


def check_matching(question: Question, response: object) -> Outcome:
    """`response`: the right-hand item chosen for each left item, in the answer's order."""
    chosen = _choice_list(question, response)
    if len(chosen) != len(matching.pairs_of(question.answer)):
        raise InvalidResponse("matching expects one right-hand item for every left item")
    score = matching.score(question.answer, chosen)
    if score >= 1.0:
        return _right(True)
    if score >= MATCHING_PARTIAL_MIN:
        return Outcome(correct=False, score=score, feedback=FEEDBACK_PARTIAL, rating=HARD)
    return Outcome(correct=False, score=score)


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
