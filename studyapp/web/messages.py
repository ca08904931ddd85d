"""Errors from the domain, said in the user's language."""

from __future__ import annotations

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from ..domain.documents import DocumentError
from ..domain.messages import Message
from ..domain.question_files import FileProblem
from ..services.authoring import ArticleError


def document_error(error: DocumentError) -> str:
    messages = {
        "type": _("This type of file cannot be read. Use .txt, .md, .html or .docx."),
        "binary": _("This file is not text."),
        "encoding": _("The text of this file is not UTF-8. Save it as UTF-8 and try again."),
        "damaged": _("This Word file cannot be opened."),
        "too_large": _("This Word file unpacks to far more than an article: it cannot be read."),
        "empty": _("The file holds no text."),
    }
    return messages.get(error.kind, str(error))


def article_error(error: ArticleError) -> str:
    if error.kind == "too_long":
        return _("The article is too long: at most %(limit)d characters.", limit=error.limit)
    return _("The article is empty.")


def say(message: str) -> str:
    """A domain problem message in the user's language: a Message by its template and
    parameters, plain English text by itself (English where no translation exists)."""
    if isinstance(message, Message):
        params = {
            key: say(value) if isinstance(value, Message) else value
            for key, value in message.params.items()
        }
        return _(message.template, **params)
    return _(message)


def file_problem(problem: FileProblem, *, placed: bool = True) -> str:
    """One problem with an imported file, in the user's language: where it is, then what."""
    about = []
    if problem.question_id is not None:
        about.append(_("question %(id)s", id=problem.question_id))
    if problem.field is not None:
        about.append(_("field %(field)s", field=problem.field))
    said = say(problem.message)
    if about:
        said = _("%(about)s: %(problem)s", about=_(", ").join(about), problem=said)
    if not placed:
        return said
    if problem.line is None:
        return _("%(file)s: %(problem)s", file=problem.file, problem=said)
    return _("%(file)s:%(line)d: %(problem)s", file=problem.file, line=problem.line, problem=said)


# The GIFT reader's messages (domain/formats/gift.py) carry no parameters, so `say` finds them
# by their English text; listed here so that `make translations` keeps them in the catalogue.
GIFT_MESSAGES = (
    _l("opens with :: but the title is never closed"),
    _l("is empty between :: and ::"),
    _l("has no answer block {…}; descriptions and essays are not read"),
    _l("needs exactly one answer block {…}; escape a literal brace as \\{"),
    _l("a flashcard is a short answer with one answer, its back"),
    _l("is empty {}; essay questions have no answer to study"),
    _l("numerical answers {#…} are not supported"),
    _l("each answer starts with = (right) or ~ (wrong), or write T or F"),
    _l("has an empty answer"),
    _l("has no answer worth full marks"),
    _l("marks no choice right (= or a positive %weight%)"),
    _l("matching is read as an order question: number the steps 1 to N (=1 -> step)"),
)
