"""Numerical and matching questions answered by a student, in study and in a quiz."""

from __future__ import annotations

import re
from html import unescape

import pytest
from sqlalchemy import func, select

from studyapp.domain.question_files import QuestionSet as SetFile
from studyapp.domain.questions import Question as DraftQuestion
from studyapp.domain.questions import Source
from studyapp.extensions import db
from studyapp.models import Question, QuizAttempt, Review
from studyapp.services import question_sets
from tests.answering import page_answer, shown_matches
from tests.conftest import csrf_token

ARTICLE = "Canada's capital is Ottawa, Italy's is Rome and Japan's is Tokyo. Pi is about 3.14."
SOURCE = Source(0, 66, ARTICLE[:66])

CAPITALS = SetFile(
    slug="capitals",
    title="Capitals",
    language="en",
    article=ARTICLE,
    questions=[
        DraftQuestion(
            id="capitals",
            type="matching",
            prompt="Match each country with its capital.",
            answer=[["Canada", "Ottawa"], ["Italy", "Rome"], ["Japan", "Tokyo"]],
            choices=["Ottawa", "Rome", "Tokyo", "Paris"],
            source=SOURCE,
        ),
        DraftQuestion(
            id="pi",
            type="numerical",
            prompt="Pi to two places?",
            answer=[{"value": 3.14, "tolerance": 0.005, "weight": 100.0}],
            source=SOURCE,
        ),
    ],
)


@pytest.fixture
def capitals(app):  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(CAPITALS)
        db.session.commit()
    return "capitals"


def question(app, key: str) -> Question:  # type: ignore[no-untyped-def]
    with app.app_context():
        found = db.session.scalar(select(Question).where(Question.key == key))
        db.session.expunge(found)
        return found


def study_page(app, client, key: str) -> tuple[Question, str]:  # type: ignore[no-untyped-def]
    client.get("/study/capitals")
    asked = question(app, key)
    return asked, client.get(f"/study/capitals?q={asked.id}").get_data(as_text=True)


def answer(client, page: str, fields: dict):  # type: ignore[no-untyped-def]
    seq = re.search(r'name="seq" value="(\d+)"', page).group(1)
    question_id = re.search(r'name="question_id" value="(\d+)"', page).group(1)
    data = {"question_id": question_id, "seq": seq, "csrf_token": csrf_token(client, "/")}
    return client.post("/study/capitals/answer", data={**data, **fields})


def ratings(app) -> list[int]:  # type: ignore[no-untyped-def]
    with app.app_context():
        return list(db.session.scalars(select(Review.rating).order_by(Review.id)))


def test_a_number_typed_in_arabic_digits_is_right(app, student_client, capitals):
    pi, page = study_page(app, student_client, "pi")
    assert 'inputmode="decimal"' in page
    result = answer(student_client, page, {"answer": "٣٫١٤٥"}).get_data(as_text=True)
    assert "result right" in result
    assert "3.14 ± 0.005" in result
    assert ratings(app) == [3]


def test_text_that_is_no_number_is_refused_and_nothing_recorded(app, student_client, capitals):
    _, page = study_page(app, student_client, "pi")
    response = answer(student_client, page, {"answer": "pi"})
    assert response.status_code == 302
    shown = student_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "write a number" in shown or "اكتب عددًا" in shown
    with app.app_context():
        assert db.session.scalar(select(func.count(Review.id))) == 0


def test_matching_right_items_are_opaque_codes_and_all_right_is_good(app, student_client, capitals):
    matching, page = study_page(app, student_client, "capitals")
    rows = shown_matches(page)
    assert list(rows) == ["Canada", "Italy", "Japan"]
    options = rows["Canada"][1]
    assert sorted(options) == ["Ottawa", "Paris", "Rome", "Tokyo"]
    # The values say nothing of the answer: not the texts, not their stored places.
    assert not set(options.values()) & {"0", "1", "2", "3", "Ottawa", "Rome", "Tokyo", "Paris"}
    result = answer(student_client, page, page_answer(page, matching)).get_data(as_text=True)
    assert "result right" in result
    assert ratings(app) == [3]


def test_matching_two_of_three_is_hard_and_shown_wrong(app, student_client, capitals):
    matching, page = study_page(app, student_client, "capitals")
    rows = shown_matches(page)
    fields = {
        rows["Canada"][0]: rows["Canada"][1]["Ottawa"],
        rows["Italy"][0]: rows["Italy"][1]["Rome"],
        rows["Japan"][0]: rows["Japan"][1]["Paris"],
    }
    result = answer(student_client, page, fields).get_data(as_text=True)
    assert "result wrong" in result and "Tokyo" in result
    assert ratings(app) == [2]


def test_a_quiz_asks_and_scores_both(app, student_client, capitals):
    token = csrf_token(student_client, "/quiz/")
    started = student_client.post(
        "/quiz/sets/capitals", data={"question_count": 10, "time_limit": "", "csrf_token": token}
    )
    attempt = re.search(r"/quiz/attempts/(\d+)", started.headers["Location"]).group(1)
    for right in (True, False):
        page = student_client.get(f"/quiz/attempts/{attempt}").get_data(as_text=True)
        question_id = int(re.search(r'name="question_id" value="(\d+)"', page).group(1))
        with app.app_context():
            asked = db.session.get(Question, question_id)
            fields = page_answer(page, asked, right=right)
        data = {"question_id": question_id, "csrf_token": token, **fields}
        student_client.post(f"/quiz/attempts/{attempt}/answer", data=data)
    with app.app_context():
        attempt_row = db.session.get(QuizAttempt, int(attempt))
        assert attempt_row.finished_at is not None and attempt_row.score == 0.5
    english = {"csrf_token": token, "next": "/"}
    student_client.post("/language/en", data=english)
    review = unescape(student_client.get(f"/quiz/attempts/{attempt}/review").get_data(as_text=True))
    assert "1 of 2 right" in review
    assert "Canada" in review and "Ottawa" in review and "3.14 ± 0.005" in review
