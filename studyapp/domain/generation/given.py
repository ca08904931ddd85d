"""Numbers their sentence already gives away: spelled out beside themselves, the sum of the
counts beside them, the years between two dates, a year beside its decade (the items listed
after their count: counted_lists.py); and numbers inside a lifespan or citation bracket or a
list of consecutive numbers."""

from __future__ import annotations

import re
from functools import lru_cache

from ..number_words import NUMBER_WORDS, by_word
from .date_words import WEEKDAYS_AR, WEEKDAYS_EN
from .document import SHORTENED_IN_NAMES, fold, fold_same_length

# Decades by their word ("the fifties", "الخمسينات", "الخمسينيات", "the '50s", "1950s"): a
# year of that decade is half given away.
_DECADE_WORDS = by_word(
    {
        2: "twenties عشرينات عشرينيات",
        3: "thirties ثلاثينات ثلاثينيات",
        4: "forties أربعينات أربعينيات",
        5: "fifties خمسينات خمسينيات",
        6: "sixties ستينات ستينيات",
        7: "seventies سبعينات سبعينيات",
        8: "eighties ثمانينات ثمانينيات",
        9: "nineties تسعينات تسعينيات",
    }
)
_AR_PREFIX = re.compile(r"^(?:[وف]?(?:بال|لل|ال))|^[وف]")
_DECADE_DIGITS = re.compile(r"^(?:\d\d)?(\d)0['’]?s$")
_TOKEN = re.compile(r"[^\W_]+(?:['’]s)?|['’]\d0s")
_COUNTED = 2  # words after a number that may name what it counts ("five gold coins")
_Count = tuple[int, int, bool, frozenset[str]]  # see _counts


