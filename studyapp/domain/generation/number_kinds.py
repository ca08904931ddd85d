"""What a number of the article is, read from the words around it: a quantity (its unit, its
scale, the noun it counts: "3 players", «25 لاعبا», "$ 15 million", "0.6 °C", "40%") or a label
(the name or code before it: "Interstate 99", "Figure 3.20", «الدقيقة 90», "إكس 25"). Two numbers
of one kind are alternatives a reader cannot tell apart without the article; "0.3" of a warming
in °C has no wrong choice among the figure numbers or the ages of the same article."""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import codes
from .date_words import MONTHS_EN
from .document import Document, Sentence, Token, fold
from .money import CURRENCIES
from .number_keys import NUMBER, PERCENT_WORDS, plural_or_unit_en
from .precision import breaks_phrase
from .spelled import MULTIPLIERS


class Kind(NamedTuple):
    label: str  # the name a label number follows ("interstate"); "" for a quantity
    unit: str  # "%", "°", a currency ("$", "ريال") or the stem of the noun counted
    scale: int  # 10**6 for "million" / «مليون», 1 without one


BARE = Kind("", "", 1)
YEAR = Kind("", "#year", 1)  # "#": no noun counted is spelt so ("5,730 years" is no year)
_YEAR_SHAPE = re.compile(r"1\d{3}|20\d\d")
# Digits after a separator that are no group of three: "3.07", «56,2»; not "1,388", «711.988».
_FRACTION = re.compile(r"[.,٫](?!\d{3}(?!\d))\d")

# A number that is part of a name: "Mazda 616", "AS-207", "Super Bowl 50".
# "Datsun 810", and a product named in camel case: "iPhone 6", "eSIM 2".
_NAME_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w.]*|[a-z]{1,2}[A-Z][\w.]*)[ \-/]$")
_NOT_DESIGNATORS = frozenset(MONTHS_EN.split("|")) | {"us", "rs", "sr", "no", "covid"}


def name_before(sentence_text: str, at: int) -> str | None:
    """The capitalised word that makes the number at sentence_text[at] part of a name ("Datsun
    810"), folded; None at the sentence's start, where every word is capitalised."""
    offset = max(0, at - 40)
    name = _NAME_BEFORE.search(sentence_text[offset:at])
    # "Rs. 91 crores": a word cut at its dot is looked up without it.
    if (
        name
        and offset + name.start(1) > 0
        and fold(name.group(1)).rstrip(".") not in _NOT_DESIGNATORS
    ):
        return fold(name.group(1))
    return None


def counts(language: str, stop: frozenset[str], following: Token | None, end: int) -> bool:
    """True when `following`, the word after a number ending at `end`, is the noun it counts:
    "30 بلدًا", "70 soldiers"; not "1350 و", "8,646 sq", «95 % ولم»."""
    if following is None or following.start - end > 1 or not following.text[0].isalpha():
        return False
    if following.key in stop or breaks_phrase(language, following) or len(following.key) < 3:
        return False
    if language == "ar" and following.key[:1] == "و" and following.key[1:] in stop:
        return False
    if language == "ar" and following.key[:1] == "و" and following.key.endswith(("ه", "ها")):
        return False  # «بنزين 80 واستبداله»: "and replacing it", no noun the number counts
    if language == "ar" and following.key in _AFTER_A_COUNT_AR:
        return False  # «تحتل المركز 16 وفق التصنيف العالمي»: what the rank is by
    if language == "ar" and following.key.startswith("ال") and following.key not in MULTIPLIERS:
        return False  # «الطريق 5 القديم»: what a number counts is indefinite; "الف" is a thousand
    if language == "en":
        # "24 points", "six residents", "5,000 people"; not "142 million last year", "$2 million
        # meant for …", "12 new stores": an English count's noun is a plural, or a unit.
        return plural_or_unit_en(following.key)
    return following.is_arabic


