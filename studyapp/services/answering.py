"""Answering a card: grade the response, schedule the card with FSRS and log the review; the
result page's review; taking the last answer back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Select, bindparam, exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import aliased

from ..domain import grading, scheduling
from ..domain.scheduling import CardState
from ..extensions import db
from ..models import Card, Question, Review, TakenBackReview, User
from .card_states import card_state, restore, snapshot, store_state
from .fsrs_fitting import parameters_for
from .question_sets import to_domain
from .study import StudyItem, card_for
from .study_statements import MAX_ID, USER


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
    (`study.set_and_item_to_answer`, `study.item_of`). `seq` is the card's review count when
    the question was shown: a second submit of the same page (double click, a second tab)
    returns the first review instead of a new one.

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
            ~exists().where(later.user_id == USER, later.id > Review.id).label("last"),
        )
        .join(Card, Review.card_id == Card.id)
        .join(Question, Card.question_id == Question.id)
        .where(Review.id == bindparam("review_id"), Review.user_id == USER)
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
