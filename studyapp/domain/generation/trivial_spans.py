"""Spans of a pasted article no teacher asks for, whatever the key looks like: a piece of a
phone number ("01 666 ____", "1800 666 111", "____-888-310-1122", "dial ____" keyed 911),
and one item of a long list of names («سوريا، فلسطين، العراق، ____، السعودية …», 22 countries
taking part). Set s's reviewers rejected all
five such gaps as trivial (hundred-and-thirty-first review). Nor a gloss of the word before
it, nor the paper's own name where it reports («"الوطن" حضرت …»), nor the three points a win
earns, nor one of two counts given as alternatives ("the last ____ or five years"), nor a count of
the items the sentence goes on to list ("The other ____ involved a staffer and a visitor")."""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS
from ..text import normalize
from .arabic_organisations import BODY_HEADS_AR
from .document import Document, fold
from .headlines import bare_word
from .names import REPORTER_WORDS, countries

# A phone number: a leading 0, a country code or a free line's 1800/1300/0800, then two or three
# more groups of digits ("01 666 7200", "1800 666 111", "+353 1 666 7200").
_PHONE = re.compile(
    r"(?<![\d.,])(?:(?:\+\d{1,3}|0\d{0,4}|1[38]00)(?:[ -]\d{1,4}){2,3}"
    # North American: "1-888-310-1122", "(519) 436-6600", "519-436-6600"
    r"|(?:1-)?(?:\(\d{3}\)\s?|\d{3}-)\d{3}-\d{4}"
    # An emergency line the reader is told to call: "dial 911", "call 999".
    r"|(?<=dial )\d{3}|(?<=call )(?:911|999|112|000)"
    # Or written whole: a leading 0 and eight to ten more digits («065692368», «0791881439»).
    r"|0\d{8,10})(?!\d|[.,]\d)"
)


