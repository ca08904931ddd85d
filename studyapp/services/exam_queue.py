"""The study queue toward an exam date: the cards the plan brings to today, and where the
set's new questions stop today (domain.exam_plan). study.next_item and study_progress.progress ask
`today`; without an exam ahead it changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fsrs import State
from sqlalchemy import ColumnElement, func, select

from ..domain import exam_plan, scheduling
from ..domain.exam_plan import Exam
from ..extensions import db
from ..models import Card, Question, QuestionSet, User
from .card_states import card_state
from .exam_dates import memory_of, next_exams
from .fsrs_fitting import parameters_for
from .question_sets import APPROVED


@dataclass(frozen=True)
class ExamToday:
    # Cards the plain schedule leaves for later that the plan has due today, earliest due first.
    forward: list[tuple[Question, Card]]
    # The set's new questions stop once the student has met this many new cards today (all
    # sets): the daily limit, or less, to spread the set's new questions up to the exam.
    new_limit: int

    def left_today(self, counts: Any) -> int:
        """What is left today: `counts` has the cards due today by the plain schedule, the new
        questions and the new cards met today (study_progress.progress's row)."""
        new_left = max(0, self.new_limit - counts.introduced)
        return counts.due + len(self.forward) + min(counts.new, new_left)


def today(user: User, qset: QuestionSet, *, now: datetime, held: frozenset[int]) -> ExamToday:
    """Today's queue changes toward the student's next exam on the set (none without one, and
    none from the exam day on), leaving out the questions `held` back."""
    day = next_exams(user, [qset.id], now=now).get(qset.id)
    exam = Exam(day, user.timezone) if day is not None else None
    if exam is None or exam.days_left(now) == 0:
        return ExamToday(forward=[], new_limit=user.new_cards_per_day)
    memory = memory_of(user, parameters_for(user))
    in_set = (Question.set_id == qset.id) & (Question.status == APPROVED)
    if held:
        in_set &= Question.id.not_in(sorted(held))
    rows = db.session.execute(
        select(Question, Card)
        .join(Card, Card.question_id == Question.id)
        .where(in_set, Card.user_id == user.id, Card.answer_version == Question.answer_version)
        .where(
            Card.state == State.Review.value, Card.due >= scheduling.end_of_day(now, user.timezone)
        )
        .order_by(Card.due)
    )
    forward = [
        (question, card)
        for question, card in rows
        if exam_plan.brought_forward(card_state(card), now=now, exam=exam, memory=memory)
    ]
    return ExamToday(forward=forward, new_limit=_new_limit(user, qset, in_set, exam, now=now))


def _new_limit(
    user: User, qset: QuestionSet, in_set: ColumnElement[bool], exam: Exam, *, now: datetime
) -> int:
    """The count of new cards met today (all sets) at which the set's new questions stop: its
    even share toward the exam, within the daily limit."""
    start = scheduling.start_of_day(now, user.timezone)
    current = (Card.user_id == user.id) & (Card.question_id == Question.id)
    unseen = db.session.scalar(
        select(func.count(Question.id)).where(
            in_set,
            ~select(Card.id)
            .where(current, Card.answer_version == Question.answer_version)
            .exists(),
        )
    )
    met_today = db.session.execute(
        select(Card.question_id, Question.set_id)
        .join(Question, Card.question_id == Question.id)
        .where(Card.user_id == user.id, Card.created_at >= start)
    ).all()
    in_this_set = sum(set_id == qset.id for _, set_id in met_today)
    share = exam_plan.new_today(
        unseen or 0, in_this_set, user.new_cards_per_day, now=now, exam=exam
    )
    return min(user.new_cards_per_day, len(met_today) - in_this_set + share)
