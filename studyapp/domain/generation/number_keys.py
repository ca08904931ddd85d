"""The other forms of a number key a typed answer should accept: the digits without their
thousands separators or scale ("300,000" -> "300000", "1.5 million" -> "1.5"), a share with its
sign or its words ("80%" -> "80 percent"), a number written in words in digits, and one spelt
in parts ("4 million 445 thousand 978", «10 آلاف و126»)."""

from __future__ import annotations

import re

from ..number_words import words_in_digits
from .date_words import MONTH
from .document import NUMBER_PART, fold

# A number: "2.5", "14،572،903".
NUMBER = re.compile(rf"\d+{NUMBER_PART}*")
_RANGE = re.compile(
    r"\d\S*(?:\s+[^\d\s]+){0,2}\s*(?:[-–]|(?<!\w)(?:to|and|until|through|إلى|الى|حتى|و)(?![^\W\d]))"
    r"\s*(?:\S+\s+){0,2}\S*\d"
)
_PERCENT = re.compile(r"^\s*(\d+(?:[.,٫]\d+)*)\s*[%٪]\s*$")


# A scale word in the accusative («بلغت 726 مليوناً»), and as it stands after a number alone.
_BARE_SCALE = {
    f"{word}{ending}": word
    for word in ("مليون", "مليار", "ألف", "الف", "تريليون")
    for ending in ("اً", "ًا", "ا")
}
_ACCUSATIVE_SCALE = re.compile(
    "(?<=\\d )(?:" + "|".join(sorted(_BARE_SCALE, key=len, reverse=True)) + ")(?!\\w)"
)

# A sum with its scale cut short, after a currency's sign or letters: "R50bn", "$3.2m", "£2tn".
_SHORT_SCALE = re.compile(r"([A-Z]{0,3}[$€£¥₹]?)(\d+(?:[.,]\d+)?)(bn|m|tn|trn)", re.IGNORECASE)
_SHORT_SCALES = {"bn": "billion", "m": "million", "tn": "trillion", "trn": "trillion"}
# A sum written without the space before its scale word: "$10million", "GH¢5billion".
_GLUED_SCALE = re.compile(
    r"([A-Z]{0,3}[$€£¥₹¢]?)(\d+(?:[.,]\d+)?)(million|billion|trillion)", re.IGNORECASE
)
PERCENT_WORDS = {"en": ("percent", "per cent"), "ar": ("بالمئة", "في المئة", "بالمائة")}


_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def glued_sum(text: str) -> bool:
    """True for a sum written without the space before its scale word: "$10million"."""
    return _GLUED_SCALE.fullmatch(text.strip()) is not None


def short_sum(text: str) -> bool:
    """True for a sum with its scale cut short after its currency: "R50bn", "$3.2m"."""
    return _short_sum(text) is not None


def _short_sum(text: str) -> re.Match[str] | None:
    found = _SHORT_SCALE.fullmatch(text.strip())
    if found is None or not (found.group(1) or found.group(3).casefold() != "m"):
        return None  # "10m" alone may be metres
    return found


# A number with an Arabic scale word after it: «3 آلاف», «4 ملايين», «2.5 مليار».
_SCALED_AR = re.compile(
    r"(\d+(?:[.,٫]\d+)?)\s(آلاف|الاف|ألف|الف|ألفا|ألفًا|ألفاً|مليون|ملايين|مليونا|مليار|مليارات|ملياراً)"
)
_SCALE_OF_AR = {"آلاف": 10**3, "الاف": 10**3, "ألف": 10**3, "الف": 10**3, "مليون": 10**6}
_SCALE_OF_AR |= {"ملايين": 10**6, "مليار": 10**9, "مليارات": 10**9}
# A decimal written with «ر» after the Jordanian agency's style, its fraction first: «6ر18» is
# 18.6.
_R_DECIMAL = re.compile(r"(\d+)ر ?(\d+)")


def scaled_forms(text: str) -> list[str]:
    """«3 آلاف» -> ["3000", "3,000"]: a count with its scale word, typed in digits (set g's
    reviewers marked «3 آلاف» keyed alone a wrong key). Only whole results: «2.5 مليار» is
    2500000000, «1.25 ألف» no whole count."""
    found = _SCALED_AR.fullmatch(text.strip())
    if found is None:
        return []
    scale = next((v for k, v in _SCALE_OF_AR.items() if found.group(2).startswith(k)), 0)
    value = float(re.sub("[,٫]", ".", found.group(1))) * scale
    if not scale or value != int(value):
        return []
    return [str(int(value)), f"{int(value):,}"]


