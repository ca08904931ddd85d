"""A personal quiz does not put two questions that give each other away side by side: one of
two gaps of a sentence, each prompt showing the other's answer, while other questions remain."""

from __future__ import annotations

from datetime import UTC, datetime

from studyapp.extensions import db
from studyapp.models import User
from studyapp.services import quizzes
from tests.turbines import turbines_set

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_two_gaps_of_one_sentence_are_not_drawn_into_one_quiz(app, make_user):  # type: ignore[no-untyped-def]
    teacher, student = make_user("teacher"), make_user("student")
    with app.app_context():
        qset = turbines_set(teacher.id, "approved")
        db.session.add(qset)
        db.session.commit()
        user = db.session.get(User, student.id)
        ids = {q.key: q.id for q in qset.questions}
        for seed in range(12):
            attempt = quizzes.start_attempt(user, qset, n=2, time_limit_s=None, now=NOW, seed=seed)
            assert set(attempt.question_ids) != {ids["q1"], ids["q2"]}
            assert ids["q3"] in attempt.question_ids
