"""The portfolios of ministers and secretaries (data/portfolios-LANG.txt), as they stand before
the role («وزير الخارجية», "Foreign Minister") and after "Minister of" ("Foreign Affairs"):
portfolios.py offers them as wrong choices, people_en.py reads a name after one."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .document import bundled


@dataclass(frozen=True)
class Portfolio:
    before: str  # as it stands before the role: "Foreign" Minister; «الخارجية» in Arabic
    after: str  # as it stands after "Minister of": "Foreign Affairs"
    group: str  # one ministry under other names: "Finance" and "Treasury"


@lru_cache(maxsize=2)
def portfolios_of(language: str) -> tuple[Portfolio, ...]:
    """data/portfolios-LANG.txt: «text|group» in Arabic, "before|after|group" in English."""
    found = []
    for text, tag in bundled(f"portfolios-{language}"):
        if language == "ar":
            found.append(Portfolio(text, "", tag))
        else:
            after, _, group = tag.partition("|")
            found.append(Portfolio(text, after, group))
    return tuple(found)


@lru_cache(maxsize=1)
def after_forms_en() -> tuple[str, ...]:
    """The English portfolios as written after "Minister of" ("Foreign Affairs"), longest
    first, so that a longer one is found before a shorter one it holds."""
    return tuple(sorted({p.after for p in portfolios_of("en")} - {""}, key=len, reverse=True))


@lru_cache(maxsize=1)
def before_forms_en() -> tuple[str, ...]:
    """The English portfolios as written before "Minister" ("Foreign"), longest first."""
    return tuple(sorted({p.before for p in portfolios_of("en")} - {""}, key=len, reverse=True))


def portfolio_opens_en(words: list[str]) -> int:
    """How many of `words` form the portfolio that opens them, as written after "Minister of"
    ("Health", "Foreign Affairs"); 0 for none."""
    for form in after_forms_en():
        size = len(form.split())
        if " ".join(words[:size]).casefold() == form.casefold():
            return size
    return 0
