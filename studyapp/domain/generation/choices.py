"""A gap whose answer is a number or a person also becomes a choice
question, its wrong choices the article's own of the same kind (a year's, years a few either
side): a student recognises among real alternatives instead of recalling an exact spelling."""

from __future__ import annotations

import bisect
import hashlib
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
_YEAR_SPAN = 6  # wrong years lie this close to the key: "1890" is no rival for "1978"


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

    def rivals(self, answer: str, prompt: str = "") -> list[str]:
        """Years near a year, the other numbers nearest in size for a number; never a number
        the prompt shows ("$ ____ to $ 15 million" is not answered by "15")."""
        if _YEAR.match(answer):
            return near_years(answer, prompt, self.years)
        shown = set(_STANDALONE_NUMBER.findall(prompt))
        return [n for n in self._sized(answer) if n not in shown]

    def _sized(self, answer: str) -> list[str]:
        value = _size(answer)
        at = bisect.bisect_left(self.sizes, value)
        near = self.by_size[max(0, at - _RIVALS) : at + _RIVALS]
        near.sort(key=lambda t: (abs(t[0] - value), t[1]))
        return [n for _, _, n in near if n != answer][:_RIVALS]


def near_years(answer: str, prompt: str, article_years: Iterable[str] = ()) -> list[str]:
    """Three wrong years a reader cannot rule out by the sentence alone: a few years either side
    of the key, inside the interval the prompt's own years set ("in 1972, ____ and 1985": between
    1972 and 1985), none the prompt shows, and on both sides of the key when there is room."""
    key = int(answer)
    shown = {int(y) for y in _STANDALONE_NUMBER.findall(prompt) if _YEAR.match(y)}
    low = max((y for y in shown if y < key), default=key - _YEAR_SPAN - 1)
    high = min((y for y in shown if y > key), default=key + _YEAR_SPAN + 1)
    window = range(max(low + 1, key - _YEAR_SPAN), min(high, key + _YEAR_SPAN + 1))
    known = {int(y) for y in article_years}

    def order(year: int) -> tuple[bool, str]:  # the article's own years first, then a stable mix
        return year not in known, hashlib.sha1(f"{prompt}|{year}".encode()).hexdigest()

    below = sorted((y for y in window if y < key), key=order)
    above = sorted((y for y in window if y > key), key=order)
    picked = below[:1] + above[:1]  # one each side first: the key is not the odd one out
    rest = sorted(below[1:] + above[1:], key=order)
    return [str(y) for y in (picked + rest)[:3]]


def as_choice(doc: Document, question: Question, numbers: _Numbers) -> Question | None:
    """The multiple-choice form of a gap-fill, or None when the article lacks three rivals."""
    if question.type != "cloze" or not isinstance(question.answer, list):
        return None
    answer = question.answer[0]
    key = fold(answer)
    if NUMBER.fullmatch(answer) and len(question.answer) == 1:
        wrong = numbers.rivals(answer, question.prompt)
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