# «187 مليار و400 مليون», «15 مليون و750 ألف»: a sum in two scales, the second a thousandth of
# the first.
_TWO_SCALES_AR = re.compile(
    r"(\d{1,3})\s(?:(مليار)\sو\s?(\d{1,3})\s(?:مليون|ملايين)"
    r"|(مليون)\sو\s?(\d{1,3})\s(?:ألف|آلاف|الف|ألفا|الفا))"
)


def _two_scales_ar(text: str) -> list[str]:
    """«187 مليار و400 مليون» -> ["187.4 مليار", "187400000000", "187,400,000,000"]: the sum as
    a decimal of its first scale and in digits (set ip's reviewers: "187.4 مليار" marked
    wrong)."""
    found = _TWO_SCALES_AR.fullmatch(_TANWEEN.sub("", text.strip()))
    if found is None:
        return []
    whole, billions, of_billions, millions, of_millions = found.groups()
    scale, part = (billions, of_billions) if billions else (millions, of_millions)
    value = int(whole) * _SCALE_OF_AR[scale] + int(part) * _SCALE_OF_AR[scale] // 1000
    decimal = f"{whole}.{int(part):03d}".rstrip("0").rstrip(".")
    return [f"{decimal} {scale}", str(value), f"{value:,}"]


def r_decimal(text: str) -> str:
    """«6ر18 مليون» -> "18.6 مليون"; other text as it is."""
    return _R_DECIMAL.sub(lambda m: f"{m.group(2)}.{m.group(1)}", text)


def number_forms(text: str, language: str = "en") -> list[str]:
    """ "300,000" -> ["300000"]; "1.5 million" -> ["1.5"]: the digits alone, with and without
    thousands separators; "80%" -> ["80", "80 percent", "80 per cent"] in English; a number
    written in words in digits ("two" -> "2")."""
    western = text.translate(_WESTERN_DIGITS)
    if western != text:  # «١٣»: shown as "13" too, as the grading already reads it
        return [western, *(form for form in number_forms(western, language) if form != text)]
    pointed = r_decimal(text)
    if pointed != text:  # «6ر18 مليون»: "18.6 مليون", "18.6"
        return [pointed, *(form for form in number_forms(pointed, language) if form != text)]
    two = _two_scales_ar(text)
    if two:
        return two
    scaled = scaled_forms(text)
    if scaled:
        return [*scaled, *(f for f in _plain_forms(text, language) if f not in scaled)]
    return _plain_forms(text, language)


