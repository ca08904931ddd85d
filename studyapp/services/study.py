"""The study loop: which card comes next, answering it, undoing the last answer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from fsrs import State
from sqlalchemy import Select, bindparam, case, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from ..database import columns_connection
from ..domain import grading, scheduling
from ..domain.percent import whole_percent_of
from ..domain.scheduling import CardState
from ..extensions import db
from ..models import Card, Question, QuestionSet, Review, TakenBackReview, User
from . import classes, exam_queue
from .card_states import card_state, restore, snapshot, store_state
from .fsrs_fitting import parameters_for
from .held_back import held_back
from .question_sets import to_domain

STUDYABLE = "approved"
# Ids are integer columns (4 bytes on PostgreSQL): a larger number names no row, and binding
# it would fail rather than find nothing.
MAX_ID = 2**31 - 1
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


@dataclass(frozen=True)
class Progress:
    done: int
    remaining: int
    new: int = 0  # of `remaining`, the new questions the daily limit still lets in

    @property
    def percent(self) -> int:
        total = self.done + self.remaining
        return 100 if total == 0 else whole_percent_of(self.done, total)


@dataclass(frozen=True)
class Outcome:
    review: Review
    verdict: grading.Verdict
    duplicate: bool = False


@dataclass(frozen=True)
class Answered:
    """A review of the student's with its question, for the result page."""

    review: Review
    question: Question
    undoable: bool  # the student's last answer, the one undo_last would take back


def day_start(user: User, now: datetime) -> datetime:
    return scheduling.start_of_day(now, user.timezone)


# The study pages' statements are built once, with these parameters bound per call: building
# a statement costs more CPU than SQLite takes to run it.
_USER = bindparam("user_id")
_SET = bindparam("set_id")


def _in_set(held: bool = False):  # type: ignore[no-untyped-def]
    """The set's studied questions; with `held`, not those of the "held" list."""
    in_set = (Question.set_id == _SET) & (Question.status == STUDYABLE)
    return in_set & Question.id.not_in(bindparam("held", expanding=True)) if held else in_set


def _current_card():  # type: ignore[no-untyped-def]
    """Cards on the question's current answer; older ones count as new again."""
    return (Card.user_id == _USER) & (Card.answer_version == Question.answer_version)


def _students_card():  # type: ignore[no-untyped-def]
    """Join condition: the student's card on the question, whatever answer it was on."""
    return (Card.question_id == Question.id) & (Card.user_id == _USER)


def _published_slug():  # type: ignore[no-untyped-def]
    return (QuestionSet.slug == bindparam("slug")) & (QuestionSet.status == "published")


def _introduced_since():  # type: ignore[no-untyped-def]
    """How many cards the student has met for the first time since `start`."""
    return select(func.count(Card.id)).where(
        Card.user_id == _USER, Card.created_at >= bindparam("start")
    )


def _ids(user: User, qset: QuestionSet) -> dict[str, int]:
    return {"user_id": user.id, "set_id": qset.id}


def held_from(user: User, qset: QuestionSet, now: datetime) -> frozenset[int]:
    """The set's questions a class quiz open for the student asks: not studied now."""
    return held_back(user.id, qset.id, now)


def _held(held: frozenset[int]) -> dict[str, list[int]]:
    """The "held" parameter of the statements built with held=True."""
    return {"held": sorted(held)} if held else {}


def set_to_study(user: User, slug: str) -> QuestionSet | None:
    """The published set `slug` if the student may study it (question_sets.get_published with
    classes.can_study, on a statement built once: every study page starts here)."""
    qset = db.session.scalar(_published_set_statement(), {"slug": slug})
    return qset if qset is not None and classes.can_study(user, qset) else None


@cache
def _published_set_statement() -> Select:
    return select(QuestionSet).where(_published_slug())


def next_item(
    user: User, qset: QuestionSet, *, now: datetime, held: frozenset[int] | None = None
) -> StudyItem | None:
    """Cards ready now first (most overdue first), then those an exam date brings forward
    (exam_queue), then new questions up to the daily limit (spread toward an exam date).

    Ready: a review card from the start of the student's day it falls due on, as in Anki (its
    intervals are whole days, and the progress page counts it as due today); a learning step
    only once due to the minute. With none left, a learning step due within LEARN_AHEAD is
    shown early, as Anki does, rather than sending the student away for a few minutes. One
    statement finds the ready card and that step: ready rows sort first. `held`: the
    questions held back (`held_from`), when the caller has them already.
    """
    held = held_from(user, qset, now) if held is None else held
    params = {**_ids(user, qset), **_held(held)}
    day_end = scheduling.end_of_day(now, user.timezone)
    ahead = now + LEARN_AHEAD
    row = db.session.execute(
        _due_statement(bool(held)),
        {**params, "now": now, "ahead": ahead, "day_end": day_end, "horizon": max(ahead, day_end)},
    ).first()
    if row is not None and row.ready:
        return StudyItem(question=row.Question, card=row.Card)
    exam = exam_queue.today(user, qset, now=now, held=held)
    if exam.forward:
        return StudyItem(*exam.forward[0])
    first_new = db.session.execute(
        _first_new_statement(bool(held)), {**params, "start": day_start(user, now)}
    ).first()
    if first_new is not None and first_new.introduced < exam.new_limit:
        return StudyItem(question=first_new.Question, card=first_new.Card)
    return StudyItem(question=row.Question, card=row.Card) if row is not None else None


