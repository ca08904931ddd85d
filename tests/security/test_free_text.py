"""Typed answers longer than the answer box allows are refused by the server too: the box's
maxlength is only the browser's, and a script sent 1.9 MB answers that were stored."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import Question, QuizAnswer, QuizAttempt, Review
from studyapp.services import question_sets
from tests.conftest import csrf_token
from tests.web.test_study import TINY

TOO_LONG = "Use at most 500 characters."


@pytest.fixture
def cloze_id(app) -> int:  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(TINY)
        db.session.commit()
        return db.session.scalar(select(Question.id).where(Question.key == "limits"))


def stored(app, model) -> int:  # type: ignore[no-untyped-def]
    with app.app_context():
        return db.session.scalar(select(func.count(model.id))) or 0


def english(client) -> None:  # type: ignore[no-untyped-def]
    client.post("/language/en", data={"csrf_token": csrf_token(client, "/"), "next": "/"})


@pytest.mark.parametrize(("length", "recorded"), [(500, 1), (501, 0), (100_000, 0)])
def test_a_typed_study_answer_over_500_characters_is_refused(
    app, student_client, cloze_id, length, recorded
):
    english(student_client)
    page = student_client.get(f"/study/tiny?q={cloze_id}").get_data(as_text=True)
    assert 'maxlength="500"' in page
    seq = re.search(r'name="seq" value="(\d+)"', page).group(1)  # type: ignore[union-attr]
    response = student_client.post(
        "/study/tiny/answer",
        data={
            "question_id": cloze_id,
            "seq": seq,
            "answer": "ط" * length,
            "csrf_token": csrf_token(student_client, "/"),
        },
    )
    assert stored(app, Review) == recorded
    if not recorded:
        assert response.status_code == 302
        assert TOO_LONG in student_client.get(response.headers["Location"]).get_data(as_text=True)


def test_a_typed_quiz_answer_over_500_characters_is_refused(app, student_client, cloze_id):
    english(student_client)
    started = student_client.post(
        "/quiz/sets/tiny",
        data={"question_count": 3, "time_limit": "", "csrf_token": csrf_token(student_client)},
    )
    attempt_id = int(started.headers["Location"].rsplit("/", 1)[-1])
    response = student_client.post(
        f"/quiz/attempts/{attempt_id}/answer",
        data={
            "question_id": cloze_id,
            "answer": "ط" * 501,
            "csrf_token": csrf_token(student_client, "/"),
        },
    )
    assert response.status_code == 302
    assert TOO_LONG in student_client.get(response.headers["Location"]).get_data(as_text=True)
    with app.app_context():
        assert db.session.get(QuizAttempt, attempt_id) is not None
    assert stored(app, QuizAnswer) == 0
