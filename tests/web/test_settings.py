"""The account page's settings, each taking effect: pace, retention, time zone, language,
password, deleting the account; the home page's share of the daily limit; a new teacher's
first page."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html import unescape

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import Card, Classroom, Enrollment, Question, QuizAttempt, Review, User
from studyapp.services import answering, classes, question_sets, study
from tests.conftest import PASSWORD, csrf_token, sign_in
from tests.web.test_study import TINY

NEW_PASSWORD = "a brand new sentence"


@pytest.fixture
def tiny(app):  # type: ignore[no-untyped-def]
    """A second set beside the seed set: three questions, one of them a flashcard."""
    with app.app_context():
        question_sets.sync(TINY)
        db.session.commit()
    return "tiny"


def save_pace(client: FlaskClient, user: User, **changes: object):  # type: ignore[no-untyped-def]
    data = {
        "new_cards_per_day": 20,
        "retention_percent": 90,
        "timezone": "UTC",
        "locale": "en",
        **changes,
        "csrf_token": csrf_token(client, "/account/"),
    }
    return client.post("/account/pace", data=data)


def stored(app, user_id: int) -> User:  # type: ignore[no-untyped-def]
    with app.app_context():
        user = db.session.get(User, user_id)
        db.session.expunge(user)
        return user


def count(app, model, *where) -> int:  # type: ignore[no-untyped-def]
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model).where(*where))


def left_today(page: str) -> list[int]:
    return [int(n) for n in re.findall(r"(\d+) left today", page)]


def test_retention_saved_on_the_page_shortens_the_next_interval(app, make_user, seed_set):
    keeps, raises = make_user("student"), make_user("student")
    client = app.test_client()
    sign_in(client, raises)
    response = save_pace(client, raises, retention_percent=97)
    assert response.status_code == 302
    now = datetime(2026, 11, 20, 9, tzinfo=UTC)
    intervals = {}
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.type == "flashcard"))
        for student in (keeps, raises):
            user = db.session.get(User, student.id)
            card = Card(
                user_id=user.id,
                question_id=question.id,
                reps=3,
                created_at=now,
                state=2,  # in review
                step=None,
                stability=10.0,
                difficulty=5.0,
                due=now,
                last_review=now - timedelta(days=10),
            )
            db.session.add(card)
            db.session.flush()
            item = study.item_of(user, question)
            answering.answer(user, item, seq=3, response=None, now=now, self_rating=3)
            intervals[student.id] = card.due - now
        db.session.commit()
    assert stored(app, raises.id).desired_retention == 0.97
    assert intervals[raises.id] < intervals[keeps.id] * 0.5


def test_the_page_prices_each_retention_in_minutes_a_day(app, student_client, seed_set):
    page = unescape(student_client.get("/account/").get_data(as_text=True))
    table = page[page.index('id="workload"') : page.index("</table>")]
    rows = re.findall(r"<th scope=\"row\">(\d+)%.*?</th>\s*<td>(.*?)</td>", table, re.S)
    minutes = {int(r): float(re.search(r"[\d.]+", m).group()) for r, m in rows}
    assert set(minutes) >= {80, 90, 95}
    assert 0 < minutes[80] <= minutes[90] < minutes[95]
    assert re.search(r'<tr class="own">\s*<th scope="row">90%', table)  # the student's own


def test_bad_settings_are_refused_field_by_field_in_arabic(app, student_client):
    user = student_client.user
    response = save_pace(
        student_client,
        user,
        new_cards_per_day="-3",
        retention_percent="150",
        timezone="Mars/Olympus",
        locale="xx",
    )
    assert response.status_code == 400
    page = unescape(response.get_data(as_text=True))
    assert 'lang="ar"' in page
    assert page.count('role="alert"') == 4
    assert "أدخل عددًا صحيحًا من 0 إلى 200" in page
    assert "أدخل عددًا صحيحًا من 70 إلى 97" in page
    assert "اختر منطقة زمنية من القائمة" in page
    assert "اختر لغة من القائمة" in page
    # Text that is no number gets the range's message alone.
    words = unescape(
        save_pace(student_client, user, new_cards_per_day="abc").get_data(as_text=True)
    )
    assert re.findall(r'role="alert">([^<]*)<', words) == ["أدخل عددًا صحيحًا من 0 إلى 200."]
    after = stored(app, user.id)
    assert (after.new_cards_per_day, after.desired_retention, after.timezone) == (20, 0.9, "UTC")


def test_the_interface_language_is_kept_on_the_account(app, make_user):
    user = make_user("student")
    client = app.test_client()
    sign_in(client, user)
    assert save_pace(client, user, locale="en").status_code == 302
    page = client.get("/account/").get_data(as_text=True)
    assert 'lang="en"' in page and "Your settings are saved." in page
    assert stored(app, user.id).locale == "en"
    # Another browser, signed in afresh, opens in the language chosen.
    other = app.test_client()
    sign_in(other, user)
    assert '<html lang="en"' in other.get("/").get_data(as_text=True)


def test_the_time_zone_decides_when_the_day_of_new_questions_starts(app, make_user, tiny):
    user = make_user("student")
    client = app.test_client()
    sign_in(client, user)
    assert save_pace(client, user, timezone="Asia/Tokyo").status_code == 302
    assert stored(app, user.id).timezone == "Asia/Tokyo"
    with app.app_context():
        moment = datetime(2026, 11, 20, 18, 30, tzinfo=UTC)  # 03:30 the next day in Tokyo
        assert study.day_start(db.session.get(User, user.id), moment) == datetime(
            2026, 11, 19, 19, tzinfo=UTC
        )


def test_the_home_page_shares_the_daily_limit_among_the_sets(app, make_user, seed_set, tiny):
    user = make_user("student")
    client = app.test_client()
    sign_in(client, user)
    assert save_pace(client, user, new_cards_per_day=4).status_code == 302
    page = client.get("/").get_data(as_text=True)
    assert sorted(left_today(page)) == [0, 4]
    # Study two new questions of the tiny set: what is left today is still one limit.
    with app.app_context():
        student = db.session.get(User, user.id)
        qset = classes.visible_sets(student)
        tiny_set = next(s for s in qset if s.slug == "tiny")
        for question in [q for q in tiny_set.questions if q.type == "flashcard"]:
            item = study.item_of(student, question)
            answering.answer(
                student, item, seq=0, response=None, now=datetime.now(UTC), self_rating=4
            )
        db.session.commit()
    shown = left_today(client.get("/").get_data(as_text=True))
    assert sum(shown) == 3


def test_a_daily_limit_of_zero_stops_new_questions(app, make_user, tiny):
    user = make_user("student")
    client = app.test_client()
    sign_in(client, user)
    assert save_pace(client, user, new_cards_per_day=0).status_code == 302
    page = client.get("/study/tiny").get_data(as_text=True)
    assert 'name="question_id"' not in page
    assert left_today(client.get("/").get_data(as_text=True)) == [0]


def test_a_password_change_needs_the_current_one_and_ends_other_sessions(app, make_user):
    user = make_user("student")
    here, elsewhere = app.test_client(), app.test_client()
    sign_in(here, user)
    sign_in(elsewhere, user)

    def change(current: str):  # type: ignore[no-untyped-def]
        return here.post(
            "/account/password",
            data={
                "current_password": current,
                "password": NEW_PASSWORD,
                "confirm": NEW_PASSWORD,
                "csrf_token": csrf_token(here, "/account/"),
            },
        )

    wrong = change("not my password")
    assert wrong.status_code == 400
    assert "هذه ليست كلمة مرورك الحالية" in wrong.get_data(as_text=True)
    assert elsewhere.get("/account/").status_code == 200

    assert change(PASSWORD).status_code == 302
    assert here.get("/account/").status_code == 200  # this device stays signed in
    assert elsewhere.get("/account/").status_code == 302  # the other one is signed out
    fresh = app.test_client()
    old = fresh.post(
        "/auth/login",
        data={"email": user.email, "password": PASSWORD, "csrf_token": csrf_token(fresh)},
    )
    assert old.status_code == 400  # the old password no longer signs in
    new = fresh.post(
        "/auth/login",
        data={"email": user.email, "password": NEW_PASSWORD, "csrf_token": csrf_token(fresh)},
    )
    assert new.status_code == 302


def test_deleting_the_account_removes_its_cards_reviews_and_classes(app, make_user, seed_set):
    teacher, user = make_user("teacher"), make_user("student")
    with app.app_context():
        classroom = classes.create_class(db.session.get(User, teacher.id), "Class A")
        classes.join(db.session.get(User, user.id), classroom.join_code)
        student = db.session.get(User, user.id)
        question = db.session.scalar(select(Question).where(Question.type == "flashcard"))
        answering.answer(
            student, study.item_of(student, question), seq=0, response=None,
            now=datetime.now(UTC), self_rating=3,
        )  # fmt: skip
        db.session.commit()
    client = app.test_client()
    sign_in(client, user)

    def delete(password: str):  # type: ignore[no-untyped-def]
        return client.post(
            "/account/delete",
            data={"password": password, "csrf_token": csrf_token(client, "/account/")},
        )

    wrong = delete("not my password")
    assert wrong.status_code == 400
    assert "هذه ليست كلمة مرورك" in wrong.get_data(as_text=True)
    assert count(app, Card, Card.user_id == user.id) == 1

    assert delete(PASSWORD).status_code == 302
    assert count(app, User, User.id == user.id) == 0
    assert count(app, Card, Card.user_id == user.id) == 0
    assert count(app, Review, Review.user_id == user.id) == 0
    assert count(app, Enrollment, Enrollment.student_id == user.id) == 0
    assert count(app, Classroom) == 1  # the teacher's class stays
    assert client.get("/account/").status_code == 302
    fresh = app.test_client()
    refused = fresh.post(
        "/auth/login",
        data={"email": user.email, "password": PASSWORD, "csrf_token": csrf_token(fresh)},
    )
    assert refused.status_code == 400


def test_a_teacher_with_classes_is_told_why_the_account_stays(app, make_user):
    teacher = make_user("teacher")
    with app.app_context():
        classes.create_class(db.session.get(User, teacher.id), "Class A")
        db.session.commit()
    client = app.test_client()
    sign_in(client, teacher)
    page = client.get("/account/").get_data(as_text=True)
    assert 'id="delete-form"' not in page
    assert "المسؤول" in page  # turn to the administrator
    refused = client.post(
        "/account/delete",
        data={"password": PASSWORD, "csrf_token": csrf_token(client, "/account/")},
    )
    assert refused.status_code == 409
    assert count(app, User, User.id == teacher.id) == 1


@pytest.mark.parametrize("role", ["teacher", "student"])
def test_a_new_teacher_lands_on_a_prompt_to_make_a_first_set(app, make_user, role):
    user = make_user(role)
    client = app.test_client()
    sign_in(client, user)
    page = client.get("/").get_data(as_text=True)
    assert ('href="/teach/sets/new"' in page) == (role == "teacher")


def test_a_teacher_with_a_set_is_not_prompted_again(app, make_user, tiny):
    teacher = make_user("teacher")
    with app.app_context():
        from studyapp.models import QuestionSet

        db.session.scalar(select(QuestionSet)).owner_id = teacher.id
        db.session.commit()
    client = app.test_client()
    sign_in(client, teacher)
    assert 'href="/teach/sets/new"' not in client.get("/").get_data(as_text=True)


def test_a_self_quiz_of_new_questions_counts_only_the_daily_limit_as_first_reviews(
    app, make_user, seed_set
):
    user = make_user("student")
    client = app.test_client()
    sign_in(client, user)
    assert save_pace(client, user, new_cards_per_day=2).status_code == 302
    start_page = unescape(client.get(f"/quiz/sets/{seed_set}").get_data(as_text=True))
    assert "New questions left today: 2 of 2." in start_page  # said before the quiz starts
    started = client.post(
        f"/quiz/sets/{seed_set}",
        data={"question_count": 5, "csrf_token": csrf_token(client, f"/quiz/sets/{seed_set}")},
    )
    assert started.status_code == 302
    attempt_id = int(started.headers["Location"].rstrip("/").split("/")[-1])
    with app.app_context():
        attempt = db.session.get(QuizAttempt, attempt_id)
        from studyapp.services import quizzes

        student = db.session.get(User, user.id)
        for question in quizzes.questions_of(attempt):
            quizzes.answer(
                student, attempt, question, _any_response(question), now=datetime.now(UTC)
            )
        db.session.commit()
        counted = [a.counted_as_review for a in attempt.answers]
    assert counted.count(True) == 2
    assert count(app, Card, Card.user_id == user.id) == 2
    assert "New questions left today: 0 of 2." in unescape(
        client.get(f"/quiz/sets/{seed_set}").get_data(as_text=True)
    )


def _any_response(question: Question):  # type: ignore[no-untyped-def]
    answer = question.answer
    return answer[0] if question.type in ("cloze", "short") else answer


def test_a_new_account_starts_at_the_schools_default_pace(make_app):
    app = make_app(NEW_CARDS_PER_DAY=7, DESIRED_RETENTION=0.85)
    client = app.test_client()
    form = {
        "display_name": "Layla",
        "email": "layla@example.org",
        "password": "a long password",
        "confirm": "a long password",
        "role": "student",
        "timezone": "Asia/Riyadh",
        "csrf_token": csrf_token(client, "/auth/signup"),
    }
    assert client.post("/auth/signup", data=form).status_code == 302
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "layla@example.org"))
        assert (user.new_cards_per_day, user.desired_retention) == (7, 0.85)
