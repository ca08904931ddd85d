"""The teacher's pages: sets from articles, reviewing drafts, writing questions, import and
export. The class and import pages share this blueprint (web/teach_classes.py,
web/teach_import.py)."""

from __future__ import annotations

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from sqlalchemy import select
from wtforms import SelectChoice

from .. import generation_worker
from ..domain.documents import DocumentError, read_article
from ..domain.formats import BINARY_FORMATS, EXPORTERS
from ..domain.questions import Question as DraftQuestion
from ..domain.questions import validate
from ..domain.text import split_sentences
from ..extensions import db
from ..models import Question, QuestionSet
from ..services import (
    authoring,
    classes,
    generation,
    generation_jobs,
    language_model,
    question_set_files,
)
from ..services.question_sets import to_domain
from . import teach_classes, teach_import
from .access import teacher_required
from .forms import EmptyForm
from .ids import stored_int
from .messages import article_error, document_error, generation_report
from .rendering import article_paragraphs
from .teach_forms import (
    BACKEND_LABELS,
    ApproveBestForm,
    ArticleEditForm,
    ArticleForm,
    QuestionForm,
    SetDetailsForm,
)

bp = Blueprint("teach", __name__, url_prefix="/teach")
teach_classes.register(bp)
teach_import.register(bp)


def _own_set(slug: str) -> QuestionSet:
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
    if qset is None or qset.owner_id != current_user.id:
        abort(404)
    return qset


def _own_question(qset: QuestionSet, question_id: int) -> Question:
    question = db.session.get(Question, question_id)
    if question is None or question.set_id != qset.id:
        abort(404)
    return question


def _tags(text: str | None) -> list[str]:
    return [tag.strip() for tag in (text or "").replace("،", ",").split(",") if tag.strip()]


@bp.get("/")
@teacher_required
def dashboard():
    return render_template(
        "teach/dashboard.html",
        sets=authoring.sets_owned(current_user),
        classes=classes.classes_taught(current_user),
    )


def _generator_choices(form: ArticleForm) -> None:
    """Offer the back ends the school has; the one that runs unless the teacher picks."""
    config = current_app.config
    form.generator.choices = [(b, BACKEND_LABELS[b]) for b in generation.backends_offered(config)]
    if not form.generator.data:
        form.generator.data = generation.default_backend(config)


@bp.route("/sets/new", methods=["GET", "POST"])
@teacher_required
def new_set():
    form = ArticleForm()
    _generator_choices(form)
    if form.validate_on_submit():
        try:
            article = form.article.data or ""
            if form.upload.data:
                article = read_article(form.upload.data.filename or "", form.upload.data.read())
            backend = form.generator.data
            background = generation.in_background(current_app.config, backend, article)
            qset = authoring.create_set(
                current_user,
                title=form.title.data,
                article=article,
                language=None,
                tags=_tags(form.tags.data),
                max_chars=current_app.config["MAX_ARTICLE_CHARS"],
                background=backend if background else None,
            )
        except DocumentError as error:
            form.upload.errors = [document_error(error)]
        except authoring.ArticleError as error:
            form.article.errors = [article_error(error)]
        else:
            db.session.commit()
            if background:
                generation_worker.wake(current_app._get_current_object())  # type: ignore[attr-defined]
            else:
                flash(
                    ngettext(
                        "%(num)d question was proposed. Review it below.",
                        "%(num)d questions were proposed. Review them below.",
                        len(qset.questions),
                    )
                )
            return redirect(url_for("teach.review", slug=qset.slug))
    page = render_template(
        "teach/new_set.html",
        form=form,
        model_server=language_model.server_name(current_app.config),
        model_name=current_app.config.get("LLM_MODEL"),
    )
    return page, 400 if form.errors else 200


@bp.get("/sets/<slug>")
@teacher_required
def review(slug: str):
    qset = _own_set(slug)
    highlight = request.args.get("q", type=stored_int)
    focus = next((q for q in qset.questions if q.id == highlight), None)
    span = (focus.source_start, focus.source_end) if focus else None
    job = generation_jobs.latest(qset)
    timeout = float(current_app.config["LLM_TIMEOUT"])
    return render_template(
        "teach/review.html",
        qset=qset,
        job=job,
        job_notes=generation_report(job.report if job else None, timeout=timeout),
        focus=focus,
        paragraphs=article_paragraphs(qset.article, span),
        best_form=ApproveBestForm(),
        form=EmptyForm(),
    )


