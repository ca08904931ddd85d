"""Events one sentence tells day by day: «يوم الجمعة الماضي أعلن أحد الفنيين عدم جاهزيته، مما
تسبب في قرار التأجيل وكذلك تكرر الأمر أمس، واليوم تم جاهزية جميع الفنيين» is three events,
last Friday, yesterday and today, asked as one order question.

A clause of the sentence (its commas part them) that names a day relative to the story's own
("last Friday", «أمس», "today", «غدا») is an event; three or more, their days later and later
as the sentence goes, are a run. Each event keeps its words as written and its weekday, not
the words that say how far its day is from the story's ("last", "yesterday", "today"); a
clause that opens by leaning on the one before («مما تسبب في …», "which …") keeps only what
follows its last "and" before the day.
"""

from __future__ import annotations

import re

from .clauses import LEANS_BACK
from .date_words import WEEKDAYS_AR, WEEKDAYS_EN
from .document import Document, Sentence, fold, fold_same_length
from .drafts import shorten
from .events import MAX_WORDS, MIN_EVENTS, MIN_WORDS

_WEEKDAYS_AR = "|".join(fold(d) for d in WEEKDAYS_AR)
_WEEKDAYS_EN = "|".join(d.lower() for d in WEEKDAYS_EN)
# Days before and after the story's own, in text folded by fold_same_length, with where they
# fall: a week before, a weekday of the week before, the day before yesterday … next week.
_DAYS = {
    "ar": [
        (r"الاسبوع\s+الماضي", -7),
        (rf"(?:يوم\s+)?(?:{_WEEKDAYS_AR})\s+الماضي(?:ه)?", -3),
        (r"اول\s+امس", -2),
        (r"امس", -1),
        (r"اليوم", 0),
        (r"غدا|غد[ًٍ]?", 1),
        (r"بعد\s+غد", 2),
        (r"الاسبوع\s+(?:المقبل|القادم)", 7),
    ],
    "en": [
        (r"last\s+week", -7),
        (rf"last\s+(?:{_WEEKDAYS_EN})", -3),
        (r"the\s+day\s+before\s+yesterday", -2),
        (r"yesterday", -1),
        (r"today", 0),
        (r"tomorrow", 1),
        (r"next\s+week", 7),
    ],
}
_DAY = {
    language: re.compile(
        "|".join(rf"(?<!\w)[وفب]?(?P<d{k}>{pattern})(?!\w)" for k, (pattern, _) in enumerate(days))
    )
    for language, days in _DAYS.items()
}
_WEEKDAY = {
    "ar": re.compile(rf"(?:يوم\s+)?(?:{_WEEKDAYS_AR})"),
    "en": re.compile(_WEEKDAYS_EN),
}
_CLAUSES = re.compile(r"[^،,;؛]+")
# The "and" after which the event of a clause that leans on the one before starts: «مما تسبب
# في قرار التأجيل وكذلك تكرر الأمر أمس» -> «تكرر الأمر أمس».
_AND = re.compile(r"\s(?:و(?:كذلك|ايضا)?|and(?:\s+also)?)(?=\s|(?<=و)\S)")
_THAT = re.compile(r"(?<!\w)(?:ان|انه|انها|that)(?!\w)\s*", re.IGNORECASE)


def find(doc: Document) -> list[tuple[Sentence, list[str]]]:
    """(sentence, events in order) of each sentence that tells three events or more on days
    later and later."""
    return [(sentence, events) for sentence in doc.content if (events := _events(doc, sentence))]


def _events(doc: Document, sentence: Sentence) -> list[str]:
    folded = fold_same_length(sentence.text)
    events: list[str] = []
    last = None
    for clause in _CLAUSES.finditer(folded):
        day = _DAY[doc.language].search(clause.group())
        if day is None:
            continue
        when = _DAYS[doc.language][int(next(k for k, v in day.groupdict().items() if v)[1:])][1]
        if last is not None and when <= last:
            return []  # days that go back: no run told in order
        start, end = clause.start(), clause.end()
        opening = clause.group().split(None, 1)[:1]
        if opening and opening[0] in LEANS_BACK:
            ands = [m for m in _AND.finditer(clause.group()) if m.end() <= day.start()]
            if not ands:
                return []
            start += ands[-1].end()
        # «مضيفا أنه يوم الجمعة …»: what was said starts after its "that".
        that = [m for m in _THAT.finditer(clause.group()) if m.end() <= day.start()]
        if that:
            start = max(start, clause.start() + that[-1].end())
        # How far the day is from the story's leaves its event: "last Friday", "yesterday",
        # "today" put the steps in order without reading (both reviewers of news-dev 09, the
        # two-hundred-and-seventh review). A weekday stays, the date the article gives.
        cut = clause.start() + day.start(), clause.start() + day.end()
        weekday = _WEEKDAY[doc.language].search(folded, *cut)
        kept = sentence.text[weekday.start() : weekday.end()] if weekday else ""
        if kept and doc.language == "en":
            kept = f"on {kept}"
        text = f"{sentence.text[start : cut[0]]} {kept} {sentence.text[cut[1] : end]}"
        text = re.sub(r"\s+", " ", text).strip(" ،,")
        text = re.sub(r"^(?:و(?=ال)|and\s+)", "", text)  # «واليوم تم …»: "today", not "and today"
        description = shorten(text, MAX_WORDS).strip(" ،,")
        if len(description.split()) < MIN_WORDS or description.endswith("…"):
            return []
        events.append(description)
        last = when
    if len(events) < MIN_EVENTS or len(set(events)) < len(events):
        return []
    return events