@cache
def _first_new_statement(held: bool = False) -> Select:
    """The first new question, a card left on an older answer of it, and how many cards the
    student has met today: one round trip."""
    return (
        select(Question, Card, _introduced_since().scalar_subquery().label("introduced"))
        .outerjoin(Card, _students_card())
        .where(_in_set(held), Card.id.is_(None) | (Card.answer_version != Question.answer_version))
        .order_by(Question.position)
        .limit(1)
    )


@cache
def _due_statement(held: bool = False) -> Select:
    """The earliest ready card (see next_item), or else the earliest learning step due by
    `ahead`. `due <= horizon`, the later of the two, keeps the scan to a range of
    ix_cards_user_due."""
    learning = or_(*(Card.state == state for state in scheduling.LEARNING_STATES))
    # Plain comparisons rather than IN, which SQLAlchemy would expand again on every call.
    ready = (Card.due <= bindparam("now")) | (
        (Card.state == State.Review.value) & (Card.due < bindparam("day_end"))
    )
    return (
        select(Card, Question, case((ready, True), else_=False).label("ready"))
        .join(Question, Card.question_id == Question.id)
        .where(_in_set(held), _current_card(), Card.due <= bindparam("horizon"))
        .where(ready | (learning & (Card.due <= bindparam("ahead"))))
        .order_by(case((ready, 0), else_=1), Card.due)
        .limit(1)
    )


def next_due_at(user: User, qset: QuestionSet, *, held: frozenset[int]) -> datetime | None:
    """When the student's next card in this set, not held back, falls due."""
    return db.session.scalar(
        select(func.min(Card.due))
        .join(Question, Card.question_id == Question.id)
        .where(_in_set(bool(held)), _current_card()),
        {**_ids(user, qset), **_held(held)},
    )


def card_for(user: User, question: Question) -> Card | None:
    """The student's card on the question, if any; one left on an older answer of the
    question is reset when it is next answered."""
    return db.session.scalar(_card_statement(), {"user_id": user.id, "question_id": question.id})


def item_of(user: User, question: Question) -> StudyItem:
    """The question with the student's card on it, for `answer`."""
    return StudyItem(question=question, card=card_for(user, question))


@cache
def _card_statement() -> Select:
    return select(Card).where(Card.user_id == _USER, Card.question_id == bindparam("question_id"))


def item_for(
    user: User, qset: QuestionSet, question_id: int, *, held: frozenset[int]
) -> StudyItem | None:
    """A question of the set still studied and not held back, with the student's card on it;
    one round trip."""
    if not 0 < question_id <= MAX_ID or question_id in held:
        return None
    row = db.session.execute(
        _item_statement(), {**_ids(user, qset), "question_id": question_id}
    ).first()
    if row is None or row.Question.status != STUDYABLE:
        return None
    return StudyItem(question=row.Question, card=row.Card)


@cache
def _item_statement() -> Select:
    return (
        select(Question, Card)
        .outerjoin(Card, _students_card())
        .where(Question.id == bindparam("question_id"), Question.set_id == _SET)
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
        .outerjoin(Card, _students_card())
        .where(_published_slug())
    )


def progress(
    user: User, qset: QuestionSet, *, now: datetime, held: frozenset[int] | None = None
) -> Progress:
    """Answers given today in this set, against what is still due (reviews an exam date brings
    forward included) or new today, leaving out the questions held back."""
    held = held_from(user, qset, now) if held is None else held
    params = {
        **_ids(user, qset),
        **_held(held),
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
        .where(Card.user_id == _USER, Question.set_id == _SET)
    )
    done = select(func.count(Review.id)).where(
        Review.user_id == _USER,
        Review.reviewed_at >= bindparam("start"),
        Review.card_id.in_(cards_in_set),
    )
    due = (
        select(func.count(Card.id))
        .join(Question, Card.question_id == Question.id)
        .where(_in_set(held), _current_card(), Card.due <= bindparam("end"))
    )
    studied = select(Card.question_id).where(_current_card(), Card.question_id == Question.id)
    new = select(func.count(Question.id)).where(_in_set(held), ~studied.exists())
    return select(
        done.scalar_subquery().label("done"),
        due.scalar_subquery().label("due"),
        new.scalar_subquery().label("new"),
        _introduced_since().scalar_subquery().label("introduced"),
    )


