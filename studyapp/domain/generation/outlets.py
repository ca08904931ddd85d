"""The news outlets an article names, from the bundled lists (data/outlets-<language>.txt): where
words were said or reported ("told CNN", "did not answer messages from The Associated Press"),
never a fact of the story nor one who says it; and the writer's byline, neither."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .document import Document, Sentence, bundled, fold


@dataclass(frozen=True)
class Outlet:
    name: str
    folded: str  # the name folded, as an article is searched for it
    kind: str  # tv, agency, paper, radio
    region: str  # world or arab


@dataclass(frozen=True)
class Listed:
    rows: tuple[Outlet, ...]  # in the list's order
    kinds: dict[str, str]  # each name's kind


@cache
def listed(language: str) -> Listed:
    """data/outlets-<language>.txt (name|kind|region), read once per language."""
    rows = []
    for name, tag in bundled(f"outlets-{language}"):
        kind, _, region = tag.partition("|")
        rows.append(Outlet(name, fold(name), kind, region))
    return Listed(tuple(rows), {row.name: row.kind for row in rows})


def is_outlet(doc: Document, name: str) -> bool:
    """True when `name` is a listed news outlet the article names ("The Associated Press")."""
    folded = fold(name).casefold().removeprefix("the ")
    return any(fold(outlet).casefold().removeprefix("the ") == folded for outlet in named(doc))


def ends_a_listed_name(word: str, language: str) -> bool:
    """True when `word` is a listed outlet's name or its last word: «رويترز» of «وكالة
    رويترز», "Reuters"."""
    folded = fold(word).casefold()
    return len(folded) > 2 and any(
        row.folded.casefold() == folded or row.folded.casefold().endswith(" " + folded)
        for row in listed(language).rows
    )


def named(doc: Document) -> frozenset[str]:
    """The listed outlets the article names, found once per article."""
    return doc.once("named outlets", _find_named)


def _find_named(doc: Document) -> frozenset[str]:
    text = fold(doc.text)
    return frozenset(row.name for row in listed(doc.language).rows if row.folded in text)


# The writer's byline inside a sentence: «كتبت سلمى فؤاد -», "By Jane Doe |".
_BYLINE = re.compile(
    r"(?:^|(?<=[\s\-–—]))(?:كتب|كتبت|بقلم|By)\s*:?\s*([^\-–—|.،,\n]{2,40}?)\s*[-–—|]"
    # "…, writes Liam Heylin." closing the first paragraph: the reporter, at the sentence's end
    r"|,\s*(?:writes|reports)\s+((?:[A-Z][\w'’-]+\s?){1,3})\.?$"
)


def in_byline(sentence: Sentence, start: int, end: int) -> bool:
    """True when the article span [start, end) lies in the writer's byline: no fact of the story."""
    return any(
        sentence.start + m.start(g) < end and start < sentence.start + m.end(g)
        for m in _BYLINE.finditer(sentence.text)
        for g in (1, 2)
        if m.start(g) >= 0
    )


# An outlet someone spoke to, named after «لـ» with its number, which no list knows: «في
# تصريحات خاصة لـ القاهرة 24». Neither its place nor its number is a fact of the story (set q's
# reviewers: «لـ القاهرة ____» keyed 24, trivial, both).
_TOLD_NUMBERED_AR = re.compile(
    r"(?:تصريحات|تصريح|حديث|حوار|مداخلة)(?:ه|ها)?\s+"
    r"(?:(?:خاصة|خاص|صحفية|صحفي|هاتفية|هاتفي)\s+)?(?:لـ\s*|ل(?=[^\W\d_])|مع\s+)"
    r"([^\W\d_ـ][^\s،,.]*\s+\d{1,3})(?=[\s،,.]|$)"
)


# The same in English, where a name in capitals is where words went, not a fact of the story:
# "in a statement to USA TODAY", "confirmed to 5 EYEWITNESS NEWS", "tells FOX16", "ABC
# affiliate KNXV-TV", "WRAL meteorologist Greg Fishel", a station's call letters "KNXV-TV"
# (held-out sets g and i: each gap on them rejected as trivial, its number too).
_NAME_EN = r"[A-Z0-9][\w&'’-]*"
_TOLD_OUTLET_EN = re.compile(
    r"\b(?:told|tells|in a statement to|confirmed to|speaking to|talking to"
    rf"|in an interview with|affiliate)\s+(?:the\s+)?({_NAME_EN}(?:\s+{_NAME_EN}){{0,3}})"
    r"|\b([A-Z][A-Z0-9-]+(?:\s+[A-Z][A-Z0-9-]+)?)(?=\s+(?:meteorologist|reporter|anchor"
    r"|correspondent|journalist|columnist)\b)"
    r"|\b([KW][A-Z]{2,3}-(?:TV|FM|AM|DT))\b"
)


def in_told_outlet(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """True when the article span [start, end) lies in the name of an outlet someone spoke to
    that no list knows: a numbered one («لـ القاهرة 24») or, in English, one in capitals after
    "told", "in a statement to", "affiliate" or before "meteorologist" ("told Smith" is not:
    Smith is a person)."""
    if doc.language == "ar":
        spans = [m.span(1) for m in _TOLD_NUMBERED_AR.finditer(sentence.text)]
    else:
        spans = [
            m.span(g)
            for m in _TOLD_OUTLET_EN.finditer(sentence.text)
            for g in (1, 2, 3)
            if m.start(g) >= 0 and doc.resolve_person(m.group(g)) is None
        ]
    return any(sentence.start + a < end and start < sentence.start + b for a, b in spans)
