"""Where quote marks put a word: inside someone's words, a verb of saying is not the article's."""

from __future__ import annotations

from .document import QUOTE, Document, Sentence, Token


def is_quotation(text: str) -> bool:
    """A sentence that is a quotation from its first word (a paragraph of someone's words)."""
    return text[:1] in '“«"' and len(text.split()) >= 5


def in_open_quotation(doc: Document, token: Token) -> bool:
    """True inside a quotation its paragraph opens and has not closed yet: '"She voted for the
    strategy - then she said she didn't understand it.' is the mayor's words, a paragraph of a
    quotation that goes on into the next (news closes it only at its end)."""
    start = doc.text.rfind("\n", 0, token.start) + 1
    before = doc.text[start : token.start]
    if not before.lstrip().startswith(('"', "“", "«")):
        return False
    straight = before.count('"') % 2 == 1
    return (
        straight or before.count("“") > before.count("”") or before.count("«") > before.count("»")
    )


def quoted_at(sentence: Sentence, token: Token) -> bool:
    """True inside quote marks: a verb of saying in someone's words is not the article's."""
    at = token.start - sentence.start
    return any(m.start() < at < m.end() for m in QUOTE.finditer(sentence.text))
