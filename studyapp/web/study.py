"""Studying a question set: one question, its answer, the next."""

from __future__ import annotations

import time

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required

from ..database import commit_then_render
from ..domain.grading import InvalidResponse
from ..extensions import db
from ..models import Question, QuestionSet, Review
from ..services import answering, study, study_progress
from ..services.study_progress import Progress
from . import clock
from .ids import stored_int
from .rendering import source_context
from .responses import answer_problem, elapsed_ms_since, parse_response, student_codes

# Forms here are checked by CSRFProtect before the view runs (a bad or missing token is a 400
# page), so the views build no form object of their own: these pages are the busiest.
bp = Blueprint("study", __name__, url_prefix="/study")


def _set_or_404(slug: str):  # type: ignore[no-untyped-def]
    qset = study.set_to_study(current_user, slug)
    if qset is None:
        abort(404)
    return qset


@bp.get("/<slug>")
@login_required
def show(slug: str):
    qset = _set_or_404(slug)
    now = clock.now()
    held = study.held_from(current_user, qset, now)
    asked = request.args.get("q", type=stored_int)
    item = study.item_for(current_user, qset, asked, held=held) if asked else None
    item = item or study.next_item(current_user, qset, now=now, held=held)
    progress = study_progress.progress(current_user, qset, now=now, held=held)
    if item is None:
        next_due = study.next_due_at(current_user, qset, held=held) if progress.remaining else None
        return render_template(
            "study/done.html", qset=qset, progress=progress, next_due=next_due, held=len(held)
        )
    return render_template(
        "study/question.html",
        qset=qset,
        item=item,
        progress=progress,
        held=len(held),
        shown_at=int(time.time() * 1000),
    )


@bp.post("/<slug>/answer")
@login_required
def answer(slug: str):
    """Record the answer and answer with its result page, not a redirect to it: a round less
    per card. The page's address is the review's (Content-Location; app.js puts it in the
    address bar), so a reload shows the result rather than sending the answer again."""
    question_id = request.form.get("question_id", type=stored_int) or 0
    found = study.set_and_item_to_answer(current_user, slug, question_id, now=clock.now())
    if found is None:
        abort(404)
    if found[1] is None:  # no question named (a bad form), or none the student may answer
        abort(400 if question_id == 0 else 404)
    qset, item = found
    try:
        response, self_rating = parse_response(item.question, request.form, student_codes())
        outcome = answering.answer(
            current_user,
            item,
            seq=request.form.get("seq", type=stored_int) or 0,
            response=response,
            now=clock.now(),
            elapsed_ms=elapsed_ms_since(request.form.get("shown_at", type=int)),
            self_rating=self_rating,
        )
    except InvalidResponse as error:
        flash(answer_problem(error), "error")
        return redirect(url_for("study.show", slug=slug, q=item.question.id))
    # A fresh answer is the student's last; a repeated submit's may not be.
    undoable = not outcome.duplicate or answering.is_last(current_user, outcome.review)
    progress = study_progress.progress(current_user, qset, now=clock.now())
    commit_then_render()
    return _result_page(qset, outcome.review, item.question, undoable, progress)


@bp.get("/<slug>/reviews/<int:review_id>")
@login_required
def result(slug: str, review_id: int):
    qset = _set_or_404(slug)
    answered = answering.answered(current_user, review_id)
    # The question must be the set's: its context comes from the set's article. Nor may it be
    # one an open class quiz asks (a quiz answer that counted as a review has a result too).
    now = clock.now()
    held = study.held_from(current_user, qset, now)
    if answered is None or answered.question.set_id != qset.id or answered.question.id in held:
        abort(404)
    progress = study_progress.progress(current_user, qset, now=now, held=held)
    return _result_page(qset, answered.review, answered.question, answered.undoable, progress)


def _result_page(
    qset: QuestionSet, review: Review, question: Question, can_undo: bool, progress: Progress
) -> tuple[str, int, dict[str, str]]:
    address = url_for("study.result", slug=qset.slug, review_id=review.id)
    page = render_template(
        "study/result.html",
        qset=qset,
        review=review,
        question=question,
        address=address,
        context=source_context(qset.article, question.source_start, question.source_end),
        progress=progress,
        can_undo=can_undo,
    )
    return page, 200, {"Content-Location": address}


@bp.post("/<slug>/undo")
@login_required
def undo(slug: str):
    _set_or_404(slug)
    question = answering.undo_last(current_user, now=clock.now())
    db.session.commit()
    if question is None:
        return redirect(url_for("study.show", slug=slug))
    flash(_("Your last answer was taken back."))
    return redirect(url_for("study.show", slug=question.question_set.slug, q=question.id))