def spelled_beside(sentence: str, a: int, b: int) -> bool:
    """True when the sentence outside its gap sentence[a:b] spells the gap's number another way:
    its digits as a word or the reverse, counting the same thing ("five coins" / "5 coins"), a
    year's decade ("the fifties" / 1955), the sum of the numbers beside it ("the last seven
    games: won five, lost two"), or the years between the dates of the story ("Eight years later, in
    1909")."""
    counts = _counts(sentence)
    mine = [c for c in counts if a <= c[0] < b]
    years = {int(y) for y in _YEAR.findall(sentence[a:b])}
    if not mine and not years:
        return False  # no number in the gap to be spelled beside it
    theirs = [c for c in counts if not a <= c[0] < b]
    for _, value, digits, nouns in mine:
        if any(v == value and d != digits and nouns & n for _, v, d, n in theirs):
            return True
    if _adds_up(sentence, mine, theirs) or _years_on(sentence, a, b, mine):
        return True
    if len(mine) == 1 and _listed(sentence, b) == mine[0][1]:
        return True
    rest = fold(sentence[:a] + " " + sentence[b:])
    decades = {value for word in _TOKEN.findall(rest) if (value := _decade(word)) is not None}
    return any(year // 10 % 10 in decades for year in years)


@lru_cache(maxsize=1 << 12)  # read once per sentence, not once per gap in it
def _counts(text: str) -> tuple[_Count, ...]:
    """(offset, value, written in digits, the words after it) of each small number in `text`."""
    words = [(m.start(), fold(m.group())) for m in _TOKEN.finditer(text)]
    found = []
    for k, (at, word) in enumerate(words):
        after = frozenset(w for _, w in words[k + 1 : k + 1 + _COUNTED] if len(w) > 3)
        if word.isdecimal() and len(word) <= 3:  # not "²", a digit int() refuses
            found.append((at, int(word), True, after))
            continue
        value = NUMBER_WORDS.get(word, NUMBER_WORDS.get(_AR_PREFIX.sub("", word)))
        if value is not None:
            found.append((at, value, False, after))
    return tuple(found)


_PARTS = 4  # numbers beside the gap that may add up to it, or it with them to another


def _adds_up(sentence: str, mine: list[_Count], theirs: list[_Count]) -> bool:
    """True when the gap's count is the sum of the sentence's other counts: "the last ____
    games: won five, lost two". (A part, "won ____ and lost two" of seven, is the fact asked.)"""
    whole = [c for c in theirs if not _DECIMAL.search(sentence, max(0, c[0] - 1), c[0] + 5)]
    if len(mine) != 1 or not 2 <= len(whole) <= _PARTS:
        return False
    return mine[0][1] == sum(c[1] for c in whole)


_DECIMAL = re.compile(r"\d[.,٫]\d")
# "two universities — A and B", "ثلاث مدن هي: أ وب وج": the count, its noun, then the items.
_LIST_OPENS = re.compile(
    r"((?:\s+[^\W\d_]+){1,3}?)\s*(?:[—–:(]|\s-\s|,\s*namely\s|[،,]?\s+و?(?:هما|هي|هم|هن)\s*:?)\s*"
)
_ITEM_JOINS = re.compile(r"\s*(?:[,،]\s*(?:and\s+|or\s+|و)?|\s+(?:and|or|أو)\s+|\s+و(?=\S))\s*")
_ITEM_WORDS = 6


def _listed(sentence: str, b: int) -> int:
    """How many items the sentence lists right after the count that ends at sentence[b] and
    its noun (0 when it lists none): "two universities — Newcastle University and Northumbria
    University" lists two."""
    opens = _LIST_OPENS.match(sentence, b)
    if opens is None:
        return 0
    rest = re.split(r"[)؛;.!?]", sentence[opens.end() :], maxsplit=1)[0]
    items = [i for i in _ITEM_JOINS.split(rest.strip()) if i.strip()]
    if len(items) < 2 or any(len(i.split()) > _ITEM_WORDS for i in items):
        return 0
    return len(items)


_YEAR_WORDS = frozenset(fold(w) for w in "years سنوات سنين أعوام عاما سنة عام".split())
_LATER = frozenset(fold(w) for w in "later after earlier before لاحقا".split())
_AFTER_AR = re.compile(r"(?:^|\s)[وف]?(?:بعد|قبل)\s+$")
_YEAR = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")


def _years_on(sentence: str, a: int, b: int, mine: list[_Count]) -> bool:
    """True for a count of years that only links two dates: "Eight years later, in 1909",
    «وبعد ثماني سنوات، في عام 1909»; the article's dates give it."""
    if not _YEAR.search(sentence[:a] + " " + sentence[b:]):
        return False
    for at, _, _, nouns in mine:
        if nouns & _YEAR_WORDS and (nouns & _LATER or _AFTER_AR.search(sentence[:at])):
            return True
    return False


def _decade(word: str) -> int | None:
    found = _DECADE_DIGITS.match(word.lstrip("'’"))
    if found:
        return int(found.group(1))
    return _DECADE_WORDS.get(word, _DECADE_WORDS.get(_AR_PREFIX.sub("", word)))


# The inside of a bracket that holds a lifespan or a reference, never an event: "(973–1048)",
# "(ت 339 هـ)", "(d. 1048)", "(born 1920)", "(ج 1، ص 23)", "(vol. 2, p. 14)". A bracketed
# date with a verb, "(signed 1648)", is an event and stays.
_ERA = r"\s*(?:هـ|ه|م|AD|BC|BCE|CE)?\.?"
_MARKED = r"(?:(?:c|ca|b|d|fl|r)\.\s*|(?:ت|ولد|توفي|born|died)\.?\s+)\d{1,4}"  # "d. 1048", "ت 339"
_YEARS = rf"(?:c\.\s*)?\d{{3,4}}{_ERA}\s*(?:[–—\-/]\s*(?:c\.\s*)?\d{{2,4}}{_ERA})?"
_LIFESPAN = re.compile(rf"\s*(?:{_MARKED}{_ERA}|{_YEARS})\s*")
# "(Ibn Hamid, 912–974)", «(ابن حامد، 912–974)»: a name and the two ends of its life.
_NAMED_SPAN = re.compile(
    rf"\s*[^\W\d_][^\d(),،;؛]{{0,30}}[,،]\s*(?:c\.\s*)?\d{{3,4}}{_ERA}\s*[–—\-]\s*"
    rf"(?:c\.\s*)?\d{{2,4}}{_ERA}\s*"
)
_ASIDE = 40  # characters a lifespan or reference bracket holds at most
_CITATION = re.compile(
    r"(?:^|[\s،,;؛])(?:ج|ص|مج|vol|vols|p|pp|no|nos|ch|chap|art|fig|sec|§)\.?\s*\d", re.I
)


def in_aside(text: str, a: int, b: int) -> bool:
    """True for a gap text[a:b] inside a lifespan or citation bracket (see _LIFESPAN); the
    article's text is read, since a sentence may end at the "vol." or "p." inside one."""
    left, right = text.rfind("(", max(0, a - _ASIDE), a), text.find(")", b, b + _ASIDE)
    if left < 0 or right < 0 or ")" in text[left:a] or "(" in text[b:right]:
        return False
    inside = text[left + 1 : right]
    if _LIFESPAN.fullmatch(inside):
        return not _lone_year(inside)
    if _NAMED_SPAN.fullmatch(inside):
        return True
    return bool(_CITATION.search(inside))


# "its 2010–11 kit", «موسم 2014-15»: a season written by its first year and the next
# year's last two digits, which give the first away.
_SEASON_END = re.compile(r"\s?[–—\-/\\]\s?(\d\d)(?![\d.,٫])")


def season_start(text: str, a: int, b: int) -> bool:
    """True for a gap text[a:b] on the year that opens a season ("____–02" keyed 2001)."""
    year = re.fullmatch(r"\d{4}", text[a:b].strip())
    after = _SEASON_END.match(text, b)
    return bool(year and after and (int(year.group()) + 1) % 100 == int(after.group(1)))


def _lone_year(inside: str) -> bool:
    """ "(1648)": one bare year in brackets, most often the date of the event just named."""
    return bool(re.fullmatch(r"\s*\d{1,4}\s*", inside))


# Numbers joined in a list ("articles 9 and 10", "chapters 3, 4 and 5", "المادتان 9 و10");
# "29 or 30 days" offers two answers, and either is worth asking.
_LIST_JOIN = re.compile(r"\s*(?:[,،]\s*(?:and\s+|و\s*)?|and\s+|&\s*|و\s*)")
_BARE_INTEGER = re.compile(r"(?<![\d.,٫A-Za-z_])\d+(?![\w%٪]|[.,٫]\d)")


def in_number_list(text: str, a: int, b: int) -> bool:
    """True for one of a list of consecutive numbers: its neighbours give it away."""
    numbers = list(_BARE_INTEGER.finditer(text))
    for k, found in enumerate(numbers):
        if found.start() != a or found.end() != b:
            continue
        for other in numbers[k - 1 : k] + numbers[k + 1 : k + 2]:
            x, y = sorted((found, other), key=lambda m: m.start())
            if abs(int(found.group()) - int(other.group())) == 1 and _LIST_JOIN.fullmatch(
                text[x.end() : y.start()]
            ):
                return True
    return False


# A name run on by a hyphened word ("COVID-related", "China-U.S."), by "and"/"of" and more
# capitalised words up to its abbreviation in brackets, by "of" and a capital ("Journal | of
# Medicine"), by "and" and a possessive ("Brigham | and Women's Hospital") or by a number that
# counts nothing ("Vision | 2000", "Mars | 2020"): a gap ending here would hold a piece of it.
_NAME_GOES_ON = re.compile(
    r"-[A-Za-z]|\s+(?:and|of|&)\s+(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*\s*\("
    r"|\s+of\s+[A-Z]|\s+and\s+[A-Z]\w*['’]s\s+[A-Z]"
    r"|\s\d{1,4}\b(?![.,:]?\d)(?!\s*(?:%|percent|per cent|million|billion|years?|people))"
)
# A name begun before the gap: "the Gulf of ____", "Minister for ____", "Brigham and ____'s
# Hospital".
_OF_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]*\s+(?:of|for)\s+(?:(?:No|The|A|An|And|On|In|For|To|At)\s+)*$"
)  # "Finding of No ____ Impact": a small word written in capitals goes on with the name
_AND_BEFORE = re.compile(r"\b[A-Z]\w*\s+and\s+$")


