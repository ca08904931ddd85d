"""The dateline that opens a news story («الرياض 24 شوال 1436 هـ الموافق 09 اغسطس 2015 م واس»,
"PASADENA, Calif. --", «طرابلس 7 نوفمبر 2020 ( وال ) -»): no fact of the story, never asked."""

from __future__ import annotations

import re

from .date_words import DATE
from .document import Document, Sentence, fold_same_length
from .names import is_place_en

# The dateline: the start of the first sentence, up to the agency or the dash that ends it
# ("PASADENA, Calif. --", "(Reuters) –", "… 2015 م واس").
_DATELINE_END = re.compile(
    # «موسكو /تاس/», «باريس في 26 يونيو /العُمانية/»: an agency's name between slashes.
    r"(?<!\w)واس(?!\w)|/\s*[\u0621-\u064a\u064b-\u0652]{2,14}\s*/"
    r"|\((?:رويترز|Reuters|AP|AFP|أ ف ب|بنا|واس)\)|\s(?:--|–|—|-)\s"
    r"|(?<=[A-Za-z])-\s(?=[A-Z])"  # "Caracas, SANA-Venezuela- The council …": the agency's dash
    r"|^[A-Z][A-Z .'-]{2,}(?:,[^:()]{0,30})?(?:\([^)]{0,40}\))?\s*:\s"  # "LAHORE, (30th Nov) :"
    r"|^[^()\n]{2,40}\([^()\n]{2,30}\)\s*[-–—]\s"  # «أربيل (كوردستان24)- أكد …»: town, outlet
    r"|^[A-Z][^()\n]{1,40}\([A-Z]{3,6}\)\s?[-–—]\s?(?=[A-Z])"  # "Omaha, Neb. (KMTV)-When …"
    r"|^[^\W\d][^/\n]{1,25}/[^/\n()]{2,40}?[-–—]\s"  # «بغداد/شبكة أخبار العراق- استطاع …»
    r"|^[^\W\d][^:\n]{1,25}\s[ـ]\s*(?:[\u0621-\u064a]\.?\s?){2,4}:\s"  # «جنيف ـ د.ب.أ: أعلنت …»
    # "Rumphi, August 28, Mana: Rumphi District Hospital has …": town, date, agency and colon;
    # "Sydney, August 31: Australia's former …" without the agency (set ie: the date asked)
    r"|^[A-Z][\w .'-]{1,30},\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:,\s+\d{4})?(?:,\s+[A-Z][\w .]{0,25})?:\s"
    # "Fatorda [Goa], November 28 (ANI): …": a town, its state in brackets, the date, a colon
    r"|^[A-Z][\w .'-]{1,30}\s*\[[^\]\n]{1,30}\],\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s*(?:\([A-Z]{2,6}\))?\s*:\s"
)
_DATELINE_CHARS = 100
# "New Delhi: The government …": a town of the bundled places in plain capitals and a colon
# (one in capital letters is in _DATELINE_END, whatever the town).
_TOWN_AND_COLON = re.compile(r"([A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,2})\s?:\s")
_TOWN_BETWEEN_DASHES = re.compile(r"[^\W\d][^\s\-–—]*(?:\s[^\W\d][^\s\-–—]*){0,2}\s(?:--|–|—|-)\s")
_DATELINE_WORDS = 5


def dateline_end(doc: Document) -> int:
    """Article offset where the dateline ends, or 0 when the first sentence has none."""
    if not doc.content:
        return 0
    first = doc.content[0]
    if (
        _whole_line(doc, first)
        and len(doc.content) > 1
        and not _DATELINE_END.search(first.text, 0, _DATELINE_CHARS)
    ):
        first = doc.content[1]  # a headline with its full stop, on a line of its own, then
    found = _DATELINE_END.search(first.text, 0, _DATELINE_CHARS)
    before = first.text[: found.start()] if found else ""
    after = first.text[found.end() : found.end() + 1] if found else ""
    if found and before.count("(") <= before.count(")") and not after.isdigit():
        # «فاطمة أيت طالب - دبي - كانت …»: the writer, then the town between dashes (set k)
        town = _TOWN_BETWEEN_DASHES.match(first.text, found.end())
        end = town.end() if town and found.group().strip() in "--–—" else found.end()
        return first.start + end  # not "(11 May 1911 - …)" nor "912 - 913": no dateline
    town = _TOWN_AND_COLON.match(first.text)
    if town and is_place_en(town.group(1)):
        return first.start + town.end()  # "London: Researchers have …" (set ij: asked, trivial)
    if len(first.tokens) <= _DATELINE_WORDS and DATE[doc.language].search(
        fold_same_length(first.text)
    ):
        return first.end  # "نيويورك، 18 أبريل.": a dateline on its own
    for later in doc.content[1:_DATELINE_SENTENCES]:
        # "VANCOUVER, Wash. – …" after the headline and a photo's caption: the city in capitals
        found = _CITY_DATELINE.match(later.text)
        if found:
            return later.start + found.end()
    return 0


def _whole_line(doc: Document, sentence: Sentence) -> bool:
    """True for a sentence that is the text's first line by itself: a headline ending in a
    full stop («المؤسسة الوطنية للنفط، تعلن ارتفاع إنتاج النفط.» above «طرابلس 7 نوفمبر 2020
    ( وال ) - أعلنت …»)."""
    return not doc.text[: sentence.start].strip() and doc.text[sentence.end :].startswith("\n")


# A dateline past the first sentence is only taken in its plainest form: a city in capitals, a
# state or country perhaps, and a dash.
_CITY_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]{2,}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)?)?\s+(?:--|–|—|-)\s"
)
_DATELINE_SENTENCES = 3
