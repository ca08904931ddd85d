"""A small count whose sentence lists what it counts: "two surviving cubs, Tai Shan in 2005 and
Bao Bao in 2013", «ثلاث علامات ملونة باللون الأصفر والبرتقالي والأحمر». The student counts the
prompt instead of reading the article, so the count is no gap of its own."""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS

# What follows a count's noun before the things it counts: a word or two ("cubs | surviving"),
# then a comma, a colon, a dash or a bracket.
_BEFORE_LIST = re.compile(r"^(?:\s+[a-z][\w-]*){0,2}\s*[,:(—–]\s*")
_ITEMS_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# A colon opens the list, or a double dash: "two types of heart conditions -- a and b" (set l).
_BEFORE_COLON = re.compile(r"^(?:\s+[\w'’-]+){0,5}\s*(?::|\s--)\s*")
# «… مستشفيات وهي: …», «… مناطق هي …»: a list of what was counted opens after its noun; its
# items part at «،» («الولادة والأطفال» is one item). A few words may come between when a
# colon opens the list: «ست روايات في القائمة القصيرة هي: رواية …، ورواية …» (set h).
_BEFORE_LIST_AR = re.compile(
    r"^\s*(?:[،,:]\s*)?(?:و?(?:هي|هم|هما)|منها)\s*:?\s*"
    r"|^(?:\s+[^\s،,.:؛]+){1,4}\s+و?(?:هي|هم|هما)\s*:\s*"
    # «4 جامعات أهلية، وهي جامعة …، وجامعة …»: an adjective, then a comma before «وهي»
    r"|^(?:\s+[^\s،,.:؛]+){1,2}\s*[،,]\s*و?(?:هي|هم|هما)\s+"
    # «9 مناطق حيوية تشمل ند الحمر، وما حول مطار دبي الدولي، والقرهود، …» (set id: given away)
    r"|^(?:\s+[^\s،,.:؛]+){0,2}\s+(?:تشمل|يشمل|تضم|يضم|بينها)\s+"
    # «6 مؤسسات أكاديمية في قطر، شملت كلية …، وجامعة …» (set ip: given away, both reviewers)
    r"|^(?:\s+[^\s،,.:؛]+){0,3}\s*[،,]\s*(?:شملت|شمل|ضمت|ضم|وشملت|وضمت)\s+"
)
_ITEMS_JOIN_AR = re.compile(r"\s*[،,]\s*")
# Words of the sentence's clause after the last item, which no item of a list runs to.
_CLAUSE_WORDS = 4
# One-word items joined by «و» and the article: «الأصفر والبرتقالي والأحمر», «عطارد والزهرة
# والمريخ والمشتري وزحل» (the last may go without it).
_CHAIN_AR = re.compile(r"(?<!\S)[^\s\d،,.()]+(?:\s+وال[^\s\d،,.()]+)+(?:\s+و[^\s\d،,.()]+)?")
# Where such a run counts the count's things: a few words after its noun, or in brackets.
_CHAIN_NEAR_AR = 6
# Or any one-word items after a word that opens what the count holds: «في خمس مدن كبرى تشمل
# ميلان وتورينو وبولونيا وروما ونابولي» (set k: given away, both reviewers).
_CUED_CHAIN_AR = re.compile(
    r"(?<!\S)(?:تشمل|يشمل|تضم|يضم|وهي|هي|وهم|هم|منها|بينها|مثل)\s+"
    r"([^\s\d،,.()]+(?:\s+و[^\s\d،,.()]+)+)"
)
# "none of the nine people", "two of the nine cases", "all three buildings": the count of
# things the article has counted before, pointing back at them.
_POINTS_BACK_EN = re.compile(r"\b(?:the|all|all the|these|those|both)\s+$", re.IGNORECASE)