def _plain_forms(text: str, language: str) -> list[str]:
    whole = in_parts(text)
    if whole is not None:
        return [f"{whole:,}", str(whole)]  # "4 million 445 thousand 978": no part is the answer
    dotted = re.fullmatch(r"\d{1,3}(?:\.000)+", text.strip())
    if dotted:  # «40.000 كيلومتر»: forty thousand, its thousands set off by a dot, never "40"
        plain = text.strip().replace(".", "")  # (set i: "40" accepted, "40000" not)
        return [plain, f"{int(plain):,}"]
    spaced = re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", text.strip())
    if spaced:  # "429 156": thousands grouped by spaces, no group is the answer alone
        plain = re.sub(r"\D", "", spaced.group())
        return [plain, f"{int(plain):,}"]
    glued = _GLUED_SCALE.fullmatch(text.strip())
    if glued:  # "$10million", the article's missing space: "$10 million", "10 million dollars"
        money, digits, scale = glued.groups()
        scale = scale.casefold()
        forms = [f"{money}{digits} {scale}", f"{digits} {scale}", f"{digits}{scale}"]
        if money == "$":
            forms.append(f"{digits} {scale} dollars")
        return [form for form in dict.fromkeys(forms) if form != text.strip()]
    short = _short_sum(text)
    if short:  # "R50bn": "R50 billion", "50bn", "50 billion" the same sum
        money, digits, scale = short.groups()
        word = _SHORT_SCALES[scale.casefold()]
        forms = [f"{money}{digits} {word}", f"{digits}{scale}", f"{digits} {word}"]
        return [form for form in dict.fromkeys(forms) if form != text.strip()]
    forms: list[str] = []
    spelled = words_in_digits(text)
    if spelled != text:
        forms.append(spelled)  # "two" -> "2", "three points" -> "3 points"
    bare = _ACCUSATIVE_SCALE.sub(lambda m: _BARE_SCALE[m.group()], text)
    if bare != text:  # «726 مليوناً»: typed «726 مليون»
        forms.append(bare)
    # Not the digits of a code or a name: "H1N1", "COVID-19", "MP3".
    match = next((m for m in NUMBER.finditer(text) if not _in_a_word(text, m)), None)
    on_the_hour = re.fullmatch(r"(\d{1,2}):00", text.strip())
    if on_the_hour:
        return [*forms, on_the_hour.group(1)]  # "at 6:00 PM": "6" is the time too
    if match is None or re.fullmatch(r"\d{1,2}(?::\d\d|\s*[-–]\s*\d{1,2})", text.strip()):
        return forms  # "11:08" is a time, "3-0" a score: a part of it is not the answer
    if re.fullmatch(r"\d{1,2}(?::\d\d){1,2}[.,]\d{1,2}", text.strip()):
        return forms  # "8:54.29", a race time: "8" is not it
    if _RANGE.search(text):
        return forms  # "1908 و 1914", "75% إلى 80%": one end is not the range
    if MONTH.search(fold(text).casefold()) and re.search(r"(?<!\d)\d{1,2}(?!\d)", text):
        return forms  # "27 يوليو 1299": the day alone is not the date ("June 1919": the year is)
    digits = match.group()
    if digits != text.strip():
        forms.append(digits)
    if _PERCENT.match(text):
        forms += [f"{digits} {word}" for word in PERCENT_WORDS.get(language, ())]
    elif _percent_word(text, digits, language):  # "20 per cent" -> "20%", "20 percent"
        forms += [f"{digits}%", *(f"{digits} {word}" for word in PERCENT_WORDS[language])]
    zero = re.fullmatch(r"0[,،٫](\d+)", digits)
    if zero:  # "0,229 grammes": a decimal comma after a nought, typed "0.229", never "0229"
        point = f"0.{zero.group(1)}"
        return list(dict.fromkeys([*forms, point, text.replace(digits, point)]))
    # "1,038.05" too: typed "1038.05" (set il: wrong key, both reviewers)
    grouped = re.fullmatch(r"\d{1,3}(?:[,،٬]\d{3})+(?:\.\d+)?", digits)
    plain = re.sub("[,،٬]", "", digits) if grouped else ""
    if plain:
        forms.append(plain)
        if digits != text.strip():
            forms.append(text.replace(digits, plain))
    whole = re.fullmatch(r"([\d,]+)\.0+", digits)
    if whole:  # "GHS 475.00": typed "475"
        forms += [whole.group(1), re.sub(",", "", whole.group(1))]
    trailing = re.fullmatch(r"(\d+\.\d*[1-9])0+", digits)
    if trailing:  # "1.10 دولار": typed "1.1" (set v's reviewer); "1.50 billion": "1.5 billion"
        forms += [trailing.group(1), text.replace(digits, trailing.group(1))]
    thousands = re.fullmatch(r"(\d{1,3}) thousand\b.*", text.strip())
    if thousands:  # "58 thousand received results": typed "58,000" (set ip's reviewers)
        value = int(thousands.group(1)) * 1000
        forms += [f"{value:,}", str(value)]
    if re.fullmatch(r"\d+[,،٫]\d{1,2}", digits):  # «31,24%»: a decimal comma, typed "31.24"
        point = re.sub("[,،٫]", ".", digits)
        forms += [point, text.replace(digits, point)]
    return list(dict.fromkeys(f for f in forms if f != text))


def is_share(text: str, language: str) -> bool:
    """True for a number with the per cent sign or word after it, and nothing else: "62%",
    «62 بالمئة», "35 per cent"."""
    found = NUMBER.match(text.strip())
    return found is not None and (
        _PERCENT.match(text) is not None or _percent_word(text, found.group(), language)
    )


def _percent_word(text: str, digits: str, language: str) -> bool:
    """True for a number and the word for per cent after it, and nothing else."""
    rest = text.strip().removeprefix(digits).strip()
    return digits != text.strip() and rest in PERCENT_WORDS.get(language, ())


def _in_a_word(text: str, match: re.Match[str]) -> bool:
    """True for digits inside a name or code ("H1N1", "COVID-19", "3D"), not after a currency's
    letters ("Sh17.8", "GBP8.9") nor before an ordinal's ("12th")."""
    start = text.rfind(" ", 0, match.start()) + 1
    end = text.find(" ", match.end())
    word = text[start : end if end >= 0 else len(text)]
    return bool(re.search(r"[^\W\d_]\d+[^\W\d_]|\d[A-Z]|[^\W\d_]-\d", word)) and not re.fullmatch(
        r"[^\W\d_]*\$?\d+(?:st|nd|rd|th)?[.,:;]?", word, re.IGNORECASE
    )


