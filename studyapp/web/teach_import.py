"""Importing a file into a set: read it, show what will change, import once confirmed.

A new set from a YAML or GIFT file that reads cleanly is imported at once (a draft the teacher
can delete). Everything else is shown first: a set that would change (added, changed with
progress kept, reset, retired), questions the reader skipped (line and reason), and the first
cards of a CSV or card file with its separators. Nothing is written before the teacher says
"Import"; the file travels in the form, so any app server can finish the import.

These views live on the teach blueprint; teach.py registers them with `register`.
"""

from __future__ import annotations

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..domain.formats import card_text, decode, format_for, parse_set
from ..domain.formats.cards import back_text
from ..domain.question_files import QuestionFileError
from ..domain.question_files import QuestionSet as SetFile
from ..extensions import db
from ..services import authoring, imports
from .access import teacher_required
from .import_forms import FORMATS, ImportForm
from .messages import article_error, file_problem

# Card files are read by separators that may need choosing: their first cards are shown first.
PREVIEWED_FORMATS = frozenset({"csv", "cards"})
FIRST_CARDS = 5


def register(bp: Blueprint) -> None:
    bp.add_url_rule("/import", view_func=import_file, methods=["GET", "POST"])


@teacher_required
def import_file():
    form = ImportForm()
    if not form.validate_on_submit():
        status = 400 if form.errors else 200
        return render_template("teach/import.html", form=form, problems=[]), status
    name, raw = form.the_file()
    try:
        set_file = _read(name, raw, form)
        planned = imports.plan(current_user, set_file)
        confirmed = _confirmed(form, raw)
        if confirmed or _at_once(planned, set_file, name, raw, form):
            version = form.version.data if confirmed else planned.version
            return _imported(imports.apply(current_user, set_file, version or ""))
    except QuestionFileError as error:
        problems = [file_problem(problem) for problem in error.errors]
        return render_template("teach/import.html", form=form, problems=problems), 400
    except (authoring.ArticleError, authoring.SlugTaken) as error:
        return render_template("teach/import.html", form=form, problems=[_said(error)]), 400
    except imports.StaleImport:
        db.session.rollback()
        planned = imports.plan(current_user, set_file)
        flash(_("The set changed since this preview. Check the changes again, then import."))
    return _preview(form, name, raw, set_file, planned)


def _read(name: str, raw: bytes, form: ImportForm) -> SetFile:
    set_file = parse_set(
        name,
        raw,
        fmt=form.file_format.data or None,
        separators=form.separators(),
        strict=False,
    )
    # The limit a pasted article meets: else the article page could not save it.
    authoring.clean_article(set_file.article, max_chars=current_app.config["MAX_ARTICLE_CHARS"])
    return set_file


def _confirmed(form: ImportForm, raw: bytes) -> bool:
    """The teacher pressed Import on a preview of this very file, read this very way."""
    if request.form.get("action") != "import" or not form.version.data:
        return False
    if form.reading.data != form.reading_of(raw):
        flash(_("The file is now read differently. Check the preview, then import."))
        return False
    return True


def _at_once(
    planned: imports.ImportPlan, set_file: SetFile, name: str, raw: bytes, form: ImportForm
) -> bool:
    # Only a fresh upload: a button pressed on a preview always comes back to a preview.
    if request.form.get("action") or not planned.created or set_file.skipped:
        return False
    return format_for(name, decode(name, raw), form.file_format.data) not in PREVIEWED_FORMATS


def _imported(planned: imports.ImportPlan):
    db.session.commit()
    flash(
        _(
            "Imported: %(added)d new, %(changed)d changed, %(reset)d reset, %(retired)d retired.",
            added=len(planned.added),
            changed=len(planned.kept),
            reset=len(planned.reset),
            retired=len(planned.retired),
        )
    )
    return redirect(url_for("teach.review", slug=planned.slug))


def _preview(
    form: ImportForm, name: str, raw: bytes, set_file: SetFile, planned: imports.ImportPlan
):
    text = decode(name, raw)
    file_format = format_for(name, text, form.file_format.data)
    if file_format == "cards":
        form.show_separators(card_text.guess(text, form.separators()))
    form.carry(name, raw, planned.version)
    return render_template(
        "teach/import_preview.html",
        form=form,
        plan=planned,
        set_file=set_file,
        file_format=file_format,
        format_labels=FORMATS,
        first_cards=set_file.questions[:FIRST_CARDS],
        back_of=lambda question: back_text(question, set_file.language),
        skipped=[(p.line, p.question_id, file_problem(p, placed=False)) for p in set_file.skipped],
    )


def _said(error: Exception) -> str:
    if isinstance(error, authoring.ArticleError):
        return article_error(error)
    return _("The slug %(slug)s belongs to another set.", slug=str(error))
