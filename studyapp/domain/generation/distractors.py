"""Wrong choices: first from the article itself, then from small bundled lists of the same kind."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache

from rapidfuzz import fuzz

from ..text import tokens
from .document import Document, bundled


@lru_cache(maxsize=1 << 14)
def is_variant(candidate: str, answer: str) -> bool:
    """True when `candidate` is the answer in another form ("فريار" for "سارة فريار")."""
    a, c = set(tokens(answer)), set(tokens(candidate))
    if not c or a & c:
        return True
    return fuzz.ratio(" ".join(a), " ".join(c)) >= 80


def pick(answer: str | list[str], pools: Iterable[Iterable[str]], n: int = 3) -> list[str]:
    """Up to n distractors from the pools in order, none of them a variant of any answer."""
    answers = answer if isinstance(answer, list) else [answer]
    chosen: list[str] = []
    for pool in pools:
        for candidate in pool:
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


def people(doc: Document, answer: str, seed: str, gender: str = "") -> list[str]:
    """Distractors for a person: other people of the article, then bundled names."""
    named = [p.name for p in doc.people.values() if not gender or p.gender in ("", gender)]
    return pick(answer, [named, bundled_kind("people", doc.language, seed, gender)])


def organisations(doc: Document, answer: str | list[str], seed: str, n: int = 3) -> list[str]:
    return pick(answer, [doc.organisations, bundled_kind("organisations", doc.language, seed)], n)
