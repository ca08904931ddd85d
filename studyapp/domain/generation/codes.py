"""Numbers that are no quantity: part of a code or a name ("X.25", "PDP-11", "501(c)(3)",
"3-manifolds", "the Data Act 2018"), a place in the document ("figure 3.20", "[21]"), a count
every reader knows ("three points" for a win), or in a sentence the article lost words from
("between 1990 and ."). A gap on one tests nothing a student should learn."""

from __future__ import annotations

import re
from functools import lru_cache

from ..number_words import NUMBER_WORDS
from .document import GLUED_LETTERS_AR, fold

# Latin letters spelt in Arabic, as a code writes them: "إكس 25" (X.25), "بي دي بي 11" (PDP-11).
# Not "إن" ("that"), which stands before counts: "قال إن 25 شخصا".
_SPELT_LETTER_AR = r"(?:إيه|بي|سي|دي|إي|إف|جي|إتش|آي|كيه|كي|إل|إم|كيو|آر|إس|تي|يو|دبليو|إكس|واي|زد)"
_CODE_BEFORE = re.compile(
    r"(?:(?<![^\W\d_])" + _SPELT_LETTER_AR + r"[\s.\-–]?"  # "بي دي بي 11", "إكس.25"
    r"|[^\W\d_][.\-–]"  # "X.25", "PDP-11": a letter glued to the number
    r"|[\w)]\()$"  # "501(c)(3)": the number in a bracket touching the code before it
)
# "501(c)", "3-manifolds": a bracket or a hyphened word glued to the number's end.
_CODE_AFTER = re.compile(r"^(?:\(|[-–][^\W\d_])")

# Words that point to a place in the document: "figure 3.20", "table 2", "chapter 4", "ص 14".
_LOCATOR_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:[Ff]ig(?:ure)?s?\.?|[Tt]ables?|[Cc]hapters?|[Ss]ections?|[Pp]ages?|pp?\."
    r"|[Vv]ol(?:ume)?s?\.?|[Aa]ppendix|[Ee]quations?|[Ee]q\.|[Ll]ines?|[Pp]arts?"
    r"|(?:[وفب]?ال)?(?:شكل|جدول|فصل|صفحه|صفحة|مجلد|ملحق|معادله|معادلة)|ص\.?)"
    r"\s*$"
)
# A wiki footnote or editorial mark: "[21]", "[update]", "[تحديث]", "[citation needed]".
_MARKER_AFTER = re.compile(r"^\s?\[[^\]\n]{1,30}\]")


# A craft and its name before a one- or two-digit number: «قمر نوربيرد 1», «صاروخ فالكون 9»
# (the model's number; English capitalises the name, see designators.designates). The name is no
# adjective («طائرة مسيرة 3», «صاروخ باليستي 2»).
_CRAFT_BEFORE = re.compile(
    r"(?<![^\W\d_])[وف]?(?:ال)?(?:قمر|صاروخ|مركبة|مسبار|سفينة|غواصة|طائرة|هاتف)"
    r"(?:\s+(?:ال)?(?:صناعي|فضائية|فضائي))?\s+(?!ال)[\u0621-\u064a]{3,}(?<![ةي])\s$"
)


# A case's or a law's number and its year: «القضية المقيدة برقم 387 لسنة 2025», «القانون رقم 10
# لسنة 2018», "case No. 387 of 2025": the filing, no fact of the story (set m: trivial).
_FILE_NO = r"(?:[وب]?رقم|(?:[Cc]ase|[Ff]ile|[Dd]ocket)\s+(?:No\.?|number))"
_FILED_AS = re.compile(rf"(?<![^\W\d_]){_FILE_NO}\s*\(?\s*$")  # «رقم (38 / 2022)» too
_FILED_YEAR = re.compile(rf"(?<![^\W\d_]){_FILE_NO}\s*\d+\s*(?:لسنة|لسنه|لعام|of)\s*$")


def filed(text: str, a: int) -> bool:
    """True for the number or the year of a case or a law that starts at text[a]."""
    before = text[max(0, a - 24) : a]
    return bool(_FILED_AS.search(before) or _FILED_YEAR.search(before))


def is_code(text: str, a: int, b: int) -> bool:
    """True when text[a:b], a number, is part of a code or a name rather than a quantity."""
    if b - a <= 2 and _CRAFT_BEFORE.search(text[max(0, a - 40) : a]):
        return True
    if filed(text, a):
        return True
    if _CODE_BEFORE.search(text[max(0, a - 12) : a]) or _CODE_AFTER.match(text[b:]):
        return True
    return is_contact(text, a, b)


