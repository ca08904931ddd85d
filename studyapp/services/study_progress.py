"""How far the student is through today's study of a set: answers given today against what
is still due or new."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import Select, bindparam, func, select

from ..database import columns_connection
from ..domain import scheduling
from ..domain.percent import whole_percent_of
from ..models import Card, Question, QuestionSet, Review, User
from . import exam_queue
from .study import day_start, held_from
from .study_statements import SET, USER, current_card, held_ids, ids, in_set, introduced_since


@dataclass(frozen=True)
class Progress:
    done: int
    remaining: int
    new: int = 0  # of `remaining`, the new questions the daily limit still lets in

    @property
    def percent(self) -> int:
        total = self.done + self.remaining
        return 100 if total == 0 else whole_percent_of(self.done, total)


def progress(
    user: User, qset: QuestionSet, *, now: datetime, held: frozenset[int] | None = None
) -> Progress:
    """Answers given today in this set, against what is still due (reviews an exam date brings
    forward included) or new today, leaving out the questions held back."""
    held = held_from(user, qset, now) if held is None else held
    params = {
        **ids(user, qset),
        **held_ids(held),
        "start": day_start(user, now),
        "end": scheduling.end_of_day(now, user.timezone),
    }
    counts = columns_connection().execute(_progress_statement(bool(held)), params).one()
    exam = exam_queue.today(user, qset, now=now, held=held)
    new = min(counts.new, max(0, exam.new_limit - counts.introduced))
    return Progress(done=counts.done, remaining=counts.due + len(exam.forward) + new, new=new)


@cache
def _progress_statement(held: bool = False) -> Select:
    # Today's reviews of the student (ix_reviews_user_time) among their cards in the set. As a
    # join, PostgreSQL read every student's cards in the set, a cost that grew with the school;
    # starting from the cards instead would read every review they ever had.
    cards_in_set = (
        select(Card.id)
        .join(Question, Card.question_id == Question.id)
        .where(Card.user_id == USER, Question.set_id == SET)
    )
    done = select(func.count(Review.id)).where(
        Review.user_id == USER,
        Review.reviewed_at >= bindparam("start"),
        Review.card_id.in_(cards_in_set),
    )
    due = (
        select(func.count(Card.id))
        .join(Question, Card.question_id == Question.id)
        .where(in_set(held), current_card(), Card.due <= bindparam("end"))
    )
    studied = select(Card.question_id).where(current_card(), Card.question_id == Question.id)
    new = select(func.count(Question.id)).where(in_set(held), ~studied.exists())
    return select(
        done.scalar_subquery().label("done"),
        due.scalar_subquery().label("due"),
        new.scalar_subquery().label("new"),
        introduced_since().scalar_subquery().label("introduced"),
    )