# The ordinals that number the things a count counts, folded: «الأولى … والثانية …», "the first
# … the second …".
_ORDINALS_AR = (
    "الاول|الاولي",
    "الثاني|الثانيه",
    "الثالث|الثالثه",
    "الرابع|الرابعه",
    "الخامس|الخامسه",
)
_ORDINALS_EN = ("first", "second", "third", "fourth", "fifth")


def numbers_its_items(after: str, value: int) -> bool:
    """True when the words after a count of two to five number as many things by ordinals, the
    first and the last of them: «ثمة ____ تكتسيان طابعا هاما، الأولى تتعلق … والثانية …» keyed
    «اثنتين» (set x's reviewers: given away, both)."""
    if not 2 <= value <= len(_ORDINALS_EN):
        return False
    folded = fold_same_length(after[:400]).casefold()
    first = re.search(rf"(?<!\w)[وف]?(?:{_ORDINALS_AR[0]}|the {_ORDINALS_EN[0]})(?!\w)", folded)
    if first is None:
        return False
    last = rf"(?<!\w)[وف]?(?:{_ORDINALS_AR[value - 1]}|the {_ORDINALS_EN[value - 1]})(?!\w)"
    return re.search(last, folded[first.end() :]) is not None


def names_its_days(sentence: str, noun: str, value: int) -> bool:
    """True when a count of days (`noun`) is as many weekdays as the sentence names: "scrapped
    all services on Monday and Tuesday … over the ____ days" (set b of the thirty-third
    session: given away, both reviewers)."""
    if noun.casefold() not in _DAYS_NOUNS or not 2 <= value <= 7:
        return False
    return len(set(_WEEKDAY.findall(fold_same_length(sentence).casefold()))) == value


