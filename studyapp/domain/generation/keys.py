"""Short keys and the other natural forms of an answer that a typed answer should accept."""

from __future__ import annotations

import re

from .document import fold

_HONORIFIC = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+|(?:ال)?(?:دكتور|مهندس|شيخ|أستاذ|سيد)ة?\s+|د\.\s*)",
    re.IGNORECASE,
)
_LINEAGE = {"بن", "بنت", "ابن"}
NUMBER = re.compile(r"\d+(?:[.,٫]\d+)*")


def name_forms(name: str) -> list[str]:
    """Other ways a student may type a person's name: without a title, the surname alone (with
    and without the Arabic article), the first and last names only."""
    bare = _HONORIFIC.sub("", name).strip()
    words = bare.split()
    forms = [bare] if bare != name else []
    if len(words) >= 2:
        last = words[-1]
        forms.append(last)
        if last.startswith("ال") and len(last) > 4:
            forms.append(last[2:])
        if len(words) > 2 and not any(w in _LINEAGE for w in words[-2:-1]):
            forms.append(f"{words[0]} {last}")
        if len(words) > 2 and words[1] in _LINEAGE:
            forms.append(f"{words[0]} {last}")
    seen = {fold(name)}
    unique = []
    for form in forms:
        if fold(form) not in seen:
            seen.add(fold(form))
            unique.append(form)
    return unique


_LEGAL_FORM = re.compile(r"\s+(?:SA|AG|Co|Inc|Ltd|Corp|PLC|plc|LLC|GmbH|NV|SE)\.?$")


def organisation_forms(name: str) -> list[str]:
    """ "Danone SA" -> ["Danone"], "Procter & Gamble Co" -> ["Procter & Gamble"]: the name
    without its legal form, as people say it."""
    bare = _LEGAL_FORM.sub("", name).strip()
    return [bare] if bare and bare != name else []


_PERCENT = re.compile(r"^\s*(\d+(?:[.,٫]\d+)*)\s*[%٪]\s*$")


_PERCENT_WORDS = {"en": ("percent", "per cent"), "ar": ("بالمئة", "في المئة", "بالمائة")}


def number_forms(text: str, language: str = "en") -> list[str]:
    """ "300,000" -> ["300000"]; "1.5 million" -> ["1.5"]: the digits alone, with and without
    thousands separators; "80%" -> ["80", "80 percent", "80 per cent"] in English."""
    forms: list[str] = []
    match = NUMBER.search(text)
    if match is None or re.fullmatch(r"\d{1,2}:\d\d", text.strip()):
        return forms  # "11:08" is a time: its hour alone is not the answer
    digits = match.group()
    if digits != text.strip():
        forms.append(digits)
    if _PERCENT.match(text):
        forms += [f"{digits} {word}" for word in _PERCENT_WORDS.get(language, ())]
    plain = digits.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", digits) else ""
    if plain:
        forms.append(plain)
        if digits != text.strip():
            forms.append(text.replace(digits, plain))
    return [f for f in forms if f != text]


_DAY_PREFIX = re.compile(r"^(?:يوم|on|in)\s+", re.IGNORECASE)


def date_forms(text: str) -> list[str]:
    """ "يوم الجمعة" -> ["الجمعة"]: a day or date without the word that introduces it."""
    bare = _DAY_PREFIX.sub("", text).strip()
    return [bare] if bare and bare != text else []
