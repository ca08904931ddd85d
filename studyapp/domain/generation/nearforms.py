"""A gap given away by a near form of its key elsewhere in the prompt: "مركز بيانات" beside a
gap keyed "مراكز البيانات", "data center" beside a gap keyed "data centers"; and a name's other
half or other script beside its gap ("E.I. du ____", "سي. سي. وي ____" keyed "C.C. Wei"); and
a gap the text glosses beside it (an acronym, a quantity in other units)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..questions import CLOZE_GAP
from ..text import normalize, tokens
from .document import STOP_AR, fold
from .money import converted_after
from .names import ORG_CUES_AR, ROLE_NOUNS_AR
from .number_keys import NUMBER
from .precision import COMMON_AR, FUNCTION_WORDS_AR, FUNCTION_WORDS_EN

_AR_LETTER = re.compile("[\u0621-\u064a]")
_AR_ARTICLE = re.compile(r"^(?:[وفبلك]?ال|لل)(?=\w{3})")
_AR_CLITIC = re.compile(r"^[وفبل](?=\w{4})")
_AR_SUFFIX = re.compile(r"(?<=\w{3})(?:ات|ون|ين|ه|ها)$")
# Long vowels inside a word, not at its ends: "مراكز" ~ "مركز", but "فرنسا" is not "فرنسي".
_AR_LONG_VOWELS = re.compile("(?<=.)[اويء](?=.)")
_EN_SUFFIX = re.compile(r"(?<=\w{3})(?:(?<=[sxz])es|(?<=[cs]h)es|(?<!s)s)$")
# A skeleton shorter than this matches too many other words ("بيان" and "بين" share "بن").
_SKELETON = 3
# A key is checked only when one of its content words has at least this many letters.
_WORD = 4


@lru_cache(maxsize=1 << 16)
def _forms(word: str) -> frozenset[str]:
    """What a word is compared by: its light stems, and for Arabic their consonant skeletons."""
    if not _AR_LETTER.match(word):
        return frozenset({_EN_SUFFIX.sub("", word)})
    bare = _AR_ARTICLE.sub("", word)
    stems = {_AR_SUFFIX.sub("", w) for w in {bare, _AR_CLITIC.sub("", bare)}}
    skeletons = {_AR_LONG_VOWELS.sub("", s) for s in stems}
    return frozenset(stems | {s for s in skeletons if len(s) >= _SKELETON})


def _content(words: list[str]) -> list[str]:
    return [
        w
        for w in words
        if not w.isdigit()
        and w not in FUNCTION_WORDS_EN
        and w not in FUNCTION_WORDS_AR
        and "ال" + w not in FUNCTION_WORDS_AR
    ]


def ministry_shown(prompt: str, key: str) -> bool:
    """True for a ministry's name whose minister the prompt names by the same portfolio:
    «وزارة التعليم العالي والبحث العلمي» beside «وزير التعليم العالي» (set v's reviewer: given
    away)."""
    words = fold(key).split()
    if len(words) < 2 or words[0] not in ("وزاره", "بوزاره", "لوزاره"):
        return False
    pattern = rf"(?<!\S)[وبل]?(?:ال)?وزير[ه]?\s+{re.escape(words[1])}"
    return re.search(pattern, fold(prompt)) is not None


def near_form_shown(prompt: str, key: str) -> bool:
    """True when every content word of `key` matches, by a light stem, a word of the prompt
    outside the gap; a key of numbers or function words only is never flagged."""
    words = _content(tokens(key))
    if not any(len(w) >= _WORD for w in words):
        return False  # "Day" beside "days": too short a word to tell a near form by
    seen = set()
    for word in tokens(prompt.replace(CLOZE_GAP, " ")):
        seen |= _forms(word)
    return all(_forms(w) & seen for w in words)


_STEM_AR_PREFIX = re.compile(r"^[وفبلك]?ال(?=...)")
_STEM_AR_SUFFIX = re.compile(r"(?<=...)(?:ات|ين|ون)$")
_STEM_EN_SUFFIX = re.compile(r"(?<=....)(?:ians|ian|ean|ists|ist|ics|ic|es|s)$")


@lru_cache(maxsize=1 << 16)  # the words of one sentence come back with each of its gaps
def _stem(word: str, language: str) -> str:
    """A rough stem to compare words by: "plastids" -> "plastid", "Aristotelian" ->
    "aristotel", "البيانات" -> "بيان"."""
    if language == "ar":
        return _STEM_AR_SUFFIX.sub("", _STEM_AR_PREFIX.sub("", word))
    return _STEM_EN_SUFFIX.sub("", word).removesuffix("e")


def stem_shown(prompt: str, answer: str, language: str) -> bool:
    """True when every word of the answer shares its stem with a word of the prompt: the
    answer is as good as given ("primary plastids … ____" keyed "plastid", "Aristotle …
    ____ cosmology" keyed "Aristotelian", "natural place … unnatural or forced motion" keyed
    "natural motion")."""
    seen = [w for w in normalize(prompt).split() if len(w) >= 4]
    shown = {_stem(w, language) for w in seen} | {w[:7] for w in seen if len(w) >= 7}
    words = [w for w in normalize(answer).split() if len(w) >= 4 and not w.isdigit()]
    return bool(words) and all(
        _stem(w, language) in shown or (language == "en" and len(w) >= 7 and w[:7] in shown)
        for w in words
    )


# The letters an Arabic spelling of a Latin name may start each word with: "وي" for "Wei",
# "سي" for the initial "C.". A lone initial may also be read by its letter's name ("إتش" H.).
_IN_ARABIC = {
    "a": "اأإآع", "b": "ب", "c": "كسش", "d": "دض", "e": "اأإي", "f": "ف", "g": "جغق",
    "h": "هحخ", "i": "اأإآي", "j": "جي", "k": "كقخ", "l": "ل", "m": "م", "n": "ن",
    "o": "اأوع", "p": "بف", "q": "قك", "r": "ر", "s": "سصشز", "t": "تطث", "u": "اأيو",
    "v": "فڤ", "w": "و", "x": "إكز", "y": "يج", "z": "زظذ",
}  # fmt: skip
_LATIN = "[A-Za-z]+"
_ARABIC = "[\u0621-\u064a]+"
_SPELLING = 60  # characters either side of the gap searched for the other spelling


def other_script_span(
    text: str, start: int, end: int, answer: str, *, one_word: bool = False
) -> tuple[int, int] | None:
    """Where the name text[start:end] (two words or more) is spelt beside itself in the other
    script, word for word by first letters: "سي. سي. وي C.C. Wei" keyed "C.C. Wei", or the
    reverse; the span of both spellings (a bracket around one included), else None. With
    `one_word`, a name of one word too, where the Arabic word is no common one («إيني ENI»)."""
    for mine, theirs in ((_LATIN, _ARABIC), (_ARABIC, _LATIN)):
        words = re.findall(mine, answer)
        least = 1 if one_word else 2
        if len(words) < least or len(words) != len(re.findall(r"[^\W\d_]+", answer)):
            continue
        run = rf"(?<![^\W\d_])((?:{theirs}\.?[ \t]*){{{len(words)}}})"
        left = max(0, start - _SPELLING)
        before = re.search(run + r"\(?[ \t]*$", text[left:start])
        after = re.match(r"[ \t]*\(?[ \t]*" + run + r"(?![^\W\d_])", text[end : end + _SPELLING])
        for found in (before, after):
            if not found:
                continue
            other = re.findall(theirs, found.group(1))
            latin, arabic = (words, other) if mine == _LATIN else (other, words)
            if len(words) == 1 and not _spelt_alike(latin[0], arabic[0]):
                continue  # «استشارية AlixPartners»: a word beside the name, not the name
            if _same_initials(latin, arabic):
                a, b = (
                    (left + found.start(1), end) if found is before else (start, end + found.end())
                )
                b += text[b : b + 1] == ")" and "(" in text[a:b]
                return a, a + len(text[a:b].rstrip(" \t."))  # [a, b) holds letters
    return None


_COMMON_AR_WORDS = STOP_AR | ORG_CUES_AR | ROLE_NOUNS_AR | COMMON_AR


def _spelt_alike(latin: str, arabic: str) -> bool:
    """True when an Arabic word of one may spell a one-word Latin name: no article, no common
    word, and its last letter agrees with the name's too («إيني» ENI, not «استشارية»)."""
    key = fold(arabic)
    if len(key) < 3 or key.startswith("ال") or key in _COMMON_AR_WORDS:
        return False
    last = latin[-1].lower()
    sounds = _IN_ARABIC.get(last, "") + ("اأإآيوةهى" if last in "aeiouy" else "")
    return arabic[-1] in sounds


