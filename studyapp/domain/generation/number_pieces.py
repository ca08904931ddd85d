"""Numbers that are a piece of something else, no quantity to ask: a house number of a street
address ("at ____ Raccoon Drive" keyed 325; nor is its street asked, "at 325 ____"), or half of
a number grouped by spaces ("this year, 307 ____" keyed 804). Set h's reviewer rejected the
first as trivial and the second as garbled; set ij's rejected a programme's name («ببرنامج ____
دقيقة» keyed 90) and a season's short years ("'____-'09" keyed 08)."""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS
from .date_words import MONTHS_EN, WEEKDAYS_EN
from .document import fold

# A number grouped by spaces ("307 804", "1 250 000"): its halves are one number.
_GROUP_BEFORE = re.compile(r"(?<![\d.,])\d{1,3} $")
_GROUP_AFTER = re.compile(r" \d{3}(?![\d.,]\d)")
# A street's name and kind: "Raccoon Drive", "Downing Street", "Elm St".
_STREET = (
    r"(?:[A-Z][\w'’-]*\.? ){1,3}(?:Drive|Dr|Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd"
    r"|Way|Court|Ct|Place|Pl|Terrace|Crescent|Close|Highway|Hwy|Parkway|Pike|Circle"
    # the kind in small letters, as local news writes it: "at 204 Thyer street" (set g)
    r"|street|road|avenue|boulevard)"
)
_STREET_AFTER = re.compile(rf" {_STREET}\b")
_STREET_NAME = re.compile(_STREET)
_HOUSE_BEFORE = re.compile(r"(?<![\d.,])\d{1,5} $")


def splits_a_grouped_number(text: str, start: int, end: int) -> bool:
    """True for a span that is part of a number grouped by spaces: three digits after a group,
    or one to three digits before one."""
    span = text[start:end]
    if re.fullmatch(r"\d{3}", span) and _GROUP_BEFORE.search(text, max(0, start - 5), start):
        return True
    return bool(re.fullmatch(r"\d{1,3}", span) and _GROUP_AFTER.match(text, end))


# A programme someone spoke on, named after its noun and «بـ»/«لـ» («في لقاء ببرنامج 90 دقيقة»;
# not «برنامج 100 يوم», a plan of a hundred days), or a year written short after an apostrophe
# ("the '08-'09 budget").
_PROGRAMME_BEFORE = re.compile(r"(?<!\w)[وف]?[بل]برنامج\s*[\"«“]?\s*$")


def names_a_title_or_short_year(text: str, start: int, end: int) -> bool:
    """True for a number that opens a programme's name or is a year written short ('08)."""
    span = text[start:end]
    if re.fullmatch(r"\d{2}", span) and text[start - 1 : start] in ("'", "’"):
        return True
    return (
        span[:1].isdigit() and _PROGRAMME_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def is_house_number(text: str, start: int, end: int) -> bool:
    """True for the number of a house on a named street: "325 Raccoon Drive"."""
    return text[start:end].isdigit() and _STREET_AFTER.match(text, end) is not None


def is_street_of_address(text: str, start: int, end: int) -> bool:
    """True for the street of an address, after its house number ("at 325 ____" keyed "Raccoon
    Drive"), or after "of" where a court report says where someone lives ("Ferguson, 28, of
    ____, Sunderland" keyed "Dene Street": set v, trivial, both reviewers)."""
    if _STREET_NAME.fullmatch(text, start, end) is None:
        return False
    window = max(0, start - 7)
    return (
        _HOUSE_BEFORE.search(text, window, start) is not None
        or _LIVES_AT.search(text, window, start) is not None
    )


# "…, of ", "…, 28, of ": where the person just named lives.
_LIVES_AT = re.compile(r"[,\d]\s+of\s+$")


# The kind of street after a word of its name: "of May Street" is no month (set u: "of ____
# Street" keyed "May", trivial, both reviewers).
_STREET_KIND_AFTER = re.compile(
    r" (?:Street|Road|Avenue|Lane|Drive|Close|Crescent|Terrace|Boulevard|Square|Gardens"
    r"|street|road|avenue|boulevard)\b"
)


def street_kind_after(text: str, end: int) -> bool:
    """True when the kind of a street follows text[:end]: the gap would be half its name."""
    return _STREET_KIND_AFTER.match(text, end) is not None


# The first end of a range, in digits or words, and the word before the second: "between 1402
# and ____", «من أربع إلى ____ سنوات» (set k: given away, "from four to" leaves only five).
_COUNT_WORDS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_RANGE_WORDS_BEFORE = re.compile(
    rf"(?:\b[Bb]etween|\b[Ff]rom|(?<!\w)(?:بين|من))\s+(?:\d[\d,.]*|(?:{_COUNT_WORDS})\b)\s*"
    r"(?:and|to|until|through|و|الي|حتي)\s*$"  # folded: «إلى» is «الي»
)


def second_end_of_range(before: str) -> bool:
    """True when the text `before` a number opens a range whose first end it gives: the
    range is asked by its first end."""
    return _RANGE_WORDS_BEFORE.search(fold(before)) is not None


# A weekday and its date in brackets: "said on Saturday (August 31)", "won on Monday (14)": when
# the story happened, spelt out as a dateline spells it (sets h and k: trivial, both reviewers).
_WEEKDAY_BRACKET_BEFORE = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS_EN)})\s*\(\s*(?:(?:{MONTHS_EN}|[A-Z][a-z]{{2}}\.?)\s*)?$",
    re.IGNORECASE,
)
_BRACKET_CLOSES = re.compile(r"\s*(?:,\s*\d{4})?\s*\)")


def dated_weekday(text: str, start: int, end: int) -> bool:
    """True for the day of the month in brackets after a weekday."""
    before = text[max(0, start - 30) : start]
    return bool(_WEEKDAY_BRACKET_BEFORE.search(before) and _BRACKET_CLOSES.match(text, end))


# A square, a street or a stadium named after a date: «ساحتي الشهداء و أول ماي», «شارع 26
# يوليو», «ملعب 5 جويلية». The date is half the place's name (set k: trivial, both reviewers).
_PLACE_HEADS_AR = frozenset(
    fold(w)
    for w in "ساحة ساحتي ساحات شارع شارعي شوارع نهج ميدان حي ملعب مدرسة ثانوية جسر كوبري".split()
)
_PLACE_HEAD_WORDS = 3
# What dates an event rather than names a place: «ملعب الملك فهد يوم 5 مايو».
_DATING_AR = frozenset(fold(w) for w in "يوم في منذ حتى خلال بتاريخ الموافق مساء صباح".split())


def names_a_place_ar(text: str, start: int) -> bool:
    """True when the Arabic date at text[start:] follows a place's head noun within a few words
    of its clause, no word that dates an event between: the date names the place."""
    clause = re.split(r"[.،,؛:()«»\"“”]", text[max(0, start - 60) : start])[-1]
    words = [fold(w).removeprefix("و").removeprefix("ب") for w in clause.split()]
    for word in reversed(words[-_PLACE_HEAD_WORDS - 1 :]):
        if word in _DATING_AR:
            return False
        if word in _PLACE_HEADS_AR:
            return True
    return False
