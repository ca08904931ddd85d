"""A minister's role asked among the same government's other ministers: "What is Hamza
al-Mustafa's role?" offers «وزير الخارجية السوري» and «وزير الداخلية السوري» beside «وزير الإعلام
السوري», "Interior Minister" and "Finance Minister" beside "Foreign Minister".

Such a role had no wrong choices of its kind: the bundled roles are a company's officers, no
choice for a minister, and an article rarely names three ministers. Only the portfolio changes,
so the four choices read alike and a reader must know which one the article gave. The
portfolios are data/portfolios-LANG.txt.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .distractors import is_variant, stable_order
from .document import fold, strip_clitic
from .names import names_origin
from .portfolio_list import Portfolio, after_forms_en, before_forms_en, portfolios_of

_MINISTER_AR = frozenset({"وزير", "وزيره"})


def others(role: str, language: str, seed: str, text: str = "", n: int = 3) -> list[str]:
    """Up to `n` roles like `role` with another portfolio, those whose field `text` speaks of
    first («وزير المالية» for an article that names «وزارة المالية»), then in a stable order that
    depends on `seed`; none when `role` is no minister's or secretary's with a known portfolio."""
    found = _split_ar(role) if language == "ar" else _split_en(role)
    if found is None:
        return []
    before, portfolio, after = found
    mine = _words(portfolio)
    groups = {p.group for p in portfolios_of(language) if portfolio.casefold() in _forms(p)} - {""}
    spoken = _words(text)
    entries = {f"{p.before}|{p.after}": p for p in portfolios_of(language)}
    ordered = sorted(
        (entries[key] for key in stable_order(list(entries), seed)),
        key=lambda p: not _fields(p) & spoken,
    )
    chosen: list[str] = []
    for other in ordered:
        written = other.after if after == "" and language == "en" else other.before
        written = _written_like(written, portfolio)
        if len(chosen) == n:
            break
        if not written or other.group in groups:
            continue  # "Planning and Development Minister"; "Treasury" for "Finance"
        if mine & _words(written) or any(is_variant(written, p) for p in chosen):
            continue  # «التعليم» beside «التربية والتعليم», "Defense" beside "Defence"
        chosen.append(written)
    return [before + p + after for p in chosen]


def _forms(portfolio: Portfolio) -> set[str]:
    return {portfolio.before.casefold(), portfolio.after.casefold(), fold(portfolio.before)}


def _fields(portfolio: Portfolio) -> set[str]:
    """The words of a portfolio that name its field: «الزراعة» of «الزراعة», "Foreign" and
    "Affairs" of "Foreign Affairs", not "the" or «و»."""
    return {w for w in _words(f"{portfolio.before} {portfolio.after}") if len(w) > 3}


def _words(text: str) -> set[str]:
    """The folded words of `text`, «والتعليم» read as «التعليم»."""
    return {w[1:] if w.startswith("وال") else w for w in fold(text).split()}


def _split_ar(role: str) -> tuple[str, str, str] | None:
    """(what comes before the portfolio, the portfolio, what comes after) of «وزير الإعلام
    السوري»: («وزير », «الإعلام», « السوري»)."""
    words = role.split()
    for at, word in enumerate(words):
        if not {fold(word), strip_clitic(fold(word))} & _MINISTER_AR:
            continue  # «وزير», «ووزير»
        rest = words[at + 1 :]
        for size in range(min(4, len(rest)), 0, -1):
            if fold(" ".join(rest[:size])) in _folded_ar():
                if not all(names_origin(w, "ar") for w in rest[size:]):
                    return None  # «وزير الاتصالات وتقنية المعلومات»: a longer portfolio
                before = " ".join(words[: at + 1]) + " "
                after = "".join(" " + w for w in rest[size:])
                return before, " ".join(rest[:size]), after
        return None
    return None


@lru_cache(maxsize=1)
def _folded_ar() -> frozenset[str]:
    return frozenset(fold(p.before) for p in portfolios_of("ar"))


_HEAD_EN = r"(?:[Mm]inister|[Ss]ecretary)"


def _split_en(role: str) -> tuple[str, str, str] | None:
    """("Minister of ", "Foreign Affairs", "") or ("", "Foreign", " Minister"): the portfolio of
    "Minister of Foreign Affairs" or "Foreign Minister", and the role around it."""
    for form in after_forms_en():
        found = re.search(rf"\b{_HEAD_EN}\s+(?:of|for)\s+({re.escape(form)})$", role, re.I)
        if found:
            return role[: found.start(1)], found.group(1), ""
    for form in before_forms_en():
        found = re.search(rf"(?:^|\s)({re.escape(form)})\s+{_HEAD_EN}$", role, re.I)
        if found:
            return role[: found.start(1)], found.group(1), role[found.end(1) :]
    return None


def _written_like(portfolio: str, written: str) -> str:
    """`portfolio` in the case the role writes its own: "minister for planning" stays small."""
    return portfolio.lower() if written.islower() else portfolio
