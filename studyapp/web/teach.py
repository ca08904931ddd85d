"""The teacher's pages."""

from __future__ import annotations

from flask import Blueprint, render_template

from ..services import question_sets
from .access import teacher_required

bp = Blueprint("teach", __name__, url_prefix="/teach")


@bp.get("/")
@teacher_required
def dashboard():
    return render_template("teach/dashboard.html", sets=question_sets.published_sets())
