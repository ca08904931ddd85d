"""Gaps on a piece of something that is no name of its own, or on a stock name: "Seven Vehicles
used by …" (a count the sentence capitalised), "one hundred and ____", "the Ministry of Tourism,
____ and Culture", "The Manawatu ____" keyed "District Council", "trumped ____ estimates" keyed
"Wall Street", «وكالة تونس ____ للأنباء», «وقدمت ____ جائزة الإخراج» keyed «لجنة التحكيم»,
"installing In ____ treatment plants", «قناة 'إم بي سي ____'». Blind reviewers of fresh sets o,
m and i rejected each as garbled or trivial."""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS
from .document import Document, Sentence, fold


def no_gap_of_its_own(
    doc: Document,
    sentence: Sentence,
    start: int,
    end: int,
    answer: str,
    category: str,
    named: bool,
) -> bool:
    """True when text[start:end] (`answer`, a gap of `category`) is a piece of a name or of a
    number, or a stock name; `named` for a gap on a name (an entity or a place)."""
    english = doc.language == "en"
    if category != "number" and _a_count_opening(doc, sentence, start, answer):
        return True
    if english and _NUMBER_GOES_ON_EN.search(doc.text[max(0, start - 20) : start]):
        return True
    if not named:
        return False
    if doc.article and _half_a_quoted_name(doc, sentence, start, end):
        return True  # «قناة 'إم بي سي ____'» keyed «مصر»: part of a channel's name (set i)
    if not english and _SECOND_BODY_AR.search(answer):
        return True  # «بالتعاون مع ____ للوقاية من السرطان» keyed «وزارة الصحة واللجنة
        # الوطنية»: two bodies joined by «و», the second cut from its name (set i: garbled)
    if english and _GENERIC_BODY_EN.fullmatch(answer):
        return True
    if _AGENCY_AFTER_AR.match(doc.text, end) or _a_stock_name(doc, answer, end):
        return True
    if doc.article and _inside_a_name_en(doc, sentence, start, end):
        return True
    return english and _in_a_portfolio(doc, start, answer)


# A short name in quotation marks, single ones too: «'إم بي سي مصر'», "“Beyond the Return”".
_QUOTED_NAME = re.compile(
    r"(?:(?<!\w)'|[\"“«‘])([^'\"“”«»‘’\n]{2,60})(?:'(?!\w)|[\"”»’])"
)  # an apostrophe opens or closes nothing inside a word: "China's Sinopharm's"
_NAME_WORDS = 5


