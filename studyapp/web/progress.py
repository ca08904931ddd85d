"""The student's progress pages: over every set, and per set. A student sees only their own."""

from __future__ import annotations

from flask import Blueprint, abort, render_template
from flask_login import current_user, login_required

from ..services import challenge_outcomes, progress, question_sets
from . import clock

bp = Blueprint("progress", __name__, url_prefix="/progress")


@bp.get("/")
@login_required
def overview():
    summary = progress.overview(current_user, now=clock.now())
    return render_template("progress/overview.html", summary=summary)


@bp.get("/<slug>")
@login_required
def set_page(slug: str):
    qset = question_sets.get_published(slug)
    if qset is None or not progress.may_see(current_user, qset):
        abort(404)
    now = clock.now()
    page = progress.set_progress(current_user, qset, now=now)
    challenged = challenge_outcomes.outcomes(current_user, qset, now=now)
    return render_template("progress/set.html", page=page, challenges=challenged)