_SCALES = {"billion": 10**9, "million": 10**6, "thousand": 10**3}
# «10 آلاف و126», «3 ملايين و200 ألف» is no part: only a remainder under the scale's unit.
_SCALES_AR = {"آلاف": 10**3, "ألف": 10**3, "الف": 10**3, "ألفا": 10**3, "الفا": 10**3}
_IN_PARTS_AR = re.compile(r"(\d{1,3})\s(آلاف|ألفا|الفا|ألف|الف)\sو\s?(\d{1,3})")
_MILLIONS_IN_PARTS_AR = re.compile(
    r"(\d{1,3})\s(?:مليون|ملايين|مليونا)\sو\s?(\d{1,3})\s(?:آلاف|ألفا|الفا|ألف|الف)\sو\s?(\d{1,3})"
)
_TANWEEN = re.compile("[\u064b\u064c\u064d]")  # «470 ألفًا و950»: read as «470 ألفا و950»
_IN_PARTS = re.compile(r"(?:\d{1,3}\s(?:billion|million|thousand)\s)+\d{1,3}")


def in_parts(text: str) -> int | None:
    """The value of a number spelt in parts, "4 million 445 thousand 978" -> 4445978."""
    plain = _TANWEEN.sub("", text.strip())
    arabic = _IN_PARTS_AR.fullmatch(plain)
    if arabic:  # «10 آلاف و126» -> 10126
        return int(arabic.group(1)) * _SCALES_AR[arabic.group(2)] + int(arabic.group(3))
    millions = _MILLIONS_IN_PARTS_AR.fullmatch(plain)
    if millions:  # «4 ملايين و718 ألفا و497» -> 4718497
        a, b, c = (int(g) for g in millions.groups())
        return a * 10**6 + b * 10**3 + c
    match = _IN_PARTS.match(text.strip())
    if match is None:
        return None
    value, words = 0, match.group().split()
    for count, scale in zip(words[0:-1:2], words[1::2], strict=True):
        value += int(count) * _SCALES[scale]
    return value + int(words[-1])


def count_alone_en(key: str) -> list[str]:
    """ "five people" -> ["5", "five"]: a count written in words and the one plural it counts,
    as a phrase gap keys it, is typed as the count alone (set p's reviewers marked "five" wrong
    for "killing at least ____"); "5 people" gives its digits already (number_forms)."""
    words = key.split()
    if len(words) != 2 or not plural_or_unit_en(words[1]):
        return []
    digits = words_in_digits(words[0])
    return [digits, words[0]] if digits != words[0] and digits.isdigit() else []


def plural_or_unit_en(key: str) -> bool:
    """True for an English word a count counts: a plural or a unit ("people", "mph")."""
    if key in _NOT_PLURALS_EN:
        return False  # "$19 million towards road repairs"
    return key in _PLURAL_UNITS_EN or (key.endswith("s") and not key.endswith(("ss", "us")))


# Words ending in "s" that are no plural: adverbs and prepositions after an amount.
_NOT_PLURALS_EN = frozenset(
    "towards afterwards backwards forwards always sometimes besides perhaps whereas".split()
)
# Plurals without an "s" and units news counts in: "5,000 people", "35 mph", "3 feet".
_PLURAL_UNITS_EN = frozenset(
    """people children men women police cattle sheep feet mph km kg percent cent""".split()
)


# A number with the scale word that makes it what it is: "1 billion", «29.3 مليار», "$40 million".
_WITH_SCALE = re.compile(
    r"[$£€]?\s*(\d+(?:[.,٫]\d+)?)\s*(?:billion|million|trillion|thousand|bn|آلاف|الاف|ألف|الف"
    r"|ألفا|ألفًا|ألفاً|مليون|ملايين|مليونا|مليار|مليارات|ملياراً|تريليون)(?!\w).*",
    re.IGNORECASE,
)


def without_bare_coefficient(key: str, forms: list[str]) -> list[str]:
    """`forms` without the bare number of a key whose scale word is part of the answer: "1" is
    not "1 billion" (set s's reviewers: a wrong answer marked right, both), «29.3» not «29.3
    مليار». Where the prompt keeps the scale word after the gap, the key has none to drop."""
    found = _WITH_SCALE.fullmatch(key.strip())
    if found is None:
        return forms
    bare = {found.group(1), found.group(1).replace(",", ".")}
    return [form for form in forms if form.strip() not in bare]
