"""A range of years or amounts, asked whole: "من عام 1299م إلى عام 1922م", "between 1914 and
1918", "75-80%". One gap takes both ends, keyed as written, with the plain forms a student
writes accepted ("1299 إلى 1922", "1299-1922", "من 1299م إلى 1922م")."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..questions import Question
from .document import NUMBER_PART, Document, Sentence, fold_same_length
from .drafts import cloze

_NUM = rf"\d+{NUMBER_PART}*"  # "1,500", «1،500»: one number, never cut at its comma
_UNIT_AR = r"(?:\s?(?:%|٪|م|هـ|ه|مليون|مليار)(?!\w))?"
_UNIT_EN = r"(?:\s?(?:%|percent|per cent|million|billion)(?!\w))?"
# Folded Arabic (fold_same_length): "إلى" reads "الي", "سنة" reads "سنه".
_YEAR_AR = (
    r"(?:(?:اواخر|اوائل|منتصف|مطلع|بدايه|نهايه)\s+)?(?:(?:عامي|عام|العام|سنتي|سنه|السنه)\s+)?"
)
_YEAR_EN = r"(?:(?:the\s+)?years?\s+)?"
_RANGE = {
    "ar": re.compile(
        rf"(?<!\w)(?P<lead>(?:و?ما\s+)?و?(?:من|بين)\s+){_YEAR_AR}(?P<a>{_NUM}){_UNIT_AR}"
        rf"\s*(?:الي|حتي|و)\s*{_YEAR_AR}(?P<b>{_NUM}){_UNIT_AR}(?![\w\d.,٫،٬]\d|\w)"
    ),
    "en": re.compile(
        rf"(?<!\w)(?P<lead>(?:[Ff]rom|[Bb]etween)\s+){_YEAR_EN}(?P<a>{_NUM}){_UNIT_EN}"
        rf"\s+(?:to|and|until|through)\s+{_YEAR_EN}(?P<b>{_NUM}){_UNIT_EN}(?![\w\d.,]\d|\w)"
    ),
}
# An amount of money from one sum to another with no "from" before it: "estimated at $ 12 to
# $ 15 million"; a gap on the second end alone printed the first ("$ 12 to $ ____").
_MONEY_EN = re.compile(
    rf"(?<![\w$£€])(?P<lead>)[$£€]\s?(?P<a>{_NUM}){_UNIT_EN}\s+to\s+[$£€]\s?(?P<b>{_NUM}){_UNIT_EN}"
    r"(?![\w\d.,]\d|\w)"
)
# Written with a dash: years ("1914–1918") or amounts with their unit or scale ("75-80%",
# "200-300 billion"); a score or a small pair ("3-0", "2-6") is one number already
# (number_gaps._NUMBER).
_DASHED = re.compile(
    r"(?<![\w.,:\-–/])(?P<a>\d{4})\s?[-–]\s?(?P<b>\d{4})(?:\s?(?:م|هـ)(?!\w))?(?![\w\-–/]|[.,]\d)"
    r"|(?<![\w.,:\-–/])(?P<c>\d+(?:[.,]\d+)?)\s?[-–]\s?(?P<d>\d+(?:[.,]\d+)?)"
    r"(?:\s?(?:%|٪)|\s(?:million|billion|trillion|مليون|مليار|ألف|الف)(?!\w))"
)
# "أكثر من 5 إلى": a comparison, not the start of a range; "كل من 0 و1": both, not a range.
_COMPARED = re.compile(r"(?:اكثر|اقل|كل|more than|less than|fewer than)\s*$", re.IGNORECASE)
# "rose from 5 to 9 percent", "ارتفع عدد السكان من 5 إلى 9 ملايين", "revised job losses higher,
# from 65,000 to 150,000": a change, whose old and new
# values are two facts, each asked in its own gap (dates.extract).
_CHANGE = re.compile(
    r"(?<!\w)(?:rose|risen|rising|rises|fell|fallen|falling|falls|increas\w*|decreas\w*|grew|grown"
    r"|grows|dropp\w*|climb\w*|jump\w*|declin\w*|reduc\w*|rais\w*|cut|surg\w*|soar\w*|slipp\w*"
    r"|revis\w*|adjust\w*|upgrad\w*|downgrad\w*|lower\w*|boost\w*|trimm\w*|hik\w*"
    r"|went up|went down|[وفبل]?(?:ارتفا?ع|انخفا?ض|تراجع|ا?زداد|زاد|زياده|تزايد|قفز|هبط|هبوط"
    r"|صعد|صعود|نما|نمو|رفع|خفض|تخفيض|تضاعف|تقلص)\w*)"
    r"[^.،,؛;]{0,40}(?:[,،]\s*)?$",  # "revised … higher, from 65,000 to 150,000"
    re.IGNORECASE,
)

# A span written with a dash is of years only up to here; beyond, the digits are a code.
_LAST_YEAR = 2200

_YEAR_WORDS = re.compile(r"(?<!\w)(?:عامي|عام|العام|العامين|سنتي|سنة|السنة|(?:the )?years?)\s+")

AskedIn = Callable[[Document, Sentence, int, int], "Sentence | None"]


def spans(doc: Document, sentence: Sentence) -> list[tuple[int, int, int]]:
    """(lead, start, end) of each range in the sentence, as sentence offsets: where its "من"/
    "between" starts, where its first number starts and where its second ends."""
    folded = fold_same_length(sentence.text)
    found: list[tuple[int, int, int]] = []
    matches = list(_RANGE[doc.language].finditer(folded))
    if doc.language == "en":
        matches += [m for m in _MONEY_EN.finditer(folded) if not _within(m, matches)]
    for match in matches:
        a, b = match.group("a"), match.group("b")
        before = folded[max(0, match.start() - 60) : match.start()]
        if _COMPARED.search(before) or _CHANGE.search(before) or ("." in a) != ("." in b):
            continue
        if len(a) >= 3 > len(b):
            continue  # "1038 إلى 40": a shorthand end the gap would garble
        found.append((match.start(), match.start("lead") + len(match.group("lead")), match.end()))
    for match in _DASHED.finditer(sentence.text):
        if match.group("a") and int(match.group("b")) <= int(match.group("a")):
            continue  # "2014-2013" is no span of years; "1911-2006" is (a lifespan, see asked_in)
        if match.group("a") and int(match.group("b")) > _LAST_YEAR:
            continue  # "Ext 6300 – 6307": extensions, not years
        if any(a <= match.start() < c for _, a, c in found):
            continue
        found.append((match.start(), match.start(), match.end()))
    return found


def _within(match: re.Match[str], matches: list[re.Match[str]]) -> bool:
    return any(m.start() <= match.start() < m.end() for m in matches)


def extract(
    doc: Document, sentence: Sentence, dateline: int, asked_in: AskedIn
) -> tuple[list[Question], list[tuple[int, int]]]:
    """Gaps on the sentence's ranges, and the article spans they take (not asked again end by
    end); `asked_in` says where to ask a span (dates._asked_in)."""
    questions: list[Question] = []
    taken: list[tuple[int, int]] = []
    for lead, a, b in spans(doc, sentence):
        start, end = sentence.start + a, sentence.start + b
        if start < dateline:
            continue
        asked = asked_in(doc, sentence, start, end)
        if asked is None:
            continue
        said = doc.text[start:end]
        years = all(len(n) == 4 for n in re.findall(r"\d+", said))
        category = "date" if years else "number"
        q = cloze(
            doc, asked, start, end, category, 0.67, accept=_forms(doc, said, sentence.text[lead:a])
        )
        if q:
            questions.append(q)
            taken.append((start, end))
    return questions, taken


def _forms(doc: Document, said: str, lead: str) -> list[str]:
    numbers = re.findall(_NUM, said)
    unit = re.search(r"(?:%|٪|\s(?:million|billion|trillion|مليون|مليار|ألف|الف))\s*$", said)
    first, second = numbers[0], numbers[-1]
    join = " إلى " if doc.language == "ar" else " to "
    bare = _YEAR_WORDS.sub("", said)  # "عامي 1908 و 1914": "1908 و 1914"
    forms = [bare, f"{first}-{second}", f"{first}{join}{second}"]
    if unit:
        sign = unit.group().strip()
        sign = sign if sign in "%٪" else f" {sign}"  # "75-80%", "200-300 billion"
        forms += [f"{first}-{second}{sign}", f"{first}{join}{second}{sign}"]
    money = re.match(r"[$£€]", said)
    if money:  # "$ 12 to $ 15 million": "$12-15 million", "12 to 15 million"
        scale = f" {unit.group().strip()}" if unit else ""
        forms += [f"{first}{join}{second}{scale}", f"{money.group()}{first}-{second}{scale}"]
        forms += [f"{money.group()}{first}{join}{money.group()}{second}{scale}"]
    if lead:
        # "من 75% إلى 80%": the words before the gap said again
        forms.append(re.sub(r"^و(?=ما|من|بين)", "", lead) + said)
    return [f for f in dict.fromkeys(forms) if f != said]
