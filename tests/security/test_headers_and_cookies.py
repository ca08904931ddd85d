"""Headers on every page, the session cookie's flags, and the request size limit."""

from __future__ import annotations

import re

import pytest

from studyapp.extensions import db
from studyapp.models import Question
from tests.conftest import PASSWORD, csrf_token
from tests.security.test_authorization import some_answer

PUBLIC_PAGES = ["/", "/auth/login", "/auth/signup", "/healthz", "/static/css/app.css", "/nowhere"]


def assert_secure_headers(response) -> None:  # type: ignore[no-untyped-def]
    policy = response.headers["Content-Security-Policy"]
    script_src = next(p for p in policy.split(";") if p.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "same-origin"


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_every_public_page_and_error_carries_the_security_headers(client, path):
    with client.get(path) as response:
        assert_secure_headers(response)


def test_a_students_study_and_result_pages_carry_the_security_headers(
    app, student_client, seed_set
):
    page = student_client.get(f"/study/{seed_set}")
    assert page.status_code == 200
    assert_secure_headers(page)
    assert_secure_headers(student_client.get(f"/sets/{seed_set}/article"))
    assert_secure_headers(student_client.post(f"/study/{seed_set}/answer", data={}))
    # The result page is the answer's own response.
    asked = int(re.search(r'name="question_id" value="(\d+)"', page.text).group(1))  # type: ignore[union-attr]
    with app.app_context():
        fields = some_answer(db.session.get(Question, asked), page.text)
    form = {**fields, "question_id": asked, "seq": 0, "csrf_token": csrf_token(student_client)}
    result = student_client.post(f"/study/{seed_set}/answer", data=form)
    assert result.status_code == 200 and "/reviews/" in result.headers["Content-Location"]
    assert_secure_headers(result)
    assert_secure_headers(student_client.get(result.headers["Content-Location"]))


def test_the_session_cookie_is_http_only_and_same_site_lax(client, make_user):
    user = make_user()
    response = client.post(
        "/auth/login",
        data={"email": user.email, "password": PASSWORD, "csrf_token": csrf_token(client)},
    )
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie


def test_with_session_cookie_secure_the_cookie_travels_over_https_only(
    make_app, make_user, monkeypatch
):
    user = make_user()
    monkeypatch.setenv("SESSION_COOKIE_SECURE", "1")
    secure = make_app(SECRET_KEY="secure")
    client = secure.test_client()
    token = csrf_token(client, "https://localhost/auth/login")
    response = client.post(
        "https://localhost/auth/login",
        data={"email": user.email, "password": PASSWORD, "csrf_token": token},
        headers={"Referer": "https://localhost/auth/login"},  # CSRF checks it over HTTPS
    )
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_a_body_over_the_size_limit_is_a_friendly_413(client, app):
    too_large = "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    response = client.post("/auth/login", data={"email": too_large, "password": "p"})
    assert response.status_code == 413
    assert "<html" in response.get_data(as_text=True)
    assert_secure_headers(response)


def test_a_signed_in_answer_over_the_size_limit_is_a_413_and_changes_nothing(
    student_client, seed_set, app
):
    too_large = "x" * (app.config["MAX_CONTENT_LENGTH"] + 1)
    response = student_client.post(f"/study/{seed_set}/answer", data={"answer": too_large})
    assert response.status_code == 413
    assert student_client.get(f"/study/{seed_set}").status_code == 200
