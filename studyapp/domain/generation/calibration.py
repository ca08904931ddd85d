"""A question's confidence: the share of questions of its kind that blind reviewers accepted.

The rates are fitted by bench/calibrate.py from the judged questions in docs/reviews/ and read
from data/acceptance.txt. The extractor's own score only orders questions within a kind.
"""

from __future__ import annotations

from functools import cache

from ..questions import Question
from .document import bundled

_WITHIN_KIND = 0.04  # how far an extractor's own score moves a question inside its kind


@cache
def rates() -> dict[str, float]:
    return {kind: float(rate) for kind, rate in bundled("acceptance")}


def acceptance(question: Question) -> float:
    """The reviewed acceptance rate of the question's kind: its type and category, and for a
    typed answer the length of its key (bench/calibrate.py says why)."""
    table = rates()
    kind = f"{question.type} {question.category}"
    default = table.get(kind, table.get("default", 0.5))
    if question.type in ("cloze", "short") and question.category != "fact":
        key = question.answer[0] if isinstance(question.answer, list) else question.answer
        words = len(str(key).split())
        return table.get(f"{kind} {'3+' if words >= 3 else max(1, words)}", default)
    return default


def calibrate(questions: list[Question]) -> list[Question]:
    """Set each question's confidence to its kind's acceptance rate, nudged by its own score."""
    for question in questions:
        own = question.confidence if question.confidence is not None else 0.5
        question.confidence = round(acceptance(question) + _WITHIN_KIND * (own - 0.5), 4)
    return questions
