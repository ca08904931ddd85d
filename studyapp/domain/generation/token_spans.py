"""What separates a run of a sentence's tokens, the text it covers and where its clause ends:
the clause rules of counts_ar.py, counts_en.py, sums_en.py and valued_ar.py read a sentence by
them."""

from __future__ import annotations

import re
from collections.abc import Callable

from .document import Token, gap

# Punctuation that closes a clause, in either script.
CLAUSE_MARK = re.compile(r"[,;:.!?\"“”«»()،؛؟]")


def spaced_only(text: str, tokens: list[Token]) -> bool:
    """True when only spaces separate the tokens: no comma, quote mark or bracket."""
    return all(not gap(text, a, b).strip() for a, b in zip(tokens, tokens[1:], strict=False))


def words_of(text: str, tokens: list[Token]) -> str:
    """The text from the first token to the last, as written."""
    return text[tokens[0].start : tokens[-1].end]


def ends_clause(text: str, end: int) -> bool:
    """True when the text ends at `end`, or its next mark after spaces closes a clause."""
    following = text[end:].lstrip()
    return not following or CLAUSE_MARK.match(following) is not None


def to_clause_end(
    text: str,
    tokens: list[Token],
    start: int,
    longest: int,
    *,
    shortest: int = 1,
    refuse: Callable[[Token], bool] | None = None,
) -> str:
    """The words from token `start` to the end of their clause («أعلن أحد الفنيين عدم جاهزيته»),
    when it ends within `longest` tokens and after at least `shortest`, in Arabic letters,
    unbroken by punctuation and without a token `refuse` holds true for; else ""."""
    for stop in range(start + shortest, min(len(tokens), start + longest) + 1):
        words = tokens[start:stop]
        if not spaced_only(text, words) or any(
            not t.is_arabic or (refuse is not None and refuse(t)) for t in words
        ):
            return ""
        if ends_clause(text, words[-1].end):
            return words_of(text, words)
    return ""


# Verbs of forecasting whose "that" clause says what was expected, not what happened:
# "Analysts had expected on average that 217,000 new jobs would have been added in August".
_FORECASTS_EN = frozenset(
    """expect expected expects forecast forecasts forecasted predict predicted predicts
    project projected projects anticipate anticipated anticipates hope hoped hopes fear feared
    fears""".split()
)


def forecast_clause(tokens: list[Token], start: int) -> bool:
    """True when the clause opening at token `start` is the "that" clause of a verb of
    forecasting a few words before it: a question turned round from it would ask the forecast
    as the fact ("How many new jobs would have been added in August?")."""
    if start < 2 or tokens[start - 1].key != "that":
        return False
    return any(t.key in _FORECASTS_EN for t in tokens[max(0, start - 6) : start - 1])