def _same_initials(latin: list[str], arabic: list[str]) -> bool:
    return len(latin) == len(arabic) and all(
        a[0] in _IN_ARABIC.get(w[0].lower(), "") or (len(w) == 1 and a[0] in "اأإ")
        for w, a in zip(latin, arabic, strict=True)
    )


# A lower-case particle inside a name: "E.I. du Pont", "Rio de Janeiro", "Ludwig van Beethoven".
_PARTICLE = r"(?:du|de|da|del|della|des|di|van|von|der|den|le|la|al|el|bin|ibn)"
_NAME_BEFORE = re.compile(rf"[A-Z][\w.]*\s+{_PARTICLE}\s+$")
_NAME_AFTER = re.compile(rf"\.?\s+{_PARTICLE}\s+[A-Z]")


def splits_name(text: str, start: int, end: int, answer: str) -> bool:
    """True for a gap on one side of a name's particle: "E.I. du ____" keyed "Pont", "____ du
    Pont" keyed "E.I."; the other half of the name is left in the prompt."""
    before = text[max(0, start - 30) : start]
    if _STATE_BEFORE_AR.search(before):
        return True  # «للمملكة العربية ____» keyed «السعودية»: the rest of the country's name
    if _LINEAGE_BEFORE_AR.search(before):
        return True  # «محمد الأمين ولد ____» keyed «عبد القادر»: the rest of one man's name
    if not answer[:1].isupper():
        return False
    if _cut_before_acronym(text, end, answer):
        return True  # "the ____, Communities and Local Government (MHCLG)" keyed "Ministry of …"
    return bool(_NAME_BEFORE.search(before) or _NAME_AFTER.match(text, end))


