"""FSRS parameters fitted to review history: a student's own, or the pooled ones of a class.

A fit is judged on the future: the optimizer fits the earlier three quarters of the history's
days, and the fit is stored only if, on the later quarter, it predicts better than the
parameters that schedule the student now, by the optimizer's own loss. Judged on the history it
was fitted to, a fit looked better than it was (bench/fsrs_holdout.py: 7 of 40 stored fits
predicted the future worse than the defaults; 1 of 22 now). A fit belongs in a command or a
nightly job (`flask fsrs refit-due`), not in a request.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from fsrs_rs_python import FSRSItem
from sqlalchemy import Select, bindparam, func, select

from ..database import columns_connection
from ..domain import optimizer
from ..domain.optimizer import PastReview
from ..extensions import db
from ..models import Card, Classroom, Enrollment, Review, User


@dataclass(frozen=True)
class FitReport:
    """What a fit found. `stored`: the fitted parameters now schedule the student (or class);
    they are kept only when they predict the `held_out` items (the later quarter of the days)
    better than the ones before. The losses are on those items."""

    reviews: int
    fitted: list[float] | None
    log_loss_before: float | None
    log_loss_fitted: float | None
    stored: bool
    held_out: int = 0


def history_of(user: User) -> list[PastReview]:
    """The student's reviews; a card restarted on a changed answer counts as a new memory."""
    rows = db.session.execute(
        select(
            Review.card_id,
            Review.rating,
            Review.reviewed_at,
            Review.previous_state,
            Card.answer_version,
        )
        .join(Card, Review.card_id == Card.id)
        .where(Review.user_id == user.id)
        .order_by(Review.card_id, Review.seq)
    ).all()
    history: list[PastReview] = []
    for index, row in enumerate(rows):
        following = rows[index + 1] if index + 1 < len(rows) else None
        # The answer version a review was given on is the one the next review found stored.
        if following is not None and following.card_id == row.card_id:
            version = (following.previous_state or {}).get("answer_version", row.answer_version)
        else:
            version = row.answer_version
        history.append(PastReview((row.card_id, version), row.rating, row.reviewed_at))
    return history


def fit_student(user: User) -> FitReport:
    """Fit the student's parameters to their own reviews and keep them if they predict better."""
    history = history_of(user)
    training, held_out = optimizer.split_items(history, tz=user.timezone)
    fitted = optimizer.fit_items(training)
    report = _compare(parameters_for(user), fitted, held_out, len(history))
    if report.stored:
        user.fsrs_parameters = fitted
    # Counted even when nothing was stored, so the next refit waits for new reviews.
    user.fsrs_fitted_reviews = len(history)
    db.session.flush()
    return report


def fit_class(classroom: Classroom) -> FitReport:
    """Fit the class's pooled parameters to the reviews of all its students."""
    reviews = 0
    training: list[FSRSItem] = []
    held_out: list[FSRSItem] = []
    for student in students_of(classroom):
        history = history_of(student)
        reviews += len(history)
        # Each student's own later quarter: their days, in their time zone.
        own_training, own_held_out = optimizer.split_items(history, tz=student.timezone)
        training.extend(own_training)
        held_out.extend(own_held_out)
    fitted = optimizer.fit_items(training)
    report = _compare(classroom.fsrs_parameters, fitted, held_out, reviews)
    if report.stored:
        classroom.fsrs_parameters = fitted
        db.session.flush()
    return report


def _compare(
    current: list[float] | None,
    fitted: list[float] | None,
    held_out: Sequence[FSRSItem],
    reviews: int,
) -> FitReport:
    before = optimizer.holdout_log_loss(current, held_out)
    after = None if fitted is None else optimizer.holdout_log_loss(fitted, held_out)
    stored = after is not None and before is not None and after < before
    return FitReport(reviews, fitted, before, after, stored, len(held_out))


def parameters_for(user: User) -> list[float] | None:
    """The parameters that schedule `user`: their own, else the pooled ones of the class they
    joined last that has some, else None (the fsrs defaults)."""
    if user.fsrs_parameters:
        return list(user.fsrs_parameters)
    pooled = columns_connection().scalars(_pooled_statement(), {"student_id": user.id})
    return next((list(parameters) for parameters in pooled if parameters), None)


@cache
def _pooled_statement() -> Select:
    """Built once: it runs on every answer, and building it cost more than running it."""
    return (
        select(Classroom.fsrs_parameters)
        .join(Enrollment, Enrollment.classroom_id == Classroom.id)
        .where(Enrollment.student_id == bindparam("student_id"))
        .order_by(Enrollment.joined_at.desc(), Enrollment.id.desc())
    )


def parameters_of(users: Sequence[User]) -> dict[int, list[float] | None]:
    """parameters_for of each user (by id), in one query for all of them: the class and
    progress pages predict recall with the parameters that schedule each card."""
    chosen: dict[int, list[float] | None] = {
        user.id: list(user.fsrs_parameters) if user.fsrs_parameters else None for user in users
    }
    without = [user_id for user_id, parameters in chosen.items() if parameters is None]
    if not without:
        return chosen
    rows = db.session.execute(
        select(Enrollment.student_id, Classroom.fsrs_parameters)
        .join(Classroom, Enrollment.classroom_id == Classroom.id)
        .where(Enrollment.student_id.in_(without))
        .order_by(Enrollment.joined_at.desc(), Enrollment.id.desc())
    )
    for student_id, parameters in rows:
        if parameters and chosen[student_id] is None:
            chosen[student_id] = list(parameters)
    return chosen


def students_of(classroom: Classroom) -> list[User]:
    return list(
        db.session.scalars(
            select(User)
            .join(Enrollment, Enrollment.student_id == User.id)
            .where(Enrollment.classroom_id == classroom.id)
            .order_by(User.id)
        )
    )


def students_with_reviews() -> list[User]:
    reviewed = select(Review.id).where(Review.user_id == User.id).exists()
    return list(db.session.scalars(select(User).where(reviewed).order_by(User.id)))


def all_classes() -> list[Classroom]:
    return list(db.session.scalars(select(Classroom).order_by(Classroom.id)))


def due_for_refit(every: int) -> list[User]:
    """Students with at least `every` reviews since their last fit."""
    count = func.count(Review.id)
    return list(
        db.session.scalars(
            select(User)
            .join(Review, Review.user_id == User.id)
            .group_by(User.id)
            .having(count - User.fsrs_fitted_reviews >= every)
            .order_by(User.id)
        )
    )


def classes_of(students: list[User]) -> list[Classroom]:
    """The classes any of `students` belongs to, each once."""
    if not students:
        return []
    ids = [student.id for student in students]
    return list(
        db.session.scalars(
            select(Classroom)
            .where(
                Classroom.id.in_(
                    select(Enrollment.classroom_id).where(Enrollment.student_id.in_(ids))
                )
            )
            .order_by(Classroom.id)
        )
    )
