"""Whole numbers written as words, in both languages: "seven", «سبعة», «اثنين». The generator
reads them beside digits (generation/given.py, spelled.py); grading takes "7" for a key written
"seven" and the other way round, alone or inside a phrase."""

from __future__ import annotations

import re

from .text import fold


def by_word(table: dict[int, str]) -> dict[str, int]:
    """{value: "its words"} -> {folded word: value}."""
    return {fold(word): value for value, words in table.items() for word in words.split()}


# Two and up: "one" (as in "one of the") and Arabic عشر (also the "-teen" of الثامن عشر) are
# no counts in running text.
NUMBER_WORDS = by_word(
    {
        2: "two اثنان اثنين اثنتان اثنتين",
        3: "three ثلاث ثلاثة",
        4: "four أربع أربعة",
        5: "five خمس خمسة",
        6: "six ست ستة",
        7: "seven سبع سبعة",
        8: "eight ثمان ثماني ثمانية",
        9: "nine تسع تسعة",
        10: "ten",
        11: "eleven",
        12: "twelve",
        20: "twenty عشرون عشرين",
        30: "thirty ثلاثون ثلاثين",
        40: "forty أربعون أربعين",
        50: "fifty خمسون خمسين",
        60: "sixty ستون ستين",
        70: "seventy سبعون سبعين",
        80: "eighty ثمانون ثمانين",
        90: "ninety تسعون تسعين",
        100: "hundred مئة مائة",
    }
)
# In an answer "one" and «عشر» are numbers too, where running text would not count them so.
_ANSWER_WORDS = {**NUMBER_WORDS, **by_word({1: "one واحد واحدة", 10: "عشر عشرة"})}


# A ten and its unit, one number: "twenty-five", "twenty five"; «خمسة وعشرين» (unit first).
_TENS_EN = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS_EN = "one|two|three|four|five|six|seven|eight|nine"
_TENS_AR = (
    "عشرين|عشرون|ثلاثين|ثلاثون|اربعين|اربعون|خمسين|خمسون|ستين|ستون|سبعين|سبعون|ثمانين|ثمانون"
    "|تسعين|تسعون"
)
_UNITS_AR = (
    "واحد|واحده|اثنين|اثنان|اثنتين|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثمان|ثماني"
    "|ثمانيه|تسع|تسعه"
)
_COMPOUND_EN = re.compile(rf"\b({_TENS_EN})[-\s]({_UNITS_EN})\b", re.IGNORECASE)
_COMPOUND_AR = re.compile(rf"(?<!\w)({_UNITS_AR})\s+و({_TENS_AR})(?!\w)")


def _compounds(text: str) -> str:
    """`text` with each written ten-and-unit in digits: "Twenty-five years" -> "25 years"
    ("20-5" before: "25" was marked wrong), «خمسة وعشرين» -> "25"."""

    def value(match: re.Match[str]) -> str:
        return str(_ANSWER_WORDS[fold(match.group(1))] + _ANSWER_WORDS[fold(match.group(2))])

    text = _COMPOUND_EN.sub(value, text)
    folded = fold(text)
    if len(folded) != len(text):
        return text
    return "".join(_spliced(text, folded))


def _spliced(text: str, folded: str) -> list[str]:
    """The Arabic compounds of `text` in digits, found in its folded form (same length)."""
    out, at = [], 0
    for match in _COMPOUND_AR.finditer(folded):
        tens = _ANSWER_WORDS[match.group(2)]
        out += [text[at : match.start()], str(_ANSWER_WORDS[match.group(1)] + tens)]
        at = match.end()
    return [*out, text[at:]]


def in_digits(normalized: str) -> str:
    """A normalised answer (text.normalize) with each word that is a whole number written in
    digits: "three points" and "3 points" read alike, and «عشرين» (the article dropped from
    «العشرين») as "20"; a ten and its unit as one number ("twenty five" as "25")."""
    words = _compounds(normalized).split()
    return " ".join(str(_ANSWER_WORDS.get(fold(word), word)) for word in words)


def words_in_digits(text: str) -> str:
    """`text` as written with each word that is a whole number of two or more in digits: "three
    points" -> "3 points", «أربعة آلاف» -> «4 آلاف», "Twenty-five years" -> "25 years"; the
    grader reads them alike (in_digits), and a teacher sees the digits among the accepted
    answers."""
    text = _compounds(text)
    return re.sub(r"\w+", lambda m: str(NUMBER_WORDS.get(fold(m.group()), m.group())), text)