# What goes on after a comma inside one name, then its acronym: ", Communities and Local
# Government (MHCLG)".
_REST_THEN_ACRONYM = re.compile(
    r",\s+((?:(?:and|of|for|&|the)\s+|[A-Z][\w'’-]*\s+)+)\(([A-Z]{3,})\)"
)


def _cut_before_acronym(text: str, end: int, answer: str) -> bool:
    """True when a name's acronym after the gap holds more letters than the key's capitals:
    the key is the name's first part, cut at a comma inside it."""
    rest = _REST_THEN_ACRONYM.match(text, end)
    if rest is None:
        return False
    mine = "".join(w[0] for w in answer.split() if w[:1].isupper())
    theirs = "".join(w[0] for w in rest.group(1).split() if w[:1].isupper())
    return rest.group(2) == mine + theirs


# The words a state's full Arabic name opens with, left before a gap on its last word.
# A name's word of lineage right before the gap, after a name word: «ولد», «بن», «بنت».
_LINEAGE_BEFORE_AR = re.compile(r"[\u0621-\u064a]\s+(?:ولد|بن|بنت)\s+$")
_STATE_BEFORE_AR = re.compile(
    r"(?:ال|لل|بال|وال|ول|ب|ل)?(?:مملكة|جمهورية|إمارة|سلطنة|دولة|ممالك)"
    r"(?:\s+(?:ال)?(?:عربية|إسلامية|اتحادية|هاشمية|متحدة))*\s+$"
)