# Words after a number that say by what or when, never what it counts.
_AFTER_A_COUNT_AR = frozenset(fold(w) for w in "وفق وفقا حسب بحسب طبقا خلال منذ بعد قبل".split())
# Signs and words of a unit after the number; a currency sign before it ("$ 12", "US$15").
_SIGN_AFTER = re.compile(r"\s?([%٪°º])")
_PERCENT = frozenset(fold(w) for words in PERCENT_WORDS.values() for w in words)
_DEGREES = frozenset(fold(w) for w in "degree degrees درجة درجات".split())
_CURRENCY_BEFORE = re.compile(r"(?:US|A|C)?([$£€¥])\s?$")
# Words that make the number after them a bound, not an amount: "any integer greater than ____",
# «أكثر من ____»; every number on one side of the key makes the sentence true too.
_BOUND_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:more|greater|less|fewer|larger|smaller|higher|lower)\s+than|at\s+(?:least"
    r"|most)|up\s+to|(?:اكثر|اكبر|اقل|اصغر|اعلي|ادني|يزيد|تزيد|يقل|تقل)\s+(?:من|عن|علي))\s*$"
)
_JOIN = r"\s?(?:[-–—]|to|and|until|through|إلى|الى|حتى|و)\s?(?:US|A|C)?[$£€¥]?\s?"
_PARTNER_AFTER = re.compile(_JOIN + r"(" + NUMBER.pattern + r")(?![\w.,]\d)")
_PARTNER_BEFORE = re.compile(r"(?<![\w.,])(" + NUMBER.pattern + r")\s?[%٪]?" + _JOIN + r"$")


def value(text: str) -> float:
    try:
        return float(text.replace(",", "").replace("٫", ".").replace("،", "").replace("٬", ""))
    except ValueError:
        return 0.0


def is_bound(text: str, a: int) -> bool:
    """True for the number at text[a] after "more than", «أكثر من» and the like."""
    return _BOUND_BEFORE.search(fold(text[max(0, a - 25) : a])) is not None


def partner(text: str, a: int, b: int) -> float | None:
    """The other end of the range the number text[a:b] belongs to ("by 0.3 to 0.6 °C", «من 12
    إلى 15»), or None outside a range."""
    after = _PARTNER_AFTER.match(text, b)
    if after:
        return value(after.group(1))
    before = _PARTNER_BEFORE.search(text[max(0, a - 30) : a])
    return value(before.group(1)) if before else None


def kind_of(doc: Document, sentence: Sentence, a: int, b: int) -> Kind:
    """The kind of the number at article offsets a..b of `sentence`; a number in a range without
    a unit or scale of its own takes those of the end after it ("0.3 to 0.6 °C": degrees). A number
    with nothing around it is told by its shape alone: "1564" is a year, "3.07" a measure
    (an average, a ratio), "1,388" a count."""
    found = _quantity(doc, sentence, a, b)
    label = _label(doc, sentence, a, b, found)
    if label:
        return Kind(label, "", 1)
    after = _PARTNER_AFTER.match(doc.text, b)
    if after is not None and after.end() <= sentence.end:
        other = _quantity(doc, sentence, after.start(1), after.end(1))  # "$ 12 to $ 15 million"
        found = Kind("", found.unit or other.unit, other.scale if found.scale == 1 else found.scale)
    if found != BARE:
        return found
    if _YEAR_SHAPE.fullmatch(doc.text, a, b):
        return YEAR
    return Kind("", "#fraction", 1) if _FRACTION.search(doc.text, a, b) else BARE


