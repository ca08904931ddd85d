"""Accounts: sign-up, sign-in, CSRF, roles."""

from __future__ import annotations

from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import User
from tests.conftest import PASSWORD, csrf_token, sign_in


def signup_form(client, **overrides):  # type: ignore[no-untyped-def]
    form = {
        "display_name": "ليلى",
        "email": "layla@example.org",
        "password": "a long password",
        "confirm": "a long password",
        "role": "student",
        "timezone": "Asia/Riyadh",
        "csrf_token": csrf_token(client, "/auth/signup"),
    }
    form.update(overrides)
    return form


def test_sign_up_creates_a_signed_in_student_with_a_hashed_password(client, app):
    response = client.post("/auth/signup", data=signup_form(client))
    assert response.status_code == 302
    assert "ليلى" in client.get("/").get_data(as_text=True)
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "layla@example.org"))
        assert user.role == "student" and user.timezone == "Asia/Riyadh"
        assert "a long password" not in user.password_hash
        assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))


def test_sign_up_as_teacher_opens_the_teaching_pages(client):
    client.post("/auth/signup", data=signup_form(client, role="teacher"))
    assert client.get("/teach/").status_code == 200


def test_sign_up_errors_are_shown_on_their_field_and_nothing_is_saved(client, app):
    response = client.post(
        "/auth/signup", data=signup_form(client, email="not-an-email", confirm="different")
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert page.count('role="alert"') == 2
    with app.app_context():
        assert db.session.scalar(select(User)) is None


def test_an_email_can_only_be_used_once(client, make_user):
    make_user(email="taken@example.org")
    response = client.post("/auth/signup", data=signup_form(client, email="Taken@Example.org"))
    assert response.status_code == 400
    assert 'role="alert"' in response.get_data(as_text=True)


def test_sign_in_with_a_wrong_password_fails_and_the_right_one_works(client, make_user):
    user = make_user()
    response = client.post(
        "/auth/login",
        data={"email": user.email, "password": "wrong", "csrf_token": csrf_token(client)},
    )
    assert response.status_code == 400
    assert client.get("/study/x").status_code == 302  # still anonymous: sent to sign-in
    sign_in(client, user)
    assert user.display_name in client.get("/").get_data(as_text=True)


def test_sign_in_never_redirects_to_another_site(client, make_user):
    user = make_user()
    response = client.post(
        "/auth/login?next=//evil.example/",
        data={"email": user.email, "password": PASSWORD, "csrf_token": csrf_token(client)},
    )
    assert response.headers["Location"] == "/"


def test_a_post_without_csrf_token_is_rejected_and_changes_nothing(client, app):
    form = signup_form(client)
    del form["csrf_token"]
    response = client.post("/auth/signup", data=form)
    assert response.status_code == 400
    with app.app_context():
        assert db.session.scalar(select(User)) is None


def test_sign_out_needs_the_csrf_token(student_client):
    assert student_client.post("/auth/logout").status_code == 400
    token = csrf_token(student_client, "/")
    student_client.post("/auth/logout", data={"csrf_token": token})
    assert student_client.get("/teach/").status_code == 302


def test_a_student_gets_403_on_teacher_pages(student_client):
    assert student_client.get("/teach/").status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get("/teach/")
    assert response.status_code == 302 and "/auth/login" in response.headers["Location"]
