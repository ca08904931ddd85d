"""Numbers written in words ("ثماني مناطق", "four years"), asked like numbers in digits: the
gap on the number, its digits and the number with what it counts accepted too."""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS
from ..questions import CLOZE_GAP, Question
from .codes import known_count, own_figures, sum_of_others
from .counted_lists import lists_its_count
from .document import Document, Sentence, Token, fold
from .drafts import cloze
from .given import (
    months_of_a_span,
    names_its_days,
    numbers_its_items,
    spelled_beside,
)
from .number_keys import plural_or_unit_en

_CONFIDENCE = 0.6
# Words that carry a number on after its first word: "ثلاثة آلاف", "ثمان عشرة", "five hundred".
MULTIPLIERS = {
    "الاف": 1000, "الف": 1000, "الفا": 1000, "مليون": 10**6, "ملايين": 10**6, "مليار": 10**9,
    "مليارات": 10**9, "تريليون": 10**12, "تريليونات": 10**12, "مئه": 100, "مائه": 100,
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}  # fmt: skip
_TEENS_AR = {"عشر", "عشره"}
# The first word of "اثنتا عشرة", "إحدى عشرة": a number only with the "عشر" after it.
_TEEN_FIRST_AR = {"اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2, "احد": 1, "احدي": 1}
# A second number after these is the other end of a span: "three or four players".
SPAN_WORDS = {"or", "to", "او", "الى", "و"}
_TEN_AR = {"عشره": 10}
# Ordinals that open a teen: "الثالثة عشرة" is the thirteenth, never a "عشرة" on its own.
_ORDINALS_AR = {
    "حادي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8,
    "تاسع": 9,
}  # fmt: skip
_ONE = {"one", "واحد", "واحده"}  # folded
_PARTS = {"ارباع", "اخماس", "اثلاث", "اعشار", "اسداس", "اثمان"}  # "ثلاثة أرباع" is a fraction


def _value(token: Token) -> int | None:
    """The number a word spells, without an article ("الثلاث" follows its noun as an adjective,
    "خمس السكان" is a fifth): only a bare number counts something."""
    key = _strip(token.key) if token.is_arabic else token.key
    value = NUMBER_WORDS.get(key, _TEN_AR.get(key))
    return value if value is not None and value >= 2 else None


def _counted(doc: Document, token: Token | None) -> bool:
    """True for a noun a number counts: a content word, indefinite in Arabic ("مواقع", not
    "المواقع" of a fraction "خمس المواقع")."""
    if token is None or not token.text[0].isalpha() or token.key in doc.stop_words():
        return False
    if _value(token) is not None:
        return False  # "ثلاثين وأربعين رجلا": a range, the noun comes after its second end
    if token.is_arabic:
        return not token.key.startswith(("ال", "وال", "بال", "لل")) and token.key not in _PARTS
    return token.key != "of" and not token.text[0].isupper()  # not "Seven Wonders": a name


# A spelled number inside a turn of phrase (set z: "a ____ o'clock shadow" keyed "five",
# garbled, both reviewers): never a count.
_IDIOM_EN = re.compile(r"\w+\s+o['’]clock\s+shadow\b", re.IGNORECASE)


# A scale word without a number before it says "many", not how many.
_BARE_SCALES_EN = frozenset("hundred thousand million billion dozen".split())


# After "the two", a verb or "of" says the number points back at people already named.
_POINTING_ON_EN = frozenset(
    """expect expected said say says were are have had will would could also both of who
    men women sides parties teams countries nations leaders""".split()
)


def _back_reference(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and (tokens[k].key in _POINTING_ON_EN or tokens[k].key.endswith("ed"))


def extract(doc: Document, sentence: Sentence, dateline: int) -> list[Question]:
    """A gap on each number the sentence spells in words before what it counts."""
    questions: list[Question] = []
    tokens = sentence.tokens
    k = 0
    while k < len(tokens):
        first = tokens[k]
        if k + 1 < len(tokens) and _ordinal(first) and tokens[k + 1].key in _TEENS_AR:
            question = _ordinal_teen(doc, sentence, first, tokens[k + 1], dateline)
            questions += [question] if question else []
            k += 2
            continue
        value = _value(first)
        teen = k + 1 < len(tokens) and tokens[k + 1].key in _TEENS_AR
        if value is None and teen and first.is_arabic:
            value = _TEEN_FIRST_AR.get(_strip(first.key))  # "اثنتي عشرة": 2, then 10 more
        after_number = (
            k > 0
            and (
                _value(tokens[k - 1]) is not None
                or tokens[k - 1].key in _TEEN_FIRST_AR
                or (k > 1 and tokens[k - 1].key in SPAN_WORDS and opens_a_span(tokens[k - 2]))
                # «لواحد وثمانين»: one and eighty, 81, with «ل» on its «واحد»
                or (first.key[:1] == "و" and tokens[k - 1].key.removeprefix("ل") in _ONE)
                # "one hundred and twenty thousand": the number goes on past its "and" (set o:
                # "one hundred and ____" keyed "twenty thousand")
                or (k > 1 and tokens[k - 1].key == "and" and tokens[k - 2].key in MULTIPLIERS)
            )
        )
        if value is None or first.start < dateline or after_number:
            k += 1
            continue
        if first.key in _BARE_SCALES_EN:
            k += 1
            continue  # "several hundred hours", "a thousand fans": a scale, no count to type
        if k > 0 and tokens[k - 1].key == "the" and _back_reference(tokens, k + 1):
            k += 1
            continue  # "the two expect to be deported": the two men named before, no count
        end, total = k + 1, value
        while end < len(tokens):
            key, more = tokens[end].key, _value(tokens[end])
            if key in MULTIPLIERS:
                total *= MULTIPLIERS[key]
            elif first.is_arabic and key in _TEENS_AR:
                total += 10
            elif key[:1] == "و" and end == k + 1 and value < 10 and more and more % 10 == 0:
                total += more  # "خمسة وعشرين", not "ثلاثين وأربعين" (between 30 and 40)
            else:
                break
            end += 1
        last = tokens[end - 1]
        noun = tokens[end] if end < len(tokens) else None
        idiom = _IDIOM_EN.match(doc.text, first.start) is not None
        if _counted(doc, noun) and not _broken(doc, first, noun) and not idiom:
            start = _after_clitic(first)
            a, b = start - sentence.start, last.end - sentence.start
            listed = noun is not None
            if not (
                spelled_beside(sentence.text, a, b)
                or known_count(sentence.text, a, b)
                or own_figures(sentence.text, a, b)
                or (listed and lists_its_count(doc.text[noun.end : sentence.end], total))
                or (listed and names_its_days(sentence.text, noun.text, total))
                or numbers_its_items(sentence.text[b:], total)
                or months_of_a_span(sentence.text[:a])
                or sum_of_others(sentence.text, a, b)
            ):
                # "as many as ____ young players": "seven young" is no answer to accept
                plural = noun and (noun.is_arabic or plural_or_unit_en(noun.key))
                with_noun = doc.text[start : noun.end] if plural else ""
                accept = [str(total), with_noun]
                q = cloze(doc, sentence, start, last.end, "number", _CONFIDENCE, accept=accept)
                if q:
                    questions.append(q)
        k = end
    return questions


# "the hotter of the two days", "the largest of the three": a comparison among things named.
_COMPARED_AMONG = re.compile(
    r"\b(?:better|worse|more|less|hotter|colder|warmer|cooler|larger|smaller|bigger|higher"
    r"|lower|older|younger|longer|shorter|faster|slower|stronger|weaker|best|worst|most|least"
    r"|(?:larg|bigg|small|high|low|old|young|long|short|fast|slow|strong|weak|hott|cold|warm"
    r"|cool|great|rich|poor|heavi|light|busi|deadli)est)"
    r" of the\s*$",
    re.IGNORECASE,
)


def compared_among(prompt: str, key: str) -> bool:
    """True for a gap keyed by a count after a comparison's "of the": "Monday is expected to be
    the hotter of the ____ days" keyed "two" (set hv's reviewers: trivial to both), the days
    named; a count of what the article names, not a fact of its own."""
    before, gap, _ = prompt.partition(CLOZE_GAP)
    first = key.split()[0].casefold() if key.split() else ""
    counts = first.isdigit() or fold(first) in NUMBER_WORDS
    return bool(gap) and counts and _COMPARED_AMONG.search(before) is not None


def _ordinal(token: Token) -> int | None:
    """The unit of an Arabic ordinal, with or without its article: "الثالثة" -> 3."""
    if not token.is_arabic:
        return None
    key = _strip(token.key).removeprefix("ال")
    return _ORDINALS_AR.get(key.removesuffix("ه"))


def _ordinal_teen(
    doc: Document, sentence: Sentence, first: Token, teen: Token, dateline: int
) -> Question | None:
    """ "في عمر ____" keyed "الثالثة عشرة", the digits accepted: both words, or no gap."""
    if first.start < dateline:
        return None
    start = _after_clitic(first)
    a, b = start - sentence.start, teen.end - sentence.start
    if spelled_beside(sentence.text, a, b) or own_figures(sentence.text, a, b):
        return None
    accept = [str(10 + (_ordinal(first) or 0))]
    return cloze(doc, sentence, start, teen.end, "number", _CONFIDENCE, accept=accept)


def _after_clitic(first: Token) -> int:
    """Where a gap on the number opening at `first` starts: after its «و» («وسبعة»)."""
    return first.start + (1 if first.is_arabic and first.key != _strip(first.key) else 0)


def is_number(token: Token) -> bool:
    return token.text[:1].isdigit() or _value(token) is not None


def opens_a_span(token: Token) -> bool:
    """A number a span starts from, "one" too: "one or two crops" is a vague few, and its
    "two" no count to ask (reviewers: "the idiom fills itself")."""
    return is_number(token) or token.key in _ONE


def _strip(key: str) -> str:
    """The Arabic word without its conjunction: "وسبعة" -> "سبعة"; or without «ب»/«ل» before a
    number: «حكم عليه بثلاثة أشهر» -> «ثلاثة» (set h: never asked)."""
    if key[:1] == "و" and len(key) > 3:
        return key[1:]
    if key[:1] in "بل" and len(key) > 3 and (key[1:] in NUMBER_WORDS or key[1:] in _TEN_AR):
        return key[1:]
    return key


def _broken(doc: Document, first: Token, noun: Token | None) -> bool:
    """True when the number and its noun are not one run of text (a comma or bracket between)."""
    if noun is None:
        return True
    between = doc.text[first.end : noun.start]
    return any(mark in between for mark in ',،()[]؛;:."«»“”')  # "three [titles]": an insertion