@bp.post("/sets/<slug>/questions/<int:question_id>/status")
@teacher_required
def set_status(slug: str, question_id: int):
    question = _own_question(_own_set(slug), question_id)
    status = request.form.get("status", "")
    if not EmptyForm().validate_on_submit() or status not in ("draft", "approved", "rejected"):
        abort(400)
    authoring.set_status(question, status)
    db.session.commit()
    return redirect(url_for("teach.review", slug=slug, _anchor=f"question-{question.id}"))


@bp.post("/sets/<slug>/approve-best")
@teacher_required
def approve_best(slug: str):
    qset = _own_set(slug)
    form = ApproveBestForm()
    if not form.validate_on_submit():
        abort(400)
    count = authoring.approve_best(qset, form.count.data)
    db.session.commit()
    flash(ngettext("%(num)d question approved.", "%(num)d questions approved.", count))
    return redirect(url_for("teach.review", slug=slug))


@bp.post("/sets/<slug>/publish")
@teacher_required
def publish(slug: str):
    qset = _own_set(slug)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        authoring.publish(qset, request.form.get("published") == "1")
    except authoring.NothingToPublish:
        flash(_("Approve at least one question before publishing."), "error")
    else:
        db.session.commit()
        flash(_("Published.") if qset.status == "published" else _("Back to draft."))
    return redirect(url_for("teach.review", slug=slug))


@bp.route("/sets/<slug>/details", methods=["GET", "POST"])
@teacher_required
def details(slug: str):
    qset = _own_set(slug)
    form = SetDetailsForm(data={"title": qset.title, "tags": ", ".join(qset.tags)})
    if form.validate_on_submit():
        qset.title, qset.tags = form.title.data.strip(), _tags(form.tags.data)
        db.session.commit()
        return redirect(url_for("teach.review", slug=slug))
    return render_template("teach/details.html", qset=qset, form=form), 400 if form.errors else 200


@bp.route("/sets/<slug>/article", methods=["GET", "POST"])
@teacher_required
def edit_article(slug: str):
    qset = _own_set(slug)
    form = ArticleEditForm(data={"article": qset.article})
    if form.validate_on_submit():
        try:
            flagged = authoring.edit_article(
                qset, form.article.data, max_chars=current_app.config["MAX_ARTICLE_CHARS"]
            )
        except authoring.ArticleError as error:
            form.article.errors = [article_error(error)]
        else:
            db.session.commit()
            flash(
                ngettext(
                    "Article saved. %(num)d question needs a look: its source sentence changed.",
                    "Article saved. %(num)d questions need a look: their source sentence changed.",
                    len(flagged),
                )
            )
            return redirect(url_for("teach.review", slug=slug))
    return render_template("teach/article.html", qset=qset, form=form), 400 if form.errors else 200


@bp.route("/sets/<slug>/questions/new", methods=["GET", "POST"])
@bp.route("/sets/<slug>/questions/<int:question_id>/edit", methods=["GET", "POST"])
@teacher_required
def edit_question(slug: str, question_id: int | None = None):
    qset = _own_set(slug)
    question = _own_question(qset, question_id) if question_id else None
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


@bp.get("/sets/<slug>/export.<fmt>")
@teacher_required
def export(slug: str, fmt: str):
    qset = _own_set(slug)
    if fmt not in EXPORTERS:
        abort(404)
    exported = EXPORTERS[fmt](question_set_files.set_file(qset.slug))
    body = exported if isinstance(exported, bytes) else exported.encode("utf-8")
    mimetype = "application/octet-stream" if fmt in BINARY_FORMATS else "text/plain"
    response = Response(body, mimetype=mimetype)
    response.headers.set("Content-Disposition", "attachment", filename=f"{qset.slug}.{fmt}")
    return response
