"""Steps said inside one sentence: "first the roof will be removed, then the furnaces will be
installed, and finally production will restart"; «سيتم أولا إزالة السقف، ثم تركيب الأفران،
وأخيرا استئناف الإنتاج».

sequences.find reads a step from a sentence a marker opens; a sentence that runs its steps
together after one lead-in gave no order question at all, though the issue names "first/then/
finally" and «الأولى/ثم/أخيرًا» as what announces steps. Here a sentence is cut at each marker
that opens a clause (after the sentence's start, a comma, a colon or "and"/"but"), and three or
more pieces in order, the first opened by a first-marker, are the steps.

"then" and «ثم» alone are everywhere ("since then", "he then said"): a run starts only at a
marker that says it is the first ("first", "firstly", «أولا», «في البداية»), and each later
piece opens a clause.
"""

from __future__ import annotations

import re

from .document import Document, Sentence, fold_same_length
from .drafts import shorten

_FIRST = {
    "en": r"first of all|firstly|first|to begin with|to start with|initially",
    "ar": r"اولا|اولاً|في البدايه|في البدء",
}
# The markers of a later step and of the last (events.py reads them too).
NEXT = {
    "en": r"then|next|after that|afterwards|secondly|thirdly|later",
    "ar": r"ثم|ومن ثم|من ثم|ثانيا|ثانياً|ثالثا|ثالثاً|بعد ذلك|بعدها|تليها|يليها|لاحقا|لاحقاً",
}
LAST = {
    "en": r"finally|lastly|in the end|eventually",
    "ar": r"اخيرا|اخيراً|في النهايه|في الختام",
}
# Where a clause opens: the sentence's start, a comma, colon, semicolon or dash, "and"/"but"
# after one of those or alone; in Arabic a و or ف on the marker itself, or a space (Arabic
# strings its clauses with «ثم» and «و» where English puts commas).
_OPEN = {
    "en": r"(?:^|[,;:—–]\s*|\s(?=and\s|but\s))(?:\s*(?:and|but)\s+)?",
    "ar": r"(?:^|[،,;؛:]\s*|\s)(?:[وف])?",
}
_RANKS = ("first", "next", "last")
# Where a step's clause ends: a quote's end, a clause a comma adds, a purpose.
STEP_END = re.compile(r'[”»"]|\s[،,]\s?|,\s|،\s?|\s(?:حتى|لكي|so that|in order to)\s')
_MIN_STEPS = 3
_MIN_WORDS = 2
_MAX_WORDS = 12


def _pattern(language: str) -> re.Pattern[str]:
    alternatives = "|".join(
        f"(?P<{rank}>{words})"
        for rank, words in zip(
            _RANKS, (_FIRST[language], NEXT[language], LAST[language]), strict=True
        )
    )
    return re.compile(rf"{_OPEN[language]}(?:{alternatives})[\u064b-\u065f]*(?!\w)\s*[،,:]?\s*")


_PATTERNS = {language: _pattern(language) for language in _FIRST}


def find(doc: Document) -> list[tuple[Sentence, list[str]]]:
    """(sentence, step descriptions in order) for each sentence that holds three or more steps
    opened by markers, the first of them a first-marker and the last, if any, a last one."""
    found = []
    for sentence in doc.content:
        steps = _steps(doc, sentence)
        if steps:
            found.append((sentence, steps))
    return found


def _steps(doc: Document, sentence: Sentence) -> list[str]:
    pieces = split(doc, sentence)
    begin = next((k for k, (rank, _, _) in enumerate(pieces) if rank == "first"), None)
    if begin is None:
        return []
    steps: list[str] = []
    for k in range(begin, len(pieces)):
        rank, _, description = pieces[k]
        if k > begin and rank == "first":
            break
        if not description:
            return []  # a piece that runs on, or a word, is no step a student can order
        steps.append(description)
        if rank == "last":
            break
    if len(steps) < _MIN_STEPS or len(set(steps)) < len(steps):
        return []
    return steps


def split(doc: Document, sentence: Sentence) -> list[tuple[str, int, str]]:
    """(rank, where its marker starts in the sentence, description) of each piece a marker
    opens; the description is empty where the piece is one word or runs on past a step."""
    folded = fold_same_length(sentence.text)
    marks = [
        (m.start(), m.end(), next(r for r in _RANKS if m.group(r)))
        for m in _PATTERNS[doc.language].finditer(folded)
    ]
    pieces = []
    for k, (start, end, rank) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(sentence.text)
        piece = sentence.text[end:stop]
        if k + 1 == len(marks) or rank == "last":
            # The last step ends where its clause does: "…, so that …" or a quote's end.
            piece = STEP_END.split(piece)[0]
        description = shorten(piece, _MAX_WORDS)
        if len(description.split()) < _MIN_WORDS or description.endswith("…"):
            description = ""
        pieces.append((rank, start, description.strip(" ،,")))
    return pieces


# A numbered line: "1. Fill in the form", «2- إرسال نسخة …», "(3) Wait for …".
_NUMBERED = re.compile(r"^[ \t]*\(?(?P<n>\d{1,2}|[١-٩])\s?[.)\-–:]\s+(?P<item>\S[^\n]*)$", re.M)
# The line before the list says they are steps: "follow three steps:", «على مرحلتين:».
_ANNOUNCED = re.compile(r"(?<!\w)(?:steps?|stages?|phases?|خطوات|خطوتين|مراحل|مرحلتين)(?!\w)")
_ARABIC_DIGITS = str.maketrans("١٢٣٤٥٦٧٨٩", "123456789")


def numbered(doc: Document) -> list[tuple[int, int, list[str]]]:
    """(start, end, descriptions) of each numbered list of three or more steps, 1, 2, 3 …, on
    lines of their own, that the line before it announces as steps or stages; the span takes
    that line in (its count, "three steps", is the list's)."""
    runs: list[list[re.Match[str]]] = []
    for match in _NUMBERED.finditer(doc.text):
        n = int(match.group("n").translate(_ARABIC_DIGITS))
        if runs and n == int(runs[-1][-1].group("n").translate(_ARABIC_DIGITS)) + 1:
            runs[-1].append(match)
        elif n == 1:
            runs.append([match])
    found = []
    for run in runs:
        head = doc.text[: run[0].start()].rstrip()
        opens = head.rfind("\n") + 1
        before = head[opens:]
        if len(run) < _MIN_STEPS or not _ANNOUNCED.search(fold_same_length(before)):
            continue
        steps = [shorten(m.group("item"), _MAX_WORDS) for m in run]
        if all(len(s.split()) >= _MIN_WORDS for s in steps) and len(set(steps)) == len(steps):
            found.append((opens, run[-1].end("item"), steps))
    return found
