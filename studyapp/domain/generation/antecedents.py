"""A sentence that opens by pointing back ("That's up from the prior year's $62.7 million",
"The first occurred in mid-June", «وتلك رابع حالة وفاة خارج الصين», "Of those, 175 were in the
city") says nothing alone: a gap
in it is asked with the sentence before it, which says what "that" or "the first" is.

Blind reviewers rejected such gaps as garbled: "'The first occurred…' has no noun; out of
context the student cannot tell the first what" (forty-fourth review)."""

from __future__ import annotations

import re

from .document import Document, Sentence

# Openers that point back to the sentence before; not "It", which often points forward or to
# the article's subject, and is read easily.
_POINTS_BACK = re.compile(
    r"^(?:that(?:'s|’s| is| was)|this (?:is|was)|these (?:are|were)|those (?:are|were)"
    r"|the (?:first|second|third|latter|former)\b|و?(?:هذا|هذه|تلك|ذلك)\s"
    r"|(?:(?:most|many|some|all|half|none) )?of (?:those|them|these)\b|و?(?:منهم|منها|من بينهم)\s)",
    re.IGNORECASE,
)


# A short sentence whose subject is "the" and one noun the sentence before introduced: "The
# estimate was $150,000." after "Melway's bid … was $136,875.": which estimate, it does not say.
_SHORT_THE = re.compile(r"^the \w+ (?:was|is|were|are)\b", re.IGNORECASE)
_SHORT = 6


def _points_back(sentence: Sentence) -> bool:
    if _POINTS_BACK.match(sentence.text):
        return True
    return len(sentence.tokens) <= _SHORT and bool(_SHORT_THE.match(sentence.text))


def with_antecedent(doc: Document, sentence: Sentence) -> Sentence:
    """`sentence`, or the sentence before it and `sentence` as one when it opens by pointing back
    and the one before is no boilerplate (news gives each sentence its own paragraph: the one
    before may stand in the paragraph before). The gap stays in `sentence`'s part."""
    if not _points_back(sentence) or sentence.index == 0:
        return sentence
    before = doc.sentences[sentence.index - 1]
    if before.boilerplate or doc.text[before.end : sentence.start].strip():
        return sentence  # a heading, or something that is no sentence, stands between
    if _a_heading(doc, before):
        return sentence  # "Furnish offices", a subheading on its own line, says what none is
    return Sentence(
        sentence.index,
        before.start,
        sentence.end,
        doc.text[before.start : sentence.end],
        [*before.tokens, *sentence.tokens],
        False,
    )


_ENDS = ".!?؟…\"”»'’:"


def _a_heading(doc: Document, sentence: Sentence) -> bool:
    """True for a line of its own with no closing stop: a subheading, not a sentence."""
    before = doc.text[: sentence.start].rstrip(" \t")
    after = doc.text[sentence.end :].lstrip(" \t")
    own_line = (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
    return own_line and sentence.text.rstrip()[-1:] not in _ENDS
