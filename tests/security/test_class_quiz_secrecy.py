"""While a class quiz is open, its questions show their answers nowhere else to its class: not
in study, not through ?q=, not in a personal quiz's review, not on a review's result page.
And undo cannot rewrite a first attempt in the teacher's item analysis."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import ClassQuiz, Classroom, Question, QuestionSet, QuizAttempt, Review, User
from studyapp.services import class_progress, class_quizzes, classes, quizzes
from tests.answering import page_answer
from tests.conftest import csrf_token, sign_in


@dataclass
class Quizzed:
    """A student of a class whose quiz on the set is open; `asked` are the quiz's questions."""

    student: FlaskClient
    student_id: int
    slug: str
    set_id: int
    class_quiz_id: int
    asked: list[int]


def client_of(app: Flask, user: User) -> FlaskClient:
    client = app.test_client()
    sign_in(client, user)
    client.post("/language/en", data={"csrf_token": csrf_token(client, "/")})
    return client


def token(client: FlaskClient) -> str:
    return csrf_token(client, "/quiz/")


def question(app: Flask, question_id: int) -> Question:
    with app.app_context():
        found = db.session.get(Question, question_id)
        db.session.expunge(found)
        return found


def open_quiz(app: Flask, classroom_id: int, set_id: int) -> int:
    now = datetime.now(UTC)
    with app.app_context():
        class_quiz = class_quizzes.create_class_quiz(
            db.session.get(Classroom, classroom_id),
            db.session.get(QuestionSet, set_id),
            n=4,
            time_limit_s=None,
            opens_at=now - timedelta(hours=1),
            closes_at=now + timedelta(days=1),
            now=now,
        )
        db.session.commit()
        return class_quiz.id


def close_quiz(app: Flask, class_quiz_id: int) -> None:
    with app.app_context():
        db.session.get(ClassQuiz, class_quiz_id).closes_at = datetime.now(UTC) - timedelta(
            minutes=1
        )
        db.session.commit()


@pytest.fixture
def quizzed(app, make_user, seed_set) -> Quizzed:  # type: ignore[no-untyped-def]
    teacher, student, classmate = make_user("teacher"), make_user(), make_user()
    with app.app_context():
        room = classes.create_class(db.session.get(User, teacher.id), "Class")
        for member in (student, classmate):
            classes.join(db.session.get(User, member.id), room.join_code)
        set_id = db.session.scalar(select(QuestionSet.id).where(QuestionSet.slug == seed_set))
        db.session.commit()
        room_id = room.id
    class_quiz_id = open_quiz(app, room_id, set_id)
    # A classmate starts the quiz: its questions are those the attempt drew.
    other = client_of(app, classmate)
    other.post(f"/quiz/class/{class_quiz_id}/start", data={"csrf_token": token(other)})
    with app.app_context():
        asked = db.session.scalar(select(QuizAttempt.question_ids))
    return Quizzed(client_of(app, student), student.id, seed_set, set_id, class_quiz_id, asked)


def reviews(app: Flask, user_id: int) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(Review.id)).where(Review.user_id == user_id))


def shown_id(page: str) -> int | None:
    match = re.search(r'name="question_id" value="(\d+)"', page)
    return int(match.group(1)) if match else None


def study_answers(app: Flask, client: FlaskClient, slug: str, count: int) -> list[int]:
    """Answer the next `count` questions of the study loop; the ids shown."""
    shown = []
    for _ in range(count):
        page = client.get(f"/study/{slug}").get_data(as_text=True)
        question_id = shown_id(page)
        if question_id is None:
            break
        shown.append(question_id)
        form = {"question_id": question_id, "seq": re.search(r'name="seq" value="(\d+)"', page)[1]}
        form.update(page_answer(page, question(app, question_id)))
        form["csrf_token"] = csrf_token(client, "/")
        assert client.post(f"/study/{slug}/answer", data=form).status_code == 200
    return shown


def test_the_study_loop_skips_the_open_quizs_questions_and_says_why(app, quizzed):
    page = quizzed.student.get(f"/study/{quizzed.slug}").get_data(as_text=True)
    assert "4 questions of this set are in a class quiz that is open now" in page
    shown = study_answers(app, quizzed.student, quizzed.slug, 20)
    assert len(shown) == 20 and not set(shown) & set(quizzed.asked)


def test_asking_for_a_quiz_question_by_address_or_answering_it_reveals_nothing(app, quizzed):
    student, slug = quizzed.student, quizzed.slug
    for question_id in quizzed.asked:
        page = student.get(f"/study/{slug}?q={question_id}").get_data(as_text=True)
        assert shown_id(page) not in quizzed.asked
        asked = question(app, question_id)
        form = {"question_id": question_id, "seq": 0, "answer": "x", "choice": "0", "rating": 3}
        form["csrf_token"] = csrf_token(student, "/")
        response = student.post(f"/study/{slug}/answer", data=form)
        assert response.status_code == 404
        assert asked.prompt not in response.get_data(as_text=True)
    assert reviews(app, quizzed.student_id) == 0


