"""What a gap's own prompt tells about it beyond its kind: a word of its key printed beside it
("the 117th ____" keyed "Sunshine Coast Agricultural Show" after "the show"), one name of a long
list ("Chen Kaige, Michelle Yeoh, …, and ____"), a weekday beside another weekday ("Monday
evening or early ____"). calibration.py rates such gaps by how often reviewers took them."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import fold
from .date_words import WEEKDAYS_AR, WEEKDAYS_EN
from .document import STOP_AR, STOP_EN, strip_clitic, without_preposition

GAP = "____"
_WORD = re.compile(r"[^\W\d_]+")
_CONTENT = 4  # letters a word needs to say what the key is ("show", "bill", «عبور»)


def _forms(word: str) -> set[str]:
    """A folded word as written and without what Arabic writes onto it: «وبلدية» -> «بلدية»,
    «الخليل» -> «خليل» (and «بغداد» stays «بغداد» too, though «ب» could be a preposition)."""
    bare = without_preposition(strip_clitic(word))
    forms = {word, strip_clitic(word), bare}
    forms |= {form[2:] for form in forms if form.startswith("ال") and len(form) > 4}
    return {form for form in forms if len(form) >= _CONTENT}


@lru_cache(maxsize=1 << 12)  # a sentence's words are read once for all the gaps in it
def _content_words(text: str) -> frozenset[str]:
    return frozenset(
        form
        for word in _WORD.findall(fold(text))
        if word not in STOP_EN and word not in STOP_AR
        for form in _forms(word)
        if form not in STOP_EN and form not in STOP_AR
    )


def shares_a_word(prompt: str, key: str) -> bool:
    """True when the rest of the prompt prints a word of the key: "Isaac Newton Primary School"
    asked as "____ received a 'satisfactory' rating" after "the school's head said", «بلدية
    الخليل» beside «الخليل». The student completes the name from the words around the gap."""
    return bool(_content_words(key) & _content_words(prompt.replace(GAP, " ")))


# An item of a list of names: a few capitalised words (with "of", "de", "al", "bin" inside),
# or the "…" of a key hidden there; in Arabic a few words with no digit, stop or clause mark.
_ITEM_EN = r"(?:…|[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|de|al|bin|van|von|the))*)"
_ITEM_AR = r"(?:…|[^\s\d،,.:؛()«»\"“”]+(?:\s+[^\s\d،,.:؛()«»\"“”]+){0,2})"
_JOIN_EN = r"\s*,\s*(?:and\s+)?|\s+and\s+"
_JOIN_AR = r"\s*[،,]\s*و?|\s+و"
_BEFORE = {
    "en": re.compile(rf"(?:{_ITEM_EN}(?:{_JOIN_EN}))+$"),
    "ar": re.compile(rf"(?:{_ITEM_AR}(?:{_JOIN_AR}))+$"),
}
_AFTER = {
    "en": re.compile(rf"^(?:(?:{_JOIN_EN}){_ITEM_EN}(?![\w-]))+"),
    "ar": re.compile(rf"^(?:(?:{_JOIN_AR}){_ITEM_AR}(?![\w-]))+"),
}
_SEPARATOR = {"en": re.compile(_JOIN_EN), "ar": re.compile(_JOIN_AR)}
# Names listed beside the gap's: from five on, the one asked is any of them.
_LISTED_BESIDE = 4
_REACH = 300  # characters read on each side of the gap: a list of names, not the sentence


def in_a_long_list(prompt: str, language: str) -> bool:
    """True when the gap is one name of a list of five or more ("Nyeri, Kiambu, Murang'a,
    Kirinyaga, ____ and Nyandarua counties", «سوريا، فلسطين، ____، الكويت، السعودية»):
    reviewers called the one asked arbitrary."""
    if language not in _BEFORE or GAP not in prompt:
        return False
    before, _, after = prompt.partition(GAP)
    before, after = before[-_REACH:], after[:_REACH]
    listed = 0
    if match := _BEFORE[language].search(before):
        listed += len(_SEPARATOR[language].findall(match.group(0)))
    if match := _AFTER[language].match(after):
        listed += len(_SEPARATOR[language].findall(match.group(0)))
    return listed >= _LISTED_BESIDE


_WEEKDAY_NAMES = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS_EN)})\b|(?:{'|'.join(map(fold, WEEKDAYS_AR))})",
    re.IGNORECASE,
)


def names_another_day(prompt: str) -> bool:
    """True when a weekday gap's prompt names another weekday: "Monday evening or early ____",
    "began Thursday morning … concluded early ____ morning": the day after, or before."""
    return bool(_WEEKDAY_NAMES.search(fold(prompt.replace(GAP, " "))))


# A key that is a weekday alone ("Tuesday", «يوم الأحد»).
_WEEKDAY_KEY = re.compile(
    rf"^(?:on\s+|يوم\s+)?(?:{'|'.join(WEEKDAYS_EN)}|{'|'.join(map(fold, WEEKDAYS_AR))})$",
    re.IGNORECASE,
)

# The cues, as calibration.py rates them and bench/gap_cues.py counts them.
WEEKDAY = "weekday"
WEEKDAY_BESIDE_ANOTHER = "weekday beside another"
LONG_LIST = "one name of a long list"
SHARED_WORD = "name sharing a word"


def cue(category: str, key: str, prompt: str, language: str) -> str | None:
    """The cue a gap's prompt shows, the first that holds: a weekday key (beside another weekday
    or not), one name of a long list, a name sharing a word with its prompt; None for none."""
    if _WEEKDAY_KEY.match(fold(key)):
        return WEEKDAY_BESIDE_ANOTHER if names_another_day(prompt) else WEEKDAY
    if category in ("entity", "place") and in_a_long_list(prompt, language):
        return LONG_LIST
    if category == "entity" and shares_a_word(prompt, key):
        return SHARED_WORD
    return None
