"""A gap in a long quoted paragraph, shown in the sentence around it with its speaker named.

The sentence splitter keeps a quotation whole, so a paragraph of someone's words is one
"sentence" of a hundred words; a gap in it reads like a wall of text with a hole somewhere.
The gap is shown instead in its own sentence of the quotation, with who said it:

    Josep Gombau said: “We have as many as ____ young players in the squad.”
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..questions import CLOZE_GAP, Question, Source
from ..text import split_sentences
from . import quotes, role_names
from .document import QUOTE, Document, Person
from .drafts import gap_span

# Below this many words a sentence is read whole: the gap's context is what it says around it.
_LONG = 35
_SAID = {"ar": {"m": "قال {speaker}: «{piece}»", "f": "قالت {speaker}: «{piece}»"},
         "en": {"m": "{speaker} said: “{piece}”", "f": "{speaker} said: “{piece}”"}}  # fmt: skip
_OPEN, _CLOSE = '“«"', '”»"'
_EDGE = " ،,:;؛" + _OPEN + _CLOSE


def narrow(doc: Document, questions: list[Question]) -> list[Question]:
    """Each gap of a long sentence shown in the sentence of it that holds the gap; inside a
    quotation whose speaker is known, as that speaker's words."""
    speakers: dict[tuple[int, int], Person] | None = None
    out = []
    for question in questions:
        span = gap_span(question)
        source = question.source
        if span is None or len(source.text.split()) < _LONG or question.extra.get("antecedent"):
            out.append(question)
            continue
        if speakers is None:
            speakers = {(a.sentence.start, a.sentence.end): a.speaker for a in quotes.find(doc)}
        out.append(_narrowed(doc, question, span, speakers.get((source.start, source.end))))
    return out


def _narrowed(
    doc: Document, question: Question, span: tuple[int, int], speaker: Person | None
) -> Question:
    source = question.source
    inner = split_sentences(_unquoted(source.text))
    piece = next((p for p in inner if p.start <= span[0] - source.start < p.end), None)
    if piece is None or len(inner) < 2 or span[1] - source.start > piece.end:
        return question  # the gap runs across two sentences: keep the whole
    start, end = source.start + piece.start, source.start + piece.end
    text = doc.text[start:end]
    # The quote marks at the piece's edges belong to the paragraph, not to this sentence.
    lead = len(text) - len(text.lstrip(_EDGE))
    start, text = start + lead, text.lstrip(_EDGE)
    end = start + len(text.rstrip(" " + _CLOSE))
    text = doc.text[start:end]
    gap = span[0] - start, span[1] - start
    closed = next((k for k in range(gap[1], len(text)) if text[k] in "”»"), None)
    if closed is not None:  # «… this season,” he added.»: the quotation ends, its tag is not it
        end = start + len(text[:closed].rstrip(_EDGE))
        text = doc.text[start:end]
    shown = text[: gap[0]] + CLOZE_GAP + text[gap[1] :]
    extra = {**question.extra, "gap": span}
    if speaker is not None and _quoted(source.text, piece.start + lead):
        form = _SAID[doc.language]["f" if speaker.gender == "f" else "m"]
        shown = form.format(speaker=speaker.name, piece=shown)
        extra[role_names.FRAMED] = speaker.name
    return replace(question, prompt=shown, source=Source(start, end, text), extra=extra)


# A quotation this short is a name or a slogan («مدرستي .. مستقبلي»), never cut into sentences.
_SLOGAN = 6


def _unquoted(text: str) -> str:
    """The paragraph with its quote marks blanked (same length), so that the splitter, which
    keeps a quotation whole, cuts it into its sentences; a short quotation keeps its marks."""
    chars = list(re.sub(f"[{re.escape(_OPEN + _CLOSE)}]", " ", text))
    for found in QUOTE.finditer(text):
        if len(found.group().split()) <= _SLOGAN:
            chars[found.start()] = found.group()[0]
            chars[found.end() - 1] = found.group()[-1]
    return "".join(chars)


def _quoted(paragraph: str, at: int) -> bool:
    """True when offset `at` of `paragraph` lies inside quote marks."""
    before = paragraph[:at]
    opened = sum(before.count(c) for c in "“«")
    closed = sum(before.count(c) for c in "”»")
    if opened or closed:
        return opened > closed
    return before.count('"') % 2 == 1