def in_phone_number(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a phone number or a piece of one."""
    window = max(0, start - 24)
    return any(
        m.start() <= start and end <= m.end()
        for m in _PHONE.finditer(text, window, min(len(text), end + 24))
    )


def a_contact_line(sentence: str) -> bool:
    """True for a sentence that gives a phone number to call: "Alternatively you can call
    Crimestoppers anonymously on 0800 555 111" is how to reach a line, no fact of the story (set
    t: "____" keyed "Crimestoppers", trivial, both reviewers)."""
    return _PHONE.search(sentence) is not None


_ITEM_SEPARATOR = re.compile(r"\s*[,،]\s*")
_AND = re.compile(r"^(?:and\s+|و\s?)", re.IGNORECASE)
_LONG_LIST = 5  # items, each of a few words
_LAST_AND = re.compile(r"\s+and\s+|\s+و(?=\S)")
_ITEM_WORDS = 4


# The noun the items of a list of places share, after the last: "… and Livingston counties".
_SHARED_NOUN = re.compile(
    r"\s(?:counties|districts|provinces|states|regions|cities|towns|villages|islands"
    r"|countries)\b"
)


def one_of_a_long_list(sentence: str, start: int, end: int) -> bool:
    """True when sentence[start:end] is one whole item of a list of five or more short items
    separated by commas."""
    parts = []
    at = 0
    for sep in _ITEM_SEPARATOR.finditer(sentence):
        parts.append((at, sep.start()))
        at = sep.end()
    parts.append((at, len(sentence)))
    last = _LAST_AND.search(sentence, parts[-1][0], parts[-1][1])
    if len(parts) >= 3 and last:  # "Kirinyaga, Tharaka-Nithi and Nyandarua counties": two items
        parts[-1:] = [(parts[-1][0], last.start()), (last.end(), parts[-1][1])]
    a, b = parts[-1]
    shared = _SHARED_NOUN.search(sentence, a, b)
    if shared:  # "…, and Livingston counties until 3 p.m. Saturday": the item ends with its noun
        parts[-1] = (a, shared.end())
    short = [(a, b) for a, b in parts if 0 < len(sentence[a:b].split()) <= _ITEM_WORDS]
    # The first item stands at the end of the words that open the list: «فرق من الأردن».
    if len(short) + 1 < _LONG_LIST or (len(short) < _LONG_LIST and parts[0] in short):
        return False
    answer = sentence[start:end].strip()
    a, b = parts[0]
    if a <= start and end <= b and sentence[a:b].rstrip(" .").endswith(answer):
        return (a, b) in short or parts[1] in short
    for a, b in short:
        item = sentence[a:b].strip(" .")
        lead = _AND.match(item)
        if a <= start and end <= b:
            bare = item[lead.end() if lead else 0 :].strip()
            # "Nyandarua counties": the last item with the noun the list shares
            return answer == bare or (
                bare.startswith(answer + " ") and bare[len(answer) :].islower()
            )
    return False


# One bare name, and what joins it to the next item of a list: "Ganesh, ", "Dhanraj, and ".
_BARE_NAME = r"[A-Z][\w’'-]*"
_NAME_BEFORE = re.compile(rf"(?<![\w.])({_BARE_NAME})(?:,\s*(?:and\s+)?|\s+and\s+)$")
_NAME_AFTER = re.compile(rf"^(?:,\s*(?:and\s+)?|\s+and\s+)({_BARE_NAME})(?![\w’'-]|\s[A-Z])")
_FIRST_NAMES = 3
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to|across|near|of)\s+$")
_PLACE_AFTER = re.compile(
    r"\s+(?:counties|county|districts|provinces|states|regions|cities|towns|villages|areas"
    r"|islands|countries)\b"
)


def a_bare_name_listed(text: str, start: int, end: int) -> bool:
    """True for one capitalised word among three or more listed by one word each: "including
    Ganesh, Dhanraj, and ____" or "guys like Sibusiso, ____, Aphiwe, RG": people the story
    names by a first name only, to be recalled by rote (set o: trivial, twice)."""
    if not re.fullmatch(_BARE_NAME, text[start:end]):
        return False
    count, first = 1, start
    while (m := _NAME_BEFORE.search(text, max(0, first - 40), first)) is not None:
        count, first = count + 1, m.start(1)
    last = end
    while (m := _NAME_AFTER.match(text[last : last + 40])) is not None:
        count, last = count + 1, last + m.end(1)
    # "in Mombasa, Kwale, Kilifi and Lamu counties": places, each worth its gap
    places = _PLACE_BEFORE.search(text[max(0, first - 12) : first]) or _PLACE_AFTER.match(
        text[last : last + 20]
    )
    return count >= _FIRST_NAMES and not places


# What glosses the word before it: «طليقين «أي مخلى سبيلهم»», "outpatients (i.e. those …)".
_GLOSS = re.compile(r"^(?:أي|اي|يعني|i\.e\.|ie|that is)\s", re.IGNORECASE)
# A quoted name and a verb of the paper's own reporting after it: «"الوطن" حضرت …».
_PAPER_REPORTS_AR = re.compile(
    r"[\"»”]\s*(?:حضرت|علمت|تابعت|رصدت|اطلعت|حصلت|سألت|تواصلت|انفردت|التقت|زارت)(?!\w)"
)


def a_gloss(answer: str) -> bool:
    """True for a key that glosses the word before it («أي مخلى سبيلهم» after «طليقين»): the
    word asks it (a blind reviewer rejected it as given away, set z)."""
    return _GLOSS.match(answer) is not None


def a_short_name_after_its_body(text: str, start: int, end: int) -> bool:
    """True for one quoted word right after the name of a body it shortens: «مترشح حركة مجتمع
    السلم “____”» keyed «حمس» (set e: given away, both reviewers), as "Amazon Web Services
    (AWS)" is in English (bodies.bracketed_alias)."""
    opening, closing = text[max(0, start - 1) : start], text[end : end + 1]
    word = text[start:end]
    if _LATIN_LETTERS.fullmatch(word) and _ARABIC_BEFORE.search(text, max(0, start - 3), start):
        # «شركة الدراسات و إنجازات الأعمال الفنية بالغرب SEROR»: the Latin letters of the
        # body named just before (set k: given away, both reviewers)
        before = re.split(r"[.،,؛:()«»\"“”]", text[max(0, start - 80) : start])[-1].split()
        return any(fold(w) in _BODIES_AR for w in before[-8:-1])
    if opening not in _OPENING or closing not in _CLOSING or len(word.split()) != 1:
        return False
    if not re.fullmatch(r"[\u0621-\u064a]{2,6}", word):
        return False  # a short name in Arabic letters; «الحزب الإيكولوجي "Les Verts"» names it
    # The head among the four words before, with its name after it: «حركة مجتمع السلم»,
    # «للاتحاد الدولي لكرة القدم "فيفا"» (its article and preposition aside).
    words = text[max(0, start - 60) : start - 1].split()[-4:]
    return any(bare_word(fold(word)) in _BODIES_AR for word in words[:-1])


