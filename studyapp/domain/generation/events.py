"""Events told in order from a time that says it is first: "in the first 20 minutes we played
very well. I think we had the control of the game but then important players got injured. Then
it became difficult for us." gives one order question on the three events.

sequences.py reads steps a marker opens at the start of a sentence ("First, …", «أولا …»).
A story or a coach's account tells events differently: the first is set by a time inside its
sentence ("in the first half", «في الدقائق الأولى»), and a later one may open after "but"/"and"
inside a sentence ("… but then important players got injured"). A run starts only at such a
time, goes on through the sentences that follow while each holds a marker that says it comes
next, and is asked when it holds three events or more.
"""

from __future__ import annotations

import re

from .document import Document, Sentence, fold_same_length
from .drafts import shorten
from .inline_steps import LAST, NEXT, STEP_END

# Matched in text folded by fold_same_length (أ إ آ -> ا, ى -> ي, ة -> ه, lower case).
_UNITS_EN = r"minutes?|hours?|days?|weeks?|months?|years?|half|quarter|rounds?|laps?|innings|overs"
_UNITS_AR = r"الدقائق|الساعات|الايام|الاسابيع|الاشهر|الشهور|السنوات|الاعوام"
_TIME_FIRST = {
    "en": re.compile(
        rf"(?<!\w)(?:in|during|for|over)\s+the\s+(?:first|opening)\s+(?:\w+\s+)?(?:{_UNITS_EN})"
        r"(?!\w)(?:\s+of\s+the\s+\w+)?\s*,?\s*"
    ),
    "ar": re.compile(
        rf"(?<!\w)[وف]?(?:في|خلال)\s+(?:{_UNITS_AR})\s+(?:\S+\s+)?الاولي(?!\w)\s*[،,]?\s*"
        r"|(?<!\w)[وف]?(?:في|خلال)\s+الشوط\s+الاول(?!\w)\s*[،,]?\s*"
    ),
}
# A later event: a marker that opens a sentence (a quote may hold several), or one after
# "but"/"and" inside it.
_THEN = {
    "en": re.compile(
        r"(?:^|[.!?]\s+|(?:,\s*|\s)(?=but\s|and\s))(?:(?:but|and)\s+)?"
        rf"(?P<m>{NEXT['en']}|{LAST['en']})(?!\w)\s*,?\s*"
    ),
    "ar": re.compile(
        r"(?:(?:^|[.!؟]\s+)[وف]?|(?:[،,]\s*|\s)(?:و?لكن|غير ان)\s+)"
        rf"(?P<m>{NEXT['ar']}|{LAST['ar']})(?!\w)\s*[،,]?\s*"
    ),
}
_LAST = {language: re.compile(words) for language, words in LAST.items()}
# Where an event's clause ends: a sentence's end, or where a step's does (inline_steps.py).
_CLAUSE_END = re.compile(r"[.!?؟]\s|" + STEP_END.pattern)
_ASIDE = re.compile(r"\s*\([^()]*\)")
# A run holds this many events or more, each of a few words (day_events.py reads them too).
MIN_EVENTS = 3
MIN_WORDS = 2
MAX_WORDS = 12


def find(doc: Document) -> list[tuple[int, int, list[str]]]:
    """(start, end, events in order) of each run of three events or more."""
    runs = []
    content = doc.content
    i = 0
    while i < len(content):
        events, closed = _events(doc, content[i], opened=False)
        if not events:
            i += 1
            continue
        j = i + 1
        while j < len(content) and not closed and not _LAST[doc.language].fullmatch(events[-1][0]):
            more, closed = _events(doc, content[j], opened=True)
            if not more:
                break
            events += more
            j += 1
        descriptions = [description for _, description in events]
        if len(descriptions) >= MIN_EVENTS and len(set(descriptions)) == len(descriptions):
            runs.append((content[i].start, content[j - 1].end, descriptions))
        i = j
    return runs


def _events(
    doc: Document, sentence: Sentence, *, opened: bool
) -> tuple[list[tuple[str, str]], bool]:
    """(marker, description) of each event the sentence tells: from its time that says it is
    first when the run is not `opened` yet, else from a marker saying it comes next; none when
    there is none, or one is a word or runs on. And whether the run ends in the sentence: a
    sentence without a marker (a quote may hold several) stands after an event."""
    folded = fold_same_length(sentence.text)
    # (where the marker starts, where its event's words start, what the event keeps before
    # them, the marker)
    marks: list[tuple[int, int, str, str]] = []
    if not opened:
        first = _TIME_FIRST[doc.language].search(folded)
        if first is None:
            return [], True
        # The time stays with its event: "in the first 20 minutes we played very well" (a gap
        # on the 20 beside the question then prints none of its steps).
        time = sentence.text[first.start() : first.end()]
        marks.append((first.start(), first.end(), time, ""))
    after = marks[0][1] if marks else 0
    for match in _THEN[doc.language].finditer(folded, after):
        marks.append((match.start(), match.end(), "", match.group("m")))
    events: list[tuple[str, str]] = []
    for k, (_, end, time, marker) in enumerate(marks):
        stop = marks[k + 1][0] if k + 1 < len(marks) else len(sentence.text)
        piece = _CLAUSE_END.split(sentence.text[end:stop])[0]
        # "important players (Aridane Santana and Marcos Tebar) got injured": the aside in
        # brackets printed the names another question asks (hundred-and-ninety-seventh review).
        words = _ASIDE.sub("", piece)
        description = shorten(time + words, MAX_WORDS).strip(" ،,")
        if len(words.split()) < MIN_WORDS or description.endswith("…"):
            return [], True
        events.append((marker, description))
        tail = sentence.text[end + len(piece) : stop]
        inner = tail.lstrip(_ENDS)
        if k + 1 < len(marks):
            closed = _SENTENCE_END.search(inner) is not None  # a whole sentence between two
        else:  # a sentence after the last event
            closed = bool(_SENTENCE_END.search(inner + " ")) or (
                tail[:1] in ".!?؟" and re.search(r"\w", inner) is not None
            )
        if closed:
            return events, True
    return events, False


_SENTENCE_END = re.compile(r"[.!?؟]\s")
_ENDS = ' .!?؟،,”»"\n'
