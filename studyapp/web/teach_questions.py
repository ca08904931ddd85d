"""Writing a question into a set, or editing one: the form, the domain's checks on its
fields, and a reset of students' progress shown for confirmation before it is saved.

These views live on the teach blueprint; teach.py registers them with `register`.
"""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from wtforms import SelectChoice

from ..domain.questions import Question as DraftQuestion
from ..domain.questions import validate
from ..domain.text import split_sentences
from ..extensions import db
from ..models import Question, QuestionSet
from ..services import authoring
from ..services.question_sets import to_domain
from .access import owned_set, set_question, teacher_required
from .question_form import QuestionForm


def register(bp: Blueprint) -> None:
    methods = ["GET", "POST"]
    bp.add_url_rule("/sets/<slug>/questions/new", view_func=edit_question, methods=methods)
    bp.add_url_rule(
        "/sets/<slug>/questions/<int:question_id>/edit", view_func=edit_question, methods=methods
    )


@teacher_required
def edit_question(slug: str, question_id: int | None = None):
    qset = owned_set(slug)
    question = set_question(qset, question_id) if question_id else None
    form = QuestionForm()
    form.source.choices = _source_choices(qset, question)
    if request.method == "GET" and question is not None:
        form.fill_from(to_domain(question))
    preview = None
    if form.validate_on_submit():
        edited = form.to_question(question.key if question else "q", qset.article)
        preview = _check(form, qset, question, edited)
        if not form.errors and preview is None:
            saved = authoring.save_question(qset, question, edited)
            db.session.commit()
            flash(_("Question saved."))
            anchor = f"question-{saved.id}"
            return redirect(url_for("teach.review", slug=slug, q=saved.id, _anchor=anchor))
    status = 409 if preview else 400 if form.errors else 200
    page = render_template(
        "teach/question.html", qset=qset, question=question, form=form, preview=preview
    )
    return page, status


def _check(
    form: QuestionForm, qset: QuestionSet, question: Question | None, edited: DraftQuestion
) -> authoring.ChangePreview | None:
    """Put the domain's objections on their fields; a progress reset not yet confirmed
    comes back as the preview to show."""
    for field, message in validate(edited, qset.article):
        getattr(form, field if hasattr(form, field) else "prompt").errors.append(message)
    if form.errors or question is None:
        return None
    preview = authoring.preview_change(question, edited)
    confirmed = form.confirm_reset.data == "1"
    return preview if preview.resets and preview.students and not confirmed else None


def _source_choices(qset: QuestionSet, question: Question | None) -> list[SelectChoice]:
    choices = [SelectChoice(f"{s.start}:{s.end}", s.text) for s in split_sentences(qset.article)]
    if question is not None:
        current = f"{question.source_start}:{question.source_end}"
        if all(choice.value != current for choice in choices):
            text = qset.article[question.source_start : question.source_end]
            choices.insert(0, SelectChoice(current, text))
    return choices
