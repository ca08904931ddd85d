"""Errors from the domain, said in the user's language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask_babel import format_decimal, ngettext
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


def generation_report(report: dict[str, Any] | None, *, timeout: float) -> list[str]:
    """What a background generation did, for the draft page: what the model proposed and
    kept, why the rest was dropped, and why the rules answered instead when they did."""
    if not report:
        return []
    lines = []
    if report.get("proposed"):
        dropped = report.get("dropped") or {}
        reasons = [_DROP_REASONS[reason](count) for reason, count in dropped.items() if count]
        summary = ngettext(
            "The model proposed %(num)d question, %(kept)d were kept",
            "The model proposed %(num)d questions, %(kept)d were kept",
            int(report["proposed"]),
            kept=int(report.get("kept") or 0),
        )
        lines.append(_("; ").join([summary, *reasons]) + ".")
    fallback = report.get("fallback")
    if fallback:
        lines.append(_fallback(str(fallback), timeout))
    return lines


def _fallback(kind: str, timeout: float) -> str:
    notes = {
        "timeout": _(
            "The language model did not answer within %(seconds)s seconds.",
            seconds=format_decimal(timeout),
        ),
        "error": _("The language model's server answered with an error."),
        "bad_json": _("The language model's answer could not be read."),
        "refusal": _("The language model declined to write questions."),
        "nothing_grounded": _("None of the model's questions could be found in the article."),
    }
    if kind == "crashed":
        return _(
            "Proposing questions stopped several times. The article is kept: write questions "
            "yourself, or paste it again as a new set."
        )
    return (
        notes.get(kind, notes["error"])
        + " "
        + _("The questions below come from studyapp's own rules.")
    )


_DROP_REASONS: dict[str, Callable[[int], str]] = {
    "malformed": lambda n: ngettext(
        "%(num)d did not follow the question format",
        "%(num)d did not follow the question format",
        n,
    ),
    "no_source": lambda n: ngettext(
        "%(num)d cited nothing in the article", "%(num)d cited nothing in the article", n
    ),
    "key_not_in_source": lambda n: ngettext(
        "%(num)d had an answer its source sentence does not hold",
        "%(num)d had an answer their source sentence does not hold",
        n,
    ),
    "speaker_not_named": lambda n: ngettext(
        "%(num)d named a speaker the article does not name there",
        "%(num)d named a speaker the article does not name there",
        n,
    ),
    "invalid": lambda n: ngettext(
        "%(num)d failed the checks every question passes",
        "%(num)d failed the checks every question passes",
        n,
    ),
    "duplicate": lambda n: ngettext(
        "%(num)d repeated another question", "%(num)d repeated another question", n
    ),
}


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


# The GIFT reader's messages (domain/formats/gift_*.py) carry no parameters, so `say` finds them
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
