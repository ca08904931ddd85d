"""What a student and the class view read of challenges: the student's outcomes, which of
their answers they challenged, and each question's challenges for item analysis."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..domain import challenges as domain
from ..domain.item_analysis import Challenged
from ..extensions import db
from ..models import Challenge, Question, QuestionSet, User
from .held_back import held_back


@dataclass(frozen=True)
class Outcome:
    """One of the student's challenges with its outcome; `hidden` while a class quiz open
    for them asks the question (the outcome would tell them its answer)."""

    challenge: Challenge
    outcome: str
    hidden: bool


def outcomes(student: User, qset: QuestionSet, *, now: datetime) -> list[Outcome]:
    """The student's challenges on the set, newest first, for their progress page."""
    held = held_back(student.id, qset.id, now)
    rows = db.session.execute(
        select(Challenge, Question)
        .join(Question, Challenge.question_id == Question.id)
        .where(Challenge.user_id == student.id, Question.set_id == qset.id)
        .order_by(Challenge.created_at.desc(), Challenge.id.desc())
    )
    return [
        Outcome(
            challenge=challenge,
            outcome=domain.outcome(
                challenge.status, challenge.answer_version, question.answer_version
            ),
            hidden=question.id in held,
        )
        for challenge, question in rows
    ]


def challenged(qset: QuestionSet, student_ids: Sequence[int]) -> list[Challenged]:
    """The challenges of these students on the set's questions, for item analysis."""
    rows = db.session.execute(
        select(Challenge.question_id, Challenge.status)
        .join(Question, Challenge.question_id == Question.id)
        .where(Question.set_id == qset.id, Challenge.user_id.in_(student_ids))
    )
    return [Challenged(question_id, status == domain.ACCEPTED) for question_id, status in rows]


def challenged_reviews(student: User, review_ids: Sequence[int]) -> dict[int, Challenge]:
    """The student's challenges of these reviews, by review id."""
    return _challenges_of(student, "review_id", review_ids)


def challenged_answers(student: User, answer_ids: Sequence[int]) -> dict[int, Challenge]:
    """The student's challenges of these quiz answers, by answer id."""
    return _challenges_of(student, "quiz_answer_id", answer_ids)


def _challenges_of(student: User, target: str, ids: Sequence[int]) -> dict[int, Challenge]:
    if not ids:
        return {}
    column = getattr(Challenge, target)
    found = db.session.scalars(
        select(Challenge).where(Challenge.user_id == student.id, column.in_(ids))
    )
    return {getattr(c, target): c for c in found}
