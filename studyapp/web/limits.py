"""Sign-in rate limiting: failed attempts per e-mail and address, in a window that expires."""

from __future__ import annotations

from flask import Response, current_app, request

from ..extensions import limiter


def login_limit() -> str:
    return str(current_app.config["LOGIN_RATE_LIMIT"])


def login_key() -> str:
    """One counter per e-mail and address: a class behind one school address shares the
    address, and a guesser cycling e-mails meets a new counter only with a new address."""
    email = request.form.get("email", "").strip().lower()[:254]
    return f"{email}|{request.remote_addr or '-'}"


def failed_sign_in(response: Response) -> bool:
    """Only failures count; a successful sign-in redirects."""
    return response.status_code != 302


@limiter.request_filter
def _limits_off() -> bool:
    # The limiter is one object for every app of the process (tests build several): each app's
    # own RATELIMIT_ENABLED decides, not whichever app was set up last.
    return not current_app.config.get("RATELIMIT_ENABLED", True)


limit_sign_in = limiter.limit(
    login_limit, key_func=login_key, methods=["POST"], deduct_when=failed_sign_in
)
