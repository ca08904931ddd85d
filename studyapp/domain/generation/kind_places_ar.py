"""Arabic places the gazetteer does not know, named after the noun of their kind: «بمحافظة
الدرب», «في قرية الصقعان», «في مدينة رفح الجديدة», «في مدينة هسينشو التايوانية» (the name
«هسينشو»; the word of origin after it is no part of it).

Only in a pasted article: in the reading sets' encyclopaedia passages such names stand beside
answers that matter more (ARCD-test recall@10 fell to 0.595 when they were asked there)."""

from __future__ import annotations

import re

from .document import STOP_AR, Document, Sentence, fold, fold_same_length
from .names import ROLE_NOUNS_AR
from .precision import COMMON_AR

# The kind, in construct with the name (no article on it), after a preposition or «و».
# Not «مديرية» (a directorate), «قضاء» (the judiciary), «ناحية» ("on the other hand"). «ولاية»
# (a province: «ولاية بجاية»), «بلدية» (a municipality) and «منطقة» («منطقة جازان»).
KINDS_AR = (
    "محافظة", "مدينة", "قرية", "بلدة", "إقليم", "اقليم", "جزيرة", "مخيم", "ولاية", "بلدية",
    "منطقة",
)  # fmt: skip
KIND_KEYS_AR = frozenset(fold(kind) for kind in KINDS_AR)  # as tokens' keys are folded
_KIND = re.compile(
    r"(?<!\w)(?:في|من|إلى|الى|و|ب|ل|وب|وفي|وب|لل)?\s?" rf"(?:{'|'.join(KINDS_AR)})\s+"
)
# A name is one word, two when the second is definite and no adjective («شرم الشيخ»; «رفح
# الجديدة» is asked as «رفح», «الجديدة» left beside the gap).
_WORD = re.compile(r"[\u0621-\u064a]{2,}")
# Words after the kind noun that describe it, no name: «مدينة كبيرة», «قرية حدودية».
_DESCRIBING = frozenset(
    fold(w)
    for w in """كبيرة صغيرة جديدة قديمة واحدة أخرى اخرى ثانية أولى كاملة بأكملها بكاملها نفسها
    ذاتها سكنية صناعية ساحلية حدودية سياحية نائية مجاورة تابعة التابعة الواقعة المجاورة
    الجديدة القديمة الكبرى الصغرى جديد""".split()
)


def spans(doc: Document, sentence: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, name) of each place the sentence names after its kind's noun."""
    if doc.language != "ar" or not doc.article:
        return []
    found = []
    text = sentence.text
    for kind in _KIND.finditer(text):
        words = list(_WORD.finditer(text, kind.end()))[:2]
        if not words or words[0].start() != kind.end():
            continue
        first = words[0]
        if not _a_name(first.group()):
            continue
        end = first.end()
        if len(words) == 2 and text[first.end() : words[1].start()] == " ":
            second = words[1].group()
            if second.startswith("ال") and _a_name(second) and not _adjective(second):
                end = words[1].end()  # «شرم الشيخ»
            elif _closes_a_pair(text, words[1]):
                end = words[1].end()  # «ولاية سوق أهراس،», «منطقة آيت سلام ببلدية إغرم»
            elif fold(first.group()) in _OPENS_A_REGION and _a_name(second):
                end = words[1].end()  # «محافظة ريف دمشق», «محافظة شمال سيناء» (set ic: garbled)
        name = text[first.start() : end]
        found.append((sentence.start + first.start(), sentence.start + end, name))
    return found


def _a_name(word: str) -> bool:
    key = fold(word)
    bare = key[2:] if key.startswith("ال") else key
    return (
        len(bare) >= 3
        and key not in STOP_AR
        and key not in COMMON_AR
        and key not in _DESCRIBING
        and key not in ROLE_NOUNS_AR
        and not key.endswith("يه")  # «سكنيه», «الصناعيه»: a word of kind or origin
    )


# What may follow a two-word name and close it: a mark, or a word «ب» or «في» opens.
_CLOSE = re.compile(r"\s*(?:[،,.:؛)]|$|(?:ب|في\s|من\s)(?!ال))")


def _closes_a_pair(text: str, second: re.Match[str]) -> bool:
    """True for an indefinite second word of a name, closed right after it by a comma or
    another place's «ب…»: «سوق أهراس،», «آيت سلام ببلدية»; not a word a clitic opens or one
    of time («رفح يوم الجمعة»)."""
    word = second.group()
    key = fold(word)
    if key[:1] in "وبلف" or key.startswith("ال") or not _a_name(word) or _adjective(word):
        return False
    return key not in _TIME_AR and _CLOSE.match(text, second.end()) is not None


# Words a governorate's name of two opens with: «ريف دمشق», «شمال سيناء», «جنوب كردفان».
_OPENS_A_REGION = frozenset(fold(w) for w in "ريف شمال جنوب شرق غرب وسط".split())
_TIME_AR = frozenset(fold(w) for w in "يوم أمس غدا اليوم صباح مساء ليلة منذ خلال".split())


def _adjective(word: str) -> bool:
    """«التايوانية», «المصري», «الجديدة»: a word describing the name, no part of it."""
    return fold_same_length(word).endswith(("ه", "ي"))
