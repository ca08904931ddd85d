"""Who may open a page, and the records a page is about, or 404 for anyone else."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from flask import abort, redirect, url_for
from flask_login import current_user, login_required
from sqlalchemy import select

from ..extensions import db
from ..models import Classroom, Question, QuestionSet
from ..services import study


def teacher_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """Signed-in teachers only: one waiting for approval is shown the waiting page, anyone
    else signed in gets 403."""

    @wraps(view)
    @login_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if current_user.role == "teacher" and current_user.status == "pending":
            return redirect(url_for("account.waiting"))
        if not current_user.is_teacher:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def admin_required(view: Callable[..., Any]) -> Callable[..., Any]:
    """The site administrator only: anyone else signed in gets 403."""

    @wraps(view)
    @login_required
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        if not current_user.is_admin:
            abort(403)
        return view(*args, **kwargs)

    return wrapped


def studyable_set(slug: str) -> QuestionSet:
    """The published set `slug` if the signed-in student may study it (and quiz on it)."""
    qset = study.set_to_study(current_user, slug)
    if qset is None:
        abort(404)
    return qset


def taught_class(class_id: int) -> Classroom:
    """The class if the signed-in teacher teaches it: another teacher's is 404, not 403."""
    classroom = db.session.get(Classroom, class_id)
    if classroom is None or classroom.teacher_id != current_user.id:
        abort(404)
    return classroom


def owned_set(slug: str) -> QuestionSet:
    """The set `slug` if the signed-in teacher owns it: another teacher's is 404, not 403."""
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
    if qset is None or qset.owner_id != current_user.id:
        abort(404)
    return qset


def set_question(qset: QuestionSet, question_id: int) -> Question:
    """The question if it belongs to `qset`, else 404."""
    question = db.session.get(Question, question_id)
    if question is None or question.set_id != qset.id:
        abort(404)
    return question
