"""The clause of a sentence that holds a gap, for a gap whose answer another clause gives away.

"The firm reached $5 trillion in value, which led Wei to call Huang 'the five-trillion man'."
asks the number as "The firm reached $____ in value." when that first clause reads alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from .document import Sentence, bundled, fold, fold_same_length

# Fewer words than this and the clause no longer reads as a sentence of its own.
_MIN_WORDS = 6
_END = ".!?؟…"
_PAIRS = (("“", "”"), ("«", "»"), ("(", ")"), ("[", "]"))


# A clause opening on one of these, or on a function word («إلى حين الانتهاء من …», "in
# preparation for …"), leans on the clause before it: «منهم نحو ____ آلاف طالب» (of the students
# just counted), «وإنما النهوض …» (after «ليس فقط …»), «مما تسبب في …», «مقارنة مع …», ", after a
# chaotic election that left …" (windows.py, statement_gaps.py).
LEANS_BACK = frozenset(
    fold(w).casefold()
    for w in """منهم منها منه منهما وإنما إنما بل إلا مما وهو وهي وهم التي الذي الذين اللذين والتي
    والذي بالإضافة وبالإضافة إضافة وإضافة فضلا علاوة هي هو هم عندما لأن حيث which who whom whose
    including but while whereas after before because although though when if since until
    unless as that مقارنة مقارنةً ومقارنة مقابل بينما فيما compared""".split()
)  # «…، إضافة إلى 185 معهد عالي» adds to the clause before (set o: garbled alone); so does
# «مقارنة مع 143.1 مليون دولار …» (the thirty-third session's set b: garbled, both reviewers)


@dataclass
class Clause(Sentence):
    """A clause cut from a sentence; its prompt ends with a full stop of its own."""


@cache
def _cut() -> re.Pattern[str]:
    openers = sorted((fold(text) for text, _ in bundled("clause-openers")), key=len, reverse=True)
    alternatives = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in openers)
    return re.compile(rf"\s*[،,]\s*(?=(?:{alternatives})(?!\w))|\s*[;؛]\s*", re.IGNORECASE)


# What opens the parts of a total just given: "87 sites, of which …", «514 ألف هكتار منها …».
_PARTS_OPEN = re.compile(
    r"\s*(?:[،,]\s*)?(?:(?:of which|including|among them|with)\b|(?:منها|من بينها|بينها)(?!\w))"
    r"|\s*[،,]",
    re.IGNORECASE,
)


_NOUN_WORDS = 4  # "clinics across the region", «ألف هكتار»: what the total counts


def before_parts(sentence: Sentence, end: int, parts: int) -> Clause | None:
    """The sentence up to where the parts of the total ending at article offset `end` begin
    (`parts`, sentence offset of the first): «المساحات المزروعة بالقمح لا تتجاوز 514 ألف
    هكتار» of «… 514 ألف هكتار منها 236 ألف هكتار من القمح البعل، والقمح المروي 278 ألف
    هكتار»; asked whole, the parts would add up to the gap. None when no comma or «منها»/"of
    which" opens them within a few words, or what is left is too short to read alone."""
    text = sentence.text
    b = end - sentence.start
    cut = _PARTS_OPEN.search(text[b:parts])
    if cut is None or len(text[b : b + cut.start()].split()) > _NOUN_WORDS:
        return None
    piece = text[: b + cut.start()].rstrip()
    if len(piece.split()) < _MIN_WORDS or not _balanced(piece):
        return None
    tokens = [t for t in sentence.tokens if t.start - sentence.start < len(piece)]
    return Clause(
        sentence.index,
        sentence.start,
        sentence.start + len(piece),
        piece,
        tokens,
        sentence.boilerplate,
    )


def window(sentence: Sentence, start: int, end: int) -> Clause | None:
    """The clause of `sentence` that holds article offsets start:end, when the sentence has
    more than one and that clause reads as a sentence: it opens the sentence or follows a
    semicolon, has enough words and leaves no quotation open."""
    text = fold_same_length(sentence.text)
    a, b = start - sentence.start, end - sentence.start
    bounds = [0]
    for cut in _cut().finditer(text):
        bounds += [cut.start(), cut.end()]
    if len(bounds) == 1:
        return None
    bounds.append(len(text))
    for k in range(0, len(bounds), 2):
        lo, hi = bounds[k], bounds[k + 1]
        if lo <= a and b <= hi:
            break
    else:
        return None  # the gap runs across a cut
    if k and text[bounds[k - 1] : lo].strip()[:1] not in ";؛":
        return None  # "which led Wei to …": a relative clause does not stand alone
    piece = sentence.text[lo:hi]
    if len(piece.split()) < _MIN_WORDS or not _balanced(piece):
        return None
    tokens = [t for t in sentence.tokens if lo <= t.start - sentence.start < hi]
    at = sentence.start + lo
    return Clause(sentence.index, at, at + len(piece), piece, tokens, sentence.boilerplate)


def asked_in(
    sentence: Sentence, start: int, end: int, shown: Callable[[Sentence], bool]
) -> Sentence | None:
    """Where to ask the gap at start:end: its sentence when that does not show the answer
    (`shown`), else its own clause when that one does not, else nowhere (None)."""
    if not shown(sentence):
        return sentence
    clause = window(sentence, start, end)
    return None if clause is None or shown(clause) else clause


def closed(prompt: str) -> str:
    """The clause's prompt ending with a full stop."""
    prompt = prompt.rstrip(" ،,:;؛")
    return prompt if prompt.endswith(tuple(_END)) else prompt + "."


def _balanced(text: str) -> bool:
    """True when every quotation or bracket the clause opens it also closes."""
    if any(text.count(o) != text.count(c) for o, c in _PAIRS):
        return False
    return text.count('"') % 2 == 0