def answer(
    user: User,
    item: StudyItem,
    *,
    seq: int,
    response: Any,
    now: datetime,
    elapsed_ms: int | None = None,
    self_rating: int | None = None,
) -> Outcome:
    """Grade a response, schedule the card with FSRS and log the review.

    `item` is the question with the student's card on it as it was read in this transaction
    (`set_and_item_to_answer`, `item_of`). `seq` is the card's review count when the question
    was shown: a second submit of the same page (double click, a second tab) returns the first
    review instead of a new one.

    :raises grading.InvalidResponse: the response does not fit the question.
    """
    question, card = item.question, item.card
    if card is not None and card.reps != seq:
        earlier = _review_at(card, seq)
        if earlier is not None:
            return Outcome(review=earlier, verdict=_verdict_of(earlier), duplicate=True)
    verdict = grading.grade(
        to_domain(question),
        response,
        elapsed_ms=elapsed_ms,
        self_rating=self_rating,
        first_sight=card is None or card.answer_version != question.answer_version,
    )
    if card is None:
        card = Card(user_id=user.id, question_id=question.id, reps=0, created_at=now)
        store_state(card, CardState.new(now=now))
        previous = None
    else:
        previous = snapshot(card)
        if card.answer_version != question.answer_version:
            store_state(card, CardState.new(now=now))
    result = scheduling.review(
        card_state(card),
        verdict.rating,
        now=now,
        desired_retention=user.desired_retention,
        parameters=parameters_for(user),
        duration_ms=elapsed_ms,
    )
    review = Review(
        card=card,
        user_id=user.id,
        seq=card.reps,
        rating=verdict.rating,
        correct=verdict.correct,
        score=verdict.score,
        response=response,
        elapsed_ms=elapsed_ms,
        reviewed_at=now,
        previous_state=previous,
        answer_version=question.answer_version,
    )
    store_state(card, result.state)
    card.answer_version = question.answer_version
    card.reps += 1
    try:
        # A new card joins the session with its review, here: a second submit racing this one
        # then fails inside this block, not on an autoflush of some earlier query. No
        # savepoint: on a conflict the whole transaction is rolled back anyway, and the
        # savepoint's machinery was a fifth of this function's time.
        db.session.add(review)
        db.session.flush()
    except IntegrityError:
        # Another request recorded this answer first: keep its review, not ours.
        db.session.rollback()
        earlier = _review_at(card_for(user, question), seq)
        if earlier is None:
            raise
        return Outcome(review=earlier, verdict=_verdict_of(earlier), duplicate=True)
    return Outcome(review=review, verdict=verdict)


def _review_at(card: Card | None, seq: int) -> Review | None:
    if card is None or not 0 <= seq <= MAX_ID:
        return None
    return db.session.scalar(select(Review).where(Review.card_id == card.id, Review.seq == seq))


def _verdict_of(review: Review) -> grading.Verdict:
    return grading.Verdict(correct=review.correct, rating=review.rating, score=review.score)


def answered(user: User, review_id: int) -> Answered | None:
    """One of the student's reviews with its question and whether it is their last; one round
    trip, as it is on every result page."""
    row = db.session.execute(
        _answered_statement(), {"user_id": user.id, "review_id": review_id}
    ).first()
    if row is None:
        return None
    return Answered(review=row.Review, question=row.Question, undoable=row.last)


@cache
def _answered_statement() -> Select:
    later = aliased(Review)
    return (
        select(
            Review,
            Card,
            Question,
            ~exists().where(later.user_id == _USER, later.id > Review.id).label("last"),
        )
        .join(Card, Review.card_id == Card.id)
        .join(Question, Card.question_id == Question.id)
        .where(Review.id == bindparam("review_id"), Review.user_id == _USER)
    )


def is_last(user: User, review: Review) -> bool:
    """Whether `review` is the student's last answer, the one undo_last would take back."""
    last = last_review(user)
    return last is not None and last.id == review.id


def last_review(user: User) -> Review | None:
    return db.session.scalar(
        select(Review).where(Review.user_id == user.id).order_by(Review.id.desc()).limit(1)
    )


def undo_last(user: User, *, now: datetime) -> Question | None:
    """Take back the user's last answer: the card returns to its state before it. The answer
    is kept aside for the teacher's first-attempt figures (TakenBackReview)."""
    review = last_review(user)
    if review is None:
        return None
    card = review.card
    question = card.question
    db.session.add(
        TakenBackReview(
            user_id=user.id,
            question_id=question.id,
            seq=review.seq,
            correct=review.correct,
            score=review.score,
            reviewed_at=review.reviewed_at,
            taken_back_at=now,
            answer_version=review.answer_version,
        )
    )
    db.session.delete(review)
    if review.previous_state is None:
        db.session.delete(card)
    else:
        restore(card, review.previous_state)
    db.session.flush()
    return question