def test_a_personal_quiz_on_the_set_asks_none_of_the_open_quizs_questions(app, quizzed):
    student = quizzed.student
    started = student.post(
        f"/quiz/sets/{quizzed.slug}",
        data={"question_count": 50, "time_limit": "", "csrf_token": token(student)},
    )
    attempt_id = int(re.search(r"/attempts/(\d+)", started.headers["Location"])[1])
    with app.app_context():
        drawn = db.session.get(QuizAttempt, attempt_id).question_ids
    assert drawn and not set(drawn) & set(quizzed.asked)
    student.post(f"/quiz/attempts/{attempt_id}/finish", data={"csrf_token": token(student)})
    review = student.get(f"/quiz/attempts/{attempt_id}/review").get_data(as_text=True)
    assert not any(f'id="review-{i}"' in review for i in quizzed.asked)


def test_a_personal_quiz_begun_before_the_class_quiz_hides_its_answers_until_it_closes(
    app, quizzed
):
    with app.app_context():
        user = db.session.get(User, quizzed.student_id)
        qset = db.session.get(QuestionSet, quizzed.set_id)
        earlier = datetime.now(UTC) - timedelta(days=2)
        # Begun before the class quiz opened, and holding its questions.
        attempt = quizzes.start_attempt(user, qset, n=50, time_limit_s=None, now=earlier)
        attempt.question_ids = [*quizzed.asked, *attempt.question_ids[:3]]
        db.session.commit()
        attempt_id = attempt.id
    student = quizzed.student
    student.post(f"/quiz/attempts/{attempt_id}/finish", data={"csrf_token": token(student)})
    review = student.get(f"/quiz/attempts/{attempt_id}/review").get_data(as_text=True)
    assert "4 questions of this quiz are in a class quiz that is open now" in review
    assert not any(f'id="review-{i}"' in review for i in quizzed.asked)
    close_quiz(app, quizzed.class_quiz_id)
    review = student.get(f"/quiz/attempts/{attempt_id}/review").get_data(as_text=True)
    assert all(f'id="review-{i}"' in review for i in quizzed.asked)


def test_the_result_page_of_a_class_quiz_answer_waits_for_the_quiz_to_close(app, quizzed):
    """A quiz answer that also counted as a review has a study result page, with the answer."""
    student = quizzed.student
    started = student.post(
        f"/quiz/class/{quizzed.class_quiz_id}/start", data={"csrf_token": token(student)}
    )
    attempt = started.headers["Location"]
    page = student.get(attempt).get_data(as_text=True)
    question_id = shown_id(page)
    form = {"question_id": question_id, "csrf_token": token(student)}
    form.update(page_answer(page, question(app, question_id), right=False))
    assert student.post(f"{attempt}/answer", data=form).status_code == 302
    with app.app_context():
        review_id = db.session.scalar(select(Review.id).where(Review.user_id == quizzed.student_id))
    result = f"/study/{quizzed.slug}/reviews/{review_id}"
    assert student.get(result).status_code == 404
    close_quiz(app, quizzed.class_quiz_id)
    assert student.get(result).status_code == 200
    page = student.get(f"/study/{quizzed.slug}?q={question_id}").get_data(as_text=True)
    assert shown_id(page) == question_id  # studied again once the quiz is closed


def test_undo_does_not_rewrite_a_first_attempt_in_the_item_analysis(app, quizzed):
    close_quiz(app, quizzed.class_quiz_id)
    student, slug = quizzed.student, quizzed.slug
    page = student.get(f"/study/{slug}").get_data(as_text=True)
    question_id = shown_id(page)
    asked = question(app, question_id)
    for right in (False, True):  # wrong, read the answer, take it back, then right
        form = {"question_id": question_id, "seq": 0, "csrf_token": csrf_token(student, "/")}
        form.update(page_answer(page, asked, right=right))
        assert student.post(f"/study/{slug}/answer", data=form).status_code == 200
        if not right:
            undone = student.post(f"/study/{slug}/undo", data={"csrf_token": form["csrf_token"]})
            assert undone.status_code == 302
            page = student.get(undone.headers["Location"]).get_data(as_text=True)
            assert shown_id(page) == question_id
    assert reviews(app, quizzed.student_id) == 1
    with app.app_context():
        room = db.session.scalar(select(Classroom))
        view = class_progress.class_set_view(
            room, db.session.get(QuestionSet, quizzed.set_id), now=datetime.now(UTC)
        )
        stats = next(stats for q, stats in view.items if q.id == question_id)
    assert (stats.first_tries, stats.facility) == (1, 0.0)
