"""A user's own settings: study pace, time zone and language, password, deleting the account.

What happens to a teacher's sets and classes: nothing, because a teacher who has any cannot
delete the account here. Students study those sets, their progress lives on them, and a
class deleted with its teacher would take its students' quiz results along; a school
expects them to outlive one teacher's account. Such a teacher is told so and asked to turn
to the administrator, who can suspend the account (it then signs in nowhere) and keep
everything. The administrator's own account is not deleted from this page either.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import available_timezones

from sqlalchemy import case, delete, func, select
from werkzeug.security import check_password_hash, generate_password_hash

from ..domain import workload
from ..extensions import db
from ..models import Classroom, Enrollment, Question, QuestionSet, Review, User
from . import classes, sessions
from .fsrs_fitting import parameters_for
from .study_statements import STUDYABLE

MAX_NEW_PER_DAY = 200
# Desired retention, in percent: below 70 the schedule forgets most of what it teaches,
# above 97 the reviews multiply for little more memory (FSRS's own bounds are wider).
RETENTION_PERCENTS = (70, 97)
# An answer left open longer than this (the student went away) counts as this long.
LONGEST_ANSWER_S = 120


class AccountKept(Exception):
    """The account cannot be deleted here. `role`: "admin" or "teacher"; for a teacher, what
    they hold."""

    def __init__(self, role: str, *, sets: int = 0, classes: int = 0, students: int = 0) -> None:
        super().__init__(role)
        self.role = role
        self.sets = sets
        self.classes = classes
        self.students = students


@cache
def time_zones() -> tuple[str, ...]:
    """The IANA time zones, sorted; read from the system's files once, not on every page."""
    return tuple(sorted(available_timezones()))


def set_pace(user: User, *, new_per_day: int, retention: float, timezone: str, locale: str) -> None:
    """Store the student's pace; the next answer is scheduled with it (answering.answer reads the
    retention at each review, and the daily limit at each next card).

    :raises ValueError: a value out of range (the form checks them first).
    """
    if not 0 <= new_per_day <= MAX_NEW_PER_DAY:
        raise ValueError(f"new_per_day must be 0 to {MAX_NEW_PER_DAY}, not {new_per_day}")
    low, high = RETENTION_PERCENTS
    if not low / 100 <= retention <= high / 100:
        raise ValueError(f"retention must be {low}% to {high}%, not {retention}")
    if timezone not in time_zones():
        raise ValueError(f"unknown time zone {timezone!r}")
    user.new_cards_per_day = new_per_day
    user.desired_retention = retention
    user.timezone = timezone
    user.locale = locale
    db.session.flush()


def change_password(user: User, *, current: str, new: str) -> bool:
    """Replace the password when `current` is right; every session of the account ends (the
    caller signs this one in again). False, and nothing changed, when `current` is wrong."""
    if not check_password_hash(user.password_hash, current):
        return False
    user.password_hash = generate_password_hash(new)
    sessions.end_sessions(user)
    return True


def why_kept(user: User) -> AccountKept | None:
    """Why the account may not be deleted here, or None when it may."""
    if user.is_admin:
        return AccountKept("admin")
    if user.role != "teacher":
        return None
    sets = db.session.scalar(
        select(func.count(QuestionSet.id)).where(QuestionSet.owner_id == user.id)
    )
    taught = select(Classroom.id).where(Classroom.teacher_id == user.id)
    class_count = db.session.scalar(select(func.count()).select_from(taught.subquery()))
    students = db.session.scalar(
        select(func.count(func.distinct(Enrollment.student_id))).where(
            Enrollment.classroom_id.in_(taught)
        )
    )
    if not sets and not class_count:
        return None
    return AccountKept("teacher", sets=sets or 0, classes=class_count or 0, students=students or 0)


def delete_account(user: User, *, password: str) -> bool:
    """Delete the account and everything that is the user's alone: cards, reviews, quiz
    attempts, class memberships (the database cascades them). False when the password is
    wrong; nothing is deleted then.

    :raises AccountKept: a teacher with sets or classes, or the administrator.
    """
    kept = why_kept(user)
    if kept is not None:
        raise kept
    if not check_password_hash(user.password_hash, password):
        return False
    db.session.execute(delete(User).where(User.id == user.id))
    db.session.expunge_all()  # the cascaded rows are gone; none may be flushed again
    return True


def workload_of(user: User, *, now: datetime) -> list[workload.Workload]:
    """Minutes a day at the offered retentions and the student's own, for their questions,
    daily limit, FSRS parameters and answer speed (domain/workload.py)."""
    set_ids = [s.id for s in classes.visible_sets(user)]
    questions = db.session.scalar(
        select(func.count(Question.id)).where(
            Question.set_id.in_(set_ids), Question.status == STUDYABLE
        )
    )
    longest = LONGEST_ANSWER_S * 1000
    capped = case((Review.elapsed_ms > longest, longest), else_=Review.elapsed_ms)
    answers, total_ms = db.session.execute(
        select(func.count(Review.id), func.sum(capped)).where(
            Review.user_id == user.id, Review.elapsed_ms.is_not(None)
        )
    ).one()
    seconds = total_ms / answers / 1000 if answers >= workload.MIN_TIMED_ANSWERS else None
    retentions = sorted({*workload.RETENTIONS, round(user.desired_retention, 2)})
    return workload.minutes_per_day(
        retentions,
        questions=questions or 0,
        new_per_day=user.new_cards_per_day,
        parameters=parameters_for(user),
        seconds_per_answer=seconds,
    )
