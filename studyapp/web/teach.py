"""The teacher's pages: sets from articles, reviewing drafts, the set's details and article,
export. The class, import and question-editor pages share this blueprint (web/teach_classes.py,
web/teach_import.py, web/teach_questions.py)."""

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

from .. import generation_worker
from ..domain.documents import DocumentError, read_article
from ..domain.formats import BINARY_FORMATS, EXPORTERS
from ..extensions import db
from ..services import (
    authoring,
    classes,
    generation,
    generation_jobs,
    language_model,
    proposals,
    question_set_files,
    quiz_draw,
)
from . import teach_classes, teach_import, teach_questions
from .access import owned_set, set_question, teacher_required
from .forms import EmptyForm
from .ids import stored_int
from .messages import article_error, document_error, generation_report
from .rendering import article_paragraphs
from .teach_forms import (
    BACKEND_LABELS,
    ApproveBestForm,
    ArticleEditForm,
    ArticleForm,
    SetDetailsForm,
)

bp = Blueprint("teach", __name__, url_prefix="/teach")
teach_classes.register(bp)
teach_import.register(bp)
teach_questions.register(bp)


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
    qset = owned_set(slug)
    # The job before its drafts: each read sees the latest commit, and the worker commits the
    # drafts with the report, so a job read as done has its drafts in the later read.
    job = generation_jobs.latest(qset)
    highlight = request.args.get("q", type=stored_int)
    focus = next((q for q in qset.questions if q.id == highlight), None)
    span = (focus.source_start, focus.source_end) if focus else None
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
        clashes=quiz_draw.clashes_of([q for q in qset.questions if q.status != "rejected"]),
    )


@bp.post("/sets/<slug>/questions/<int:question_id>/status")
@teacher_required
def set_status(slug: str, question_id: int):
    question = set_question(owned_set(slug), question_id)
    status = request.form.get("status", "")
    if not EmptyForm().validate_on_submit() or status not in ("draft", "approved", "rejected"):
        abort(400)
    authoring.set_status(question, status)
    db.session.commit()
    return redirect(url_for("teach.review", slug=slug, _anchor=f"question-{question.id}"))


@bp.post("/sets/<slug>/approve-best")
@teacher_required
def approve_best(slug: str):
    qset = owned_set(slug)
    form = ApproveBestForm()
    if not form.validate_on_submit():
        abort(400)
    count = authoring.approve_best(qset, form.count.data)
    db.session.commit()
    flash(ngettext("%(num)d question approved.", "%(num)d questions approved.", count))
    return redirect(url_for("teach.review", slug=slug))


@bp.post("/sets/<slug>/propose-again")
@teacher_required
def propose_again(slug: str):
    qset = owned_set(slug)
    if not EmptyForm().validate_on_submit():
        abort(400)
    try:
        added = proposals.propose_again(qset, current_app.config)
    except proposals.StillGenerating:
        flash(_("Questions are still being proposed for this article. Wait for them."), "error")
        return redirect(url_for("teach.review", slug=slug))
    db.session.commit()
    if added is None:
        generation_worker.wake(current_app._get_current_object())  # type: ignore[attr-defined]
    elif added:
        flash(
            ngettext(
                "%(num)d new question was proposed, at the end of the drafts to review.",
                "%(num)d new questions were proposed, at the end of the drafts to review.",
                len(added),
            )
        )
        return redirect(url_for("teach.review", slug=slug, _anchor=f"question-{added[0].id}"))
    else:
        flash(_("No new questions: the set already holds every question proposed for it."))
    return redirect(url_for("teach.review", slug=slug))


@bp.post("/sets/<slug>/publish")
@teacher_required
def publish(slug: str):
    qset = owned_set(slug)
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
    qset = owned_set(slug)
    form = SetDetailsForm(data={"title": qset.title, "tags": ", ".join(qset.tags)})
    if form.validate_on_submit():
        qset.title, qset.tags = form.title.data.strip(), _tags(form.tags.data)
        db.session.commit()
        return redirect(url_for("teach.review", slug=slug))
    return render_template("teach/details.html", qset=qset, form=form), 400 if form.errors else 200


@bp.route("/sets/<slug>/article", methods=["GET", "POST"])
@teacher_required
def edit_article(slug: str):
    qset = owned_set(slug)
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


@bp.get("/sets/<slug>/export.<fmt>")
@teacher_required
def export(slug: str, fmt: str):
    qset = owned_set(slug)
    if fmt not in EXPORTERS:
        abort(404)
    exported = EXPORTERS[fmt](question_set_files.set_file(qset.slug))
    body = exported if isinstance(exported, bytes) else exported.encode("utf-8")
    mimetype = "application/octet-stream" if fmt in BINARY_FORMATS else "text/plain"
    response = Response(body, mimetype=mimetype)
    response.headers.set("Content-Disposition", "attachment", filename=f"{qset.slug}.{fmt}")
    return response