def _half_a_quoted_name(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """True when the gap is part, not the whole, of a short name in quotation marks."""
    for match in _QUOTED_NAME.finditer(sentence.text):
        a, b = sentence.start + match.start(1), sentence.start + match.end(1)
        inner = match.group(1).strip(_MARKS)
        if a <= start and end <= b and len(inner.split()) <= _NAME_WORDS:
            return doc.text[start:end].strip(_MARKS) != inner  # 'calling to “Layoff Yudof.”'
    return False


_MARKS = " .,،؛;:!?؟"


# A second body opened by «و» inside a key: «… واللجنة الوطنية», «… والهيئة العامة».
_SECOND_BODY_AR = re.compile(
    r"\sو(?:ال)?(?:لجنة|لجنه|هيئة|هيئه|وزارة|وزاره|مؤسسة|مؤسسه|شركة|شركه|جامعة|جامعه|مجلس|اتحاد"
    r"|بنك|منظمة|منظمه|جمعية|جمعيه|نقابة|نقابه)(?!\w)"
)
# A ministry's name that lists its portfolios, up to a gap in it: "the Ministry of Tourism, ",
# "Department of Health and ".
_PORTFOLIO_BEFORE = re.compile(
    r"\b(?:Ministry|Ministries|Department|Minister|Secretary|Office|Commission|Committee|Bureau)"
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"(?:,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*,?\s*(?:and\s+|&\s+)?$"
)
_SCALE_WORDS = frozenset("hundred thousand million billion trillion".split())
# What kind of body a name ends on, nothing of whose it is: "District Council", "City Police".
_GENERIC_BODY_EN = re.compile(
    r"(?:(?:District|City|County|Borough|Town|Regional|Municipal|Parish|State|Local)\s+)?"
    r"(?:Council|Municipality|Police|Government|Authority|Assembly)",
    re.IGNORECASE,
)


# Bodies a story names by what they are, no one's name: «وقدمت لجنة التحكيم جائزة …»,
# «الجهات المعنية» (sets o and p: trivial).
_STOCK_BODIES_AR = frozenset(
    fold(w)
    for w in (
        "لجنة التحكيم",
        "الجهات المعنية",
        "الجهات المختصة",
        "الجهات ذات العلاقة",
        "الجهات الرسمية",
        "السلطات المختصة",
        "السلطات المعنية",
    )
)
# What ends a news agency's name: «وكالة تونس افريقيا للأنباء», «وكالة الأنباء».
_AGENCY_AFTER_AR = re.compile(r"(?:\s+[^\s،,.]+){0,2}\s*(?:لل|ل)(?:أنباء|انباء|أخبار|اخبار)(?!\w)")
# "beat Wall Street estimates": what business news measures results by, no fact of the story.
_WALL_STREET_EN = re.compile(r"\s+(?:estimates?|expectations?|forecasts?|consensus|analysts?)\b")


def _a_stock_name(doc: Document, answer: str, end: int) -> bool:
    """True for a key that names a stock body or phrase: a jury, "the relevant authorities",
    "Wall Street" before its estimates, the Earth in a news story."""
    if doc.language == "ar":
        return fold(answer).strip() in _STOCK_BODIES_AR
    if answer in ("Earth", "the Earth") and doc.article:
        return True  # "return them to ____" keyed "Earth" (sets r and o: trivial in news)
    return answer == "Wall Street" and _WALL_STREET_EN.match(doc.text, end) is not None


def _in_a_portfolio(doc: Document, start: int, answer: str) -> bool:
    """True for an English gap on one portfolio of a ministry's name, or on a scale word the
    article capitalised ("$4 Billion"): a piece of a name or a number, no name of its own."""
    if answer.casefold() in _SCALE_WORDS:
        return True
    return _PORTFOLIO_BEFORE.search(doc.text[max(0, start - 80) : start]) is not None


# A number spelt in words that goes on past "and": "one hundred and ____".
_NUMBER_GOES_ON_EN = re.compile(r"\b(?:hundred|thousand|million|billion)\s+and\s+$", re.I)


# A capitalised small word the name opens with, right before the gap: "In Situ", "Of Mice".
_NAME_OPENER_EN = re.compile(r"(?<=\s)(?:In|Of|On|At|For|The|And|To|By)\s+$")
# A one-word gap whose name goes on in small words: "Beyond the Return", "House of Lords".
_NAME_GOES_ON_EN = re.compile(r"\s+(?:the|of|of the|de|du|del|la)\s+[A-Z]")


def _inside_a_name_en(doc: Document, sentence: Sentence, start: int, end: int) -> bool:
    """True for an English gap that is only part of a capitalised name: after a small word the
    name capitalises mid-sentence, or a single word before the rest of the name."""
    if doc.language != "en":
        return False
    before = doc.text[max(sentence.start, start - 6) : start]
    if start - sentence.start > 4 and _NAME_OPENER_EN.search(before):
        return True
    one_word = " " not in doc.text[start:end].strip()
    return one_word and _NAME_GOES_ON_EN.match(doc.text, end) is not None


def _a_count_opening(doc: Document, sentence: Sentence, start: int, answer: str) -> bool:
    """True for an English capitalised run that opens its sentence on a number word: "Seven
    Vehicles used by …" is seven vehicles, capitalised by the sentence and a slip."""
    first = answer.split()[0]
    return (
        doc.language == "en"
        and len(answer.split()) > 1
        and not doc.text[sentence.start : start].strip(' "“')
        and fold(first).casefold() in NUMBER_WORDS
    )
