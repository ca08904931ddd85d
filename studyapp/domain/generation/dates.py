"""Dates: a gap on each, a choice of weekday, and what is never asked: the day of the news, the
dateline, a month beside its other calendar's name; then the sentence's numbers and clock times
(number_gaps.py), and where to ask each (_asked_in)."""

from __future__ import annotations

import re
import unicodedata

from ..questions import Question
from . import clauses, codes, date_words, number_gaps, ranges
from .date_words import DATE, MONTHS_EN, WEEKDAYS_AR, WEEKDAYS_EN
from .document import Document, Sentence, fold_same_length
from .drafts import cloze, mcq
from .given import in_aside, in_number_list, season_start, spelled_beside
from .money import converted
from .number_kinds import is_bound
from .parallel_days import parallel_sentence
from .restated import baseline_year, part_of_a_number, this_year_named, time_in_another_zone
from .trivial_spans import a_contact_line

_CONFIDENCE_DATE = 0.66


_MONTH_WORD = re.compile(r"\s+شهر\s+")
# A month and its year, nothing else: «سبتمبر 2025», "October 2025".
_MONTH_OF_YEAR = re.compile(r"(" + date_words.MONTH.pattern + r")\s+\d{4}")
_DAY_MONTH_YEAR = re.compile(
    r"((?:\d{1,2}\s+(?:"
    + date_words.MONTH.pattern
    + r")|(?:"
    + date_words.MONTH.pattern
    + r")\s+\d{1,2}),?)\s+\d{4}"
)

# A year split with the next one's last digits: "2018/19", "2024-25".
_SPLIT_YEAR = re.compile(r"[/\\–-]\d{2}(?!\d)")
# A day written with a leading zero beside its month: "April 03", "03 April", «04 أكتوبر».
_PADDED_DAY = re.compile(r"(?<!\d)0(\d)(?!\d)")
_MONTH_THEN_DAY_EN = re.compile(r"^([A-Z][a-z]+\.?)\s+(\d{1,2})$")


def _unpadded(said: str) -> list[str]:
    """The other ways a student types a day the article pads: "April 3" and "3 April" for
    "April 03" (a reviewer: the natural answer was marked wrong), «4 أكتوبر» for «04 أكتوبر»."""
    plain = _PADDED_DAY.sub(r"\1", said)
    forms = [plain] if plain != said else []
    flipped = _MONTH_THEN_DAY_EN.match(plain)
    if flipped:
        forms.append(f"{flipped.group(2)} {flipped.group(1)}")
    return forms


# What a verb of saying reports, opened right after the day it was said: «…، إن», ", that".
_THAT_AFTER = re.compile(r"\s*[،,]?\s*(?:[إأا]ن(?:ه|ها)?|that)\b")


