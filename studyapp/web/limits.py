"""Limits on failed attempts, for the views: the counters this app shares (Redis or the
database), the settings, and the cookie by which a browser that signed in before is known."""

from __future__ import annotations

import math
from datetime import UTC, datetime
from functools import partial

import redis
from flask import Response, after_this_request, current_app, request
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeSerializer

from ..extensions import db
from ..services import sign_in_limits
from ..services.attempts import Counters, DatabaseCounters, RedisCounters
from ..services.sign_in_limits import Limits, SignInAttempt, account_digest

KNOWN_DEVICE_COOKIE = "known_device"
# Accounts a browser remembers having signed in to (a family computer, a shared tablet).
KNOWN_DEVICE_ACCOUNTS = 5


def limits_on() -> bool:
    return bool(current_app.config["RATELIMIT_ENABLED"])


def limits() -> Limits:
    return Limits(**current_app.config["ATTEMPT_LIMITS"])


def counters() -> Counters:
    """Redis when REDIS_URL is set, else the database: every worker counts the same attempts."""
    url = current_app.config.get("REDIS_URL")
    if not url:
        return DatabaseCounters()
    client = current_app.extensions.get("attempts_redis")
    if client is None:
        client = current_app.extensions["attempts_redis"] = redis.Redis.from_url(url)
    return RedisCounters(client, current_app.config["ATTEMPT_KEY_PREFIX"])


def address() -> str:
    return request.remote_addr or "-"


def now() -> datetime:
    return datetime.now(UTC)


def seconds(wait: float) -> int:
    return max(1, math.ceil(wait))


def sign_in_attempt(email: str, password: str) -> SignInAttempt:
    return SignInAttempt.of(
        email=email, password=password, address=address(), secret=current_app.secret_key or ""
    )


def _device_serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.secret_key or "", salt="known-device")


def known_accounts() -> list[str]:
    cookie = request.cookies.get(KNOWN_DEVICE_COOKIE)
    try:
        accounts = _device_serializer().loads(cookie) if cookie else []
    except BadSignature:
        return []
    return [a for a in accounts if isinstance(a, str)] if isinstance(accounts, list) else []


def known_device(email: str) -> bool:
    """This browser signed in to this account before: its owner is not held back by the
    delay that others' wrong passwords put on the account."""
    return account_digest(email) in known_accounts()


def remember_device(email: str) -> None:
    """The response of this sign-in tells the browser it knows the account."""
    digest = account_digest(email)
    accounts = [digest] + [a for a in known_accounts() if a != digest]
    after_this_request(partial(_set_known_device, accounts=accounts))


def _set_known_device(response: Response, *, accounts: list[str]) -> Response:
    response.set_cookie(
        KNOWN_DEVICE_COOKIE,
        _device_serializer().dumps(accounts[:KNOWN_DEVICE_ACCOUNTS]),
        max_age=365 * 24 * 3600,
        httponly=True,
        samesite="Lax",
        secure=bool(current_app.config["SESSION_COOKIE_SECURE"]),
    )
    return response


def try_again_message(wait: float) -> str:
    return _("Too many failed attempts. Try again in %(seconds)d seconds.", seconds=seconds(wait))


def sign_in_wait(attempt: SignInAttempt, email: str) -> float:
    if not limits_on():
        return 0.0
    return attempt.wait(counters(), limits(), now=now(), known=known_device(email))


def sign_in_done(attempt: SignInAttempt, *, succeeded: bool) -> None:
    """Count a failure (committed now: the sign-in page that follows commits nothing), or
    forget the account's failures after a sign-in."""
    if not limits_on():
        return
    if succeeded:
        attempt.succeeded(counters())
    else:
        attempt.failed(counters(), limits(), now=now())
    db.session.commit()


def join_wait(user_id: int) -> float:
    if not limits_on():
        return 0.0
    return sign_in_limits.join_wait(
        counters(), limits(), user_id=user_id, address=address(), now=now()
    )


def join_failed(user_id: int) -> None:
    if limits_on():
        sign_in_limits.join_failed(
            counters(), limits(), user_id=user_id, address=address(), now=now()
        )
        db.session.commit()