_OPENING, _CLOSING = ('"', "«", "“", "("), ('"', "»", "”", ")")
_LATIN_LETTERS = re.compile(r"[A-Z]{2,8}")
_ARABIC_BEFORE = re.compile(r"[\u0621-\u064a]\s$")
# Head nouns that a body's name of two or more words opens with, folded.
_BODIES_AR = BODY_HEADS_AR | frozenset(fold(w) for w in "حركة حزب جبهة تحالف تيار".split())


def credited_outlet(text: str, start: int) -> bool:
    """True for a quoted name after «بحسب ما ترجمه/نقله/أورده …»: the site that carried the
    story («وبحسب ما ترجمه “موقع تركيا عاجل”», set q: trivial, both reviewers)."""
    quoted = text[max(0, start - 1) : start] in ('"', "«", "“")
    return quoted and _CREDITED_BEFORE_AR.search(text, max(0, start - 30), start - 1) is not None


def the_papers_own(text: str, start: int, end: int) -> bool:
    """True for a quoted name the paper reports with («"الوطن" حضرت … جلسات علنية»): the paper
    that prints the story, no fact of it (rejected as trivial, set z)."""
    quoted = text[max(0, start - 1) : start] in ('"', "«", "“")
    if quoted and _PAPER_REPORTS_AR.match(text, end) is not None:
        return True
    # "…, PublicTechnology understands": the trade paper's own reporting (set o: trivial)
    return _PAPER_REPORTS_EN.match(text, end) is not None


# «بحسب ما ترجمه/نقله/أورده …» before a quoted name: the outlet credited with the story.
_CREDITED_BEFORE_AR = re.compile(
    r"(?:(?:بحسب|حسب|وفق|وفقا ل|وفقًا ل)\s*ما\s+"
    r"(?:ترجمه|ترجمته|نقله|نقلته|أورده|أوردته|ذكره|ذكرته|نشره|نشرته)"
    # «في بيان تلقته “دجلة نيوز”»: the outlet a statement was sent to (set hx: trivial, both)
    r"|بيان\s+(?:تلقته|تلقاه|تلقت|اطلعت\s+عليه|حصلت\s+عليه)"
    # «كشفت مصادر «الشرق الأوسط»»: the paper whose sources spoke (set hy: trivial, both)
    r"|مصادر(?:\s+(?:لصحيفة|صحيفة|لـ|ل))?)\s*$"
)
_PAPER_REPORTS_EN = re.compile(
    r"\s+(?:understands|has learned|has learnt|can reveal|can confirm|has been told)"
    r"(?=[ \t]*(?:[.,;:\n]|that\b|$))"
)


_THREE = frozenset({"3", "٣", "three", "ثلاث", "ثلاثة", "الثلاث"})
_POINTS = re.compile(r"(?:points?|نقاط|نقطة|النقاط)", re.IGNORECASE)


def a_wins_points(text: str, start: int, end: int) -> bool:
    """True for the three points of a win: «تحقيق ____ نقاط», "It was just ____, not the end
    of the world" keyed "three points". Any football fan knows them; blind reviewers rejected
    such gaps as trivial in news-dev and in a fresh set."""
    words = text[start:end].split()
    if not words or words[0].casefold() not in _THREE:
        return False
    if len(words) > 1:
        return len(words) == 2 and _POINTS.fullmatch(words[1]) is not None
    after = text[end : end + 12].split()[:1]
    before = text[max(0, start - 12) : start].split()[-1:]
    return any(_POINTS.fullmatch(w.strip(" ،,.")) for w in after + before)


