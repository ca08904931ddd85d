"""Arabic bodies named in brackets or quotation marks after the noun of their kind: «شركة (بايت
دانس)», «شركة "فير سي إنوفيشن"». Arabic news writes a foreign name so, and set ia's 09-ar, an
Indian app's story, asked none of its firms: the name after a body's noun is read word by word
only when nothing stands between them (mentions.py).
"""

from __future__ import annotations

from .document import Document, Sentence, gap, strip_clitic
from .names import ORG_CUES_AR

_OPENING = ("(", "«", '"', "“")
_CLOSING = {"(": ")", "«": "»", '"': '"', "“": "”"}
_MOST_WORDS = 4


def spot(doc: Document, sentence: Sentence) -> None:
    """Add each body whose name stands in brackets or quotation marks right after its noun."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens[:-1]):
        if strip_clitic(token.key) not in ORG_CUES_AR and token.key not in ORG_CUES_AR:
            continue
        opening = gap(doc.text, token, tokens[i + 1]).strip()
        if opening not in _OPENING:
            continue
        closing = _CLOSING[opening]
        for j in range(i + 1, min(len(tokens), i + 1 + _MOST_WORDS)):
            end = tokens[j + 1].start if j + 1 < len(tokens) else sentence.end
            after = doc.text[tokens[j].end : end]
            if closing in after:
                doc.add_entity(doc.organisations, doc.text[tokens[i + 1].start : tokens[j].end])
                break
            if after.strip():
                break  # a comma, another mark: no name in brackets
