"""Dates and numbers: a gap on each, a choice of weekday, and what is never asked: the day of
the news, the dateline, a month beside its other calendar's name, the number of a name, the
second end of a range."""

from __future__ import annotations

import re
import unicodedata

from ..questions import Question
from . import clauses, codes, date_words, ranges
from .date_words import DATE, MONTHS_EN, WEEKDAYS_AR, WEEKDAYS_EN
from .designators import counted_noun_end, designates
from .document import Document, Sentence, fold_same_length
from .drafts import cloze, mcq
from .given import in_aside, in_number_list, lists_its_count, season_start, spelled_beside
from .keys import NUMBER
from .money import converted
from .number_kinds import is_bound

_NUMBER = re.compile(
    # A score or a small range is one key: "3-0", not "3" with "-0" left beside the gap.
    # "14،572،903": the Arabic comma between groups of three digits keeps one number.
    r"(?<![\w.,:\-])(?<!\d[،٬])(?:\d{1,2}[-–]\d{1,2}(?![\d\-–]|[.,٫]\d)(?!\s*(?:%|٪))"
    # "4 million 445 thousand 978 votes": one number spelt in parts, never a gap in each part.
    r"|\d{1,3}\s(?:billion|million|thousand)(?:\s\d{1,3}\s(?:million|thousand))*\s\d{1,3}(?![\d.,])"
    # "بلغ 429 156": thousands grouped by a space, one number, never a gap in each group.
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,٫])"
    rf"|(?!\d+:\d){NUMBER.pattern}(?![.,٫]\d)"  # never half a decimal: "£4.5m" is not "4"
    # «1,082 مليونًا»: the scale with its accusative ending, never "____ًا".
    r"(?:\s*(?:%|٪|بالمئة|بالمائة|في المئة|في المائة|(?:مليون|مليار|الف)(?:ًا|اً|ا)?"
    r"|percent|per cent|million|billion|thousand|trillion)|(?:m|bn|mn|tn|k)(?=\W|$))?)(?!\w)"
)
# A time of day: "11:08", "9:30 a.m."; asked as a number (its digits are the answer).
_TIME = re.compile(r"(?<![\w:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\w:])")
# The words that name twelve o'clock after a time: "12:00 noon", «12:00 ظهرا».
_NOON = re.compile(r"\s*(?:noon|midday|midnight|ظهرا|ظهرًا|الظهر|منتصف الليل)(?!\w)", re.IGNORECASE)
_CONFIDENCE_DATE = 0.66
_CONFIDENCE_NUMBER = 0.67


# The dateline: the start of the first sentence, up to the agency or the dash that ends it
# ("PASADENA, Calif. --", "(Reuters) –", "… 2015 م واس").
_DATELINE_END = re.compile(
    r"واس|/\s*تاس\s*/|\((?:رويترز|Reuters|AP|AFP|أ ف ب|بنا|واس)\)|\s(?:--|–|—|-)\s"
    r"|(?<=[A-Za-z])-\s(?=[A-Z])"  # "Caracas, SANA-Venezuela- The council …": the agency's dash
    r"|^[A-Z][A-Z .'-]{2,}(?:,[^:()]{0,30})?(?:\([^)]{0,40}\))?\s*:\s"  # "LAHORE, (30th Nov) :"
    r"|^[^()\n]{2,40}\([^()\n]{2,30}\)\s*[-–—]\s"  # «أربيل (كوردستان24)- أكد …»: town, outlet
)
_MONTH_WORD = re.compile(r"\s+شهر\s+")
# A month and its year, nothing else: «سبتمبر 2025», "October 2025".
_MONTH_OF_YEAR = re.compile(r"(" + date_words.MONTH.pattern + r")\s+\d{4}")
_DATELINE_CHARS = 100
_DATELINE_WORDS = 5


