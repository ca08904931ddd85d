"""Sign-up and sign-in."""

from __future__ import annotations

from functools import cache

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from ..extensions import db
from ..models import ROLES, STATUSES, User


class EmailTaken(ValueError):
    pass


def normalize_email(email: str) -> str:
    return email.strip().lower()


def sign_up(
    *,
    email: str,
    password: str,
    display_name: str,
    role: str,
    locale: str,
    timezone: str,
    status: str = "active",
    new_cards_per_day: int = 20,
    desired_retention: float = 0.9,
) -> User:
    """Create an account; the role is chosen here, once (a teacher may wait as `pending`).
    The pace is the school's default (NEW_CARDS_PER_DAY, DESIRED_RETENTION) until the user
    sets their own on the account page."""
    if role not in ROLES or status not in STATUSES:
        raise ValueError(f"unknown role {role!r} or status {status!r}")
    email = normalize_email(email)
    # Hashed first: a taken e-mail costs the same time as a new one, so timing tells nothing.
    password_hash = generate_password_hash(password)
    if find_by_email(email) is not None:
        raise EmailTaken(email)
    user = User(
        email=email,
        display_name=display_name.strip(),
        password_hash=password_hash,
        role=role,
        status=status,
        locale=locale,
        timezone=timezone,
        new_cards_per_day=new_cards_per_day,
        desired_retention=desired_retention,
    )
    try:
        with db.session.begin_nested():
            db.session.add(user)
    except IntegrityError:  # a simultaneous sign-up with the same e-mail got there first
        raise EmailTaken(email) from None
    return user


def find_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(func.lower(User.email) == normalize_email(email)))


def authenticate(email: str, password: str) -> User | None:
    """The user with these credentials, or None; the hash is checked either way."""
    user = find_by_email(email)
    if user is None:
        # Same work as a real check, so timing does not tell which e-mails exist.
        check_password_hash(_dummy_hash(), password)
        return None
    return user if check_password_hash(user.password_hash, password) else None


@cache
def _dummy_hash() -> str:
    return generate_password_hash("not a real password")