# Words that give a telephone number: "call the hotline at 800 – 1MSD", "Ext 6300 – 6307",
# «الاتصال على الخط الساخن 800 - 1244». Not "called": "called for 800-1,000 troops" is a range.
_CONTACT = re.compile(
    r"(?<![^\W\d_])(?:call|contact|hotline|toll[- ]free|phone|telephone|tel|fax|ext|extension"
    r"|whatsapp|(?:ب|ل|و)?(?:ال)?(?:هاتف|اتصال|خط الساخن|تحويلة|واتساب|فاكس)|اتصل|اتصلوا)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
# Digits run on by a dash to more digits or letters: "623 – 2608", "800 – 1MSD", "6300-6307".
# A North American telephone number: "319-291-4312", "(319) 291-4312", "319.291.4312".
_PHONE_EN = re.compile(r"(?<![\d,.])\(?\d{3}\)?[-.\s]\d{3}[-.]\d{4}(?!\d)")
_DASHED_AFTER = re.compile(r"^\s?[-–]\s?[0-9A-Z]")
_DASHED_BEFORE = re.compile(r"[0-9A-Z]\s?[-–]\s?$")
_EXTENSION_BEFORE = re.compile(r"(?<![^\W\d_])(?:ext|extension|تحويلة)\.?\s*$", re.IGNORECASE)


def is_contact(text: str, a: int, b: int) -> bool:
    """True when text[a:b] is part of a telephone number: dashed to more digits after words
    that give one ("hotline at 800 – 1MSD", "call … 623 – 2608"), or an extension ("Ext 6300")."""
    before = text[:a]
    if _EXTENSION_BEFORE.search(before[-16:]):
        return True
    if any(m.start() <= a < m.end() for m in _PHONE_EN.finditer(text, max(0, a - 10), b + 10)):
        return True  # "contact his office at 319-291-4312": a number by its shape alone
    dashed = _DASHED_AFTER.match(text[b:]) or _DASHED_BEFORE.search(before[-4:])
    if dashed and _CONTACT.search(before) is not None:
        return True
    # "contact the SES on 132 500": digits grouped by a space after words that give a number,
    # a piece of them or the whole
    spaced = _SPACED_AFTER.match(text[b:]) or _SPACED_BEFORE.search(before[-6:])
    if " " in text[a:b].strip():
        return _CONTACT.search(before[-50:]) is not None
    return bool(spaced) and _CONTACT.search(before[-30:]) is not None


_SPACED_AFTER = re.compile(r" \d{2,4}(?!\d|[.,]\d)")
_SPACED_BEFORE = re.compile(r"(?<!\d)(?<!\d[.,])\d{2,4} $")


def is_locator(text: str, a: int, b: int) -> bool:
    """True when text[a:b], a number, only locates something in the document: "figure 3.20",
    "[21]" (a footnote in square brackets)."""
    if text[a - 1 : a] == "[" and text[b : b + 1] == "]":
        return True
    return bool(_LOCATOR_BEFORE.search(text[max(0, a - 12) : a]))


def is_item_number(text: str, a: int, b: int) -> bool:
    """True when text[a:b] numbers an item of a list: it opens its line and a dash, a bracket
    or a full stop follows it ("3- سعر الذهب عيار 21 …", "2) Apply online")."""
    return bool(
        _ITEM_BEFORE.search(text[:a]) and _ITEM_AFTER.match(text, b) and text[a:b].isdigit()
    )


def in_a_ranking(text: str, at: int) -> bool:
    """True when the numbered list holding the line at `at` is a ranking, as its heading says
    («جدول ترتيب الدوري», "Final standings"): there an item's number is its place."""
    start = text.rfind("\n", 0, at) + 1
    for _ in range(_MOST_ITEMS):
        line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
        line = text[line_start:start].strip()
        if line and not _NUMBERED_LINE.match(line):
            return bool(_RANKING.search(line))
        if line_start == 0:
            return False
        start = line_start
    return False


# A list item's number opens its line and a dash, a bracket or a full stop follows it.
_ITEM_BEFORE = re.compile(r"(?:^|\n)[ \t]*$")
_ITEM_AFTER = re.compile(r"[ \t]*(?:[-–—)]|\.(?=[ \t]))[ \t]*[^\W\d_]")
_NUMBERED_LINE = re.compile(r"\d{1,3}[ \t]*(?:[-–—)]|\.(?=[ \t]))")
_RANKING = re.compile(r"ترتيب|تصنيف|\b(?:standings|rankings?|leaderboard|league table)\b", re.I)
_MOST_ITEMS = 60  # lines looked back over for the list's heading (items and blank lines)


# The article's own figures, counted where it points at them: "the following three charts",
# "the two maps below", «الخرائط الثلاث التالية»; a count any reader sees, no fact of the topic.
_FIGURES = frozenset(
    fold(w)
    for w in """figure figures table tables map maps chart charts diagram diagrams graph graphs
    timeline timelines image images photo photos photograph photographs illustration
    illustrations plate plates panel panels الجداول الجدولين الجدولان الأشكال الشكلين الشكلان
    الخرائط الخريطتين الخريطتان الرسوم الصور الصورتين الصورتان المخططات المخططين
    المخططان""".split()
)
_POINTING = frozenset(
    fold(w) for w in "following below above these here التالية التاليه الآتية أدناه أعلاه".split()
)
_NEAR = 2  # words either side of the count where its noun and the pointing word stand


def own_figures(text: str, a: int, b: int) -> bool:
    """True for a count text[a:b] of the article's own figures or tables, pointed at."""
    # The three words either side, folded (fold casefolds too); not every word of the text.
    before = [fold(w) for w in re.findall(r"[^\W\d_]+", text[:a])[-_NEAR - 1 :]]
    after = [fold(w) for w in re.findall(r"[^\W\d_]+", text[b:])[: _NEAR + 1]]
    near = set(before[-_NEAR:]) | set(after[:_NEAR])
    return bool(near & _FIGURES) and bool(set(before + after) & _POINTING)


def marked_for_update(text: str, b: int) -> bool:
    """True for a date with an editorial mark after it: "As of January 2016[update]" is wiki
    boilerplate, not a fact of the topic."""
    return bool(_MARKER_AFTER.match(text[b:]))


# The word that opens a law's title: "قانون الجنسية البريطانية 1981", "the Data Act of 2018".
_LAW = re.compile(r"(?<!\w)(?:[وبل]?(?:ال|لل)?(?:قانون|مرسوم)|Act|Law|Code|Ordinance)(?!\w)")
_LAW_WORDS = 6  # words of a law's title after that word, brackets left out
_NOT_TITLE = frozenset(fold(w) for w in "عام العام سنة السنة الصادر صدر in since".split())


def in_law_title(text: str, a: int, stop_words: frozenset[str]) -> bool:
    """True when the number at text[a] closes the title of a law: after "قانون" or "Act", a few
    words with no date word, preposition or punctuation between ("قانون الصحة العقلية (الرعاية)
    2003"). Its year names the law; it is no date worth a gap."""
    laws = list(_LAW.finditer(text, max(0, a - 90), a))
    if not laws:
        return False
    found = laws[-1]
    title = re.sub(r"\([^()]*\)", " ", text[found.end() : a])
    words = [fold(w) for w in title.split()]
    if words == ["of"] or (not words and found.group()[:1].isupper()):
        return True  # "the Data Act of 2018", "Act 1981"
    return 0 < len(words) <= _LAW_WORDS and not any(
        w in stop_words or w in _NOT_TITLE or not w.isalpha() for w in words
    )


# A connective right before punctuation, or an empty bracket: words were lost there, as in
# "between 1990 and ." or "بين 1990 و." or "( )"; no gap in such a sentence reads as a question.
_LOST_WORDS = re.compile(
    r"(?<![^\W\d_])(?:and|or|between|from|of|the|to|than)\s+[.,;:)\]]"
    r"|(?<![^\W\d_])(?:and|or|between|the)[.,;:]"
    r"|(?<![^\W\d_])(?:و|أو|او|إلى|الى|من|بين|في|عن|على|حتى)\s*[.,،؛;:)\]]"
    r"|[(\[][\s,،;؛]*[)\]]"
)


def lost_words(text: str) -> bool:
    """True for a sentence with a hole where the article lost words ("between ____ and .")."""
    return bool(_LOST_WORDS.search(text))


# Three points for a win: a rule of the game, not a fact of the match. Not the points a table
# or a score is apart by ("three points behind", «بفارق 3 نقاط»), which is news.
_POINTS = re.compile(r"\s*(?:points|pts|نقاط)(?!\w)", re.IGNORECASE)
_RESULT = re.compile(
    r"(?<![^\W\d_])(?:wins?|won|winning|victory|lose|loses|lost|losing|defeat|clinch\w*|"
    r"[وب]?(?:ال)?(?:فوز|خسارة|هزيمة)|[وف]?(?:فاز|خسر))(?![^\W\d_])",
    re.IGNORECASE,
)
_APART = re.compile(
    r"(?<![^\W\d_])(?:behind|ahead|clear|adrift|gap|lead|margin|[وب]?(?:ال)?فارق|متقدما|متأخرا"
    r"|بعيدا|خلف)(?![^\W\d_])",
    re.IGNORECASE,
)


def known_count(text: str, a: int, b: int) -> bool:
    """True for a gap text[a:b] on "three points" (or its number) in a sentence about a win or
    a loss: what a win is worth."""
    first = re.match(r"\s*(\S+)", text[a:b])
    if first is None:
        return False
    said = fold(first.group(1))  # fold casefolds
    value = int(said) if said.isdecimal() else NUMBER_WORDS.get(said)
    return (
        value == 3
        and _POINTS.match(text, a + first.end()) is not None
        and _RESULT.search(text) is not None
        and _APART.search(text) is None
    )


# A number may carry an Arabic «و/ب/ل/ف» before it: «و9 فرق محلية» is nine (set hx: the total
# of 9 and 9 asked, given away to both reviewers).
_AMOUNT = re.compile(
    rf"(?:(?<![\w.,])|(?<=(?<!\w)[{GLUED_LETTERS_AR}]))"
    r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![\w.,]?[0-9])|[0-9]+(?![\w.,]?[0-9]))"
    r"|[^\W\d_]+"
)