def _label(doc: Document, sentence: Sentence, a: int, b: int, quantity: Kind) -> str:
    """The name a number is the label of, folded, or "" for a quantity (`quantity`: what
    _quantity reads after it)."""
    text, x, y = sentence.text, a - sentence.start, b - sentence.start
    if codes.is_code(text, x, y) or codes.is_locator(text, x, y):
        before = re.search(r"([^\W\d_]+)[^\w]{0,3}$", text[max(0, x - 12) : x])
        return fold(before.group(1)).rstrip("s") if before else "#"
    if not text[x:y].isdigit():
        return ""  # "Approximately 14,500", "711.988": an amount, not a name
    if doc.language != "ar":
        return name_before(text, x) or ""
    # «الطريق 99», «بإنترستايت 5», «الدقيقة 90»: an Arabic noun right before a whole number
    # names it, unless the number counts a noun after it («السكان 900 نسمة»).
    at = first_from(sentence, a)
    before = sentence.tokens[max(0, at - 1) : at]
    if not before or a - before[0].end > 1 or not before[0].is_arabic:
        return ""
    word = before[0]
    name = _bare_ar(word.key)
    if word.key in doc.stop_words() or breaks_phrase("ar", word) or name in _MEASURES_AR:
        return ""
    if len(name) < 3 or quantity != BARE:
        return ""  # «و 1593»: a conjunction names nothing
    return name


def _quantity(doc: Document, sentence: Sentence, a: int, b: int) -> Kind:
    """The unit, scale and counted noun of the number at a..b, read after it (and a currency
    sign before it)."""
    text = doc.text
    sign = _CURRENCY_BEFORE.search(text[max(0, a - 4) : a])
    unit = sign.group(1) if sign else ""
    scale = 1
    mark = _SIGN_AFTER.match(text, b)
    if mark:
        return Kind("", "%" if mark.group(1) in "%٪" else "°", scale)
    at = first_from(sentence, b)
    words = sentence.tokens[at : at + 3]
    end = b
    if words and words[0].start - end <= 1 and words[0].key in MULTIPLIERS:
        scale, end = MULTIPLIERS[words[0].key], words[0].end
        words = words[1:]
    if words and words[0].start - end <= 1:
        pair = " ".join(t.key for t in words[:2])
        if words[0].key in _PERCENT or pair in _PERCENT:
            return Kind("", "%", scale)
        if words[0].key in _DEGREES:
            return Kind("", "°", scale)
        if words[0].key in CURRENCIES:
            return Kind("", CURRENCIES[words[0].key], scale)
        if not unit and counts(doc.language, doc.stop_words(), words[0], end):
            unit = _stem(doc.language, words[0].key)
    return Kind("", unit, scale)


def first_from(sentence: Sentence, offset: int) -> int:
    """The index of the sentence's first token at or after `offset` (a sentence of thousands
    of numbers is read in linear time)."""
    return bisect.bisect_left(sentence.tokens, offset, key=lambda t: t.start)


def noun_stem(word: str) -> str:
    """A folded word without the article, «و/ف» and a plural or accusative ending: one noun
    however it is counted ("planets", «لاعبين», «مشروعا» and «مشروعات»)."""
    key = fold(word).lower().strip("؟?")
    for prefix in ("وال", "فال", "بال", "لل", "ال"):
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            return _stem_ar(key[len(prefix) :])
    return _stem_ar(key) if _ARABIC.match(key) else _stem("en", key)


_ARABIC = re.compile(r"[\u0621-\u064a]")


def _stem(language: str, key: str) -> str:
    """ "players" and "player", «لاعبين», «لاعبا» and «لاعب»: one noun counted."""
    if language == "ar":
        return _stem_ar(key)
    return key[:-1] if key.endswith("s") and not key.endswith("ss") and len(key) > 3 else key


def _stem_ar(key: str) -> str:
    for ending in ("ين", "ون", "ات", "ان", "ه", "ا"):
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key


def _bare_ar(key: str) -> str:
    """ "بإنترستايت" -> "انترستايت", "الدقيقة" -> "دقيق": a noun without its clitics."""
    return _stem_ar(re.sub(r"^(?:[وفبل]?ال|[وفبل](?=...))", "", key))


# Nouns before a number that measure or date it rather than name it: «بنسبة 30», «حوالي 40»,
# «عام 1466», «بين عامي 1350 و 1490».
_MEASURES_AR = frozenset(
    _bare_ar(fold(w))
    for w in """نسبة حوالي قرابة زهاء معدل قيمة واقع مجموع إجمالي عدد مبلغ عام عامي عامين سنة
    سنتي سنتين""".split()
)
