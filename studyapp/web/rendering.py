"""The article as paragraphs of sentences, each sentence addressable, one span highlighted."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..domain.text import Span, split_sentences


@dataclass(frozen=True)
class Piece:
    text: str
    highlighted: bool = False


@dataclass(frozen=True)
class Sentence:
    anchor: str
    start: int
    end: int
    pieces: list[Piece]

    @property
    def highlighted(self) -> bool:
        return any(piece.highlighted for piece in self.pieces)


def sentence_anchor(start: int) -> str:
    return f"s-{start}"


def article_paragraphs(
    article: str, highlight: tuple[int, int] | None = None
) -> list[list[Sentence]]:
    """Paragraphs (split at blank lines and line breaks) of sentences, `highlight` marked.

    Templates escape every piece; nothing here is markup.
    """
    paragraphs: list[list[Sentence]] = []
    line_end = -1
    for sentence in _sentences(article):
        if not paragraphs or "\n" in article[line_end : sentence.start]:
            paragraphs.append([])
        paragraphs[-1].append(
            Sentence(
                anchor=sentence_anchor(sentence.start),
                start=sentence.start,
                end=sentence.end,
                pieces=_pieces(article, sentence.start, sentence.end, highlight),
            )
        )
        line_end = sentence.end
    return paragraphs


@lru_cache(maxsize=64)
def _sentences(article: str) -> tuple[Span, ...]:
    """The article's sentences, split once per article text rather than on every page."""
    return tuple(split_sentences(article))


def _pieces(article: str, start: int, end: int, highlight: tuple[int, int] | None) -> list[Piece]:
    if highlight is None or highlight[1] <= start or highlight[0] >= end:
        return [Piece(article[start:end])]
    lo, hi = max(start, highlight[0]), min(end, highlight[1])
    pieces = [Piece(article[start:lo]), Piece(article[lo:hi], True), Piece(article[hi:end])]
    return [piece for piece in pieces if piece.text]


def source_context(article: str, start: int, end: int) -> list[Sentence]:
    """The sentences a source span touches, with the span itself highlighted."""
    touched = []
    for sentence in _sentences(article):
        if end <= sentence.start or start >= sentence.end:
            continue  # untouched: no piece of it would be highlighted
        pieces = _pieces(article, sentence.start, sentence.end, (start, end))
        if any(piece.highlighted for piece in pieces):
            touched.append(
                Sentence(sentence_anchor(sentence.start), sentence.start, sentence.end, pieces)
            )
    return touched