_DAYS_NOUNS = frozenset("days أيام ايام".split())
_WEEKDAY = re.compile(
    "|".join([d.casefold() for d in WEEKDAYS_EN] + [fold(d) for d in WEEKDAYS_AR])
)


def name_goes_on(text: str, end: int) -> bool:
    """True when the name ending at text[end] goes on: "COVID-related", "National Command
    and Operation Center (NCOC)", "New England Journal of Medicine"."""
    return bool(_NAME_GOES_ON.match(text, end))


def in_a_name(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a piece of a longer name ("the Gulf of ____", "Brigham and
    ____'s Hospital", "Boston's ____ and Women's Hospital") or an abbreviation cut at its dot
    ("Gov.", "Ala.", "U.S. 59")."""
    before = text[max(0, start - 40) : start]
    if name_goes_on(text, end) or _OF_BEFORE.search(before):
        return True
    if _AND_BEFORE.search(before) and re.search(r"['’]s\b", text[start : end + 2]):
        return True
    key = text[start:end]
    if _ABBREVIATION_AFTER.match(text, end):
        return True  # "based in Englewood, Colo., did not": a state's abbreviation, cut at its dot
    tail = _TAIL_AFTER.match(text, end)
    if tail and tail.group(1)[:1].isupper() and tail.group(1).lower() in NAME_TAILS_EN:
        return True  # "____'s Drive": the street is named after the gap's key
    if _SHORT_BEFORE.search(before):
        return True  # "St. ____'s Drive", "Mt. ____": the name goes on from its abbreviation
    if text[end : end + 1] == "." and _TITLE_END.search(key):
        return True  # "Arkansas Sens" of "Arkansas Sens. Blanche Lincoln": the title before
        # the names, cut at its dot (set m: garbled, both reviewers)
    if text[end : end + 1] == "." and _SHORT_END.search(key):
        return True  # "China-U" of "China-U.S.", "Anchorum St" of "Anchorum St. Vincent"
    return text[end : end + 1] == "." and ("." in key or (len(key) <= 3 and key[:1].isupper()))


# The last word of a place named after someone: "St. Michael's Drive", "St. Mary's Hospital".
NAME_TAILS_EN = frozenset(
    """drive street road avenue lane way boulevard square park place hospital church cathedral
    college school congress party republic army assembly council""".split()
)
_TAIL_AFTER = re.compile(r"['’]s\s+(\w+)")
# The short words of a name that a dot ends: a letter ("U.S.") or "Saint", "Mount", "Fort".
_SHORTENED = "|".join(sorted(SHORTENED_IN_NAMES))
_SHORT_END = re.compile(rf"(?:^|[\s-])(?:[A-Z]|{_SHORTENED})$")
_SHORT_BEFORE = re.compile(rf"\b(?:{_SHORTENED})\.\s$")
_TITLE_END = re.compile(r"(?:^|\s)(?:Sens?|Reps?|Govs?|Gen|Lt|Col|Sgt|Capt|Dr|Mr|Mrs|Ms)$")
# A dot that ends no sentence: a comma or a word written small follows it.
_ABBREVIATION_AFTER = re.compile(r"\.(?:,|\s+[a-z])")


_CAPITAL_BEFORE = re.compile(r"\b[A-Z][\w-]*\s$")
_CAPITAL_AFTER = re.compile(r"\s[A-Z][a-z]")


def inside_capitals(text: str, start: int, end: int) -> bool:
    """True when a capitalised word stands right before or after text[start:end]: a place
    inside a longer name, "the New ____ Journal of Medicine" keyed "England"."""
    return bool(_CAPITAL_BEFORE.search(text, max(0, start - 30), start)) or bool(
        _CAPITAL_AFTER.match(text, end)
    )


# The years of a span whose months come next: "four years and 9 months", «3 سنوات و6 أشهر».
_YEARS_AND_BEFORE = re.compile(
    r"(?:\d[\d,.]*|[^\W\d_]+)\s+(?:years?|yrs?|سنوات|سنة|أعوام|اعوام|عاما|عامًا)\s+(?:and\s+|و\s*)$"
)


def months_of_a_span(before: str) -> bool:
    """True for a number right after "N years and" (`before` is the text before it): the
    months of one span, "five years and ____ months", which a blind reviewer rejected as a
    fragment with the years hidden; the span is asked by its years."""
    return _YEARS_AND_BEFORE.search(before[-40:]) is not None


# A measure given again in other units, in brackets after it: "10cm (almost four inches)",
# "175 kilometers per hour (109 miles per hour)".
_UNIT = (
    r"(?:[^\W\d_]{1,3}|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|feet|inch(?:es)?|kilograms?"
    r"|pounds?|tonnes?|degrees?(?:\s(?:celsius|fahrenheit))?|acres?|hectares?|lit(?:er|re)s?"
    r"|gallons?|km/h)"
)
_CONVERTED_BEFORE = re.compile(
    rf"\d\s?{_UNIT}(?:\s(?:per|an|a)\s(?:hour|second|minute|day))?\s"
    r"\((?:almost|about|around|nearly|roughly|some|or)?\s?$",
    re.IGNORECASE,
)


def converted_before(text: str) -> bool:
    """True when `text` ends in a measure and an opening bracket: "10cm (almost "."""
    return _CONVERTED_BEFORE.search(text) is not None
