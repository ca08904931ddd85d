"""Only approved questions of a published set are asked or answered: a draft or rejected
question's id, guessed (ids are sequential), reveals nothing and records nothing."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from studyapp.domain.question_files import QuestionSet as SetFile
from studyapp.domain.questions import Question as DraftQuestion
from studyapp.domain.questions import Source
from studyapp.extensions import db
from studyapp.models import Card, Question, QuizAnswer, Review
from studyapp.services import question_sets
from tests.conftest import csrf_token

ARTICLE = "Canberra is the capital of Australia. The Nile flows through Cairo."
SECRETS = [f"Secret{n}" for n in range(10)]


def _q(key: str, answer: str, choices: list[str] | None = None) -> DraftQuestion:
    return DraftQuestion(
        id=key,
        type="mcq",
        category="fact",
        prompt=f"Question {key}?",
        choices=choices or [answer, "Sydney", "Perth"],
        answer=answer,
        source=Source(0, 36, ARTICLE[:36]),
    )


SET = SetFile(
    slug="guarded",
    title="Guarded",
    language="en",
    article=ARTICLE,
    questions=[_q("shown", "Canberra")] + [_q(f"hidden{n}", s) for n, s in enumerate(SECRETS)],
)


@pytest.fixture
def hidden_ids(app) -> list[int]:  # type: ignore[no-untyped-def]
    """Ten questions a student may not see: half drafts, half rejected."""
    with app.app_context():
        question_sets.sync(SET)
        hidden = [q for q in db.session.scalars(select(Question)) if q.key != "shown"]
        for n, question in enumerate(hidden):
            question.status = "draft" if n % 2 else "rejected"
        db.session.commit()
        return [q.id for q in hidden]


def counts(app) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with app.app_context():
        return tuple(
            db.session.scalar(select(func.count()).select_from(model))
            for model in (Card, Review, QuizAnswer)
        )


def test_answering_a_draft_or_rejected_question_is_404_and_records_nothing(
    app, student_client, hidden_ids
):
    token = csrf_token(student_client, "/")
    for question_id in hidden_ids:
        form = {"question_id": question_id, "seq": 0, "choice": "0", "csrf_token": token}
        response = student_client.post("/study/guarded/answer", data=form)
        assert response.status_code == 404
        assert not any(secret in response.get_data(as_text=True) for secret in SECRETS)
    assert counts(app) == (0, 0, 0)


def test_asking_for_a_draft_question_by_address_shows_an_approved_one(
    app, student_client, hidden_ids
):
    for question_id in hidden_ids:
        page = student_client.get(f"/study/guarded?q={question_id}").get_data(as_text=True)
        assert "Question shown?" in page
        assert not any(secret in page for secret in SECRETS)


def test_a_quiz_neither_asks_nor_answers_nor_reviews_a_question_rejected_since_it_began(
    app, student_client, hidden_ids
):
    with app.app_context():
        for question in db.session.scalars(select(Question)):
            question.status = "approved"
        db.session.commit()
    token = csrf_token(student_client, "/quiz/")
    started = student_client.post(
        "/quiz/sets/guarded", data={"question_count": 11, "time_limit": "", "csrf_token": token}
    )
    attempt = re.search(r"/quiz/attempts/(\d+)", started.headers["Location"]).group(1)
    with app.app_context():  # the teacher takes every question but one back
        for question in db.session.scalars(select(Question).where(Question.key != "shown")):
            question.status = "rejected"
        db.session.commit()
    for question_id in hidden_ids:
        form = {"question_id": question_id, "choice": "0", "csrf_token": token}
        response = student_client.post(f"/quiz/attempts/{attempt}/answer", data=form)
        assert response.status_code == 404
    assert counts(app) == (0, 0, 0)
    page = student_client.get(f"/quiz/attempts/{attempt}").get_data(as_text=True)
    assert "Question shown?" in page and not any(s in page for s in SECRETS)
    student_client.post(f"/quiz/attempts/{attempt}/finish", data={"csrf_token": token})
    review = student_client.get(f"/quiz/attempts/{attempt}/review").get_data(as_text=True)
    assert "Question shown?" in review
    assert not any(secret in review for secret in SECRETS)
