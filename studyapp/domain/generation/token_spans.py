"""What separates a run of a sentence's tokens, and the text it covers: the clause rules of
counts_ar.py and counts_en.py read a sentence by them."""

from __future__ import annotations

import re

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
