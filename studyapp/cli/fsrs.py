"""flask fsrs ...: fit FSRS parameters to students' and classes' review history."""

from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup

from ..extensions import db
from ..models import Classroom, User
from ..services import accounts, fsrs_fitting
from ..services.fsrs_fitting import FitReport


@click.group("fsrs", cls=AppGroup)  # commands run inside an app context
def fsrs_group() -> None:
    """Spaced-repetition parameters fitted to review history."""


@fsrs_group.command("fit")
@click.option("--user", "email", help="Fit this student's own parameters.")
@click.option("--class", "class_id", type=int, help="Fit this class's pooled parameters.")
@click.option("--all", "everyone", is_flag=True, help="Every student with reviews, every class.")
def fit_command(email: str | None, class_id: int | None, everyone: bool) -> None:
    """Fit parameters now and print, per student or class, the reviews used and the log loss
    (lower is better) of the parameters before and of the fitted ones on that history."""
    if sum((email is not None, class_id is not None, everyone)) != 1:
        raise click.UsageError("give exactly one of --user EMAIL, --class ID, --all")
    if email is not None:
        user = accounts.find_by_email(email)
        if user is None:
            raise click.ClickException(f"no user has the e-mail {email!r}")
        _fit_students([user])
    elif class_id is not None:
        classroom = db.session.get(Classroom, class_id)
        if classroom is None:
            raise click.ClickException(f"no class has the id {class_id}")
        _fit_classes([classroom])
    else:
        students = fsrs_fitting.students_with_reviews()
        _fit_students(students)
        _fit_classes(fsrs_fitting.all_classes())


@fsrs_group.command("refit-due")
@click.option(
    "--every",
    type=click.IntRange(min=1),
    default=None,
    help="Reviews since the last fit that make one due (default: FSRS_REFIT_EVERY).",
)
def refit_due_command(every: int | None) -> None:
    """Refit students with enough new reviews, then their classes; meant for a nightly cron."""
    every = every or current_app.config["FSRS_REFIT_EVERY"]
    students = fsrs_fitting.due_for_refit(every)
    if not students:
        click.echo(f"no student has {every} new reviews since their last fit")
        return
    classes = fsrs_fitting.classes_of(students)
    _fit_students(students)
    _fit_classes(classes)


# One commit per student or class: a long fit never holds the others' rows locked.
def _fit_students(students: list[User]) -> None:
    for student in students:
        report = fsrs_fitting.fit_student(student)
        db.session.commit()
        click.echo(f"{student.email}\t{_describe(report)}")


def _fit_classes(classes: list[Classroom]) -> None:
    for classroom in classes:
        report = fsrs_fitting.fit_class(classroom)
        db.session.commit()
        click.echo(f"class {classroom.id} ({classroom.name})\t{_describe(report)}")


def _describe(report: FitReport) -> str:
    if report.fitted is None:
        return f"{report.reviews} reviews: too few to fit, nothing changed"
    verdict = "stored" if report.stored else "not better, previous parameters kept"
    return (
        f"{report.reviews} reviews: log loss on the later quarter of the days "
        f"({report.held_out} reviews) {_loss(report.log_loss_before)} before, "
        f"{_loss(report.log_loss_fitted)} fitted; {verdict}"
    )


def _loss(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"
