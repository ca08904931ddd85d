"""The number of a name, not a quantity ("type 1", "Datsun 810", «تحيا مصر 2» beside «تحيا مصر
1»), and the noun a number counts ("30 بلدًا", "70 million soldiers")."""

from __future__ import annotations

import re

from .document import Document, Sentence, fold
from .headlines import is_headline
from .number_kinds import counts, first_from, name_before

# Words after which a number says which one: "type 1", "grade 3", "category 5", «النوع 2»,
# «الذهب عيار 21» (the gold's grade, which names the price beside it).
_DESIGNATORS = frozenset(
    """type types grade category class level stage version model no. no number النوع نوع الفئة
    الدرجة عيار العيار""".split()
)


def designates(doc: Document, sentence: Sentence, number: re.Match[str]) -> bool:
    """True for the number of a name: after a capitalised word that does not start the sentence
    ("Datsun 810"), or beside the word it follows in the title ("طيبة 1" in a story headlined
    with it)."""
    if not number.group().isdigit():
        return False  # "Approximately 14,500", "بنسبة 95 %": an amount, not a name
    at = number.start()
    if name_before(sentence.text, at):
        return True
    words = sentence.text[max(0, at - 40) : at].split()
    if words and words[-1].lower() in _DESIGNATORS:
        return True  # "diabetes mellitus type 1", "grade 3": which one, not how many
    if not words or fold(words[-1]) in doc.stop_words():
        return False  # "تحتاج إلى 1300 بئر": a count after a preposition names nothing
    end = sentence.start + number.end()
    if (
        len(number.group()) <= 2
        and _numbered_beside(sentence.text, words[-1], number)
        and not _counts_after(doc, sentence, end)  # "كأس الاتحاد 3 مرات": a count
    ):
        return True  # "محطة تحيا مصر 1 … ومحطة تحيا مصر 2": which one, the other beside it
    if (
        doc.language == "ar"
        and len(number.group()) <= 2
        and any(fold(w).removeprefix("و") in _COMPETITIONS_AR for w in words[-4:])
        and not _counts_after(doc, sentence, end)
    ):
        return True  # «بطولة خليجي 24», «دوري أبطال آسيا 2 ونجح»: which edition, no count
    # "Mars 2020" in the headline names the mission; «لمدة 20 سنة» there counts years, and
    # «إعادة 86 طالبًا» students.
    return (
        is_headline(doc)
        and f"{words[-1]} {number.group()}" in doc.title
        and not _lasts(sentence.text, number.end())
        and not (doc.language == "ar" and _counts_after(doc, sentence, end))
    )


# Words of a competition's name, whose number says which edition: «خليجي 24».
_COMPETITIONS_AR = frozenset(fold(w) for w in "دوري كأس بطولة خليجي".split())
# Units of time after a number: a duration, counted, never part of a name.
_TIME_UNITS = frozenset(
    fold(w)
    for w in """سنة سنوات عام أعوام شهر أشهر شهور أسبوع أسابيع يوم أيام ساعة ساعات دقيقة دقائق
    year years month months week weeks day days hour hours minute minutes""".split()
)


def _lasts(text: str, end: int) -> bool:
    """True when a unit of time follows the number: «لمدة 20 سنة», "for 20 years"."""
    following = text[end : end + 12].split()[:1]
    return bool(following) and fold(following[0]).casefold() in _TIME_UNITS


def _counts_after(doc: Document, sentence: Sentence, end: int) -> bool:
    """True when a noun the number counts follows it; «تحيا مصر 2 بدمياط» is followed by a
    place after its preposition."""
    after = counted_noun_end(doc, sentence, end)
    word = fold(doc.text[end:after].strip())
    if doc.language == "ar" and word[:1] == "و":
        return False  # «آسيا 2 ونجح»: "and" opens the next clause, no noun counted
    return after > end and not (doc.language == "ar" and word[:1] in "بل" and len(word) >= 5)


# A tally reached, never a name's number: «رفع رصيده إلى النقطة 72».
_TALLY_AR = frozenset(fold(w) for w in "نقطة نقاط".split())


def _numbered_beside(text: str, word: str, number: re.Match[str]) -> bool:
    """True when `word` stands before another small number in the same sentence."""
    if len(word) < 3 or not word[0].isalpha() or word.endswith("ـ"):
        return False  # "الـ 30 … الـ 5": the drawn-out article is no name
    if fold(word).removeprefix("ال") in _TALLY_AR:
        return False  # «رصيده الى النقطة 72 … عند النقطة 39»: a team's points, counted
    pattern = re.compile(rf"(?<!\w){re.escape(word)}[-\s]?(\d{{1,2}})(?!\d)")
    return any(m.group(1) != number.group() for m in pattern.finditer(text))


def counted_noun_end(doc: Document, sentence: Sentence, end: int, start: int = -1) -> int:
    """Where the noun a number counts ends ("30 بلدًا", "70 million soldiers"): the gap keeps
    the number alone, and the number with its noun is accepted too. Given where the number
    starts, a minute's or a round's number («الدقيقة 40») counts nothing either."""
    if _A_SHARE.search(doc.text, max(0, end - 12), end):
        return end  # "41% ليصل", "12 percent towards": a share counts no noun after it
    if start >= 0 and _LABEL_BEFORE_AR.search(doc.text, max(sentence.start, start - 20), start):
        return end  # «في الدقيقة 40 مستغلًا»: the accusative after it is no counted noun
    at = first_from(sentence, end)  # a binary search: a sentence of many numbers stays linear
    following = sentence.tokens[at] if at < len(sentence.tokens) else None
    if following is None or not counts(doc.language, doc.stop_words(), following, end):
        return end
    return following.end


_A_SHARE = re.compile(r"(?:[%٪]|percent|per cent|بالمئة|بالمائة|في المئة|في المائة)$")
# «في الدقيقة 40», «في الجولة الـ 20»: the number says which minute, round or place.
_LABEL_BEFORE_AR = re.compile(
    r"(?<!\w)[وفب]?(?:ال)?(?:دقيقة|دقيقه|جولة|جوله|مرحلة|مرحله|مركز|مرتبة|مرتبه|شوط|حلقة|حلقه|طابق)"
    r"\s*(?:ال|الـ)?\s*$"
)
