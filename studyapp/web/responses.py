"""A study form's fields -> the response shape the grader expects."""

from __future__ import annotations

import time
from typing import Any

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from werkzeug.datastructures import MultiDict

from ..domain import matching
from ..domain.choice_codes import ChoiceCodes
from ..domain.grading import InvalidResponse
from ..domain.numerical import parse_number
from ..models import Question
from .forms import AT_MOST

# Longer than this between showing a question and the answer: the student was away.
MAX_ELAPSED_MS = 10 * 60 * 1000
# A typed answer (cloze, short) is a word or a phrase; the answer box has this maxlength too.
MAX_TYPED_ANSWER = 500


NOTHING_CHOSEN = _l("Tick at least one answer, then check.")


class NothingChosen(InvalidResponse):
    """A select-all question sent with no box ticked: most likely Enter pressed too soon, so
    the student is asked again and nothing is recorded."""


def answer_problem(error: InvalidResponse) -> str:
    """What to tell the student whose answer was refused, in their language."""
    if isinstance(error, NothingChosen):
        return str(NOTHING_CHOSEN)
    return _("Your answer could not be read: %(reason)s", reason=str(error))


def elapsed_ms_since(shown_at: int | None) -> int | None:
    """Milliseconds since the page was shown (its `shown_at`), or None when not plausible."""
    if shown_at is None:
        return None
    elapsed = int(time.time() * 1000) - shown_at
    return elapsed if 0 <= elapsed <= MAX_ELAPSED_MS else None


def student_codes() -> ChoiceCodes:
    """The signed-in student's choice codes (domain/choice_codes.py)."""
    return ChoiceCodes.from_secret(current_app.config["SECRET_KEY"], current_user.id)


def parse_response(
    question: Question, form: MultiDict[str, str], codes: ChoiceCodes
) -> tuple[Any, int | None]:
    """(response, self_rating); choices travel as the student's codes for them, so neither
    can the text be forged nor does the value say where the choice is stored."""
    kind = question.type
    if kind == "flashcard":
        return None, _integer(form.get("rating"), "rating", low=1, high=4)
    if kind == "mcq":
        return _choice(question, form.get("choice"), codes), None
    if kind == "multi":
        if not form.getlist("choice"):
            raise NothingChosen("choice: nothing ticked")
        return [_choice(question, value, codes) for value in form.getlist("choice")], None
    if kind == "order":
        return _order(question, form, codes), None
    if kind == "matching":
        return _matching(question, form, codes), None
    if kind == "numerical":
        return _number(form.get("answer", "")), None
    if kind == "truefalse":
        value = form.get("answer")
        if value not in ("true", "false"):
            raise InvalidResponse("answer: choose true or false")
        return value == "true", None
    return _typed(form.get("answer", "")), None


def _integer(value: str | None, field: str, *, low: int, high: int) -> int:
    if value is None or not value.strip().isdigit() or not low <= int(value) <= high:
        raise InvalidResponse(f"{field}: expected a number from {low} to {high}")
    return int(value)


def _typed(value: str) -> str:
    if len(value) > MAX_TYPED_ANSWER:
        raise InvalidResponse(str(AT_MOST % {"max": MAX_TYPED_ANSWER}))
    return value


def _choice(question: Question, value: str | None, codes: ChoiceCodes) -> str:
    choice = codes.choice_for(question.id, question.choices or [], value or "")
    if choice is None:
        raise InvalidResponse("choice: choose one of the answers shown")
    return choice


def _order(question: Question, form: MultiDict[str, str], codes: ChoiceCodes) -> list[str]:
    """Each step has a field rank-<its code> with its position (1-based) in the student's order."""
    choices = question.choices or []
    ranks = [
        _integer(form.get(f"rank-{codes.code(question.id, c)}"), "rank", low=1, high=len(choices))
        for c in choices
    ]
    if sorted(ranks) != list(range(1, len(choices) + 1)):
        raise InvalidResponse("order: give every step a different position")
    return [choice for _, choice in sorted(zip(ranks, choices, strict=True))]


def _number(value: str) -> str:
    """The number as typed (the grader reads it); text that is no number is refused here."""
    value = _typed(value)
    if value.strip() and parse_number(value) is None:
        raise InvalidResponse(_("write a number, such as 3.5 or 3,5"))
    return value


def _matching(question: Question, form: MultiDict[str, str], codes: ChoiceCodes) -> list[str]:
    """Each left item, by its place (1-based), has a field match-<n> with the code of the
    right-hand item chosen for it."""
    choices = question.choices or []
    chosen = []
    for n in range(1, len(matching.pairs_of(question.answer)) + 1):
        choice = codes.choice_for(question.id, choices, form.get(f"match-{n}") or "")
        if choice is None:
            raise InvalidResponse(_("choose a match for every item"))
        chosen.append(choice)
    return chosen
