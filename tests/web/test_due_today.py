""" "Due today" on the progress page and the study queue agree: a review card due later
today is studyable now (issue: the study page said "done for now … still learning")."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import Card, Question, QuestionSet, User
from studyapp.web import clock


def test_a_review_due_later_today_is_on_the_study_page(app, seed_set, student_client, monkeypatch):  # type: ignore[no-untyped-def]
    now = datetime.now(UTC).replace(microsecond=0)
    monkeypatch.setattr(clock, "now", lambda: now)
    # The student's day (UTC) ends at the next 04:00, by hand.
    day_end = datetime.combine(
        (now - timedelta(hours=4)).date() + timedelta(days=1), datetime.min.time(), UTC
    ) + timedelta(hours=4)
    due = now + (day_end - now) / 2
    with app.app_context():
        user = db.session.get(User, student_client.user.id)
        user.new_cards_per_day = 0
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == seed_set))
        question = db.session.scalar(
            select(Question).where(Question.set_id == qset.id).order_by(Question.position)
        )
        db.session.add(
            Card(
                user_id=user.id,
                question_id=question.id,
                state=2,  # review
                stability=3.0,
                difficulty=5.0,
                due=due,
                last_review=now - timedelta(days=3),
                reps=2,
                answer_version=question.answer_version,
                created_at=now - timedelta(days=3),
            )
        )
        db.session.commit()
        question_id = question.id
    page = student_client.get(f"/study/{seed_set}").get_data(as_text=True)
    assert f'name="question_id" value="{question_id}"' in page
    assert not re.search(r"still learning|لا تزال تتعلمها", page)
    progress = student_client.get(f"/progress/{seed_set}").get_data(as_text=True)
    assert re.search(r'id="due-today">\s*1\s*<', progress)
    assert "بطاقات المراجعة تُدرس من بداية اليوم الذي تستحق فيه" in progress  # Arabic page
