"""Sentences said of each day alike: a forecast's «ويستمر الجو، يوم غدٍ الثلاثاء، حاراً …
بحدود 7 درجات» beside «كما يستمر الجو، يوم الأربعاء، حارا … بحدود 8 درجات». With its day
blanked, or hidden for another question, each fits every day (set n's reviewer: unanswerable),
so no weekday is asked in one (dates.py)."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .date_words import WEEKDAYS_AR, WEEKDAYS_EN
from .document import Document, Sentence

# How alike two sentences are, their numbers and weekdays set aside, to be one said of each day.
_PARALLEL = 80
_DAYS_AND_DIGITS = re.compile(
    "|".join([r"\d+(?:[.,]\d+)?", *WEEKDAYS_AR, *WEEKDAYS_EN, "الأثنين", "الاربعاء"])
)


def parallel_sentence(doc: Document, sentence: Sentence) -> bool:
    """True when another sentence of the article says the same with another day or number:
    «ويستمر الجو، يوم غدٍ الثلاثاء، حاراً …» beside «كما يستمر الجو، يوم الأربعاء، حارا …»."""
    return sentence.index in doc.once("parallel days", _parallel_days)


def _parallel_days(doc: Document) -> frozenset[int]:
    """The content sentences of twelve words or more that name a weekday and that another such
    sentence repeats, numbers and weekdays masked (only those are compared: a long text's
    other sentences would make it quadratic)."""
    days = _WEEKDAY_WORD[doc.language]
    masked = {
        s.index: _DAYS_AND_DIGITS.sub("#", s.text)
        for s in doc.content
        if len(s.tokens) >= 12 and days.search(s.text)
    }
    seen: dict[str, list[int]] = {}
    for index, text in masked.items():
        seen.setdefault(text, []).append(index)
    twins = {i for same in seen.values() if len(same) > 1 for i in same}
    distinct = list(seen)  # each wording once
    for k, text in enumerate(distinct):
        for other_text in distinct[k + 1 :]:
            if fuzz.ratio(text, other_text) >= _PARALLEL:
                twins.update(seen[text] + seen[other_text])
    return frozenset(twins)


_WEEKDAY_WORD = {
    "ar": re.compile("|".join([*WEEKDAYS_AR, "الأثنين", "الاربعاء"])),
    "en": re.compile("|".join(WEEKDAYS_EN)),
}
