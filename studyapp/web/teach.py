"""The teacher's pages: sets from articles, reviewing drafts, writing questions, import and
export. The class pages share this blueprint from web/teach_classes.py."""

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

from ..domain.documents import DocumentError, read_article
from ..domain.formats import BINARY_FORMATS, EXPORTERS, parse_set
from ..domain.question_files import QuestionFileError
from ..domain.questions import Question as DraftQuestion
from ..domain.questions import validate
from ..domain.text import split_sentences
from ..extensions import db
from ..models import Question, QuestionSet
from ..services import authoring, classes, question_set_files
from ..services.question_sets import to_domain
from . import teach_classes
from .access import teacher_required
from .forms import EmptyForm
from .ids import stored_int
from .messages import article_error, document_error
from .rendering import article_paragraphs
from .teach_forms import (
    ApproveBestForm,
    ArticleEditForm,
    ArticleForm,
    ImportForm,
    QuestionForm,
    SetDetailsForm,
)

bp = Blueprint("teach", __name__, url_prefix="/teach")
teach_classes.register(bp)


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


@bp.route("/sets/new", methods=["GET", "POST"])
@teacher_required
def new_set():
    form = ArticleForm()
    if form.validate_on_submit():
        try:
            article = form.article.data or ""
            if form.upload.data:
                article = read_article(form.upload.data.filename or "", form.upload.data.read())
            qset = authoring.create_set(
                current_user,
                title=form.title.data,
                article=article,
                language=None,
                tags=_tags(form.tags.data),
                max_chars=current_app.config["MAX_ARTICLE_CHARS"],
            )
        except DocumentError as error:
            form.upload.errors = [document_error(error)]
        except authoring.ArticleError as error:
            form.article.errors = [article_error(error)]
        else:
            db.session.commit()
            flash(
                ngettext(
                    "%(num)d question was proposed. Review it below.",
                    "%(num)d questions were proposed. Review them below.",
                    len(qset.questions),
                )
            )
            return redirect(url_for("teach.review", slug=qset.slug))
    return render_template("teach/new_set.html", form=form), 400 if form.errors else 200


@bp.get("/sets/<slug>")
@teacher_required
def review(slug: str):
    qset = _own_set(slug)
    highlight = request.args.get("q", type=stored_int)
    focus = next((q for q in qset.questions if q.id == highlight), None)
    span = (focus.source_start, focus.source_end) if focus else None
    return render_template(
        "teach/review.html",
        qset=qset,
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


@bp.route("/import", methods=["GET", "POST"])
@teacher_required
def import_file():
    form = ImportForm()
    problems: list[str] = []
    if form.validate_on_submit():
        upload = form.upload.data
        try:
            set_file = parse_set(upload.filename, upload.read())
            # The limit a pasted article meets: else the article page could not save it.
            authoring.clean_article(
                set_file.article, max_chars=current_app.config["MAX_ARTICLE_CHARS"]
            )
            report = authoring.import_set(current_user, set_file)
        except QuestionFileError as error:
            problems = [str(problem) for problem in error.errors]
        except authoring.ArticleError as error:
            problems = [article_error(error)]
        except authoring.SlugTaken as error:
            problems = [_("The slug %(slug)s belongs to another set.", slug=str(error))]
        else:
            db.session.commit()
            flash(
                _(
                    "Imported: %(added)d new, %(changed)d changed, %(reset)d reset.",
                    added=len(report.added),
                    changed=len(report.updated),
                    reset=len(report.reset),
                )
            )
            if set_file.skipped:
                skipped = "; ".join(str(problem) for problem in set_file.skipped)
                flash(_("Not imported: %(skipped)s", skipped=skipped), "error")
            return redirect(url_for("teach.review", slug=report.slug))
    status = 400 if form.errors or problems else 200
    return render_template("teach/import.html", form=form, problems=problems), status


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
