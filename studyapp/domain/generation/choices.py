"""A gap whose answer is a number or a person also becomes a choice
question, its wrong choices the article's own of the same kind: a student recognises among
real alternatives instead of recalling an exact spelling."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..questions import Question
from . import distractors
from .document import Document, fold
from .drafts import mcq
from .keys import NUMBER

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_RIVALS = 40  # rivals offered to the distractor picker, which looks at no more
_STANDALONE_NUMBER = re.compile(r"(?<![\w.,])" + NUMBER.pattern + r"(?![\w])")


def add_choice_forms(doc: Document, drafts: list[Question]) -> list[Question]:
    """`drafts` and, after them, the choice form of each gap-fill that has one."""
    numbers = _Numbers(dict.fromkeys(_STANDALONE_NUMBER.findall(doc.text)))
    forms = (as_choice(doc, question, numbers) for question in drafts)
    return drafts + [form for form in forms if form is not None]


def _size(text: str) -> float:
    try:
        return float(text.replace(",", "").replace("٫", "."))
    except ValueError:
        return 0.0


class _Numbers:
    """The article's numbers, in order of appearance, indexed once so that finding the rivals
    of one number does not read them all (an article of thousands of numbers stays linear)."""

    def __init__(self, numbers: Iterable[str]) -> None:
        self.order = {n: i for i, n in enumerate(numbers)}
        self.years = [n for n in self.order if _YEAR.match(n)][:_RIVALS]
        sized = [(_size(n), self.order[n], n) for n in self.order if not _YEAR.match(n)]
        self.by_size = sorted(t for t in sized if t[0] > 0)
        self.sizes = [t[0] for t in self.by_size]

    def rivals(self, answer: str) -> list[str]:
        """Years for a year, the other numbers nearest in size for a number."""
        if _YEAR.match(answer):
            return [n for n in self.years if n != answer]
        value = _size(answer)
        at = bisect.bisect_left(self.sizes, value)
        near = self.by_size[max(0, at - _RIVALS) : at + _RIVALS]
        near.sort(key=lambda t: (abs(t[0] - value), t[1]))
        return [n for _, _, n in near if n != answer][:_RIVALS]


def as_choice(doc: Document, question: Question, numbers: _Numbers) -> Question | None:
    """The multiple-choice form of a gap-fill, or None when the article lacks three rivals."""
    if question.type != "cloze" or not isinstance(question.answer, list):
        return None
    answer = question.answer[0]
    key = fold(answer)
    if NUMBER.fullmatch(answer) and len(question.answer) == 1:
        wrong = numbers.rivals(answer)
    elif person := doc.resolve_person(answer):
        # "Henry Ives Cobb" is no wrong choice for "Cobb": variants are left out
        others = distractors.article_people(doc, answer, person.gender, question.prompt)
        wrong = distractors.pick(answer, [[p for p in others if fold(p) != key]])
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