_OR_AFTER = re.compile(r"\s+(?:or|أو|او)\s+(\S+)", re.IGNORECASE)
_OR_BEFORE = re.compile(r"(\S+)\s+(?:or|أو|او)\s+$", re.IGNORECASE)


def one_of_two_counts(text: str, start: int, end: int) -> bool:
    """True for a count given beside another as its alternative: "the last ____ or five years"
    keyed "four" (set q's reviewer: the only natural fill, given away), «ثلاثة أو ____ أشهر»."""
    if not _a_count(text[start:end]):
        return False
    after = _OR_AFTER.match(text, end)
    before = _OR_BEFORE.search(text, max(0, start - 30), start)
    return any(m and _a_count(m.group(1)) for m in (after, before))


def _a_count(word: str) -> bool:
    return _count_of(word) is not None


# After a count, what opens the list of what it counts: a colon, a dash, "involved", "namely",
# "are" ("The five states paying the most are Hawaii, Alaska, …").
_LIST_OPENS_EN = re.compile(
    r"^[^.;:]{0,60}?(?::|\s[-–—]\s|\s(?:involved|namely|consisting of|comprising|are|were)\s)(.*)$"
)
_ITEMS_EN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
# Or the counted noun and "of" and names straight after it: "the five cities of Udaipur, …"
# (set hy's reviewers: given away, both).
_NAMED_OF_EN = re.compile(r"^\s[a-z]+(?:\s[a-z]+)?\sof\s(?=[A-Z])(.*)$")


def counts_the_list_after(text: str, start: int, end: int, sentence_end: int) -> bool:
    """True for an English count the rest of its sentence spells out item by item: "The other
    ____ involved a hospital staffer in his 20s and a person in their 50s" keyed "two", "its
    other ____ key rates - the marginal lending rate and the deposit rate -" (both rejected as
    given away in fresh sets)."""
    opened = _LIST_OPENS_EN.match(text[end:sentence_end]) or _NAMED_OF_EN.match(
        text[end:sentence_end]
    )
    listed = re.split(r"\s[-–—]\s|;|\.(?!\d)", opened.group(1))[0] if opened else None
    return _spelt_out(text[start:end], listed, _ITEMS_EN, 6)  # not "$4.33"


# A bracket after a count, within a few words: «____ مشغلين للاتصالات … (الاتصالات السعودية،
# موبايلي، زين السعودية، عذيب)», "____ operators (Airtel, Jio and Vi)".
_BRACKET_AFTER = re.compile(r"^[^.()؛;]{0,80}?\(([^()]{2,200})\)")
_BRACKET_ITEMS = re.compile(r"\s*[,،]\s*(?:and\s+|و\s*)?|\s+and\s+|\s+و(?=\S)")


def counts_a_bracketed_list(text: str, start: int, end: int, sentence_end: int) -> bool:
    """True for a count whose items a bracket right after it lists one by one (set n: the four
    operators named in brackets gave "four" away)."""
    bracket = _BRACKET_AFTER.match(text[end:sentence_end])
    return _spelt_out(text[start:end], bracket.group(1) if bracket else None, _BRACKET_ITEMS, 8)


def _spelt_out(count_text: str, listed: str | None, items: re.Pattern[str], most: int) -> bool:
    """True when `listed` holds exactly as many items as the count of two to `most` says."""
    count = _count_of(count_text)
    if count is None or not 2 <= count <= most or listed is None:
        return False
    return len([item for item in items.split(listed) if item.strip()]) == count


def _count_of(span: str) -> int | None:
    word = normalize(span)
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


_NEXT_NUMBER = re.compile(r"[\s,،-]{1,3}(\d+)(?![\d.,٫])")
_LAST_NUMBER = re.compile(r"(?<![\d.,٫])(\d+)[\s,،-]{1,3}$")


