"""flask fsrs fit / refit-due: what an operator types and sees, and what ends up stored."""

from __future__ import annotations

import re

from click.testing import Result
from flask import Flask

from studyapp.extensions import db
from studyapp.models import Classroom, User
from studyapp.services import classes
from tests.fsrs_history import diligent, store_history


def run(app: Flask, *args: str) -> Result:
    return app.test_cli_runner().invoke(args=["fsrs", *map(str, args)])


def student_with_history(app: Flask, make_user, cards: int = 60) -> User:  # type: ignore[no-untyped-def]
    student = make_user("student")
    with app.app_context():
        store_history(student.id, diligent(cards, seed=1))
        db.session.commit()
    return student


def stored_parameters(app: Flask, user: User) -> tuple[list[float] | None, int]:
    with app.app_context():
        row = db.session.get(User, user.id)
        return row.fsrs_parameters, row.fsrs_fitted_reviews


def test_fitting_a_student_prints_the_reviews_used_and_both_log_losses(app, make_user):
    student = student_with_history(app, make_user)
    result = run(app, "fit", "--user", student.email)
    assert result.exit_code == 0, result.output
    line = re.fullmatch(
        rf"{re.escape(student.email)}\t(\d+) reviews: log loss on the later quarter of the "
        r"days \((\d+) reviews\) ([\d.]+) before, ([\d.]+) fitted; stored\n",
        result.output,
    )
    assert line, result.output
    reviews, held_out, before, after = int(line[1]), int(line[2]), float(line[3]), float(line[4])
    assert after < before and 0 < held_out < reviews
    parameters, fitted_reviews = stored_parameters(app, student)
    assert parameters is not None and len(parameters) == 21
    assert fitted_reviews == reviews


def test_a_student_with_too_few_reviews_is_told_so(app, make_user):
    student = student_with_history(app, make_user, cards=2)
    result = run(app, "fit", "--user", student.email)
    assert result.exit_code == 0, result.output
    assert "too few to fit, nothing changed" in result.output
    assert stored_parameters(app, student)[0] is None


def test_fitting_a_class_stores_its_pooled_parameters(app, make_user):
    student, teacher = student_with_history(app, make_user), make_user("teacher")
    with app.app_context():
        classroom = classes.create_class(db.session.get(User, teacher.id), "Biology")
        classes.join(db.session.get(User, student.id), classroom.join_code)
        db.session.commit()
        class_id = classroom.id
    result = run(app, "fit", "--class", class_id)
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"class {class_id} (Biology)\t")
    assert "stored" in result.output
    with app.app_context():
        assert db.session.get(Classroom, class_id).fsrs_parameters is not None


def test_fitting_all_fits_every_student_with_reviews_and_every_class(app, make_user):
    student, idle, teacher = student_with_history(app, make_user), make_user(), make_user("teacher")
    with app.app_context():
        class_id = classes.create_class(db.session.get(User, teacher.id), "Chemistry").id
        db.session.commit()
    output = run(app, "fit", "--all").output.splitlines()
    assert [line.split("\t")[0] for line in output] == [
        student.email,
        f"class {class_id} (Chemistry)",
    ]
    assert output[1].endswith("0 reviews: too few to fit, nothing changed")
    assert idle.email not in "\n".join(output)


def test_refit_due_fits_only_students_with_enough_new_reviews(app, make_user):
    student = student_with_history(app, make_user)
    first = run(app, "refit-due")  # FSRS_REFIT_EVERY: 500
    assert first.exit_code == 0 and student.email in first.output
    again = run(app, "refit-due")
    assert again.output == "no student has 500 new reviews since their last fit\n"
    assert run(app, "refit-due", "--every", "1").output.startswith("no student has 1 ")


def test_wrong_arguments_are_refused_with_a_message(app):
    assert "exactly one of" in run(app, "fit").output
    assert "exactly one of" in run(app, "fit", "--all", "--class", "1").output
    unknown = run(app, "fit", "--user", "nobody@example.org")
    assert unknown.exit_code == 1 and "no user has the e-mail" in unknown.output
    assert "no class has the id 99" in run(app, "fit", "--class", "99").output