@lru_cache(maxsize=256)
def _amounts(text: str) -> tuple[tuple[int, int, int], ...]:
    """Whole numbers of the text, in digits or words: (start, end, value); read once per
    sentence, which parts_after and sum_of_others ask of each of its numbers."""
    found = []
    for match in _AMOUNT.finditer(text):
        word = match.group()
        digits = word.replace(",", "")
        value = (
            int(digits) if digits.isascii() and digits.isdigit() else NUMBER_WORDS.get(fold(word))
        )
        if value and not (len(word) == 4 and 1000 <= value <= 2100):  # a year counts nothing
            found.append((match.start(), match.end(), value))
    return tuple(found)


_SMALLEST_SUM = 10
# A sentence that gives a total and its parts: "a total of 66 boards, including three national
# and 63 state boards" (a small part is then no chance sum).
_TOTAL = re.compile(
    r"\b(?:a total of|in total|in all|including|of which|of whom)\b"
    r"|(?<!\w)(?:إجمالي|بإجمالي|منها|منهم|بينها|بينهم)(?!\w)",
    re.IGNORECASE,
)
_PERCENT = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|٪|per cent\b|percent\b|في المئة|في المائة|بالمئة|بالمائة)"
)


def complement(text: str, a: int, b: int) -> bool:
    """True when the share text[a:b] and another of its sentence make a hundred: "the top 33
    boards cover ____ per cent of students, the remaining 33 boards cover just 3 per cent"."""
    shares = [(m.start(), float(m.group(1))) for m in _PERCENT.finditer(text)]
    own = next((v for s, v in shares if s == a), None)
    return own is not None and any(s != a and abs(own + v - 100) < 1e-9 for s, v in shares)