def in_a_run_of_numbers(text: str, start: int, end: int) -> bool:
    """True for a number between its neighbours of a numbered run: «أرقام (1121 1123 1124 ____
    1126)» keyed 1125 (set r, rejected as given away: the run says it)."""
    key = text[start:end].strip()
    if not key.isdigit():
        return False
    value = int(key)
    after = _NEXT_NUMBER.match(text, end)
    before = _LAST_NUMBER.search(text, max(0, start - 12), start)
    follows = after is not None and int(after.group(1)) == value + 1
    return follows or (before is not None and int(before.group(1)) == value - 1)


# Where something was posted: a social platform's name beside a page, an account or a post
# («على الصفحة الرسمية للمجلس على "الفيسبوك"», "the telescope's official Twitter account").
# Reviewers of sets w and x rejected both gaps as trivial, the place of the words, not the news.
_PLATFORMS = frozenset(
    normalize(w)
    for w in """facebook twitter instagram youtube tiktok snapchat linkedin فيسبوك الفيسبوك
    تويتر انستغرام إنستغرام انستجرام يوتيوب""".split()
) | {normalize("فيس بوك"), normalize("تيك توك")}
_POSTED = re.compile(
    r"account|page|post|feed|tweet|صفحة|صفحته|صفحتها|حساب|حسابه|حسابها|منشور|تغريدة|على|عبر",
    re.IGNORECASE,
)


def a_platform_posted_on(text: str, start: int, end: int) -> bool:
    """True for a social platform's name with a page, an account or "on/via" beside it."""
    if normalize(text[start:end].strip('"“”«» ')) not in _PLATFORMS:
        return False
    return _POSTED.search(text[max(0, start - 40) : min(len(text), end + 20)]) is not None


# The reporter who files the story: "reports CBS News correspondent ____" (set x: trivial).
_REPORTER_BEFORE = re.compile(rf"(?:{'|'.join(REPORTER_WORDS)})\s+$", re.IGNORECASE)


def the_reporter(text: str, start: int) -> bool:
    """True for a name right after the word for the story's correspondent or reporter."""
    return _REPORTER_BEFORE.search(text[max(0, start - 20) : start]) is not None


# A news agency credited as the source: «حسبما ذكرت فرانس برس،», "according to Reuters".
_CREDITED_BEFORE = re.compile(
    # «وذكرت وكالة ____ السعودية (واس)»: the agency's own word after «وكالة» too (set hu)
    # «نقلت وكالة "رويترز" عن …»: the name in quotation marks too (set ij: trivial, both)
    r"(?:(?:حسبما|كما)\s+)?(?:ذكرت|ذكر|أفادت|افادت|أفاد|نقلت|نقل|أوردت|أورد)\s+(?:وكالة\s+)?"
    r"[\"“«]?$"
    r"|(?:وفقا|وفقاً|طبقا)\s*ل\s*$|(?:بحسب|حسب)\s+$|according to\s+(?:the\s+)?$"
    # «وفق وكالة "رويترز"», «بحسب وكالة "…"» (set il: trivial, both reviewers)
    r"|(?:وفق|وفقا|وفقاً|طبقا ل|بحسب|حسب)\s*(?:ل\s*)?وكالة\s+[\"“«]?$"
    # «وفق ما نقلته وكالة الأنباء الفرنسية», «حسب ما ذكرته …»: the agency that carried it
    r"|(?:وفق|وفقا|حسب|بحسب|طبقا ل)\s*ما\s+(?:نقلت|نقلته|ذكرت|ذكرته|أوردت|أوردته|أفادت|أفادته)\s+$"
    # or the agency a speaker talked to, which its own question asks (venues.py): «في حوار مع
    # وكالة تونس افريقيا للأنباء» (set m: boilerplate), «في تصريح لصحفية وكالة …» (set h)
    r"|(?:حوار|حديث|تصريح|تصريحات|مقابلة)\s+(?:مع|ل|لـ)\s*"
    r"(?:(?:صحفي|صحفية|صحفيي|مراسل|مراسلة)\s+)?(?:وكالة\s+)?$",
    re.IGNORECASE,
)
_AGENCY = re.compile(
    r"برس|رويترز|وكالة|أنباء|انباء|إخبارية|اخبارية|نيوز|Reuters|Press|AFP|\bAP\b|Bloomberg"
    r"|Xinhua|شينخوا"
    r"|Reporting Service|News Service",
    re.IGNORECASE,
)
# "…, the Local Democracy Reporting Service said.": the service credited after its name; «في
# بيان اطلعت "العين الإخبارية" على نسخة منه»: the outlet that saw the statement (set il).
_CREDITED_AFTER = re.compile(r"\s+(?:said|reported|says|reports)\b|[\"”»]?\s*على\s+نسخة")


