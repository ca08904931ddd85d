"""The study queue: the set a student may study, which card comes next, and the question a
page shows or answers with the student's card on it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from fsrs import State
from sqlalchemy import Select, bindparam, case, func, or_, select

from ..domain import scheduling
from ..extensions import db
from ..models import Card, Question, QuestionSet, User
from . import classes, exam_queue
from .held_back import held_back
from .study_statements import (
    MAX_ID,
    SET,
    STUDYABLE,
    USER,
    current_card,
    held_ids,
    ids,
    in_set,
    introduced_since,
    published_slug,
    resting_today,
    students_card,
)

# How early a learning step may be shown when nothing else is left (Anki's default).
LEARN_AHEAD = timedelta(minutes=20)


@dataclass(frozen=True)
class StudyItem:
    """A question to show, with the card it belongs to (None while the question is new)."""

    question: Question
    card: Card | None

    @property
    def seq(self) -> int:
        """Which answer of this card the page asks for; a second submit of it is a duplicate."""
        return self.card.reps if self.card is not None else 0


def day_start(user: User, now: datetime) -> datetime:
    return scheduling.start_of_day(now, user.timezone)


def held_from(user: User, qset: QuestionSet, now: datetime) -> frozenset[int]:
    """The set's questions a class quiz open for the student asks: not studied now."""
    return held_back(user.id, qset.id, now)


def set_to_study(user: User, slug: str) -> QuestionSet | None:
    """The published set `slug` if the student may study it (question_sets.get_published with
    classes.can_study, on a statement built once: every study page starts here)."""
    qset = db.session.scalar(_published_set_statement(), {"slug": slug})
    return qset if qset is not None and classes.can_study(user, qset) else None


@cache
def _published_set_statement() -> Select:
    return select(QuestionSet).where(published_slug())


def next_item(
    user: User, qset: QuestionSet, *, now: datetime, held: frozenset[int] | None = None
) -> StudyItem | None:
    """Cards ready now first (most overdue first), then those an exam date brings forward
    (exam_queue), then new questions up to the daily limit (spread toward an exam date).

    Ready: a review card from the start of the student's day it falls due on, as in Anki (its
    intervals are whole days, and the progress page counts it as due today); a learning step
    only once due to the minute. One statement finds the ready card and the step below: ready
    rows sort first.

    A question on a sentence the student answered today (study_statements.resting_today)
    comes after those, ready cards before new questions again: its prompt shows the other's
    answer, or the other's showed its own. With none left, a learning step due within
    LEARN_AHEAD is shown early, as Anki does, rather than sending the student away for a few
    minutes. `held`: the questions held back (`held_from`), when the caller has them already.
    """
    held = held_from(user, qset, now) if held is None else held
    day_end = scheduling.end_of_day(now, user.timezone)
    ahead = now + LEARN_AHEAD
    params = {
        **ids(user, qset),
        **held_ids(held),
        "now": now,
        "ahead": ahead,
        "day_end": day_end,
        "horizon": max(ahead, day_end),
        "start": day_start(user, now),
    }
    row = db.session.execute(_due_statement(bool(held)), params).first()
    if row is not None and row.rank == READY:
        return StudyItem(question=row.Question, card=row.Card)
    exam = exam_queue.today(user, qset, now=now, held=held)
    if exam.forward:
        return StudyItem(*exam.forward[0])
    new = db.session.execute(_first_new_statement(bool(held)), params).first()
    new = new if new is not None and new.introduced < exam.new_limit else None
    if new is not None and not new.resting:
        return StudyItem(question=new.Question, card=new.Card)
    # What rests comes after the rest of the queue, not never; before a step shown early.
    if row is not None and row.rank == READY_RESTING:
        return StudyItem(question=row.Question, card=row.Card)
    if new is not None:
        return StudyItem(question=new.Question, card=new.Card)
    return StudyItem(question=row.Question, card=row.Card) if row is not None else None


# New questions looked at for one not resting, in order.
NEW_WINDOW = 20
# The due statement's rank of a card: ready and not resting, ready and resting, a learning
# step that may be shown early.
READY, READY_RESTING, AHEAD = 0, 1, 2


@cache
def _first_new_statement(held: bool = False) -> Select:
    """Of the first NEW_WINDOW new questions (a card left on an older answer is new again),
    the first not resting today, else the first; whether it rests, and how many cards the
    student has met today: one round trip."""
    window = (
        select(Question.id)
        .outerjoin(Card, students_card())
        .where(in_set(held), Card.id.is_(None) | (Card.answer_version != Question.answer_version))
        .order_by(Question.position)
        .limit(NEW_WINDOW)
        .subquery()
    )
    resting = case((resting_today(), True), else_=False).label("resting")
    return (
        select(Question, Card, introduced_since().scalar_subquery().label("introduced"), resting)
        .join(window, window.c.id == Question.id)
        .outerjoin(Card, students_card())
        .order_by(resting, Question.position)
        .limit(1)
    )