def dateline_end(doc: Document) -> int:
    """Article offset where the dateline ends, or 0 when the first sentence has none."""
    if not doc.content:
        return 0
    first = doc.content[0]
    found = _DATELINE_END.search(first.text, 0, _DATELINE_CHARS)
    before = first.text[: found.start()] if found else ""
    after = first.text[found.end() : found.end() + 1] if found else ""
    if found and before.count("(") <= before.count(")") and not after.isdigit():
        return first.start + found.end()  # not "(11 May 1911 - …)" nor "912 - 913": no dateline
    if len(first.tokens) <= _DATELINE_WORDS and DATE[doc.language].search(
        fold_same_length(first.text)
    ):
        return first.end  # "نيويورك، 18 أبريل.": a dateline on its own
    return 0


def _weekday(doc: Document, said: str) -> str | None:
    weekdays = WEEKDAYS_AR if doc.language == "ar" else WEEKDAYS_EN
    # Whole words: "سبت" is in "سبتمبر" (September), which names no weekday.
    words = {w.removeprefix("ال") for w in fold_same_length(said).casefold().split()}
    return next(
        (d for d in weekdays if fold_same_length(d).casefold().removeprefix("ال") in words), None
    )


def news_day(doc: Document) -> str | None:
    """The first weekday the article names: the day of the news ("said on Tuesday"), which
    every reader knows and no student needs to learn."""
    for sentence in doc.content:
        for match in DATE[doc.language].finditer(fold_same_length(sentence.text)):
            day = _weekday(doc, sentence.text[match.start() : match.end()])
            if day is not None:
                return day
    return None


