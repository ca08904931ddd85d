"""What borders a country on each side ("يحدها من الشمال تركيا"): a gap on the neighbours of one
side, the sentence showing the side. (English neighbours, "bordered by Turkey to the north", are
capitalised names, which the name rules already ask.)"""

from __future__ import annotations

import re

from ..questions import Question
from .document import Document, Sentence, fold_same_length
from .drafts import cloze

_CONFIDENCE = 0.6
_MAX_WORDS = 6
_SIDE_AR = (  # "الشمال", "الشمال الشرقي", "جهة الغرب"; the adjective never left to the neighbours
    r"(?:جهه\s+)?ال(?:شمال|جنوب|شرق|غرب)(?:\s+ال(?:شرقي|غربي)|(?!\s+ال(?:شرقي|غربي)))"
)
_VERB_AR = re.compile(r"(?<!\w)[وف]?(?:ي|ت)حد(?:ه|ها|هم)?(?!\w)")
# "من الشمال تركيا": the side, then its neighbours up to the next side or the clause's end.
_SIDE_FIRST_AR = re.compile(r"(?<!\w)[و]?من\s+" + _SIDE_AR + r"\s+(?:(?:ت|ي)حد\S*\s+)?")
# "تحدها الكويت من الشمال الشرقي": the neighbours between the verb and the side.
_SIDE_AFTER_AR = re.compile(
    r"(?<!\w)[وف]?(?:ي|ت)حد\S*\s+((?:(?!(?<!\w)من\s)[^،,.؛])+?)\s+من\s+" + _SIDE_AR
)
_END_AR = re.compile(r"[،,.؛:()]|\s+و(?:من|في)\s|\s+و[تي]حد|\s+(?:كما|التي|الذي|بالاضافه|حيث)\s")
_LEAD_AR = re.compile(r"كل\s+من\s+")


def extract(doc: Document, sentence: Sentence) -> list[Question]:
    """A gap on the neighbours of each side the sentence names."""
    spans = _spans_ar(sentence) if doc.language == "ar" else []
    questions = []
    for a, b in spans:
        words = sentence.text[a:b].split()
        if not words or len(words) > _MAX_WORDS or any(w[:1].isdigit() for w in words):
            continue
        q = cloze(doc, sentence, sentence.start + a, sentence.start + b, "place", _CONFIDENCE)
        if q:
            questions.append(q)
    return questions


def _spans_ar(sentence: Sentence) -> list[tuple[int, int]]:
    """Sentence offsets of the neighbours of each side, in a sentence with a verb of bordering."""
    folded = fold_same_length(sentence.text)
    verb = _VERB_AR.search(folded)
    if verb is None:
        return []
    spans = []
    for side in _SIDE_FIRST_AR.finditer(folded, verb.start()):
        start = side.end()
        end = _END_AR.search(folded, start)
        stop = end.start() if end else len(folded)
        lead = _LEAD_AR.match(folded, start)
        if lead:
            start = lead.end()
        if stop > start:
            spans.append((start, stop))
    for found in _SIDE_AFTER_AR.finditer(folded, verb.start()):
        start, stop = found.span(1)
        if not any(a <= start < b for a, b in spans):
            spans.append((start, stop))
    return _trimmed(sentence.text, spans)


def _trimmed(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each span cut before a word on "ب" after its first ("البحر المتوسط بساحل طوله")."""
    out = []
    for a, b in spans:
        words = list(re.finditer(r"\S+", text[a:b]))
        keep = words
        for k, w in enumerate(words[1:], 1):
            if w.group().startswith("ب"):
                keep = words[:k]
                break
        if keep:
            out.append((a + keep[0].start(), a + keep[-1].end()))
    return out
