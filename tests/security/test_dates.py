"""Dates far from today, typed by hand, in the teacher's time zone: a clear error, never a
500. Year 1 or 9999 moved across the date line overflows Python's datetime."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import ClassQuiz, User
from tests.security.test_authorization import build_world, post

FAR = "Choose a date from 2000-01-01 to 2099-12-31."


def set_time_zone(app, *users: User, zone: str) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        for user in users:
            db.session.get(User, user.id).timezone = zone
        db.session.commit()


@pytest.fixture
def world(app, make_user, seed_set):  # type: ignore[no-untyped-def]
    return build_world(app, make_user, seed_set)


@pytest.mark.parametrize(
    ("zone", "day"),
    [("Pacific/Kiritimati", "0001-01-01"), ("Pacific/Pago_Pago", "9999-12-31")],
)
def test_a_far_date_on_the_class_view_is_a_clear_error(app, world, zone, day):
    set_time_zone(app, world.users["teacher"], zone=zone)
    teacher = world.clients["teacher"]
    post(teacher, "/language/en", next="/")
    response = teacher.get(
        f"/teach/classes/{world.ids['class_id']}/sets/{world.ids['set_id']}?on={day}"
    )
    assert response.status_code == 400
    assert FAR in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("zone", "opens", "closes"),
    [
        ("Pacific/Pago_Pago", "2026-01-01T00:00", "9999-12-31T23:59"),
        ("Pacific/Kiritimati", "0001-01-01T00:00", "2030-01-01T00:00"),
        ("UTC", "2026-01-01T00:00", "9999-12-31T23:59"),
    ],
)
def test_a_class_quiz_in_a_far_year_is_a_clear_error_and_is_not_set(
    app, world, zone, opens, closes
):
    set_time_zone(app, world.users["teacher"], world.users["student"], zone=zone)
    teacher, student = world.clients["teacher"], world.clients["student"]
    post(teacher, "/language/en", next="/")
    response = post(
        teacher,
        f"/quiz/classes/{world.ids['class_id']}/new",
        set_id=world.ids["set_id"],
        question_count="2",
        time_limit="5",
        opens_at=opens,
        closes_at=closes,
    )
    assert response.status_code == 400
    assert FAR in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count(ClassQuiz.id))) == 1  # the world's own
    assert student.get("/quiz/").status_code == 200
    assert teacher.get(f"/teach/classes/{world.ids['class_id']}").status_code == 200
