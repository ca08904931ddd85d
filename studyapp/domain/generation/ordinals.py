"""Ordinal numbers of the things news counts in turn, asked like numbers: "in the ____
minute" keyed "10th", "for the ____ time" keyed "third", «في الدقيقة ____» keyed «العاشرة»,
«في دورتها ____» keyed «الأربعين», the digits accepted too (not the hour of a clock,
«الساعة العاشرة», which held-out reviewers called a reporting detail).

Only after (Arabic) or before (English) a noun that ranks what it names — a minute, a time, a
year, a place in a table, a session — so that the steps of a sequence ("the second phase",
«المرحلة الثانية»), which sequences.py asks in order, are no gap; "first" only for a place in
a ranking ("finished in first place"), where it is a result and not a way of counting.
"""

from __future__ import annotations

import re

from ..questions import Question
from . import outlets
from .document import Document, Sentence, Token, fold
from .drafts import cloze

_CONFIDENCE = 0.6
# The extra that holds an ordinal gap's key with the noun it ranks ("third time", «الدقيقة
# العاشرة»): another question printing "third" elsewhere ("the third-largest city", «الهدف
# الثاني») gives nothing away; printing it with its noun does (folding.py).
RANKED = "ranked"

_UNITS_AR = {
    "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8, "تاسع": 9,
    "عاشر": 10,
}  # fmt: skip
_TENS_AR = {
    "عشرين": 20, "ثلاثين": 30, "اربعين": 40, "خمسين": 50, "ستين": 60, "سبعين": 70,
    "ثمانين": 80, "تسعين": 90,
}  # fmt: skip
_FIRST_AR = {"اول", "اولي"}
_COMPOUND_UNITS_AR = {**_UNITS_AR, "حادي": 1}
# Nouns an ordinal after them ranks, folded and without article, clitic or pronoun.
_RANKED_AR = frozenset(
    """دقيقه مره مركز مرتبه طابق عام سنه يوم اسبوع شهر جوله دوره نسخه موسم ولايه ذكري صف
    حلقه جلسه مجموعه لقب""".split()
)  # not «الساعة العاشرة»: the hour of a tally or a kick-off, trivial to reviewers (set s: 0 of 4)
# Words an ordinal without its article heads: «ثالث أيام العيد», «ثاني أكبر مدينة».
_HEADED_AR = frozenset(
    fold(w) for w in "أيام أكبر أعلى أكثر أهم أفضل أطول أقدم أغنى مرة يوم أسبوع جولة".split()
)
_SUPERLATIVES_AR = frozenset(fold(w) for w in "أكبر أعلى أكثر أهم أفضل أطول أقدم أغنى".split())
_PLACES_AR = frozenset({"مركز", "مرتبه"})  # where "the first" is a result, not a count

_WORDS_EN = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_WORDS_EN_BY_VALUE = {value: word for word, value in _WORDS_EN.items()}
_DIGITS_EN = re.compile(r"^(\d{1,3})(?:st|nd|rd|th)$", re.IGNORECASE)
_RANKED_EN = frozenset(
    """minute minutes time year day week month round place position spot floor grade
    anniversary session edition term season game inning lap attempt title""".split()
)
_PLACES_EN = frozenset({"place", "position", "spot"})
# A place noun as written before or after its ordinal, folded: «المركز», «بالمرتبة», "place".
_PLACE_NOUNS = frozenset(
    fold(w) for w in "المركز بالمركز المرتبة بالمرتبة مركز مرتبة place position spot".split()
)
# Words between the ordinal and its noun that keep it an ordinal of that noun.
_ON_EN = frozenset({"straight", "consecutive", "successive", "annual", "full"})
# "the third-largest", "the second most visited": a rank among others.
_SUPERLATIVE_EN = re.compile(
    r"^(?:largest|biggest|highest|lowest|busiest|richest|most|best|worst)$"
)
_BEFORE_EN = frozenset({"the", "its", "his", "her", "their", "our", "a", "in"})


def extract(doc: Document, sentence: Sentence, dateline: int) -> list[Question]:
    """A gap on each ordinal of the sentence that ranks a noun of _RANKED_AR / _RANKED_EN."""
    found = _arabic(sentence) if doc.language == "ar" else _english(sentence)
    questions = []
    for start, end, value, noun in found:
        # the ordinal with what it ranks: "10th minute", «اليوم العاشر», a right answer too
        ranked = doc.text[min(start, noun[0]) : max(end, noun[1])]
        if start < dateline or _numbered(sentence.text, value):
            continue
        if _beside_its_neighbour(doc, sentence, start, end, noun, value):
            continue  # «جاء في المرتبة الثالثة وتلته في المركز ____»: the next place, fourth
        if outlets.is_outlet(doc, ranked):
            continue  # «جريدة اليوم السابع»: a paper's name, no seventh day
        accept = [str(value), ranked]
        if doc.language == "en":
            word = _WORDS_EN_BY_VALUE.get(value)
            said = doc.text[start:end]
            accept += [w for w in (f"{value}{_suffix(value)}", word) if w and w != said]
        question = cloze(doc, sentence, start, end, "number", _CONFIDENCE, accept=accept)
        if question is not None:
            question.extra[RANKED] = ranked
            questions.append(question)
    return questions


