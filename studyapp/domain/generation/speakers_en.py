"""English speakers beside a verb of saying: how far after "said" a title and name run, whom
"told" names (the listener), and an unnamed spokeswoman that a "she said" refers to."""

from __future__ import annotations

import re

from .document import STOP_EN, Document, Person, Sentence, Token, gap

# "A company spokeswoman", "an official": someone the article does not name, opening a sentence.
_UNNAMED_EN = re.compile(
    r"^(?:A|An|One)\b[^,.;]{0,40}?\b(?:spokes(?:wo)?man|spokesperson|official|representative"
    r"|source|aide|executive|employee)\b"
)


def someone_unnamed_before(doc: Document, sentence: Sentence) -> bool:
    """True when this sentence or the one before opens with someone the article leaves unnamed,
    whom a "she said" after it refers to."""
    before = doc.sentences[sentence.index - 1] if sentence.index > 0 else None
    return any(_UNNAMED_EN.match(s.text) is not None for s in (sentence, before) if s is not None)


def told(doc: Document, tokens: list[Token], i: int) -> Person | None:
    """The person named after "told" at tokens[i]: who listened."""
    after = tokens[i + 1 : i + 1 + title_run(doc, tokens, i + 1)]
    for width in (3, 2, 1):
        for k in range(len(after) - width + 1):
            person = doc.resolve_person(" ".join(t.text for t in after[k : k + width]))
            if person is not None:
                return person
    return None


_IN_TITLES = frozenset({"the", "of", "a", "an", "and"})


def title_run(doc: Document, tokens: list[Token], at: int) -> int:
    """How many tokens from `at` to look through for the speaker after a verb of saying: at
    least three, or up to a capitalised word at most eight on without punctuation between
    ("said the food group's finance chief Juergen Esser")."""
    reach = 3
    for n in range(min(8, len(tokens) - at)):
        token = tokens[at + n]
        if n and gap(doc.text, tokens[at + n - 1], token).strip():
            break
        if token.key in STOP_EN and token.key not in _IN_TITLES:
            break  # "suggested that injuries to Peter Vance…": a clause, not a title
        if token.text[:1].isupper():
            reach = max(reach, n + 1)
    return reach