def sum_of_others(text: str, a: int, b: int) -> bool:
    """True when the count text[a:b] is the sum or the difference of two others of its
    sentence: "87 sites, ____ in the public sector and four in the private sector"."""
    amounts = _amounts(text)
    own = next((v for s, e, v in amounts if s == a and e == b), None)
    others = [v for s, e, v in amounts if not (s == a and e == b)]
    if own is None or len(others) < 2:
        return False
    if own < _SMALLEST_SUM and not _TOTAL.search(text):
        return False  # below ten, two numbers of a sentence add up to a third by chance
    return any(
        x + y == own or abs(x - y) == own for k, x in enumerate(others) for y in others[k + 1 :]
    )


def parts_after(text: str, a: int, b: int) -> int | None:
    """Where the first of two later amounts of the sentence that add up to the count text[a:b]
    starts: «514 ألف هكتار منها 236 ألف … والقمح المروي 278 ألف»; None when it is no total
    followed by its parts."""
    amounts = _amounts(text)
    own = next((v for s, e, v in amounts if s == a and e == b), None)
    if own is None or own < _SMALLEST_SUM:
        return None
    later = [(s, v) for s, e, v in amounts if s >= b]
    starts = [
        min(s, t) for k, (s, x) in enumerate(later) for t, y in later[k + 1 :] if x + y == own
    ]
    return min(starts) if starts else None