def _word_before(text: str, at: int) -> str:
    words = text[max(0, at - 30) : at].split()
    return words[-1].strip("،,(") if words else ""


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
        year_word = _YEAR_WORD_AR.match(doc.text, start, end)
        if year_word:  # «مع موفى سنة ____» keyed «2025», «سنة 2025» accepted
            further.append(doc.text[start:end])
            start = year_word.end()
        if doc.text[max(0, start - len(_DAY_ARTICLE)) : start] == _DAY_ARTICLE:
            start -= len(_DAY_ARTICLE)  # "يوم الـ7 من شهر سبتمبر": the gap takes its "الـ" too
        end = number_gaps.through_years(
            doc.text, end
        )  # "in 1038–40": the range, not its first year
        if _ERA_YEAR.fullmatch(doc.text, start, end) and _DIGITS_BEFORE.search(
            doc.text, max(0, start - 2), start
        ):
            continue  # "0.1833 وحدة": the decimals of a number, no year (set ig: «0.____»)
        if _ERA_YEAR.fullmatch(doc.text, start, end) and _amount_before(doc.text, start):
            continue  # «أكثر من 1700 عامل», "nearly 1800 homes": a count, asked as a number
        if doc.article and doc.text[start - 1 : start] == "(" and doc.text[end : end + 1] == ")":
            # «الحي (____) إنتاج تونسي فرنسي»: a title's year in brackets, a gloss (set m); nor
            # is a number of it asked («اليوم الأحد (____ أيار …)» keyed 25, set ik: trivial)
            taken.append((start, end))
            continue
        if codes.filed(doc.text, start):
            continue  # «القضية المقيدة برقم 387 لسنة ____»: the year of a case's filing
        taken.append((start, end))
        if not _whole_words(doc.text, start, end):
            continue  # "اب" (August) inside "الخِطَابَة": the folding hid the word's vowel marks
        said = doc.text[start:end]
        day = _weekday(doc, said)
        if day is not None and day == news_day:
            continue
        if (
            news_day is not None
            and _weekday(doc, _word_before(doc.text, start)) == news_day
            and _THAT_AFTER.match(doc.text, end)
        ):
            continue  # «قال … الأربعاء 16 جويلية 2025، إن»: the day he spoke, and its date
        if day is not None and not any(c.isdigit() for c in said):
            if date_words.idle_weekday(doc.text, start, end):
                continue  # «وأضاف صدقي، الخميس، أن»; «يومي ____ والاثنين»
            if _RELATIVE_DAY_BEFORE.search(doc.text, max(0, start - 12), start):
                continue  # «وتُعرض، غداً ____، مسرحية» keyed «الجمعة»: the day after the story's
            if _REPORTED_BEFORE.search(doc.text, max(0, start - 24), start):
                continue  # "In an update ____, health officials …", "police said ____": the
                # day it was told, not a fact of the story (4 of 16 accepted on fresh news)
            if _AS_OF_BEFORE.search(doc.text, max(0, start - 16), start):
                continue  # "had lost power as of early ____" keyed "Sunday": when the figures
                # were counted, no fact of the story (set c: trivial, both reviewers)
            if parallel_sentence(doc, sentence):
                continue  # a forecast's «كما يستمر الجو، ____، حارا …» said of each day alike:
                # with the day blanked, the sentence fits them all (set n: unanswerable)
        if _THIS_MONTH.match(doc.text, end) and _MONTH_ALONE.fullmatch(fold_same_length(said)):
            continue  # «منذ مطلع ____ الجاري» keyed «يناير»: the story's own month
        if codes.marked_for_update(doc.text, end):
            continue  # "As of January 2016[update]": wiki boilerplate, no fact of the topic
        if doc.article and _TODAY_BEFORE.search(doc.text, max(0, start - 30), start):
            continue  # «اليوم، الاثنين ____» keyed «15 من كانون الأول»: the story's own date
        if start < dateline:
            continue  # "جيزان 24 شوال 1436 هـ الموافق 09 اغسطس 2015 م واس": the dateline
        if _ERA_YEAR.fullmatch(said) and number_gaps.name_or_range(doc, sentence, match):
            continue  # "the Mars 2020 Rover", "العام الدراسي 2014ـ2015"
        if _SPLIT_YEAR.match(doc.text, end):
            continue  # "the financial year 2018/19": "/19" gives the year away
        if doc.language == "en" and _LOWER_MONTH.search(said):
            continue  # "the work may be studied", "troops march": a verb, not the month
        asked = _asked_in(doc, sentence, start, end)
        if asked is None:
            continue
        bare = said.removeprefix(_DAY_ARTICLE)
        short = date_words.ERA_TAIL.sub("", bare)  # "(القرن) الثامن الميلادي": "الثامن"
        if bare[:1].isdigit():  # "7 من شهر سبتمبر" is "7 سبتمبر"; "الأول من سبتمبر" keeps "من"
            short = date_words.ERA_TAIL.sub("", date_words.OPTIONAL_WORDS.sub(" ", bare))
        else:  # «الأول من شهر أكتوبر» is «الأول من أكتوبر»
            short = _MONTH_WORD.sub(" ", short)
        short = _MONTH_OF_EN.sub(" ", short)  # "September of 2023" is "September 2023"
        # "October 2025": the month alone is the natural answer in its sentence; so is each
        # name of «شباط/فبراير 2024» (_slashed's forms). Not after "since", whose year says how
        # long: «أعلى مستوى منذ ____» keyed «سبتمبر 2008» (set hx).
        if not _SINCE.search(doc.text, max(0, start - 12), start):
            for form in [short, *further]:
                month = _MONTH_OF_YEAR.fullmatch(fold_same_length(form).casefold())
                if month:
                    further.append(form[: month.end(1)])
        day_of = _DAY_THEN_MONTH.match(fold_same_length(bare))
        if day_of and _THIS_MONTH.match(doc.text, end):  # «الجمعة ____ الجاري» keyed «26 من
            further.append(bare[: day_of.end(1)])  # شهر سبتمبر»: «26» is the natural answer
        further += _unpadded(said) + date_words.ordinal_in_digits(said)
        whole = _DAY_MONTH_YEAR.fullmatch(fold_same_length(short).casefold())
        if whole:  # «7 أكتوبر 2025», "March 3, 2025": the day and month alone are right too
            further.append(short[: whole.end(1)].rstrip(","))
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
            # Not someone's words in quotation marks inside the question's own: 'On which day:
            # ""There's still a pretty good chance of tornadoes for (…)," she said."?' (set q,
            # rejected as garbled: when she spoke, or the day she meant?).
            if len(stem) <= 160 and not _QUOTED.search(stem) and not a_contact_line(stem):
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
    return questions + number_gaps.extract(doc, sentence, dateline, taken, _asked_in)


