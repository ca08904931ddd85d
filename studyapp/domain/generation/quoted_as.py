"""The wire's formula for whose words a quotation is: "the tournament's website quoted Swiatek as
saying", "Reuters quoted a spokesman as saying". The person between "quoted" and "as saying" is
the speaker, not the one who quoted them nor the last person the article named (set ig: Iga
Swiatek's speech was given to Sofia Kenin, whom she had beaten, both reviewers: wrong key)."""

from __future__ import annotations

from .document import Document, Person, Token

# Capitalised words between "quoted" and "as saying": the speaker's name.
_MOST_WORDS = 3


def name_between(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Token range [start, end) of the capitalised name after "quoted" at `i` that "as saying"
    (or "as telling") follows; None when the words after "quoted" are no such name."""
    if tokens[i].key != "quoted":
        return None
    end = i + 1
    while end < len(tokens) and end - i - 1 < _MOST_WORDS and tokens[end].text[:1].isupper():
        end += 1
    closes = end + 1 < len(tokens) and tokens[end].key == "as"
    if end == i + 1 or not closes or tokens[end + 1].key not in ("saying", "telling"):
        return None
    return i + 1, end


def quoted_speaker(doc: Document, tokens: list[Token], i: int) -> tuple[Person, int] | None:
    """The person the article names that "quoted … as saying" at `i` gives the words to, and the
    index of the token "saying", after which the sentence goes on."""
    found = name_between(tokens, i)
    if found is None:
        return None
    start, end = found
    person = doc.resolve_person(doc.text[tokens[start].start : tokens[end - 1].end])
    return (person, end + 1) if person is not None else None