def extract(
    doc: Document, sentence: Sentence, news_day: str | None, dateline: int
) -> list[Question]:
    """Gaps on the sentence's dates and numbers, and a choice of weekday; `news_day` and
    `dateline` (from news_day and dateline_end) say what not to ask."""
    if codes.lost_words(sentence.text):
        return []  # "between ____ and .": the article lost the words the gap needs
    questions, taken = ranges.extract(doc, sentence, dateline, _asked_in)
    folded = fold_same_length(sentence.text)
    matches = list(DATE[doc.language].finditer(folded))
    named = _names_in(doc, sentence)
    for n, match in enumerate(matches):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if any(a <= start < b for a, b in taken):
            continue  # an end of a range asked whole (ranges.py)
        if any(a <= start < b for a, b in named):
            continue  # «عبدالله خميس المخيمر»: a name, not Thursday
        slashed = _slashed(sentence.text, folded, matches, n)
        if slashed is None and _paired(folded, matches, n):
            taken.append((start, end))
            continue  # "شباط (فبراير)": each month's name gives the other away
        further = []
        if slashed is not None:  # "21 مارس/آذار عام 1923": one date, either month's name
            end, further = sentence.start + slashed[0], slashed[1]
        if _OTHER_CALENDAR.search(folded[: match.start()]):
            taken.append((start, end))
            continue  # "سنة 1319 هـ / 1902", "1037م (429 هـ)": the year just asked, converted
        if doc.language == "en" and folded[match.start() :].startswith("in "):
            start += 3
        if doc.text[max(0, start - len(_DAY_ARTICLE)) : start] == _DAY_ARTICLE:
            start -= len(_DAY_ARTICLE)  # "يوم الـ7 من شهر سبتمبر": the gap takes its "الـ" too
        end = _through_years(doc.text, end)  # "in 1038–40": the range, not its first year
        if _ERA_YEAR.fullmatch(doc.text, start, end) and _amount_before(doc.text, start):
            continue  # «أكثر من 1700 عامل», "nearly 1800 homes": a count, asked as a number
        taken.append((start, end))
        if not _whole_words(doc.text, start, end):
            continue  # "اب" (August) inside "الخِطَابَة": the folding hid the word's vowel marks
        said = doc.text[start:end]
        day = _weekday(doc, said)
        if day is not None and day == news_day:
            continue
        if codes.marked_for_update(doc.text, end):
            continue  # "As of January 2016[update]": wiki boilerplate, no fact of the topic
        if start < dateline:
            continue  # "جيزان 24 شوال 1436 هـ الموافق 09 اغسطس 2015 م واس": the dateline
        if _ERA_YEAR.fullmatch(said) and _number_of_name_or_range(doc, sentence, match):
            continue  # "the Mars 2020 Rover", "العام الدراسي 2014ـ2015"
        if doc.language == "en" and _LOWER_MONTH.search(said):
            continue  # "the work may be studied", "troops march": a verb, not the month
        asked = _asked_in(doc, sentence, start, end)
        if asked is None:
            continue
        bare = said.removeprefix(_DAY_ARTICLE)
        short = date_words.ERA_TAIL.sub("", bare)  # "(القرن) الثامن الميلادي": "الثامن"
        if bare[:1].isdigit():  # "7 من شهر سبتمبر" is "7 سبتمبر"; "الأول من سبتمبر" keeps "من"
            short = date_words.OPTIONAL_WORDS.sub(" ", bare)
        else:  # «الأول من شهر أكتوبر» is «الأول من أكتوبر»
            short = _MONTH_WORD.sub(" ", short)
        month = _MONTH_OF_YEAR.fullmatch(fold_same_length(short).casefold())
        if month:  # "October 2025": the month alone is the natural answer in its sentence
            further.append(short[: month.end(1)])
        accept = [form for form in dict.fromkeys([bare, short, *further]) if form != said] or None
        q = cloze(doc, asked, start, end, "date", _CONFIDENCE_DATE, accept=accept)
        if q:
            questions.append(q)
        if day is not None:
            weekdays = WEEKDAYS_AR if doc.language == "ar" else WEEKDAYS_EN
            wrong = [
                said.replace(day.removeprefix("ال"), d.removeprefix("ال"))
                for d in weekdays
                if d != day
            ]
            prompt = "في أي يوم حدث ذلك: «{}»؟" if doc.language == "ar" else 'On which day: "{}"?'
            stem = sentence.text.replace(said, "…")
            if len(stem) <= 160:
                q = mcq(
                    doc,
                    "date",
                    prompt.format(stem),
                    said,
                    wrong[:3],
                    sentence.start,
                    sentence.end,
                    0.6,
                )
                if q:
                    questions.append(q)
    for match in _TIME.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if start >= dateline and not any(a <= start < b for a, b in taken):
            taken.append((start, end))
            if _NOON.match(sentence.text, match.end()) and match.group().startswith(("12", "0:")):
                continue  # "at ____ noon" keyed 12:00: the word after says it
            asked = _asked_in(doc, sentence, start, end)
            if asked is None:
                continue
            q = cloze(doc, asked, start, end, "number", _CONFIDENCE_NUMBER)
            if q:
                questions.append(q)
    for match in _NUMBER.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if any(a <= start < b for a, b in taken) or start < dateline:
            continue
        if _number_of_name_or_range(doc, sentence, match):
            continue
        if _SLASHED.search(sentence.text, max(0, match.start() - 2), match.end() + 2):
            continue  # half of "1/4", "76-10/16" or "12/05/2020": no number of its own
        if len(match.group()) == 4:
            end = _through_years(doc.text, end)  # "the campaign of 1038–40"
        asked = _asked_in(doc, sentence, start, end)
        if asked is None:
            continue
        noun_end = counted_noun_end(doc, sentence, end)
        value = int(match.group()) if match.group().isdigit() else 0
        if doc.language == "en" and lists_its_count(doc.text[noun_end : sentence.end], value):
            continue  # "____ surviving cubs, Tai Shan in 2005 and Bao Bao in 2013": count them
        with_noun = doc.text[start:noun_end]
        accept = [with_noun] if len(with_noun) > end - start else []
        q = cloze(doc, asked, start, end, "number", _CONFIDENCE_NUMBER, accept=accept)
        if q:
            questions.append(q)
    return questions