# A unit ("acres", "sq mi") then the bracket; a longer unit ("miles per hour", "ميلا في الساعة")
# only before a bracket of a number and its unit alone: "(23 في المائة من …)" is a share.
_CONVERSION_AFTER = re.compile(
    r"[^\s()]*\s*[^\s()]*\s*\(\s*(?:about\s+|نحو\s+)?\d|(?:[^\s()\d,،;؛]+\s*){3,4}"
    r"\(\s*(?:about\s+|نحو\s+)?\d[\d.,٫]*\s*(?:[^\s()\d%٪]+\s*){1,3}\)"
)
# Inside the bracket after a quantity, its other units: "1,600 mm (5 ft ____ in)".
_CONVERSION_AROUND = re.compile(
    r"\d[^()]{0,20}\(\s*(?:[\d.,٫⁄]+\s*(?:[^\s()\d⁄]{1,8}\s*)?){0,4}$"  # "(4 ft 8 1⁄____ in)"
)
_ACRONYM = re.compile(r"\s*\(\s*[^\s()]{2,8}\s*\)")


def glossed(text: str, start: int, end: int, answer: str) -> bool:
    """True for a gap the text glosses beside it: an acronym after its spelled-out form
    ("Marshall Space Flight Center (____)"), a name just before its acronym ("____ (بنا)"), a
    quantity beside the same quantity in other units ("____ acres (85 ha)")."""
    before, after = text[max(0, start - 30) : start].rstrip(), text[end : end + 40].lstrip()
    if NUMBER.match(answer):
        if converted_after(text, end):
            return False  # "20 billion yuan (S$4.04 billion)": no student knows the rate
        if _OTHER_CALENDAR_AFTER.match(after):
            return False  # «عام 1037م (429 هـ)»: the year in the other calendar, no gloss
        # "209 acres (85 ha)", "(8.646 ميلا)" after "22,392 كم": the same quantity in other units
        return bool(_CONVERSION_AFTER.match(after) or _CONVERSION_AROUND.search(before))
    if before.endswith("(") and after.startswith(")"):
        # «شركة (بايت دانس)»: the bracket holds the firm's own name, no gloss of the word
        # before it (set ia: none of four such names asked).
        return not _named_in_brackets_ar(before[:-1])
    if _spells_the_acronym_before(text, start, end):
        return True  # "TDRS-M (Tracking and ____)": the words an acronym before them spells
    if _OR_BEFORE.search(before) and _initials_before(text, start).endswith(answer.casefold()):
        return True  # "European Southern Observatory, or ____" keyed "ESO" (set hv, both)
    if before.endswith("/") or after.startswith("/"):
        return True  # "HIV/____" keyed "AIDS": one name of a slashed pair gives the other
    return _ACRONYM.match(text, end) is not None or _spelled_beside(answer, after)


def _named_in_brackets_ar(before: str) -> bool:
    """True when `before` ends on an Arabic body's noun («شركة», «لشركة»), whose name the
    bracket after it holds."""
    words = before.split()
    return bool(words) and fold(words[-1]) in ORG_CUES_AR


# Inside the bracket after an acronym: "TDRS-M (Tracking and ".
_EXPANDING = re.compile(r"\b([A-Z]{2,})(?:-[A-Z0-9]+)?\s*\(([^()]*)$")


def _spells_the_acronym_before(text: str, start: int, end: int) -> bool:
    """True when text[start:end] stands in a bracket whose words spell the acronym before it."""
    opened = _EXPANDING.search(text, max(0, start - 60), start)
    close = text.find(")", end, end + 60)
    if opened is None or close < 0:
        return False
    return opened.group(1).casefold() in _spellings((opened.group(2) + text[start:close]).split())


