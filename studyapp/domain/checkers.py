"""Checkers: how right a response is to a question, one function per question type.

A checker takes the question and the response and returns an `Outcome` (correct, score, typo,
feedback, and the rating when the type fixes it whatever the speed); grading.py registers the
checkers in `CHECKERS` and rates the review. The rules they follow are in grading.py's docstring.
"""

from __future__ import annotations

import re
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

# Edit distance (a swap of neighbours counts one) forgiven as a typo, by the letters of the
# normalised accepted answer (spaces between its words do not count): up to 3 letters none,
# 4 to 7 letters one, 8 or more two.
TYPO_DISTANCE = ((8, 2), (4, 1), (0, 0))

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
class Outcome:
    """What a checker finds, before speed and the rating rules are applied."""

    correct: bool
    score: float
    typo: bool = False
    feedback: str = ""
    rating: int | None = None  # set when the rating is fixed whatever the speed


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
    given = _grouped(normalize(response))
    if not given:
        return Outcome(correct=False, score=0.0, feedback=FEEDBACK_EMPTY)
    accepted = [a for a in (_grouped(normalize(str(a))) for a in question.accepted_answers) if a]
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
# "30,000", "30 000", «30٬000»: after normalising, a number's groups of three digits stand apart.
_DIGIT_GROUPS = re.compile(r"(?<!\d)\d{1,3}(?: \d{3})+(?!\d)")


# The words that scale a number, as `normalize` writes them (hamza folded, no article).
_SCALE_WORD = re.compile(
    r"(?<!\w)(?:thousands?|millions?|billions?|trillions?|bn|tn|الف|الاف|الفا|مليون|ملايين"
    r"|مليار|مليارات|تريليون)(?!\w)"
)


def _grouped(answer: str) -> str:
    """The normalised answer with each number written in groups joined up: "30 000" -> "30000"."""
    return _DIGIT_GROUPS.sub(lambda m: m.group().replace(" ", ""), answer)


def _is_typo(given: str, answer: str) -> bool:
    if given.replace(" ", "").isdigit() or answer.replace(" ", "").isdigit():
        return False
    if _DIGIT_RUN.findall(given) != _DIGIT_RUN.findall(answer):
        return False
    if _SCALE_WORD.findall(given) != _SCALE_WORD.findall(answer):
        return False  # "40 billion" is no slip for "40 million": another number
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