def a_credited_agency(text: str, start: int, end: int) -> bool:
    """True for a news agency's name where the story credits it («حسبما ذكرت فرانس برس», "the
    Local Democracy Reporting Service said"): set y's and set p's reviewers rejected the gap as
    boilerplate sourcing."""
    if not _AGENCY.search(text[start:end]):
        return False
    return bool(
        _CREDITED_BEFORE.search(text[max(0, start - 30) : start])
        or _CREDITED_AFTER.match(text, end)
    )


# «في معرض تعليقاتها»: "in the course of her comments", the frame of what was said, no fact.
_IN_THE_COURSE_OF_AR = re.compile(r"(?<!\w)[وف]?في\s+معرض\s+$")


def in_the_course_of(text: str, start: int) -> bool:
    """True for the word after «في معرض» (set p's reviewers: «____» keyed «تعليقات», trivial)."""
    return _IN_THE_COURSE_OF_AR.search(text[max(0, start - 12) : start]) is not None


_SETTING_MENTIONS = 4


def the_setting(doc: Document, answer: str) -> bool:
    """True for the country a story is set in: named, with its people («Nigerians»,
    «اللبنانيون»), four times or more and more often than any other country."""
    key = fold(answer).casefold()
    if key not in countries(doc.language):
        return False
    counts = doc.once("country mentions", _country_mentions)
    top = max(counts.values(), default=0)
    return counts.get(key, 0) >= max(_SETTING_MENTIONS, top)


def _country_mentions(doc: Document) -> dict[str, int]:
    """How often the article names each country the gazetteer knows, its people's words too."""
    text = fold(doc.text).casefold()
    return {
        name: text.count(name)
        for name in countries(doc.language)
        if len(name) >= 4 and name in text
    }


# Round-the-clock in stock phrases: "on call 24 hours a day, seven days a week", «على مدار 24
# ساعة»: the number says "always", no fact to learn (set u: both gaps rejected, both reviewers).
_ROUND_THE_CLOCK = re.compile(
    r"(?:24|twenty-four)\s+hours?\s+a\s+day|(?:7|seven)\s+days\s+a\s+week|365\s+days\s+a\s+year"
    r"|على\s+مدار\s+(?:ال)?24\s+ساعة|(?:24|٢٤)\s+ساعة\s+(?:في|فى)\s+اليوم",
    re.IGNORECASE,
)


def round_the_clock(text: str, start: int, end: int) -> bool:
    """True for the number of "24 hours a day", "seven days a week" and the like."""
    window = max(0, start - 20)
    return any(
        m.start() <= start and end <= m.end()
        for m in _ROUND_THE_CLOCK.finditer(text, window, min(len(text), end + 30))
    )


# A company's reporting period: "For the three months ended April 27th", "in the six months to
# June": the length of a quarter or a half, the same in every such report.
_PERIOD_AFTER = re.compile(r"\s+(?:months?|weeks?)\s+(?:ended|ending|to|through)\b", re.IGNORECASE)
_PERIODS = frozenset("3 6 9 12 13 26 52 three six nine twelve thirteen".split())


def a_reporting_period(text: str, start: int, end: int) -> bool:
    """True for the three, six or nine months of "For the ____ months ended …" (set s's
    reviewers: trivial, both)."""
    return (
        text[start:end].strip().casefold() in _PERIODS
        and _PERIOD_AFTER.match(text, end) is not None
    )