@cache
def _due_statement(held: bool = False) -> Select:
    """The earliest ready card not resting today (see next_item), else the earliest resting
    one, else the earliest learning step due by `ahead`; with its rank (READY …). `due <=
    horizon`, the later of the two, keeps the scan to a range of ix_cards_user_due."""
    learning = or_(*(Card.state == state for state in scheduling.LEARNING_STATES))
    # Plain comparisons rather than IN, which SQLAlchemy would expand again on every call.
    ready = (Card.due <= bindparam("now")) | (
        (Card.state == State.Review.value) & (Card.due < bindparam("day_end"))
    )
    # Sorted by its label, so the list of resting questions is found once, not twice.
    rank = case((ready & ~resting_today(), READY), (ready, READY_RESTING), else_=AHEAD)
    rank = rank.label("rank")
    return (
        select(Card, Question, rank)
        .join(Question, Card.question_id == Question.id)
        .where(in_set(held), current_card(), Card.due <= bindparam("horizon"))
        .where(ready | (learning & (Card.due <= bindparam("ahead"))))
        .order_by(rank, Card.due)
        .limit(1)
    )


def next_due_at(user: User, qset: QuestionSet, *, held: frozenset[int]) -> datetime | None:
    """When the student's next card in this set, not held back, falls due."""
    return db.session.scalar(
        select(func.min(Card.due))
        .join(Question, Card.question_id == Question.id)
        .where(in_set(bool(held)), current_card()),
        {**ids(user, qset), **held_ids(held)},
    )


def card_for(user: User, question: Question) -> Card | None:
    """The student's card on the question, if any; one left on an older answer of the
    question is reset when it is next answered."""
    return db.session.scalar(_card_statement(), {"user_id": user.id, "question_id": question.id})


def item_of(user: User, question: Question) -> StudyItem:
    """The question with the student's card on it, for `answering.answer`."""
    return StudyItem(question=question, card=card_for(user, question))


@cache
def _card_statement() -> Select:
    return select(Card).where(Card.user_id == USER, Card.question_id == bindparam("question_id"))


def item_for(
    user: User, qset: QuestionSet, question_id: int, *, held: frozenset[int]
) -> StudyItem | None:
    """A question of the set still studied and not held back, with the student's card on it;
    one round trip."""
    if not 0 < question_id <= MAX_ID or question_id in held:
        return None
    row = db.session.execute(
        _item_statement(), {**ids(user, qset), "question_id": question_id}
    ).first()
    if row is None or row.Question.status != STUDYABLE:
        return None
    return StudyItem(question=row.Question, card=row.Card)


@cache
def _item_statement() -> Select:
    return (
        select(Question, Card)
        .outerjoin(Card, students_card())
        .where(Question.id == bindparam("question_id"), Question.set_id == SET)
    )


def set_and_item_to_answer(
    user: User, slug: str, question_id: int, *, now: datetime
) -> tuple[QuestionSet, StudyItem | None] | None:
    """For an answer: the set `slug` if the student may study it (as set_to_study), with its
    question `question_id` and the student's card on it, in one round trip.

    None when the set is not theirs to study; the item is None when the set has no such
    question approved. A draft, rejected or retired question is never answered: its result
    page would show a student an answer the teacher has not let them see. Nor is a question
    held back by an open class quiz.
    """
    if not 0 < question_id <= MAX_ID:
        question_id = 0  # names no question: the set is still looked up
    row = db.session.execute(
        _set_and_item_statement(), {"user_id": user.id, "slug": slug, "question_id": question_id}
    ).first()
    if row is None or not classes.can_study(user, row.QuestionSet):
        return None
    if row.Question is None or row.Question.id in held_from(user, row.QuestionSet, now):
        return row.QuestionSet, None
    return row.QuestionSet, StudyItem(question=row.Question, card=row.Card)


@cache
def _set_and_item_statement() -> Select:
    question = (
        (Question.set_id == QuestionSet.id)
        & (Question.id == bindparam("question_id"))
        & (Question.status == STUDYABLE)
    )
    return (
        select(QuestionSet, Question, Card)
        .outerjoin(Question, question)
        .outerjoin(Card, students_card())
        .where(published_slug())
    )
