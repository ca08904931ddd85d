"""A gap whose answer is a number or a person also becomes a choice
question, its wrong choices the article's own of the same kind: a student recognises among
real alternatives instead of recalling an exact spelling."""

from __future__ import annotations

import re

from ..questions import Question
from .document import Document, fold
from .drafts import mcq
from .keys import NUMBER

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_STANDALONE_NUMBER = re.compile(r"(?<![\w.,])" + NUMBER.pattern + r"(?![\w])")


def add_choice_forms(doc: Document, drafts: list[Question]) -> list[Question]:
    """`drafts` and, after them, the choice form of each gap-fill that has one."""
    numbers = list(dict.fromkeys(_STANDALONE_NUMBER.findall(doc.text)))
    forms = (as_choice(doc, question, numbers) for question in drafts)
    return drafts + [form for form in forms if form is not None]


def _same_kind_numbers(answer: str, pool: list[str]) -> list[str]:
    """Years for a year, other numbers of a similar size for a number."""
    if _YEAR.match(answer):
        return [n for n in pool if _YEAR.match(n) and n != answer]

    def size(text: str) -> float:
        try:
            return float(text.replace(",", "").replace("٫", "."))
        except ValueError:
            return 0.0

    value = size(answer)
    others = [n for n in pool if n != answer and not _YEAR.match(n) and size(n) > 0]
    return sorted(others, key=lambda n: abs(size(n) - value))


def as_choice(doc: Document, question: Question, numbers: list[str]) -> Question | None:
    """The multiple-choice form of a gap-fill, or None when the article lacks three rivals;
    `numbers` are the article's numbers, in order of appearance."""
    if question.type != "cloze" or not isinstance(question.answer, list):
        return None
    answer = question.answer[0]
    key = fold(answer)
    if NUMBER.fullmatch(answer) and len(question.answer) == 1:
        wrong = _same_kind_numbers(answer, numbers)
    elif doc.resolve_person(answer):
        wrong = [p for p in doc.people if fold(p) != key]
    else:  # capitalised runs make poor organisations to choose from: keep the gap typed
        return None
    if len(wrong) < 2:
        return None
    source = question.source
    found = mcq(
        doc,
        question.category,
        question.prompt,
        answer,
        wrong,
        source.start,
        source.end,
        (question.confidence or 0.0) + 0.02,
    )
    if found is not None and "gap" in question.extra:
        found.extra["gap"] = question.extra["gap"]
    return found