def _arabic(sentence: Sentence) -> list[tuple[int, int, int, tuple[int, int]]]:
    tokens = sentence.tokens
    out = []
    for k in range(len(tokens) - 1):
        unit = _UNITS_AR.get(tokens[k].key.removesuffix("ه"))
        if unit is not None and tokens[k + 1].key in _HEADED_AR:
            # «سابع أكبر بلد»: a superlative's noun after it is part of what is ranked
            last = k + 2 if k + 2 < len(tokens) and tokens[k + 1].key in _SUPERLATIVES_AR else k + 1
            out.append(
                (tokens[k].start, tokens[k].end, unit, (tokens[k + 1].start, tokens[last].end))
            )
    for k in range(1, len(tokens)):
        noun, word = _noun_ar(tokens[k - 1].key), tokens[k].key
        if noun not in _RANKED_AR or not word.startswith("ال"):
            continue
        bare = word[2:]
        unit = _COMPOUND_UNITS_AR.get(bare.removesuffix("ه"))
        after = tokens[k + 1].key if k + 1 < len(tokens) else ""
        at, ranked = tokens[k].start, _span(tokens[k - 1])
        if unit is not None and after.startswith("وال") and after[3:] in _TENS_AR:
            out.append((at, tokens[k + 1].end, unit + _TENS_AR[after[3:]], ranked))
        elif after in ("عشر", "عشره"):
            continue  # «الثالثة عشرة»: spelled.py asks the teens
        elif unit is not None and unit > 1:
            out.append((at, tokens[k].end, unit, ranked))
        elif bare in _TENS_AR:
            out.append((at, tokens[k].end, _TENS_AR[bare], ranked))
        elif bare in _FIRST_AR and noun in _PLACES_AR:
            out.append((at, tokens[k].end, 1, ranked))
    return out


def _noun_ar(key: str) -> str:
    """«للمره» -> «مره», «بالمركز» -> «مركز», «دورتها» -> «دوره»: the bare noun."""
    for prefix in ("وبال", "وال", "بال", "لل", "كال", "فال", "ال"):
        if key.startswith(prefix) and len(key) - len(prefix) >= 2:
            return key[len(prefix) :]
    for pronoun in ("ها", "هم", "ه"):
        if key.endswith("ت" + pronoun):
            return key[: -len(pronoun) - 1] + "ه"
    return key


def _english(sentence: Sentence) -> list[tuple[int, int, int, tuple[int, int]]]:
    tokens = sentence.tokens
    out = []
    for k in range(1, len(tokens) - 1):
        word, _, rest = tokens[k].text.partition("-")  # "third-largest" is one token
        digits = _DIGITS_EN.match(word)
        value = int(digits.group(1)) if digits else _WORDS_EN.get(word.lower())
        before = tokens[k - 1].key
        if value is None or not (before in _BEFORE_EN or before.endswith(("'s", "’s"))):
            continue
        if rest:
            if _SUPERLATIVE_EN.match(rest.lower()):
                out.append((tokens[k].start, tokens[k].start + len(word), value, _span(tokens[k])))
            continue  # "third-party", "second-hand"
        j = k + 1
        while j < len(tokens) - 1 and tokens[j].key in _ON_EN:
            j += 1
        noun = tokens[j].key
        ranked = noun in _RANKED_EN or _SUPERLATIVE_EN.match(noun) is not None
        if not ranked or tokens[j].text[:1].isupper():
            continue  # "the 2nd Circuit", "42nd Street": a name
        if value == 1 and noun not in _PLACES_EN:
            continue
        out.append((tokens[k].start, tokens[k].end, value, _span(tokens[j])))
    return out


def _span(token: Token) -> tuple[int, int]:
    return token.start, token.end


# The ordinals of a ranking's places, folded, by value: what "the place before" is called.
_PLACE_ORDINALS = {
    value: (f"ال{unit}", f"ال{unit}ه", _WORDS_EN_BY_VALUE[value])
    for unit, value in _UNITS_AR.items()
}
_PLACE_ORDINALS[1] = (*(f"ال{word}" for word in _FIRST_AR), "first")


def _beside_its_neighbour(
    doc: Document, sentence: Sentence, start: int, end: int, noun: tuple[int, int], value: int
) -> bool:
    """True for a place in a ranking beside the place before or after it: «جاء حزب الوفد في
    المرتبة الثالثة وتلته في المركز ____» keyed «الرابع» (set t: given away, both reviewers),
    and the third before «وتلته في المركز الرابع» as well."""
    if fold(doc.text[noun[0] : noun[1]]).casefold() not in _PLACE_NOUNS:
        return False
    before = set(fold(doc.text[max(sentence.start, start - 60) : start]).casefold().split())
    after = set(fold(doc.text[end : min(sentence.end, end + 60)]).casefold().split())
    return any(word in before for word in _PLACE_ORDINALS.get(value - 1, ())) or any(
        word in after for word in _PLACE_ORDINALS.get(value + 1, ())
    )


def _numbered(text: str, value: int) -> bool:
    """True when the sentence numbers something by the ordinal's value ("the second-best record
    and the No. 2 seed", «المصنف رقم 2»): the number gives the ordinal away."""
    return re.search(rf"(?:\bNo\.|#|رقم)\s*{value}(?!\d)", text) is not None


def _suffix(value: int) -> str:
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