def lists_its_count(after: str, value: int) -> bool:
    """True when the words after a small count's noun name as many things as it counts
    (`value`): "two surviving cubs, Tai Shan in 2005 and Bao Bao in 2013", "six hospitals: A,
    B, …", «ثلاث مستشفيات وهي مستشفى …، مستشفى …، مستشفى …», «ثلاث علامات ملونة باللون
    الأصفر والبرتقالي والأحمر»: the student counts the prompt instead of reading the article."""
    if not 2 <= value <= 9:
        return False
    opened = _BEFORE_LIST_AR.match(after)
    if opened is not None:
        listed = re.split(r"[.;!?؛]", after[opened.end() :], maxsplit=1)[0]
        items = [item for item in _ITEMS_JOIN_AR.split(listed) if item.strip()]
        if value == 2 and len(items) == 1:
            items = re.split(r"\s+و(?=\S)", listed, maxsplit=1)  # «منطقتين هما أ وب»
        heads = {item.split()[0] for item in items[:value]}
        # «مستشفى …، مستشفى …، مستشفى …، وتتراوح أعمارهم …»: the items repeat their head noun,
        # and the clause after them is no item
        if len(items) == value or (len(items) > value and len(heads) == 1):
            return True
        if len(items) == value + 1 and len(items[-1].split()) >= _CLAUSE_WORDS:
            return True  # «…، وجميرا، والبدع، ومن المتوقع إنجازها بحلول 2027»: a clause ends it
        # «جامعة …، وجامعة … ومقرها مدن: (أ، وب)، وجامعة …»: as many items open on the first
        # one's head noun, «و» aside, whatever commas the items hold
        first = _head(items[0])
        if sum(_head(item) == first for item in items) == value:
            return True
    if value >= 3 and _chained_ar(after, value):
        return True
    colon = _BEFORE_COLON.match(after)
    opened = colon or _BEFORE_LIST.match(after)
    if opened is None:
        return False
    listed = re.split(r"[.;!?]", after[opened.end() :], maxsplit=1)[0]
    # After a colon the items may be common nouns: "three separate allegations against
    # Weinstein: defamation, economic interference and unfair competition, according to …"
    # (set g); the last item is the one after "and", whatever follows it.
    ands = list(re.finditer(r"\s+and\s+", listed)) if colon else []
    if ands:
        listed = listed[: ands[-1].end()] + listed[ands[-1].end() :].split(",", 1)[0]
    items = [
        item
        for item in _ITEMS_JOIN.split(listed)
        if item[:1].isupper() or item[:1].isdigit() or (colon and item.strip())
    ]
    return len(items) == value and len(_ITEMS_JOIN.findall(listed)) == value - 1


def _head(item: str) -> str:
    """An Arabic item's first word without its «و»: «وجامعة العلمين» -> «جامعة»."""
    words = item.split()
    word = words[0] if words else ""
    return word[1:] if word[:1] == "و" and len(word) > 3 else word


def _chained_ar(after: str, value: int) -> bool:
    """True when a run of `value` one-word items joined by «و» follows the count's noun within
    a few words (in brackets or after «تشمل», «منها» … any distance), in its sentence."""
    sentence = re.split(r"[.;!?؛]", after, maxsplit=1)[0]
    for chain in _CHAIN_AR.finditer(sentence):
        near = len(sentence[: chain.start()].split()) <= _CHAIN_NEAR_AR
        bracketed = sentence[: chain.start()].rstrip().endswith("(")
        if (near or bracketed) and len(chain.group().split()) == value:
            return True
    return any(
        len(sentence[: cued.start()].split()) <= _CHAIN_NEAR_AR
        and len(cued.group(1).split()) == value
        for cued in _CUED_CHAIN_AR.finditer(sentence)
    )


def counted_before(text: str, before: int, start: int, key: str) -> bool:
    """True when the English count text[start:] keyed `key` ("nine") points back ("the nine
    cases") at a count of the same value the article gives before `before`, its sentence's
    start: the first count is the question, this one asks it again (set k: duplicate, both)."""
    if not _POINTS_BACK_EN.search(text[max(0, start - 10) : start]):
        return False
    value = NUMBER_WORDS.get(key.casefold(), int(key) if key.isdigit() else None)
    if value is None or not 2 <= value <= 12:
        return False
    return _COUNTED_EN[value].search(text, 0, before) is not None


# Each small count as the article may write it, in digits or in English words, read once.
def _counted_en(value: int) -> re.Pattern[str]:
    words = [word for word, number in NUMBER_WORDS.items() if number == value and word.isascii()]
    forms = "|".join([str(value), *words])
    return re.compile(rf"(?<![\w.,])(?:{forms})(?![\w]|[.,]\d)", re.IGNORECASE)


_COUNTED_EN = {value: _counted_en(value) for value in range(2, 13)}
