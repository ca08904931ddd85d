"""Who may teach: the site administrator, TEACHER_SIGNUP (open, approval, invite), approval,
invitation links, and suspended accounts."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from studyapp import config, create_app
from studyapp.extensions import db
from studyapp.models import Classroom, User
from tests.conftest import PASSWORD, csrf_token, sign_in


def sign_up(client, email: str, role: str = "teacher", invite: str = ""):  # type: ignore[no-untyped-def]
    path = "/auth/signup" + (f"?invite={invite}" if invite else "")
    return client.post(
        path,
        data={
            "display_name": "Mona",
            "email": email,
            "password": PASSWORD,
            "confirm": PASSWORD,
            "role": role,
            "invite": invite,
            "csrf_token": csrf_token(client, "/auth/signup"),
        },
    )


def signed_up_and_in(app, email: str, **kwargs):  # type: ignore[no-untyped-def]
    client = app.test_client()
    assert sign_up(client, email, **kwargs).status_code == 302
    data = {"email": email, "password": PASSWORD, "csrf_token": csrf_token(client)}
    assert client.post("/auth/login", data=data).status_code == 302
    return client


def new_class(client):  # type: ignore[no-untyped-def]
    data = {"name": "5B", "csrf_token": csrf_token(client, "/")}
    return client.post("/teach/classes/new", data=data)


def set_status(admin, user_id: int, status: str):  # type: ignore[no-untyped-def]
    data = {"status": status, "csrf_token": csrf_token(admin, "/admin/")}
    return admin.post(f"/admin/accounts/{user_id}/status", data=data)


def user_id(app, email: str) -> int:  # type: ignore[no-untyped-def]
    with app.app_context():
        return db.session.scalar(select(User.id).where(User.email == email))


@pytest.fixture
def admin(app, make_user):  # type: ignore[no-untyped-def]
    client = app.test_client()
    sign_in(client, make_user("admin"))
    return client


def test_teacher_sign_up_defaults_to_approval_behind_https_and_open_otherwise():
    assert config.teacher_signup(None, secure_cookies=True) == "approval"
    assert config.teacher_signup(None, secure_cookies=False) == "open"
    assert config.teacher_signup("invite", secure_cookies=False) == "invite"
    with pytest.raises(ValueError, match="TEACHER_SIGNUP"):
        config.teacher_signup("anyone", secure_cookies=False)
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "SESSION_COOKIE_SECURE": True})
    assert app.config["TEACHER_SIGNUP"] == "approval"


def test_create_admin_makes_an_administrator_who_opens_the_admin_page(app):
    runner = app.test_cli_runner()
    result = runner.invoke(
        args=["users", "create-admin", "head@school.example", "--name", "Head"],
        input=f"{PASSWORD}\n{PASSWORD}\n",
    )
    assert result.exit_code == 0, result.output
    client = app.test_client()
    data = {"email": "head@school.example", "password": PASSWORD}
    client.post("/auth/login", data={**data, "csrf_token": csrf_token(client)})
    assert client.get("/admin/").status_code == 200
    again = runner.invoke(
        args=["users", "create-admin", "head@school.example", "--password", PASSWORD]
    )
    assert again.exit_code != 0 and "exists already" in again.output
    weak = runner.invoke(
        args=["users", "create-admin", "b@school.example", "--password", "password"]
    )
    assert weak.exit_code != 0 and "most used" in weak.output


def test_with_approval_a_teacher_waits_until_the_admin_approves(make_app, make_user):
    app = make_app(TEACHER_SIGNUP="approval")
    teacher = signed_up_and_in(app, "mona@school.example")

    waiting = teacher.get("/teach/", follow_redirects=True)
    assert waiting.request.path == "/account/waiting"
    assert "approv" in waiting.text or "موافقة" in waiting.text
    assert new_class(teacher).headers["Location"] == "/account/waiting"
    with app.app_context():
        assert db.session.scalar(select(Classroom)) is None
    # Students are not held back.
    assert signed_up_and_in(app, "sami@school.example", role="student").get("/").status_code == 200

    admin = app.test_client()
    sign_in(admin, make_user("admin"))
    assert "mona@school.example" in admin.get("/admin/").text
    assert set_status(admin, user_id(app, "mona@school.example"), "active").status_code == 302

    assert teacher.get("/teach/").status_code == 200
    assert new_class(teacher).status_code == 302


def test_with_invite_only_the_admins_link_lets_a_teacher_in(make_app, make_user):
    app = make_app(TEACHER_SIGNUP="invite")
    refused = sign_up(app.test_client(), "walkin@school.example")
    assert refused.status_code == 400 and 'role="alert"' in refused.text
    forged = sign_up(app.test_client(), "forger@school.example", invite="teacher.forged.sig")
    assert forged.status_code == 400
    with app.app_context():
        assert db.session.scalar(select(User)) is None

    admin = app.test_client()
    sign_in(admin, make_user("admin"))
    page = admin.get("/admin/").text
    link = re.search(r'value="(http[^"]*\?invite=([^"]+))"', page)
    assert link
    invited = app.test_client()
    form_page = invited.get("/auth/signup?invite=" + link.group(2)).text
    assert link.group(2) in form_page  # carried by the form's hidden field
    teacher = signed_up_and_in(app, "invited@school.example", invite=link.group(2))
    assert teacher.get("/teach/").status_code == 200
    # Students sign up as before.
    assert signed_up_and_in(app, "kid@school.example", role="student").get("/").status_code == 200


def test_the_admin_page_lists_teachers_with_their_classes(app, admin, make_user):
    teacher = app.test_client()
    sign_in(teacher, make_user("teacher", email="t@school.example", display_name="Tariq"))
    class_page = new_class(teacher).headers["Location"]
    code = re.search(r'id="join-code">(\w+)<', teacher.get(class_page).text).group(1)  # type: ignore[union-attr]
    for _ in range(2):
        student = app.test_client()
        sign_in(student, make_user())
        data = {"code": code, "csrf_token": csrf_token(student, "/classes/join")}
        student.post("/classes/join", data=data)

    row = re.search(r'<tr data-teacher="\d+">(.*?)</tr>', admin.get("/admin/").text, re.S)
    assert row and "Tariq" in row.group(1) and "5B" in row.group(1) and "2" in row.group(1)


def test_a_suspended_account_is_signed_out_and_cannot_sign_in_until_restored(app, admin, make_user):
    teacher = make_user("teacher")
    client = app.test_client()
    sign_in(client, teacher)
    assert client.get("/teach/").status_code == 200

    assert set_status(admin, teacher.id, "suspended").status_code == 302

    assert client.get("/teach/").headers["Location"].startswith("/auth/login")
    data = {"email": teacher.email, "password": PASSWORD, "csrf_token": csrf_token(client)}
    refused = client.post("/auth/login", data=data)
    assert refused.status_code == 400 and 'role="alert"' in refused.text
    assert client.get("/teach/").status_code == 302

    set_status(admin, teacher.id, "active")
    sign_in(client, teacher)
    assert client.get("/teach/").status_code == 200


def test_an_administrator_cannot_be_suspended_from_the_page(app, admin, make_user):
    other_admin = make_user("admin")
    assert set_status(admin, other_admin.id, "suspended").status_code == 404
    assert set_status(admin, 10**6, "suspended").status_code == 404
    student = make_user()
    assert set_status(admin, student.id, "deleted").status_code == 400


def test_the_admin_finds_a_student_by_e_mail_and_suspends_the_account(app, admin, make_user):
    student = make_user(email="pupil@school.example")
    found = admin.get("/admin/?email=pupil@school.example").text
    assert student.display_name in found and f"/admin/accounts/{student.id}/status" in found
    assert "/admin/accounts/" not in admin.get("/admin/?email=nobody@school.example").text
    set_status(admin, student.id, "suspended")
    with app.app_context():
        assert db.session.get(User, student.id).status == "suspended"