def _names_in(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Where the sentence names one of the article's people (article offsets)."""
    spans = []
    for person in doc.people.values():
        for name in (person.name, *person.forms):
            at = sentence.text.find(name) if " " in name else -1
            while at >= 0:
                spans.append((sentence.start + at, sentence.start + at + len(name)))
                at = sentence.text.find(name, at + 1)
    return spans


_SLASHED = re.compile(r"\d/\d")
_DAY_ARTICLE = "الـ"  # "يوم الـ7": the article the day's number carries, drawn out
_YEARS_TO = re.compile(r"[–-]\d{2}(?!\d)")  # "1038–40": a range whose end drops the century


def _through_years(text: str, end: int) -> int:
    """Where a year ending at `end` ends with the short range after it ("1038–40"), if any."""
    years = _YEARS_TO.match(text, end)
    return years.end() if years else end


# A month or weekday name written in lower case is an ordinary English word ("may", "march").
# A year followed by its other calendar's: "1319 هـ / ", "1037م (", "1157 هـ الموافق ".
_OTHER_CALENDAR = re.compile(r"\d{3,4}\s?(?:هـ|ه|م)?\s*(?:/|\(|الموافق\S*)\s*$")
# Words that make the number after them an amount, besides the bounds number_kinds knows
# ("more than", «أكثر من»): "nearly 1800 homes", «نحو 1700 عامل».
_ABOUT_BEFORE = re.compile(
    r"(?<!\w)(?:نحو|حوالي|حوالى|قرابة|ما يقرب من|nearly|almost|about|around|approximately|over"
    r"|some)\s+$",
    re.IGNORECASE,
)


def _amount_before(text: str, start: int) -> bool:
    """True when the number at text[start] is an amount by the words just before it."""
    return is_bound(text, start) or bool(_ABOUT_BEFORE.search(text[max(0, start - 25) : start]))


_ERA_YEAR = re.compile(r"\d+(?:\s?(?:م|هـ))?")  # "2020", "913م": a bare year
_LOWER_MONTH = re.compile(
    r"(?<!\w)(?:" + MONTHS_EN + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)"
)


def _asked_in(doc: Document, sentence: Sentence, start: int, end: int) -> Sentence | None:
    """Where to ask a date or number: its sentence, or the clause of it that holds the number
    when another clause spells it out; None for one inside a lifespan or citation bracket, one
    of a run of consecutive numbers, a count all know, or one spelled out beside itself."""
    a, b = start - sentence.start, end - sentence.start
    if in_aside(doc.text, start, end) or in_number_list(sentence.text, a, b):
        return None
    if season_start(sentence.text, a, b):
        return None  # "its ____–02 identity": the season's second year gives the first away
    if codes.known_count(sentence.text, a, b) or codes.own_figures(sentence.text, a, b):
        return None  # "the win gave them three points", "the following ____ maps"
    if codes.sum_of_others(sentence.text, a, b):
        return None  # "87 sites, ____ public and four private": the others add up to it
    if converted(sentence.text, a, b):
        return None  # "20 billion yuan (S$____ billion)": the same sum, asked as first given
    return clauses.asked_in(
        sentence, start, end, lambda s: spelled_beside(s.text, start - s.start, end - s.start)
    )


_BETWEEN_PAIR = re.compile(r"[\s()/،,\-]{1,4}")
_RANGE_BEFORE = re.compile(r"\d\s?[-–—/ـ]\s?$")
# "كوفيد - 19", "COVID-19", "G-7": a number joined to the word before it by a hyphen.
_HYPHENED_NAME = re.compile(r"[^\W\d_]{2,}\s?[-–]\s?$")


def _number_of_name_or_range(doc: Document, sentence: Sentence, number: re.Match[str]) -> bool:
    """A number not worth its own gap: the number of a name, or the second end of a range
    ranges.py does not ask whole ("1038-40", "rose from 5 to 9": asked by its first end)."""
    if codes.is_code(sentence.text, number.start(), number.end()):
        return True  # "بي دي بي 11", "501(c)(3)", "3-manifolds": part of a code, no quantity
    if codes.is_locator(sentence.text, number.start(), number.end()):
        return True  # "figure 3.20", "[21]": a place in the document, not a fact
    before = sentence.text[max(0, number.start() - 30) : number.start()]
    if _RANGE_BEFORE.search(before[-4:]) or _HYPHENED_NAME.search(before):
        return True
    after = sentence.text[number.end() : number.end() + 12]
    if _YEAR_PAIR_AFTER.match(after) and number.group().isdigit() and len(number.group()) == 4:
        return True  # «للعام الدراسي 2025 / 2026»: the second year gives the first away
    if _WINDOW_BEFORE.search(before) and _WINDOW_AFTER.match(after):
        return True  # "in the past 12 months": the report's usual window, no fact of the story
    if _RANGE_WORDS_BEFORE.search(before):
        return True  # "between 1402 and ____": the range is asked by its first end
    if any(q.start() < number.start() < q.end() for q in _QUOTED_NAME.finditer(sentence.text)):
        return True  # "القمر الصناعي "نجمة 3"": the name is asked whole, not its number
    if codes.in_law_title(sentence.text, number.start(), doc.stop_words()):
        return True  # "قانون الجنسية البريطانية 1981": the year is part of the law's name
    return designates(doc, sentence, number)


