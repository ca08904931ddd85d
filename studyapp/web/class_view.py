"""A class on one of its sets: each student's progress, item analysis, the memory map, CSV.

Only the class's teacher sees it; anyone else gets 404, as if it did not exist.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from flask import Blueprint, Response, abort, render_template, request
from flask_babel import gettext as _

from ..domain import item_analysis
from ..domain.formats.csv_format import inert_cell
from ..models import Classroom, QuestionSet
from ..services import challenges, exam_dates
from ..services import class_progress as progress
from . import clock
from .access import taught_class, teacher_required
from .forms import BETWEEN_DAYS, FIRST_DAY, LAST_DAY, pickable_day

bp = Blueprint("class_view", __name__, url_prefix="/teach/classes")


def _class_and_set(class_id: int, set_id: int) -> tuple[Classroom, QuestionSet]:
    classroom = taught_class(class_id)
    qset = progress.assigned_set(classroom, set_id)
    if qset is None:
        abort(404)
    return classroom, qset


def _picked_date(text: str | None) -> tuple[date | None, str | None]:
    """(date, error) from ?on=YYYY-MM-DD; no date and no error when absent."""
    if not text:
        return None, None
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return None, _("“%(value)s” is not a date: use YYYY-MM-DD.", value=text[:40])
    if not pickable_day(day):
        return None, str(BETWEEN_DAYS % {"first": FIRST_DAY, "last": LAST_DAY})
    return day, None


@bp.get("/<int:class_id>/sets/<int:set_id>")
@teacher_required
def show(class_id: int, set_id: int):
    classroom, qset = _class_and_set(class_id, set_id)
    on, error = _picked_date(request.args.get("on"))
    now = clock.now()
    view = progress.class_set_view(classroom, qset, now=now, on=on)
    students = [row.student for row in view.students]
    page = render_template(
        "class_view/set.html",
        view=view,
        exam=exam_dates.class_exam(classroom, qset, students, now=now),
        date_error=error,
        min_first_tries=item_analysis.MIN_FIRST_TRIES,
        min_sittings=item_analysis.MIN_SITTINGS,
        # Only the set's own teacher decides challenges (an accepted answer changes the set).
        open_challenges=challenges.open_count(classroom, qset)
        if qset.owner_id == classroom.teacher_id
        else None,
    )
    return page, 400 if error else 200


@bp.get("/<int:class_id>/sets/<int:set_id>/export.csv")
@teacher_required
def export(class_id: int, set_id: int):
    classroom, qset = _class_and_set(class_id, set_id)
    view = progress.class_set_view(classroom, qset, now=clock.now())
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=progress.EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in view.export:
        writer.writerow({key: inert_cell(value) for key, value in row.items()})
    filename = f"{qset.slug}-class-{classroom.id}.csv"
    return Response(
        "\ufeff" + out.getvalue(),  # the BOM makes spreadsheets read the Arabic as UTF-8
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
