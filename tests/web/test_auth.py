"""Accounts: sign-up, sign-in, CSRF, roles."""

from __future__ import annotations

import re

import pytest
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


def sign_up_and_in(client, **overrides):  # type: ignore[no-untyped-def]
    """Sign up, then sign in with the same e-mail and password, as a new user does."""
    form = signup_form(client, **overrides)
    response = client.post("/auth/signup", data=form)
    assert response.status_code == 302 and response.headers["Location"] == "/auth/login"
    credentials = {"email": form["email"], "password": form["password"]}
    return client.post("/auth/login", data={**credentials, "csrf_token": csrf_token(client)})


def test_sign_up_creates_a_student_with_a_hashed_password_who_then_signs_in(client, app):
    assert sign_up_and_in(client).status_code == 302
    assert "ليلى" in client.get("/").get_data(as_text=True)
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "layla@example.org"))
        assert user.role == "student" and user.timezone == "Asia/Riyadh"
        assert "a long password" not in user.password_hash
        assert user.password_hash.startswith(("scrypt:", "pbkdf2:"))


def test_sign_up_as_teacher_opens_the_teaching_pages(client):
    sign_up_and_in(client, role="teacher")
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


def test_sign_up_does_not_tell_which_e_mails_have_an_account(app, make_user):
    """A taken e-mail gets the very answer a new one gets, and the account is untouched."""
    owner = make_user(email="taken@example.org")
    answers = []
    for email in ("Taken@Example.org", "free@example.org"):
        client = app.test_client()
        response = client.post("/auth/signup", data=signup_form(client, email=email))
        # What the next page says, less its CSRF tokens (one per session, and so per client).
        page = re.sub(r'name="csrf_token" value="[^"]+"', "", client.get("/").text)
        answers.append((response.status_code, response.headers["Location"], page))
    assert answers[0] == answers[1]
    with app.app_context():
        kept = db.session.scalar(select(User).where(User.email == "taken@example.org"))
        assert kept.display_name == owner.display_name and kept.password_hash == owner.password_hash
    other = app.test_client()
    sign_in(other, owner)  # the owner's own password still works


@pytest.mark.parametrize(
    "password", [" " * 12, "password", "Sunshine", "12345678", "iloveyou", "qwertyuiop"]
)
def test_blank_and_most_used_passwords_are_refused_with_a_message(client, app, password):
    response = client.post(
        "/auth/signup", data=signup_form(client, password=password, confirm=password)
    )
    assert response.status_code == 400
    assert 'role="alert"' in response.text
    with app.app_context():
        assert db.session.scalar(select(User)) is None


def test_a_long_passphrase_is_accepted_and_signs_in(client):
    passphrase = "the quick brown fox jumps over the lazy dog and keeps running " * 15
    assert len(passphrase) > 900
    response = sign_up_and_in(client, password=passphrase, confirm=passphrase)
    assert response.status_code == 302
    too_long = "x" * 1001
    refused = client.post(
        "/auth/signup",
        data=signup_form(client, email="b@example.org", password=too_long, confirm=too_long),
    )
    assert refused.status_code == 400


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