_YEAR_PAIR_AFTER = re.compile(r"\s?[/–-]\s?\d{4}(?!\d)")
_WINDOW_BEFORE = re.compile(r"\b(?:past|last|previous|preceding)\s+$", re.IGNORECASE)
_WINDOW_AFTER = re.compile(r"\s+(?:months?|hours?|days?|weeks?)\b")
_RANGE_WORDS_BEFORE = re.compile(
    r"(?:\b[Bb]etween|\b[Ff]rom|(?<!\w)(?:بين|من))\s+\d[\d,.]*\s*"
    r"(?:and|to|until|through|و|إلى|الى|حتى)\s*$"
)
# A short name in quote marks: "نجمة 3", «Apollo 11».
_QUOTED_NAME = re.compile(r"[\"“«](?:[^\"“”«»\s]+\s){1,3}\d+[\"”»]")


def _whole_words(text: str, start: int, end: int) -> bool:
    """True when text[start:end] neither starts nor ends inside a word (vowel marks included)."""

    def inside(ch: str) -> bool:  # a letter, a mark or a digit; not the tatweel of "الـ7"
        return ch != "ـ" and unicodedata.category(ch)[0] in "LMN"

    return not (start > 0 and inside(text[start - 1])) and not (
        end < len(text) and inside(text[end])
    )


_SLASH = re.compile(r"\s?/\s?")


def _slashed(
    text: str, folded: str, matches: list[re.Match[str]], n: int
) -> tuple[int, list[str]] | None:
    """For "21 مارس/آذار عام 1923" at match n (a date with both calendars' month names, as the
    Levant's press writes it; `text` is the sentence, `folded` its folded copy): where the whole
    date ends in the sentence, and the date with each month's name alone."""
    if n + 1 >= len(matches):
        return None
    first, second = matches[n], matches[n + 1]
    if not _SLASH.fullmatch(folded[first.end() : second.start()]):
        return None
    months = [date_words.MONTH.search(m.group().casefold()) for m in (first, second)]
    if (
        months[0] is None
        or months[1] is None
        or re.search(r"\d", second.group()[: months[1].start()])
    ):
        return None  # "(11 ديسمبر/30 أغسطس)": two dates
    day = text[first.start() : first.start() + months[0].start()]  # "21 "
    forms = [
        text[first.start() : first.end()] + text[second.start() + months[1].end() : second.end()],
        day + text[second.start() : second.end()],
    ]
    return second.end(), [form.strip() for form in forms]


def _paired(folded: str, matches: list[re.Match[str]], n: int) -> bool:
    """True for a date written twice side by side, as the two calendars' month names."""
    here = matches[n]
    for other in (matches[n - 1] if n else None, matches[n + 1] if n + 1 < len(matches) else None):
        if other is None:
            continue
        a, b = sorted((here, other), key=lambda m: m.start())
        if not all(date_words.MONTH.search(m.group().casefold()) for m in (a, b)):
            continue  # "15 آذار عام 2011": a date and its year, not one month named twice
        if _two_dates(a.group(), b.group()):
            continue  # "(11 ديسمبر 1911 - 30 أغسطس 2006)": a birth and a death
        if _BETWEEN_PAIR.fullmatch(folded[a.end() : b.start()]):
            return True
    return False


def _two_dates(a: str, b: str) -> bool:
    """True when two dates hold different days or different years."""
    days = [set(re.findall(r"(?<!\d)\d{1,2}(?!\d)", x)) for x in (a, b)]
    years = [set(re.findall(r"\d{3,4}", x)) for x in (a, b)]
    return any(x and y and x != y for x, y in (days, years))
