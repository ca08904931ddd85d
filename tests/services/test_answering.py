"""answering.answer when two requests answer the same page: the first recorded answer stands."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import Card, Question, Review, User
from studyapp.services import answering, study

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_an_answer_that_loses_the_race_returns_the_review_recorded_first(app, seed_set, make_user):
    student = make_user("student")
    with app.app_context():
        question_id = db.session.scalar(
            select(Question.id).where(Question.type == "flashcard").order_by(Question.id)
        )
        user = db.session.get(User, student.id)
        # This request has read the question and found no card yet ...
        late = study.item_of(user, db.session.get(Question, question_id))
        assert late.card is None
        # ... when another request for the same page records its answer and commits.
        with app.app_context():
            other = db.session.get(User, student.id)
            first = answering.answer(
                other,
                study.item_of(other, db.session.get(Question, question_id)),
                seq=0,
                response=None,
                now=T0,
                self_rating=3,
            )
            first_id = first.review.id
            db.session.commit()

        outcome = answering.answer(user, late, seq=0, response=None, now=T0, self_rating=1)
        db.session.commit()

        assert outcome.duplicate
        assert (outcome.review.id, outcome.review.rating) == (first_id, 3)
        assert db.session.scalar(select(func.count(Review.id))) == 1
        card = db.session.scalar(select(Card))
        assert card is not None and card.reps == 1  # scheduled once, by the first answer
