"""The site administrator's work: who teaches, and accounts held back or let in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ..extensions import db
from ..models import Classroom, Enrollment, User
from . import accounts, sessions


@dataclass(frozen=True)
class TaughtClass:
    name: str
    students: int


@dataclass(frozen=True)
class Teacher:
    user: User
    classes: list[TaughtClass]


def teachers() -> list[Teacher]:
    """Every teacher, those waiting for approval first, with their classes and class sizes."""
    users = db.session.scalars(
        select(User)
        .where(User.role == "teacher")
        .order_by((User.status == "pending").desc(), User.display_name, User.id)
    ).all()
    rows = db.session.execute(
        select(Classroom.teacher_id, Classroom.name, func.count(Enrollment.id))
        .outerjoin(Enrollment, Enrollment.classroom_id == Classroom.id)
        .group_by(Classroom.id, Classroom.teacher_id, Classroom.name)
        .order_by(Classroom.name)
    ).all()
    classes: dict[int, list[TaughtClass]] = {}
    for teacher_id, name, students in rows:
        classes.setdefault(teacher_id, []).append(TaughtClass(name, students))
    return [Teacher(user, classes.get(user.id, [])) for user in users]


def managed_account(user_id: int) -> User | None:
    """An account the administrator may approve, suspend or restore: anyone but an admin."""
    user = db.session.get(User, user_id)
    return user if user is not None and not user.is_admin else None


def set_status(user: User, status: str) -> None:
    """active (approve or restore) or suspended; a suspended account's sessions end at once."""
    if status not in ("active", "suspended"):
        raise ValueError(f"unknown status {status!r}")
    user.status = status
    if status == "suspended":
        sessions.end_sessions(user)
    db.session.flush()


def create_admin(*, email: str, password: str, display_name: str, locale: str) -> User:
    """:raises accounts.EmailTaken: an account already has this e-mail."""
    return accounts.sign_up(
        email=email,
        password=password,
        display_name=display_name,
        role="admin",
        locale=locale,
        timezone="UTC",
    )