# ", or" after a name, before its acronym: "European Southern Observatory, or ESO".
_OR_BEFORE = re.compile(r",\s+or$")
# A year in the other calendar in brackets: «(429 هـ)», «(1902م)».
_OTHER_CALENDAR_AFTER = re.compile(r"\(\s*\d{1,4}\s*(?:هـ|ه|م)\s*\)")
_SPELLED_AFTER = re.compile(r"([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,5})?\s*\(([^()]{2,60})\)")


def _spelled_beside(answer: str, after: str) -> bool:
    """True when the words after the gap and a bracket spell the key out or abbreviate it:
    "____ (cytotoxic T lymphocytes)" keyed "CTLs", "____ lymphocyte receptors (VLRs)" keyed
    "Variable"."""
    found = _SPELLED_AFTER.match(after)
    if not found:
        return False
    between, bracket = (found.group(1) or "").split(), found.group(2).split()
    letters = _letters(answer) or _letters(answer.split("-")[0])  # "TDRS-M": the series' TDRS
    if not between and letters and letters in _spellings(bracket):
        return True  # the key abbreviates the words in the bracket ("____ (Tracking and Data
        # Relay Satellite)" keyed "TDRS-M", set hy: given away, both)
    acronym = _letters(bracket[0]) if len(bracket) == 1 else ""
    return bool(acronym) and _initials([*answer.split(), *between]) == acronym


_SMALL_WORDS = frozenset("and of the for in on to &".split())


def _spellings(words: list[str]) -> set[str]:
    """The initials `words` may abbreviate to: all of them, and without "and", "of" …"""
    return {_initials(words), _initials([w for w in words if w not in _SMALL_WORDS])}


def _initials_before(text: str, start: int) -> str:
    """The initials of the words before ", or" that stands before `start`."""
    words = _OR_BEFORE.split(text[max(0, start - 80) : start].rstrip())[0].split()
    return _initials(words[-6:])


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isalpha()).casefold()


def _letters(acronym: str) -> str:
    """ "CTLs" -> "ctl", "VLRs" -> "vlr": a word's letters, an acronym's without its plural s;
    "" for what is not one word of letters."""
    letters = acronym.strip(".,;:")
    letters = letters[:-1] if letters.endswith("s") and letters[:-1].isupper() else letters
    return letters.casefold() if letters.isalpha() and len(letters) >= 2 else ""


# An adjective that makes a place's name another place: «أمريكا اللاتينية», «كوريا الجنوبية»,
# «القاهرة الجديدة».
_REGION_AFTER_AR = re.compile(
    r"\s+ال(?:لاتينية|جنوبية|شمالية|شرقية|غربية|وسطى|كبرى|صغرى|جديدة|قديمة)(?!\w)"
)
# Groups a name holds in the possessive: "Women's Soccer League", "Children's Hospital".
_GROUP_IN_NAME = re.compile(r"\b(?:Women|Men|Children|People|Veterans|Workers)$")
_GROUP_BEFORE = re.compile(r"\b(?:Women|Men|Children|People|Veterans|Workers)['’]s\s+$")


def cuts_a_named_group(text: str, start: int, end: int) -> bool:
    """True for a gap on one side of a group's possessive inside a name: "the ____'s Soccer
    League" keyed "National Women", "the National Women's ____" (short news: garbled)."""
    after = text[end : end + 2]
    if _GROUP_IN_NAME.search(text, start, end) and after[:1] in "'’" and after[1:] == "s":
        return True
    return _GROUP_BEFORE.search(text, max(0, start - 20), start) is not None


def region_after(text: str, end: int) -> bool:
    """True when an adjective after a place's gap makes the name another place: «مهاجرين من
    ____ اللاتينية» keyed «أمريكا» (set q: garbled, both reviewers)."""
    return _REGION_AFTER_AR.match(text, end) is not None
