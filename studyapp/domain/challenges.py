"""Challenges of a marking: which answers may be challenged, when two answers are the same
one, what accepting an answer does to a question's key, and what a challenge's outcome is.

Plain Python: no Flask, no database.
"""

from __future__ import annotations

from collections.abc import Sequence

from .questions import TYPED_TYPES, distinct_answers
from .text import normalize

OPEN, ACCEPTED, REJECTED = "open", "accepted", "rejected"
# Not stored: an open challenge whose question's answer was changed since it was made.
KEY_FIXED = "key_fixed"
DECISIONS = (ACCEPTED, REJECTED)
NOTE_MAX = 500
REPLY_MAX = 1000


def may_challenge(question_type: str, correct: bool) -> bool:
    """An answer marked wrong, of a question the app graded (a flashcard the student rated
    themselves has no marking to challenge)."""
    return not correct and question_type != "flashcard"


def may_accept(question_type: str) -> bool:
    """Only typed answers have a list of accepted answers to join; for a choice question the
    teacher fixes the key instead."""
    return question_type in TYPED_TYPES


def same_answer_key(question_type: str, response: object) -> str:
    """What two answers have in common when the grader cannot tell them apart: typed text as
    the grader normalises it, choices as chosen (a select-all in any order)."""
    if question_type in TYPED_TYPES:
        return normalize(str(response or ""))
    if isinstance(response, list | tuple):
        items = sorted(map(str, response)) if question_type == "multi" else list(map(str, response))
        return "\u241f".join(items)
    return str(response)


def accepting(answers: Sequence[str], response: str) -> list[str]:
    """The question's accepted answers with `response` joined to them (the `accept:` list);
    the canonical answer stays first and an answer the grader already takes is not added
    twice.

    :raises ValueError: an empty response, which grading never accepts.
    """
    given = response.strip()
    if not normalize(given):
        raise ValueError("an empty answer cannot be accepted")
    return distinct_answers([*answers, given])


def withdrawing(question_type: str, answers: Sequence[str], response: object) -> list[str]:
    """The accepted answers without `response`, which `accepting` joined to them: the undo of
    an acceptance. The canonical answer stays.

    :raises ValueError: `response` is not among the accepted answers after the first.
    """
    key = same_answer_key(question_type, response)
    kept = [*answers[:1], *(a for a in answers[1:] if same_answer_key(question_type, a) != key)]
    if len(kept) == len(answers):
        raise ValueError("the answer is not among the accepted ones")
    return kept


def outcome(status: str, challenged_version: int | None, current_version: int) -> str:
    """The challenge's outcome as the student and teacher see it: an open challenge on an
    answer since changed was settled by the teacher fixing the key."""
    if status == OPEN and challenged_version is not None and challenged_version != current_version:
        return KEY_FIXED
    return status
