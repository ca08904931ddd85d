"""A gap whose answer is a number or a person also becomes a choice
question, its wrong choices the article's own of the same kind (a year's, years a few either
side; a number's, the article's numbers of its unit, counted noun or label, see
number_kinds.py): a student recognises among real alternatives instead of recalling an exact
spelling. Without enough rivals of the key's kind the gap stays a gap."""

from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections.abc import Iterable

from ..questions import Question
from . import distractors
from .document import Document, fold
from .drafts import gap_span, mcq
from .number_keys import NUMBER
from .number_kinds import YEAR, Kind, is_bound, kind_of, partner, value

_YEAR = re.compile(r"^(?:19|20)\d\d$")
_RIVALS = 40  # rivals offered to the distractor picker, which looks at no more
_STANDALONE_NUMBER = re.compile(r"(?<![\w.,])" + NUMBER.pattern + r"(?![\w])")
_YEAR_SPAN = 6  # wrong years lie this close to the key: "1890" is no rival for "1978"


def add_choice_forms(doc: Document, drafts: list[Question]) -> list[Question]:
    """`drafts` and, after them, the choice form of each gap-fill that has one."""
    numbers = _Numbers(doc)
    forms = (as_choice(doc, question, numbers) for question in drafts)
    return drafts + [form for form in forms if form is not None]


class _Numbers:
    """The article's numbers by kind (number_kinds.py), each kind in order of size, read once
    so that finding the rivals of one number does not read them all (an article of thousands
    of numbers stays linear)."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self.kinds: dict[int, Kind] = {}  # article offset of a number -> its kind
        seen: dict[str, int] = {}
        years: dict[str, None] = {}  # in order of appearance
        of_kind: dict[Kind, dict[str, tuple[float, int, str]]] = {}
        for sentence in doc.sentences:
            for found in _STANDALONE_NUMBER.finditer(sentence.text):
                n, a = found.group(), sentence.start + found.start()
                kind = kind_of(doc, sentence, a, a + len(n))
                self.kinds[a] = kind
                order = seen.setdefault(n, len(seen))
                if _YEAR.match(n) or kind == YEAR:
                    years.setdefault(n)
                elif value(n) > 0:
                    of_kind.setdefault(kind, {})[n] = (value(n), order, n)
        self.years = list(years)[:_RIVALS]
        self.by_size = {kind: sorted(found.values()) for kind, found in of_kind.items()}

    def rivals(self, answer: str, prompt: str = "", at: tuple[int, int] | None = None) -> list[str]:
        """Years near a year; for a number, the others of its kind nearest in size, on its side
        of the other end of its range ("by ____ to 0.6 °C": below 0.6); never a number the
        prompt shows ("$ ____ to $ 15 million" is not answered by "15"). Nothing for a bound
        ("greater than ____"), which every number on one side of it also makes true."""
        kind = self.kinds.get(at[0]) if at else None
        if _YEAR.match(answer) or kind == YEAR:
            return near_years(answer, prompt, self.years)
        if at is None or kind is None or is_bound(self.text, at[0]):
            return []
        shown = set(_STANDALONE_NUMBER.findall(prompt))
        key, low, high = value(answer), -math.inf, math.inf
        other = partner(self.text, *at)  # the other end of the key's range, if any
        if other is not None and other > key:
            high = other
        elif other is not None and other < key:
            low = other
        return [n for size, n in self._sized(kind, answer) if n not in shown and low < size < high]

    def _sized(self, kind: Kind, answer: str) -> list[tuple[float, str]]:
        numbers = self.by_size.get(kind, [])
        key = value(answer)
        at = bisect.bisect_left(numbers, (key,))
        near = numbers[max(0, at - _RIVALS) : at + _RIVALS]
        near.sort(key=lambda t: (abs(t[0] - key), t[1]))
        return [(size, n) for size, _, n in near if n != answer][:_RIVALS]


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
        wrong = numbers.rivals(answer, question.prompt, gap_span(question))
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
