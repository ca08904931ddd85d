"""Exam dates: a student's own on a set they study, a teacher's on a set given to a class.

The plan toward the date is shown on the student's home page and, per student, on the class's
page of the set (services.exam_dates).
"""

from __future__ import annotations

from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import DateField, SubmitField
from wtforms.validators import Optional, ValidationError

from ..extensions import db
from ..services import exam_dates, study
from ..services.exam_dates import ExamDateError
from . import clock
from .access import taught_class, teacher_required
from .forms import BETWEEN_DAYS, FIRST_DAY, LAST_DAY, pickable_day

bp = Blueprint("exams", __name__)


def _pickable(form: FlaskForm, field: DateField) -> None:
    if field.data is not None and not pickable_day(field.data):
        raise ValidationError(BETWEEN_DAYS % {"first": FIRST_DAY, "last": LAST_DAY})


class ExamDateForm(FlaskForm):
    exam_on = DateField(_l("Exam date"), validators=[Optional(), _pickable])
    save = SubmitField(_l("Save the date"))
    remove = SubmitField(_l("Remove the date"))

    def chosen(self) -> tuple[bool, date | None]:
        """(valid, date or None to remove); a save without a date is an error on the field."""
        if not self.validate_on_submit():
            return False, None
        if self.remove.data:
            return True, None
        if self.exam_on.data is None:
            self.exam_on.errors = [_("Choose the exam date.")]
            return False, None
        return True, self.exam_on.data


def _date_error(error: ExamDateError) -> str:
    if error.reason == "past":
        return _("That day has passed: choose today or a later day.")
    return _("Choose a day within a year from today.")


@bp.route("/study/<slug>/exam", methods=["GET", "POST"])
@login_required
def own(slug: str):
    qset = study.set_to_study(current_user, slug) or abort(404)
    now = clock.now()
    own_day = exam_dates.own_exams(current_user).get(qset.id)
    form = ExamDateForm(data={"exam_on": own_day})
    valid, day = form.chosen()
    if valid:
        try:
            exam_dates.set_own_exam(current_user, qset, day, now=now)
        except ExamDateError as error:
            form.exam_on.errors = [_date_error(error)]
        else:
            db.session.commit()
            flash(_("Exam date saved.") if day else _("Exam date removed."))
            return redirect(url_for("main.index"))
    page = render_template(
        "exams/own.html",
        qset=qset,
        form=form,
        own_day=own_day,
        next_day=exam_dates.next_exams(current_user, [qset.id], now=now).get(qset.id),
    )
    return page, 400 if form.errors else 200


@bp.route("/teach/classes/<int:class_id>/sets/<int:set_id>/exam", methods=["GET", "POST"])
@teacher_required
def for_class(class_id: int, set_id: int):
    classroom = taught_class(class_id)
    assignment = next((a for a in classroom.assignments if a.set_id == set_id), None)
    if assignment is None:
        abort(404)
    form = ExamDateForm(data={"exam_on": assignment.exam_on})
    valid, day = form.chosen()
    if valid:
        try:
            exam_dates.set_class_exam(assignment, day, now=clock.now())
        except ExamDateError as error:
            form.exam_on.errors = [_date_error(error)]
        else:
            db.session.commit()
            flash(_("Exam date saved.") if day else _("Exam date removed."))
            return redirect(url_for("class_view.show", class_id=class_id, set_id=set_id))
    page = render_template("exams/for_class.html", assignment=assignment, form=form)
    return page, 400 if form.errors else 200
