"""Names every template can use."""

from __future__ import annotations

import random

from flask import Flask
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l

from ..models import Question
from .i18n import text_direction

CATEGORY_LABELS = {
    "attribution": _l("Who said what"),
    "sequence": _l("Steps and order"),
    "constraint": _l("Constraints"),
    "role": _l("Roles"),
    "entity": _l("People and organisations"),
    "number": _l("Numbers"),
    "date": _l("Dates"),
    "place": _l("Places"),
    "fact": _l("Facts"),
    "definition": _l("Meanings"),
    "cause": _l("Causes"),
}

RATING_LABELS = {1: _l("Again"), 2: _l("Hard"), 3: _l("Good"), 4: _l("Easy")}


def category_label(category: str) -> str:
    return str(CATEGORY_LABELS.get(category, category))


def rating_labels() -> list[tuple[int, str]]:
    return [(value, str(label)) for value, label in RATING_LABELS.items()]


def rating_label(rating: int) -> str:
    return str(RATING_LABELS.get(rating, rating))


def display_order(question: Question, seq: int) -> list[int]:
    """Choice indices in the order shown: shuffled, but the same on every reload of a page."""
    count = len(question.choices or [])
    return random.Random(f"{question.id}:{seq}").sample(range(count), count)


def register(app: Flask) -> None:
    app.jinja_env.globals.update(
        get_locale=get_locale,
        text_direction=text_direction,
        category_label=category_label,
        rating_labels=rating_labels,
        rating_label=rating_label,
        display_order=display_order,
    )
