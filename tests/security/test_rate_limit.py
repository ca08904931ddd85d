"""Limits on failed attempts: a growing delay per account (never a lock-out that a classmate
can impose), a higher bound per address, one password tried across accounts, join codes; and
the counters shared by every worker, through the database or Redis."""

from __future__ import annotations

import time
import uuid

import pytest
from flask import Flask

from tests.conftest import PASSWORD, csrf_token

SCHOOL = {"REMOTE_ADDR": "198.51.100.7"}
HOME = {"REMOTE_ADDR": "203.0.113.9"}


@pytest.fixture
def limited(make_app):  # type: ignore[no-untyped-def]
    """make_limited(**limits): an app of its own with the limits on (the shared test app has
    them off); every app it makes shares the test database, as workers do."""

    def make(**attempt_limits: float) -> Flask:
        settings = {"free_failures": 3, "max_delay": 1, **attempt_limits}
        return make_app(SECRET_KEY="limited", RATELIMIT_ENABLED=True, ATTEMPT_LIMITS=settings)

    return make


def attempt(client, email: str, password: str, where: dict[str, str] = SCHOOL):  # type: ignore[no-untyped-def]
    client.environ_base.update(where)
    data = {"email": email, "password": password, "csrf_token": csrf_token(client)}
    return client.post("/auth/login", data=data)


def statuses(client, email: str, password: str, times: int) -> list[int]:  # type: ignore[no-untyped-def]
    return [attempt(client, email, password).status_code for _ in range(times)]


def test_after_the_free_failures_even_the_right_password_waits_then_works(limited, make_user):
    user = make_user()
    client = limited().test_client()
    assert statuses(client, user.email, "wrong password", 3) == [400] * 3
    assert attempt(client, user.email, "wrong password").status_code == 400  # the delay starts
    held = attempt(client, user.email, PASSWORD)
    assert held.status_code == 429 and held.headers["Retry-After"] == "1"
    assert "<html" in held.text and "Content-Security-Policy" in held.headers
    time.sleep(1.1)
    assert attempt(client, user.email, PASSWORD).status_code == 302


def test_the_delay_doubles_with_each_failure_up_to_its_ceiling(limited, make_user):
    user = make_user()
    client = limited(free_failures=1, max_delay=4).test_client()
    attempt(client, user.email, "wrong password")
    waits = []
    for _ in range(4):
        assert attempt(client, user.email, "wrong password").status_code == 400
        held = attempt(client, user.email, "wrong password")
        assert held.status_code == 429
        waits.append(int(held.headers["Retry-After"]))
        time.sleep(waits[-1] + 0.05)
    assert waits == [1, 2, 4, 4]


def test_a_classmate_behind_the_same_address_cannot_keep_the_owner_out(limited, make_user):
    owner = make_user()
    app = limited(max_delay=60)
    owners_browser, classmate = app.test_client(), app.test_client()
    assert attempt(owners_browser, owner.email, PASSWORD).status_code == 302
    owners_browser.post("/auth/logout", data={"csrf_token": csrf_token(owners_browser, "/")})

    assert statuses(classmate, owner.email, "guess", 8)[-1] == 429

    assert attempt(owners_browser, owner.email, PASSWORD).status_code == 302


def test_one_password_tried_across_many_accounts_is_stopped(limited, make_user):
    app = limited(password_failures=5)
    users = [make_user() for _ in range(12)]
    client = app.test_client()
    got = [attempt(client, u.email, "Summer2026!").status_code for u in users]
    assert got == [400] * 5 + [429] * 7
    # Another password, or the same from another address, is still checked.
    assert attempt(client, users[0].email, "Winter2026!").status_code == 400
    assert attempt(client, users[0].email, "Summer2026!", HOME).status_code == 400


def test_an_address_has_a_higher_bound_of_its_own(limited, make_user):
    app = limited(address_failures=8, free_failures=50)
    users = [make_user() for _ in range(10)]
    client = app.test_client()
    got = [attempt(client, u.email, f"wrong password {i}").status_code for i, u in enumerate(users)]
    assert got == [400] * 8 + [429] * 2
    assert attempt(client, users[0].email, PASSWORD, HOME).status_code == 302


def test_workers_share_the_counters_through_the_database(limited, make_user):
    """Without Redis, two workers (two apps on one database) count the same failures."""
    user = make_user()
    workers = [limited(max_delay=30).test_client(), limited(max_delay=30).test_client()]
    got = [attempt(workers[i % 2], user.email, "wrong password").status_code for i in range(6)]
    assert got == [400] * 4 + [429] * 2


def test_workers_share_the_counters_through_redis(make_app, make_user):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis(socket_connect_timeout=1).ping()
    except redis.RedisError:
        pytest.fail("Redis is not running on 127.0.0.1:6379")
    user = make_user()
    settings = {
        "SECRET_KEY": "limited",
        "RATELIMIT_ENABLED": True,
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "ATTEMPT_KEY_PREFIX": f"test-{uuid.uuid4().hex}:",
        "ATTEMPT_LIMITS": {"free_failures": 3, "max_delay": 30},
    }
    workers = [make_app(**settings).test_client(), make_app(**settings).test_client()]
    got = [attempt(workers[i % 2], user.email, "wrong password").status_code for i in range(6)]
    assert got == [400] * 4 + [429] * 2


def test_successful_sign_ins_do_not_count(limited, make_user):
    user = make_user()
    client = limited().test_client()
    assert statuses(client, user.email, PASSWORD, 8) == [302] * 8


def test_the_sign_in_page_itself_is_never_limited(limited, make_user):
    user = make_user()
    client = limited().test_client()
    statuses(client, user.email, "wrong password", 6)
    assert client.get("/auth/login").status_code == 200


def join(client, code: str):  # type: ignore[no-untyped-def]
    return client.post(
        "/classes/join", data={"code": code, "csrf_token": csrf_token(client, "/classes/join")}
    )


def test_guessing_join_codes_is_stopped_and_the_class_stays_closed(limited, make_user):
    from tests.conftest import sign_in

    app = limited(join_failures=5)
    teacher, guesser, other = make_user("teacher"), make_user(), make_user()
    teaching = app.test_client()
    sign_in(teaching, teacher)
    created = teaching.post(
        "/teach/classes/new",
        data={"name": "Class", "csrf_token": csrf_token(teaching, "/teach/classes/new")},
    )
    page = teaching.get(created.headers["Location"]).text
    code = page.split('id="join-code">', 1)[1].split("<", 1)[0]
    client = app.test_client()
    sign_in(client, guesser)
    got = [join(client, f"WRONG{i}").status_code for i in range(7)]
    assert got == [400] * 5 + [429] * 2
    held = join(client, code)
    assert held.status_code == 429 and int(held.headers["Retry-After"]) > 60
    # Another student of the school joins with the code.
    classmate = app.test_client()
    sign_in(classmate, other)
    assert join(classmate, code).status_code == 302