_QUOTED = re.compile(r"[\"“”«»]")
# Words of telling right before a bare weekday: the day the news was told.
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|told (?:\w+ )?reporters|reported|announced|confirmed|stated|added|noted"
    r"|update|statement|released)\s+(?:on\s+|early\s+|late\s+)?$",
    re.IGNORECASE,
)
_AS_OF_BEFORE = re.compile(r"\bas of\s+(?:early\s+|late\s+)?$", re.IGNORECASE)
_DAY_THEN_MONTH = re.compile(r"(\d{1,2})\s+(?:من\s+)?(?:شهر\s+)?[^\W\d]+$")
# The month a story's dates fall in, named by where it stands: «26 سبتمبر الجاري».
_THIS_MONTH = re.compile(r"\s+(?:الجاري|الحالي)(?!\w)")
# A weekday named as tomorrow or yesterday: the calendar, read off the dateline, answers it.
_MONTH_OF_EN = re.compile(r"(?<=[a-z])\s+of\s+(?=\d{4})")
_RELATIVE_DAY_BEFORE = re.compile(
    r"(?<!\w)(?:غدا|غداً|غدًا|غدٍ|غد|أمس|الأمس|tomorrow|yesterday)\s*[،,]?\s*$", re.IGNORECASE
)
# The story's own day named before its date: «تتأثر اليوم، الاثنين ____» (set h: trivial, the
# dateline again), "today, Monday ____", «اليوم الأحد (____ أيار 2025)» (set ik: trivial).
_TODAY_BEFORE = re.compile(
    r"(?<!\w)(?:اليوم|today)\s*[،,]?\s*(?:(?:"
    + "|".join(WEEKDAYS_AR + WEEKDAYS_EN)
    + r")\s*[،,]?\s*)?\(?\s*$",
    re.IGNORECASE,
)
_MONTH_ALONE = re.compile(date_words.MONTH.pattern)


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


_DAY_ARTICLE = "الـ"  # "يوم الـ7": the article the day's number carries, drawn out
# A month or weekday name written in lower case is an ordinary English word ("may", "march").
# A year followed by its other calendar's: "1319 هـ / ", "1037م (", "1157 هـ الموافق ".
_OTHER_CALENDAR = re.compile(r"\d{3,4}\s?(?:هـ|ه|م)?\s*(?:/|\(|الموافق\S*)\s*$")
# Words that make the number after them an amount, besides the bounds number_kinds knows
# The word «عام/سنة» before a year in digits: the prompt keeps it, the key is the year.
_YEAR_WORD_AR = re.compile(r"(?:ال)?(?:عام|سنة|سنه)\s+(?=[\d٠-٩])")
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
# A digit and a decimal point or comma right before four digits: "0.1833", "1,2500".
_DIGITS_BEFORE = re.compile(r"\d[.,٫]$")
_LOWER_MONTH = re.compile(
    r"(?<!\w)(?:" + MONTHS_EN + r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!\w)"
)


_SINCE = re.compile(r"(?:\bsince|(?<!\w)منذ)\s*$", re.IGNORECASE)


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
    parts = codes.parts_after(sentence.text, a, b)
    if parts is not None:  # «لا تتجاوز ____ ألف هكتار»: a total asked before its parts
        return clauses.before_parts(sentence, end, parts)
    if codes.sum_of_others(sentence.text, a, b) or codes.complement(sentence.text, a, b):
        return None  # "87 sites, ____ public and four private": the others add up to it
    if part_of_a_number(sentence.text, a, b):
        return None  # «19 مليونا 292 ألفًا ____»: one number written in parts
    if baseline_year(sentence.text, a, b) or this_year_named(sentence.text, a):
        return None  # «مقارنة بـ … عام ____» beside 2021: last year, the baseline
    if converted(sentence.text, a, b) or time_in_another_zone(sentence.text, a, b):
        return None  # "20 billion yuan (S$____ billion)": the same sum, asked as first given;
        # "at 7:05 p.m. EDT (____ GMT)": the same moment
    return clauses.asked_in(
        sentence, start, end, lambda s: spelled_beside(s.text, start - s.start, end - s.start)
    )


_BETWEEN_PAIR = re.compile(r"[\s()/،,\-]{1,4}")


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
