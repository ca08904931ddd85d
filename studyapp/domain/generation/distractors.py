"""Wrong choices: first from the article itself, then from small bundled lists of the same kind."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import islice

from rapidfuzz import fuzz

from ..text import tokens
from .document import Document, bundled, fold

_FIELD_MINIMUM = 3  # cue words an article needs before its field picks the distractors
_SCAN = 40  # candidates looked at per pool: a pool of near-identical names ends the search


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[frozenset[str], str]:
    words = frozenset(tokens(text))
    return words, " ".join(sorted(words))


def is_variant(candidate: str, answer: str) -> bool:
    """True when `candidate` is the answer in another form ("فريار" for "سارة فريار")."""
    (a, a_sorted), (c, c_sorted) = _words(answer), _words(candidate)
    if not c or a & c:
        return True
    return fuzz.ratio(a_sorted, c_sorted) >= 80


def pick(answer: str | list[str], pools: Iterable[Iterable[str]], n: int = 3) -> list[str]:
    """Up to n distractors from the pools in order, none of them a variant of any answer."""
    answers = answer if isinstance(answer, list) else [answer]
    chosen: list[str] = []
    for pool in pools:
        for candidate in islice(pool, _SCAN):
            if len(chosen) >= n:
                return chosen
            candidate = candidate.strip()
            if not candidate or any(is_variant(candidate, a) for a in answers):
                continue
            if any(is_variant(candidate, c) for c in chosen):
                continue
            chosen.append(candidate)
    return chosen


def bundled_kind(kind: str, language: str, seed: str, gender: str = "") -> list[str]:
    """data/<kind>-<language>.txt, matching gender first, in a stable order that depends on seed."""
    rows = bundled(f"{kind}-{language}")
    same = [text for text, tag in rows if not gender or not tag or tag == gender]
    other = [text for text, tag in rows if gender and tag and tag != gender]

    def order(text: str) -> str:
        return hashlib.sha1(f"{seed}|{text}".encode()).hexdigest()

    return sorted(same, key=order) + sorted(other, key=order)


@cache
def _field_cues() -> tuple[re.Pattern[str], dict[str, str]]:
    fields = {fold(word): field for word, field in bundled("fields")}
    words = sorted(fields, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)"), fields


@lru_cache(maxsize=64)
def field_of(text: str) -> str:
    """The field an article is about ("tech", "finance"), or '' when its words do not say."""
    pattern, fields = _field_cues()
    counts = Counter(fields[m.group()] for m in pattern.finditer(fold(text)))
    if not counts:
        return ""
    field, hits = counts.most_common(1)[0]
    return field if hits >= _FIELD_MINIMUM else ""


def figures(language: str, field: str, seed: str, gender: str = "") -> list[str]:
    """Well-known people of `field` (data/figures-<language>.txt), matching gender only."""
    if not field:
        return []
    rows = bundled(f"figures-{language}")
    named = [
        name
        for name, tags in rows
        if tags.split("|")[-1] == field and (not gender or tags.split("|")[0] == gender)
    ]
    return sorted(named, key=lambda name: hashlib.sha1(f"{seed}|{name}".encode()).hexdigest())


def people(doc: Document, answer: str, seed: str, gender: str = "") -> list[str]:
    """Distractors for a person: other people of the article, then well-known people of the
    article's field, of the speaker's gender when it is known; never invented names."""
    named = [p.name for p in doc.people.values() if not gender or p.gender in ("", gender)]
    famous = figures(doc.language, field_of(doc.text), seed, gender)
    return pick(answer, [named, famous])


def organisations(doc: Document, answer: str | list[str], seed: str, n: int = 3) -> list[str]:
    return pick(answer, [doc.organisations, bundled_kind("organisations", doc.language, seed)], n)
