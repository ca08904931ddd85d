"""Sign-in rate limiting: failures per e-mail and address, in a window that expires."""

from __future__ import annotations

import time

import pytest
from flask import Flask

from tests.conftest import PASSWORD, csrf_token


@pytest.fixture
def limited(make_app) -> Flask:  # type: ignore[no-untyped-def]
    """An app of its own with the limiter on (the shared test app has it off)."""
    return make_app(
        SECRET_KEY="limited",
        RATELIMIT_ENABLED=True,
        RATELIMIT_STORAGE_URI="memory://",
        LOGIN_RATE_LIMIT="5 per 5 seconds",
    )


def attempt(client, email: str, password: str) -> int:  # type: ignore[no-untyped-def]
    data = {"email": email, "password": password, "csrf_token": csrf_token(client)}
    return client.post("/auth/login", data=data).status_code


def test_the_sixth_failed_sign_in_is_a_friendly_429_even_with_the_right_password(
    limited, make_user
):
    user = make_user()
    client = limited.test_client()
    assert [attempt(client, user.email, "wrong password") for _ in range(5)] == [400] * 5
    response = client.post(
        "/auth/login",
        data={"email": user.email, "password": PASSWORD, "csrf_token": csrf_token(client)},
    )
    assert response.status_code == 429
    assert "<html" in response.get_data(as_text=True)
    assert "Content-Security-Policy" in response.headers


def test_the_window_expires_and_the_real_user_signs_in(limited, make_user):
    user = make_user()
    client = limited.test_client()
    for _ in range(5):
        attempt(client, user.email, "wrong password")
    assert attempt(client, user.email, PASSWORD) == 429
    time.sleep(5.1)
    assert attempt(client, user.email, PASSWORD) == 302


def test_another_e_mail_from_the_same_address_is_not_held_back(limited, make_user):
    target, classmate = make_user(), make_user()
    client = limited.test_client()
    for _ in range(6):
        attempt(client, target.email, "wrong password")
    assert attempt(client, classmate.email, PASSWORD) == 302


def test_successful_sign_ins_do_not_count(limited, make_user):
    user = make_user()
    client = limited.test_client()
    assert [attempt(client, user.email, PASSWORD) for _ in range(8)] == [302] * 8


def test_the_sign_in_page_itself_is_never_limited(limited, make_user):
    user = make_user()
    client = limited.test_client()
    for _ in range(6):
        attempt(client, user.email, "wrong password")
    assert client.get("/auth/login").status_code == 200
