"""Home, health check, language switch and the article pages."""

from __future__ import annotations

from flask import (
    Blueprint,
    abort,
    current_app,
    jsonify,
    redirect,
    render_template,
    request,
    session,
)
from flask_login import current_user
from sqlalchemy import text

from ..extensions import db
from ..services import authoring, classes, exam_dates, pace, question_sets
from . import clock
from .forms import EmptyForm
from .i18n import safe_next_url
from .rendering import article_paragraphs

bp = Blueprint("main", __name__)


@bp.get("/")
def index():
    user = current_user if current_user.is_authenticated else None
    sets = classes.visible_sets(user)
    now = clock.now()
    progress = pace.day_progress(user, sets, now=now) if user else {}
    assigned = {s.id for s in classes.assigned_sets(user)} if user else set()
    # A teacher with no set yet is shown where to make the first one.
    first_set = bool(user and user.is_teacher and not authoring.sets_owned(user))
    exams = exam_dates.plans(user, sets, now=now) if user else []
    return render_template(
        "main/index.html",
        sets=sets,
        progress=progress,
        assigned=assigned,
        first_set=first_set,
        exams=exams,
    )


@bp.get("/healthz")
def healthz():
    db.session.execute(text("SELECT 1"))
    return jsonify(status="ok")


@bp.post("/language/<code>")
def set_language(code: str):
    if code not in current_app.config["LANGUAGES"] or not EmptyForm().validate_on_submit():
        abort(400)
    session["locale"] = code
    if current_user.is_authenticated:
        current_user.locale = code
        db.session.commit()
    return redirect(safe_next_url(request.form.get("next")) or "/")


@bp.get("/sets/<slug>/article")
def article(slug: str):
    qset = question_sets.get_published(slug) or abort(404)
    if not qset.has_article:  # imported from GIFT or CSV: the "article" is the answer key
        abort(404)
    if qset.owner_id is not None and not (
        current_user.is_authenticated and classes.can_study(current_user, qset)
    ):
        abort(404)
    return render_template(
        "main/article.html", qset=qset, paragraphs=article_paragraphs(qset.article)
    )
