"""Names every template can use."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from flask import Flask
from flask_babel import format_percent, format_time, get_locale, get_translations
from flask_babel import lazy_gettext as _l
from jinja2 import pass_context
from jinja2.runtime import Context
from markupsafe import Markup

from ..domain.generation.calibration import RARELY_ACCEPTED
from ..domain.numerical import describe as describe_number
from ..domain.percent import whole_percent
from ..domain.text import sentence_containing
from ..models import Question
from .i18n import content_direction, text_direction
from .responses import MAX_TYPED_ANSWER, student_codes

CATEGORY_LABELS = {
    "attribution": _l("Who said what"),
    "sequence": _l("Steps and order"),
    "constraint": _l("Constraints"),
    "effect": _l("Effects"),
    "role": _l("Roles"),
    "entity": _l("People and organisations"),
    "number": _l("Numbers"),
    "date": _l("Dates"),
    "place": _l("Places"),
    "fact": _l("Facts"),
    "definition": _l("Meanings"),
    "cause": _l("Causes"),
    "venue": _l("Where it was said"),
}

TYPE_LABELS = {
    "mcq": _l("Multiple choice"),
    "multi": _l("Select all that apply"),
    "order": _l("Put in order"),
    "cloze": _l("Fill the gap"),
    "short": _l("Short answer"),
    "truefalse": _l("True or false"),
    "flashcard": _l("Flashcard"),
    "numerical": _l("Number"),
    "matching": _l("Matching"),
}

RATING_LABELS = {1: _l("Again"), 2: _l("Hard"), 3: _l("Good"), 4: _l("Easy")}


def percent_shown(fraction: float) -> str:
    """A share as a localised whole percent, a half rounded up (babel rounds it to even)."""
    return format_percent(Decimal(whole_percent(fraction)) / 100)


def category_label(category: str) -> str:
    return str(CATEGORY_LABELS.get(category, category))


def type_label(kind: str) -> str:
    return str(TYPE_LABELS.get(kind, kind))


def sentence_start(article: str, offset: int) -> int:
    """Where the sentence holding `offset` starts: the anchor of its link."""
    sentence = sentence_containing(article, offset, offset + 1)
    return sentence.start if sentence else 0


def rating_labels() -> list[tuple[int, str]]:
    return [(value, str(label)) for value, label in RATING_LABELS.items()]


def rating_label(rating: int) -> str:
    return str(RATING_LABELS.get(rating, rating))


def shown_choices(question: Question, showing: object) -> list[tuple[str, str]]:
    """(code, choice) pairs in the order the student sees them: their own order for this
    showing (the card's review count, the quiz attempt), the same on every reload."""
    return student_codes().shown(question.id, question.choices or [], showing)


def isolated(text: object, language: str | None = None) -> Markup:
    """User content set apart from the page's own direction (<bdi>), so that a number or a
    word of the other script stays where its writer put it."""
    content = "" if text is None else str(text)
    if language:
        return Markup('<bdi dir="{}" lang="{}">{}</bdi>').format(
            content_direction(content, language), language, content
        )
    return Markup('<bdi dir="{}">{}</bdi>').format(content_direction(content), content)


def page_gettext() -> dict[str, Any]:
    """The page's `_()`, bound to its catalogue once per render.

    Flask-Babel's own finds the catalogue again on every call (the request's locale, its
    domain, its cache), and a study page makes about fifteen calls. This one behaves as
    Jinja's newstyle gettext does: escaped when autoescaping, always %-formatted.
    """
    translations = get_translations()

    @pass_context
    def gettext(context: Context, string: str, **variables: Any) -> str:
        text = translations.ugettext(string)
        if context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables

    return {"gettext": gettext}


def register(app: Flask) -> None:
    app.context_processor(page_gettext)
    app.jinja_env.globals.update(
        get_locale=get_locale,
        format_time=format_time,
        text_direction=text_direction,
        category_label=category_label,
        type_label=type_label,
        sentence_start=sentence_start,
        rating_labels=rating_labels,
        rating_label=rating_label,
        shown_choices=shown_choices,
        describe_number=describe_number,
        MAX_TYPED_ANSWER=MAX_TYPED_ANSWER,
    )
    app.jinja_env.filters["whole_percent"] = percent_shown
    app.jinja_env.filters["isolated"] = isolated
    app.jinja_env.tests["likely"] = is_likely


def is_likely(question: Question) -> bool:
    """A draft of a kind reviewers accept often enough to show first (or written by hand)."""
    return question.confidence is None or question.confidence >= RARELY_ACCEPTED
