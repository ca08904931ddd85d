"""Which questions a quiz draws, and which of a set's questions give each other away: one's
prompt shows another's answer (two gaps of one sentence; "Who is the minister?" beside a gap
whose sentence names her). A quiz keeps such pairs apart; the draft page says which they are."""

from __future__ import annotations

from ..domain import quiz as domain
from ..domain.questions import TYPED_TYPES
from ..models import Question


def draw(questions: list[Question], n: int, seed: object) -> list[int]:
    """domain.quiz.draw over the questions, keeping apart two of which one's prompt shows the
    other's answer while others are left to ask."""
    candidates = [(q.id, q.category) for q in questions]
    return domain.draw(candidates, n, seed, clashes_of(questions))


def clashes_of(questions: list[Question]) -> dict[int, set[int]]:
    """By question id, the questions it gives away or is given away by."""
    return domain.clashes((q.id, q.prompt, _answers(q)) for q in questions)


def _answers(question: Question) -> list[str]:
    """What a student types or picks: a typed question's accepted answers, a choice's key."""
    if question.type in TYPED_TYPES and isinstance(question.answer, list):
        return [str(a) for a in question.answer]
    if question.type == "mcq":
        return [str(question.answer)]
    return []
