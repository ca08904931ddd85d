"""A fast right first answer to a multiple-choice question schedules the card as fsrs does
for Good, not Easy: a lucky guess is asked again within minutes, not in 8 days."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fsrs import Card as FsrsCard
from fsrs import Rating, Scheduler
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import Question, User
from studyapp.services import answering, study

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_first_sight_is_capped_at_good_and_later_answers_are_not(app, seed_set, make_user):  # type: ignore[no-untyped-def]
    student_id = make_user("student").id
    with app.app_context():
        user = db.session.get(User, student_id)
        question = db.session.scalar(
            select(Question).where(Question.type == "mcq").order_by(Question.id)
        )
        right = question.answer
        item = study.item_of(user, question)
        first = answering.answer(user, item, seq=0, response=right, now=NOW, elapsed_ms=1)
        card = study.card_for(user, question)
        scheduler = Scheduler(enable_fuzzing=False)
        good, _ = scheduler.review_card(FsrsCard(card_id=1, due=NOW), Rating.Good, NOW)
        easy, _ = scheduler.review_card(FsrsCard(card_id=1, due=NOW), Rating.Easy, NOW)
        assert first.review.rating == Rating.Good
        assert card.due == good.due < NOW + timedelta(hours=1) < NOW + timedelta(days=7) < easy.due
        later = NOW + timedelta(minutes=15)
        second = answering.answer(
            user, study.item_of(user, question), seq=1, response=right, now=later, elapsed_ms=1
        )
        assert second.review.rating == Rating.Easy
