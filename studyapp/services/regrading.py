"""Grading a question's answers again after its key changed in place (an answer accepted):
reviews and quiz answers, the cards' FSRS states replayed, quiz scores recomputed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..domain import grading
from ..domain.regrading import LoggedReview, replay
from ..extensions import db
from ..models import Card, Question, QuizAnswer, QuizAttempt, Review, User
from .card_states import snapshot_of, store_state
from .fsrs_fitting import parameters_for, parameters_of
from .question_sets import to_domain
from .quizzes import score_of


@dataclass(frozen=True)
class Regraded:
    """What a re-grade changed."""

    reviews: int
    cards: int
    quiz_answers: int
    students: frozenset[int]


def regrade_question(question: Question) -> Regraded:
    """Grade every review and quiz answer given on the question's current answer again with
    its current key, for every student. A card with a changed rating has its state replayed
    from its whole corrected log; a finished quiz is scored again.

    Flashcards are rated by the student and are left alone.
    """
    if question.type == "flashcard":
        return Regraded(0, 0, 0, frozenset())
    checked = to_domain(question)
    changed_cards = _regrade_reviews(question, checked)
    # Each student and their parameters read once for all their cards, not once per card.
    owners = {card.user_id for card in changed_cards}
    people = db.session.scalars(select(User).where(User.id.in_(owners))).all() if owners else []
    by_id = {user.id: user for user in people}
    parameters = parameters_of(people)
    for card in changed_cards:
        _replay(card, by_id[card.user_id], parameters[card.user_id])
    changed_answers = _regrade_quiz_answers(question, checked)
    students = {card.user_id for card in changed_cards}
    students.update(answer.attempt.user_id for answer in changed_answers)
    return Regraded(
        reviews=sum(len(reviews) for reviews in changed_cards.values()),
        cards=len(changed_cards),
        quiz_answers=len(changed_answers),
        students=frozenset(students),
    )


def _regrade_reviews(question: Question, checked: Any) -> dict[Card, list[Review]]:
    rows = db.session.execute(
        select(Review, Card)
        .join(Card, Review.card_id == Card.id)
        .where(Card.question_id == question.id, Review.answer_version == question.answer_version)
        .order_by(Review.card_id, Review.seq)
    )
    changed: dict[Card, list[Review]] = defaultdict(list)
    first_seen: set[int] = set()
    for review, card in rows:
        first_sight = card.id not in first_seen
        first_seen.add(card.id)
        verdict = _verdict(checked, review.response, review.elapsed_ms, first_sight)
        if verdict is None or (verdict.correct, verdict.rating, verdict.score) == (
            review.correct,
            review.rating,
            review.score,
        ):
            continue
        review.correct, review.rating, review.score = (
            verdict.correct,
            verdict.rating,
            verdict.score,
        )
        changed[card].append(review)
    return changed


def _verdict(
    checked: Any, response: Any, elapsed_ms: int | None, first_sight: bool
) -> grading.Verdict | None:
    try:
        return grading.grade(checked, response, elapsed_ms=elapsed_ms, first_sight=first_sight)
    except (grading.InvalidResponse, ValueError):
        return None  # a response the question no longer fits (its choices changed): kept


def replay_card(card: Card) -> None:
    """Recompute the card's state from its log on its current answer, with the parameters
    and desired retention that schedule its student; each review's "before" state (what
    undo puts back) is rewritten too."""
    student = db.session.get(User, card.user_id)
    assert student is not None
    _replay(card, student, parameters_for(student))


def _replay(card: Card, student: User, parameters: list[float] | None) -> None:
    reviews = list(
        db.session.scalars(
            select(Review)
            .where(Review.card_id == card.id, Review.answer_version == card.answer_version)
            .order_by(Review.seq)
        )
    )
    if not reviews:
        return
    states = replay(
        [LoggedReview(r.rating, r.reviewed_at, r.elapsed_ms) for r in reviews],
        desired_retention=student.desired_retention,
        parameters=parameters,
    )
    for review, before in zip(reviews[1:], states, strict=False):
        review.previous_state = snapshot_of(
            before, reps=review.seq, answer_version=card.answer_version
        )
    store_state(card, states[-1])


def _regrade_quiz_answers(question: Question, checked: Any) -> list[QuizAnswer]:
    answers = db.session.scalars(
        select(QuizAnswer)
        .options(selectinload(QuizAnswer.attempt).selectinload(QuizAttempt.answers))
        .where(
            QuizAnswer.question_id == question.id,
            QuizAnswer.answer_version == question.answer_version,
        )
    )
    changed = []
    for answer in answers:
        verdict = _verdict(checked, answer.response, None, False)
        if verdict is None or (verdict.correct, verdict.score) == (answer.correct, answer.score):
            continue
        answer.correct, answer.score = verdict.correct, verdict.score
        changed.append(answer)
        attempt = answer.attempt
        if attempt.finished_at is not None:
            attempt.score = score_of(attempt).fraction
    db.session.flush()
    return changed
