"""Short keys and the other natural forms of an answer that a typed answer should accept (the
numbers whose sentence already gives them away are in given.py)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache

from .date_words import MAGHREB_MONTHS
from .document import STOP_EN, bundled, fold
from .names import NAMED_AFTER_AR, names_origin
from .person_keys import (
    called_by,
    census_name,
    misspelt_person_forms,
    name_forms,
    nearly_spells,
    paired_given_forms,
    person_forms,
    unspotted_person_forms,
)
from .spellings import spelled_out

__all__ = [
    "called_by",
    "census_name",
    "name_forms",
    "paired_given_forms",
    "person_forms",
    "misspelt_person_forms",
    "nearly_spells",
    "unspotted_person_forms",
]

# Titles a ruler, a cleric or an officer is named by: "Roman Emperor Trajan", «الإمبراطور
# الروماني هادريان»; the name after them is the natural answer.
TITLES = frozenset(
    fold(w).casefold()
    for w in """emperor empress king queen pope sultan caliph tsar czar pharaoh shah emir prince
    princess duke duchess earl lord bishop archbishop cardinal admiral president
    الإمبراطور الإمبراطورة الملك الملكة البابا السلطان الخليفة القيصر الفرعون الشاه الأمير
    الأميرة الدوق الأسقف القديس""".split()
)
# Words that end an institution's or a place's name, not a person's: "King Abdullah University".
_PLACE_WORDS = frozenset(
    """University College School Hospital Airport Bridge Street Road Avenue Square Park Palace
    Stadium Station Prize Award Cup Island Islands Bay Lake River Mountains Canal Museum Library
    Center Centre Foundation Institute Hall Tower Gate Mosque Church Cathedral Land Hotel
    Fund Group Bank Company Corporation Party Council Agency Trust Society Association Club
    League Army Navy Force Forces Medal Trophy Line Dam Port Base Reserve County City State
    Province District Region Township Borough Parish Department Ministry Office Falls Hills
    Heights Springs Beach Valley Creek Point Harbor Harbour Village Corners Woods Ridge
    Grove""".split()
)
_ARABIC_NOT_NAME = re.compile("(?:ال|[وفبلك]ال|لل)")
_AR_PREFIX = re.compile("^[وفبل](?=..)")


def titled_name(span: str) -> tuple[int, int, int] | None:
    """Where the title starts, and the name after it starts and ends, in a gap that holds
    both: "Roman Emperor Trajan" -> "Trajan", «الإمبراطور الروماني تراجان» -> «تراجان»
    (the title's adjectives stay with it); None when the span is no title and name."""
    words = list(re.finditer(r"\S+", span))
    at = max((k for k, w in enumerate(words) if fold(w.group()).casefold() in TITLES), default=-1)
    if at < 0 or at == len(words) - 1:
        return None
    rest = words[at + 1 :]
    if "\u0621" <= span[words[at].start()] <= "\u064a":
        while rest and rest[0].group().startswith("ال"):
            rest = rest[1:]  # «الروماني»: the title's adjective
        named_for = at > 0 and _AR_PREFIX.sub("", fold(words[at - 1].group())) in NAMED_AFTER_AR
        if at > 1 or named_for or not rest or any(_ARABIC_NOT_NAME.match(w.group()) for w in rest):
            return None  # «جامعة الملك سعود», «الملك فهد للبترول»: an institution
    elif not all(w.group()[:1].isupper() or w.group() == "the" for w in [*words[:at], *rest]):
        return None  # "named after Emperor Trajan" is a phrase, not a title and a name
    if len(rest) > 3 or any(w.group().strip(".,") in _PLACE_WORDS for w in rest):
        return None
    first = at
    while first > 0 and words[first - 1].group()[:1].isupper():
        first -= 1  # "Roman Emperor"
    return words[first].start(), rest[0].start(), rest[-1].end()


_LEGAL_FORM = re.compile(
    r"\s+(?:SA|AG|Co|Inc|Ltd|Corp|PLC|plc|LLC|GmbH|NV|SE)\.?$"
    # A firm named for its founders: "McKinsey & Company", «ماكينزي وشركاؤه».
    r"|\s+(?:&|and)\s+(?:Company|Co\.?|Partners|Associates|Sons)$"
    # A carrier as people call it: "United Airlines" is "United", "Qantas Airways" "Qantas".
    r"|\s+(?:Airlines|Airways|Air Lines)$"
    # A club as fans call it: "Neroca FC" is "Neroca" (a blind reviewer rejected the key, set z).
    r"|\s+(?:FC|F\.C\.|AFC|SC|CF)$"
    r"|\s+و(?:شركاه|شركاؤه|شركائه|أولاده|أبناؤه|أبنائه)$"
)


def organisation_forms(name: str) -> list[str]:
    """ "Danone SA" -> ["Danone"], "Procter & Gamble Co" -> ["Procter & Gamble"], «ماكينزي
    وشركاؤه» -> ["ماكينزي"]: the name without its legal form or its partners, as people say it."""
    bare = _LEGAL_FORM.sub("", name).strip()
    forms = [bare] if bare and bare != name else []
    # "Oxford University", "University of Chicago": the place names the school.
    place = _SCHOOL.sub("", bare or name).strip(" ,")
    if place and place != (bare or name) and place[:1].isupper():
        forms.append(place)
    # "Flint Center for the Performing Arts" is "the Flint Center"; "Maine Department of
    # Environmental Protection" the department, its state left out.
    head = _HEAD_THEN_WHAT.match(bare or name)
    if head:
        forms.append(head.group(1))
    office = _PLACE_THEN_OFFICE.match(bare or name)
    if office:
        forms.append(office.group(1))
    named_by_place = _PLACE_NAMES_AR.match(name)
    if named_by_place:  # «جامعة الأقصر»: "الأقصر" is how a student names it
        forms.append(named_by_place.group(1))
    club = _CLUB.match(name)
    if club and club.group(1) not in _TOWNS_OF_TWO_CLUBS:
        forms.append(club.group(1))  # "Lincoln City", "Luton Town": the town names the club
    local = _LOCAL_BODY.match(name)
    if local:
        forms.append(local.group(1))  # "Phoenix City Council": "City Council" (set g's reviewers)
    national = _NATIONAL_BODY.match(name)
    if national and names_origin(national.group(1), "en"):
        forms.append(national.group(2))  # "American Red Cross": "Red Cross" (set h's reviewer)
    words = _LEGAL_FORM.sub("", bare or name).split()
    if len(words) >= 2 and all(w in _CORPORATE_TAIL for w in words[1:]) and words[0][:1].isupper():
        # "Huawei Technologies Group Ltd", "Soundview Health Center": the firm by its own
        # name (set l's reviewers: over-long key, both)
        forms.append(words[0])
    described = _DESCRIBED_BODY_AR.match(name)
    if described:  # «مؤسسة الغويري الخيرية»: «مؤسسة الغويري», «الغويري» (set hy)
        forms += [described.group(1), described.group(2)]
    forms += [m.group(1) for pattern in _SHORTER_NAMES if (m := pattern.match(name))]
    *body, last = name.split()
    if len(body) >= 2 and last.startswith("ال") and names_origin(last, "ar"):
        # «وزارة الدفاع السعودية»: «وزارة الدفاع» (set x's reviewers: over-long key, both)
        forms.append(" ".join(body))
    return forms


# A body, its name and a describing adjective.
_DESCRIBED_BODY_AR = re.compile(
    r"^((?:مؤسسة|جمعية|شركة|مجموعة)\s+(\S+))\s+ال(?:خيرية|إنسانية|انسانية|أهلية|اهلية|وطنية"
    r"|عامة|دولية|عالمية|قابضة|تعاونية)$"
)
# Names whose first group is how a student says them: a ministry of two portfolios joined by
# «و» («وزارة الصحة والسكان»: «وزارة الصحة», set hy's reviewers, both; «وزارة الزراعة والثروة
# الحيوانية والبحرية»: «وزارة الزراعة», set ig: over-long key), a body's acronym before
# a name of its own ("UEFA Champions League": set ic, over-long key), a telescope ("Hubble
# Space Telescope": "Hubble", set hy).
_SHORTER_NAMES = (
    re.compile(r"^((?:وزارة|وزير|هيئة|مديرية)\s+ال\S+)\s+وال\S+$"),
    re.compile(r"^((?:وزارة|وزير)\s+ال\S+)\s+وال\S+(?:\s+و?ال\S+)+$"),
    re.compile(r"^[A-Z]{3,6} ([A-Z][a-z]+(?: [A-Z][a-z]+)+)$"),
    re.compile(r"^([A-Z][a-z]+) (?:Space )?Telescope$"),
)


# The words after a firm's own name that say what kind of firm it is.
_CORPORATE_TAIL = frozenset(
    """Technologies Technology Group Holdings Corporation Electronics Industries Systems
    Communications Networks Pharmaceuticals Health Center Centre Labs Limited""".split()
)


# A town's own body, named by the town: "Phoenix Police", "Leeds City Council".
_LOCAL_BODY = re.compile(
    r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?? ((?:City|County|Town|Borough|District) Council"
    r"|Police(?: Department| Service)?|Fire Department|Fire Service|School Board)$"
)
# A body's name of three or more capitalised words opening with where it is from.
_NATIONAL_BODY = re.compile(r"^([A-Z][a-z]+) ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+)$")


# A football club named by its town and the word after it (set s's reviewer marked "Lincoln"
# wrong for "Lincoln City"); not "United", nor a town two well-known clubs share.
_CLUB = re.compile(r"^([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (?:Town|City|Athletic|Wanderers|Albion)$")
_TOWNS_OF_TWO_CLUBS = frozenset("Manchester Bristol Sheffield Nottingham".split())


# Arabic bodies named by the place they are of: a university, a municipality, a governorate.
_PLACE_NAMES_AR = re.compile(r"^(?:جامعة|بلدية|محافظة|ولاية|مدينة)\s+(\S.*)$")


_HEAD_THEN_WHAT = re.compile(
    r"^([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* (?:Center|Centre|Hall|Arena|Stadium|Museum|Theater"
    r"|Theatre|Institute|Foundation)) (?:for|of) \S.*$"
)
_PLACE_THEN_OFFICE = re.compile(
    r"^[A-Z][\w.-]*(?: [A-Z][\w.-]*)? ((?:Department|Ministry|Office|Bureau|Agency|Board)"
    r" of [A-Z].*)$"
)


_SCHOOL = re.compile(r"^(?:the\s+)?University\s+of\s+|\s+(?:University|College)$")


def plain_forms(text: str) -> list[str]:
    """ "جـ" -> ["ج"]: the key without the tatweel that only stretches it, as a student types it;
    "aggressive manner" -> ["aggressive"]: a describing word without the filler noun after it
    (set r's reviewer: "in an ____" keyed "aggressive manner" marked "aggressive" wrong)."""
    plain = re.sub(r"(?<=\S)ـ+(?=\s|$|[\u0621-\u064a])", "", text)
    forms = [plain] if plain.strip() and plain != text else []
    words = text.split()
    if len(words) == 2 and words[1].lower() in _FILLER_NOUNS_EN and words[0].islower():
        forms.append(words[0])
    if len(words) == 2 and words[0].startswith("ال") and fold(words[1]) in _WHEN_ADJECTIVES_AR:
        forms.append(words[0])  # «الأمطار الأخيرة»: "the rains" (set t: «الأمطار» marked wrong)
    if len(words) >= 2 and fold(words[0]) in _HEAD_WORDS_AR:
        # «بتهمة القتل العمد»: the charge (set hy, both); «الإله بتاح»: "Ptah" (set ia:
        # over-long key); «وسط القاهرة»: "Cairo" (set t, the same)
        forms.append(" ".join(words[1:]))
    if words and len(words[0]) > 4 and words[0].startswith(("لل", "بال")):
        # «معرض ____» keyed «للكتاب»: "the book", without the «لـ» the text writes it with
        # (set hx's reviewers: «الكتاب» marked wrong)
        bare = "ال" + words[0].removeprefix("بال").removeprefix("لل")
        forms.append(" ".join([bare, *words[1:]]))
    if len(words) == 2 and _MEASURED.fullmatch(words[0]):
        # "five-year project", "two-hour standoff": "five-year" says it (sets ib and earlier:
        # over-long key, 5 of 7 such keys rejected)
        forms.append(words[0])
    if len(words) == 2 and words[0][:1].isupper() and _MODEL.fullmatch(words[1]):
        forms.append(words[1])  # "Apple A4": "A4", the model's own name (set a, both reviewers)
    return forms


# A measure written as one hyphenated adjective: "five-year", "3-day", "two-hour".
_MEASURED = re.compile(
    r"\w+-(?:year|day|week|month|hour|minute|second|mile|acre|storey|story|point|game|match)"
)
# A model's code of letters and digits after its maker: "A4", "M1", "X5", "RTX4090".
_MODEL = re.compile(r"(?=\w*\d)(?=\w*[A-Za-z])[A-Z][A-Za-z]{0,3}\d{1,4}[A-Za-z]?")


# Adjectives that only place a thing in time: «الأمطار الأخيرة», «الأزمة الحالية».
_WHEN_ADJECTIVES_AR = frozenset(
    fold(w)
    for w in """الأخيرة الأخير الماضية الماضي الحالية الحالي الجديدة الجديد المقبلة المقبل
    السابقة السابق القادمة القادم""".split()
)
# Words a key opens on that a student leaves out: a charge's («بتهمة»), a god's or a king's
# title («الإله», «الملك»), a town's centre («وسط»).
_HEAD_WORDS_AR = frozenset(
    fold(w)
    for w in """بتهمة بتهم تهمة بجريمة الإله الإلهة المعبود المعبودة الملك الملكة الفرعون وسط
    بوسط""".split()
)


# Nouns that only carry the word before them: "an aggressive manner", "dark conditions".
_FILLER_NOUNS_EN = frozenset("manner fashion way conditions circumstances crop crops".split())


def storm_forms(text: str) -> list[str]:
    """ "Hurricane Ida" -> ["Ida"]: a storm by its name (a reviewer marked "Ida" right)."""
    storm = _STORM.match(text)
    return [storm.group(1)] if storm else []


_STORM = re.compile(r"^(?:Hurricane|Typhoon|Super Typhoon|Cyclone|Tropical Storm) ([A-Z]\w+)$")


def other_forms(key: str, text: str) -> list[str]:
    """The forms of any key a student may type instead: see date_forms, organisation_forms,
    plain_forms, storm_forms and framed_forms (`text` is the article's)."""
    return (
        date_forms(key)
        + organisation_forms(key)
        + place_forms(key)
        + plain_forms(key)
        + storm_forms(key)
        + framed_forms(key, text)
        + described_forms(key, text)
        + later_mentions(key, text)
        + local_forms(key, text)
        + acronyms(key, text)
        + spelled_out(key, text)
    )


# Arabic words and the same term in Latin letters after them: «تصوير الثدي الشعاعي mammography».
_ARABIC_THEN_LATIN = re.compile(
    r"(?P<ar>[\u0600-\u06ff][\u0600-\u06ff\s]*?)\s+(?P<la>[A-Za-z][\w\s.-]*)"
)


def glossed_parts(key: str) -> tuple[str, str] | None:
    """The Arabic term and its Latin gloss, a common word in small letters, of a key that holds
    both, or None: a student types the one or the other (set g's reviewers: "the Arabic term
    alone is marked wrong")."""
    found = _ARABIC_THEN_LATIN.fullmatch(key.strip())
    if found is None or not found.group("la")[:1].islower():
        return None  # «أغنيتها المفردة Estoy Aquí», «نقفور الثاني Nikephoros II»: a name, no gloss
    return found.group("ar").strip(), found.group("la").strip()


def acronyms(key: str, text: str) -> list[str]:
    """ "Centers for Disease Control and Prevention" -> ["CDC"] where the article writes "CDC":
    the letters of its capitalised words, or their first three or more, as a word in capitals
    (set w's reviewer: "CDC", in the headline, fits the gap and was marked wrong)."""
    words = [w for w in re.findall(r"[\w'’-]+", key) if w[:1].isupper()]
    if len(words) < 3:
        return []
    letters = "".join(w[0] for w in words).upper()
    written = set(re.findall(r"\b[A-Z]{3,6}\b", text))
    return [a for a in sorted(written) if letters.startswith(a)][:1]


def local_forms(key: str, text: str) -> list[str]:
    """ "Lagos State House of Assembly" -> ["State House of Assembly"], "Kajiado MCAs" ->
    ["MCAs"]: a body named with the place it belongs to, where the article names that place on
    its own ("the need of Lagos", "sub-counties in Kajiado"); a student writes the body (set
    ip's reviewers: over-long key, both, three times). Not when what is left is one common word
    ("County" of "Kajiado County") or a name of its own ("Times" of "Lagos Times")."""
    words = key.split()
    if len(words) < 2 or not words[0].isalpha() or not words[0][:1].isupper():
        return []
    tail = words[1:]
    named = len(tail) >= 2 and tail[0][:1].isupper()  # "State House of Assembly"
    lettered = len(tail) == 1 and _ACRONYM.fullmatch(tail[0]) is not None  # "MCAs"
    if not (named or lettered):
        return []
    place = re.escape(words[0])
    alone = rf"\b(?:in|of|across|from|around|throughout)\s+{place}\b(?!\s+[A-Z]|['’])"
    return [" ".join(tail)] if re.search(alone, text) else []


_ACRONYM = re.compile(r"(?!(?:AB|AG|SA|NV|BV|PLC|LLC|LLP|LTD|INC|CO|SPA|ASA|OY)$)[A-Z]{2,6}s?")


# The side of a place a key names (set u's reviewer: "California" for "Northern California"
# leaves out the fact being tested).
_SIDES_EN = frozenset(
    """northern southern eastern western central north south east west upper lower
    northeast northwest southeast southwest northeastern northwestern southeastern
    southwestern""".split()
)


def later_mentions(key: str, text: str) -> list[str]:
    """ "Jorge Calderon-Melara" -> ["Calderon-Melara"], "Tropical Storm Allison" -> ["Allison"]:
    the end of a Latin name that the article also writes alone, as it calls the thing."""
    words = key.split()
    if not 2 <= len(words) <= 6 or not all(w[:1].isupper() for w in words):
        return []
    forms = []
    if words[0].lower() in _SIDES_EN:
        return []  # "Northern California": "California" alone leaves out what is asked
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if words[k] in _PLACE_WORDS:
            break  # "Main Jail", "Street": a kind of place, not the name
        before, first = re.findall(r"\w+", words[k - 1])[-1:], re.findall(r"\w+", words[k])[:1]
        if before and first and not _alone_more_than_together(first[0], before + first, text):
            continue  # words counted once per article: no search of the text for most names
        alone = re.compile(rf"(?<![\w-])(?<!{re.escape(words[k - 1])} ){re.escape(tail)}(?![\w-])")
        if any(not _in_another_name(text, found.start()) for found in alone.finditer(text)):
            forms.append(tail)
    return forms


_WORD_BEFORE = re.compile(r"([\w.'’-]+) $")


def _in_another_name(text: str, at: int) -> bool:
    """True when a capitalised word runs into text[at]: "Energy Project" of "McCoy Solar
    Energy Project" is the end of another name, not "Searchlight Wind Energy Project" called
    by its end; "County" of "Riverside County" no mention of "Clark County"."""
    before = _WORD_BEFORE.search(text, max(0, at - 40), at)
    word = before.group(1) if before else ""
    if not word[:1].isupper() or (word.endswith(".") and len(word) > 2):
        return False  # "… The Tomorrow People. Simpson's first": a sentence ended before it
    return word.casefold() not in STOP_EN  # "The Parliament" opening a sentence


def place_forms(key: str) -> list[str]:
    """ "الولايات المتحدة" -> ["أمريكا", …], "العاصمة الروسية" -> ["موسكو"]: the other names of
    a place a student may type (data/place-aliases.txt); "County Cavan" -> ["Cavan"]."""
    county = _COUNTY.fullmatch(key.strip())
    water = _WATER.fullmatch(key.strip())
    forms = [county.group(1) or county.group(2)] if county else []
    if water:  # "Thames River": "Thames", "River Thames" (set m's reviewer)
        name = water.group("name") or water.group("before")
        kind = water.group("kind") or water.group("after")
        forms += [name, f"{kind} {name}" if water.group("after") else f"{name} {kind}"]
    named = _NAMED_BEFORE_ITS_KIND.fullmatch(key.strip())
    if named:  # "Atlantic Ocean": "Atlantic" (set hx's reviewers), "Andes Mountains": "Andes"
        forms.append(named.group(1) or named.group(2))
    street = _STREET.fullmatch(key.strip())
    if street:  # "Chestnut Street": "Chestnut", "Chestnut St" (set a of the thirty-third session)
        forms += [street.group("name"), f"{street.group('name')} {_STREETS[street.group('kind')]}"]
    return [*_place_aliases().get(fold(key).casefold(), ()), *forms]


# A street by its name and its kind, and how the kind is shortened.
_STREETS = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Boulevard": "Blvd", "Drive": "Dr"}
_STREET = re.compile(
    rf"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)\s+(?P<kind>{'|'.join(_STREETS)})"
)


# A river by its name and "River", either way round: "Thames River", "River Thames" (not a
# mountain: "Mount Kenya" is no "Kenya").
_WATER = re.compile(
    r"(?P<before>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+(?P<after>River)"
    r"|(?P<kind>River)\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
)


# A place called by its name alone as often as with its kind: an ocean, a desert, a range of
# mountains named in the plural ("the Andes"); not a sea ("the Red") nor a lake.
_NAMED_BEFORE_ITS_KIND = re.compile(r"([A-Z][a-z]+) (?:Ocean|Desert)|([A-Z][a-z]+s) Mountains")


# An Irish or British county before its name: "County Cavan", "Co Mayo", "Co. Cork"; or a
# county after it, as Kenya and the United States write them: "Kiambu County" (set n).
_COUNTY = re.compile(
    r"(?:County|Co\.?)\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
    r"|([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+County"
)


@cache
def _place_aliases() -> dict[str, tuple[str, ...]]:
    """data/place-aliases.txt by the folded name: {"الولايات المتحده": ("أمريكا", …)}."""
    aliases: dict[str, tuple[str, ...]] = {}
    for name, alias in bundled("place-aliases"):
        key = fold(name).casefold()
        aliases[key] = (*aliases.get(key, ()), alias)
    return aliases


# «إنها مشكلة كبيرة»: "that it is" before what was said; «انها» as machine translation writes it.
_THAT_IT_IS = frozenset(fold(w) for w in "إنها إنه أنها أنه انها انه".split())


# The kind of illness before its name: «جائحة كورونا», «فيروس إيبولا».
_KIND_OF_DISEASE_AR = frozenset(fold(w) for w in "جائحة فيروس وباء مرض".split())
# Folded. Verbal nouns that only say something happened or was done: the thing is the answer.
LIGHT_NOUNS_AR = frozenset(
    fold(w) for w in "حدوث وقوع حصول تحقيق إجراء تنفيذ تقديم توفير قيام إنشاء استكمال".split()
)


def described_forms(key: str, text: str) -> list[str]:
    """ "الخريجين البحرينيين" -> ["الخريجين"], "انها مشكلة كبيرة" -> ["مشكلة كبيرة"]: a noun
    without the nisba adjective after it, when the article also uses the noun alone, and a
    statement without the «إنها» that opens it; «المركز الثاني» -> ["الثاني"]: a rank by its
    ordinal; «حدوث تلفيات» -> ["تلفيات"]: what occurred without the word that it occurred."""
    words = key.split()
    forms = []
    if len(words) >= 2 and fold(words[0]) in LIGHT_NOUNS_AR:
        forms.append(" ".join(words[1:]))  # «حدوث تلفيات»: what occurred, «تلفيات»
    if len(words) >= 2 and fold(words[0]) in _KIND_OF_DISEASE_AR:
        forms.append(" ".join(words[1:]))  # «جائحة كورونا»: «كورونا», as the headline says
    if len(words) >= 3 and fold(words[0]) in _THAT_IT_IS:
        forms.append(" ".join(words[1:]))
    if len(words) == 2 and fold(words[0]) in _RANKS_AR and fold(words[1]) in _ORDINALS_AR:
        forms.append(words[1])
    if (
        len(words) == 2
        and words[0].startswith("ال")
        and words[1].startswith("ال")
        and fold(words[1]).endswith(("ي", "يه", "يين", "يون", "يات"))
        and fold(words[1]) not in _ORDINALS_AR
    ):
        if _alone_more_than_together(words[0], words, text):
            forms.append(words[0])
    if len(words) == 2 and key.islower() and key.isascii() and _ADJECTIVE_EN.search(words[0]):
        forms.append(words[1])  # "heavy hail", "formal report": the noun is the natural answer
    if (
        len(words) == 2
        and words[0].startswith("ال")
        and words[1].startswith("ال")
        and fold(words[1])[2:] in _EVALUATIVE_AR
    ):
        forms.append(words[0])  # «المضاعفات الخطيرة»: the complications, however serious
    if len(words) >= 2 and fold(words[0]) in _FRACTIONS_AR:
        forms.append(words[0])  # «نصف المصابين» under «… لا يدركون إصابتهم»: «نصف» is the fact
    return forms


# Folded, without «ال». Adjectives that grade a noun rather than name a kind of it: a key
# without them is still the answer (set s: «المضاعفات الخطيرة» marking «المضاعفات» wrong).
_EVALUATIVE_AR = frozenset(
    fold(w)
    for w in """خطير خطيرة خطيرين كبير كبيرة كبرى صغير صغيرة جديد جديدة مهم مهمة هام هامة
    شديد شديدة بالغ بالغة حاد حادة واضح واضحة كثير كثيرة""".split()
)
# Folded. Fractions that open a key: «نصف المصابين», «ثلث السكان».
_FRACTIONS_AR = frozenset(fold(w) for w in "نصف ثلث ربع خمس ثلثا ثلثي".split())


# English adjectives that grade or describe a thing without naming a kind of it: "heavy hail"
# is hail, where "intellectual property" or "public health" is no kind of property or health.
_ADJECTIVE_EN = re.compile(
    r"^(?:heavy|big|small|large|huge|massive|strong|weak|high|low|new|old|major|minor|severe"
    r"|serious|formal|relevant|significant|considerable|substantial|extensive|brief|full"
    r"|whole|great|good|bad|main|key|further|additional|detailed|official)$"
)


# «المركز الثاني» without «الثاني» is another place, and «المرحلة» alone no answer for «المرحلة
# الثانية», though «الثاني» ends as a nisba adjective does.
_ORDINALS_AR = frozenset(
    fold(w)
    for w in """الأول الأولى الثاني الثانية الثالث الثالثة الرابع الرابعة الخامس الخامسة السادس
    السادسة السابع السابعة الثامن الثامنة التاسع التاسعة العاشر العاشرة الأخير الأخيرة""".split()
)


_RANKS_AR = frozenset(fold(w) for w in "المركز المرتبة الترتيب".split())


def _alone_more_than_together(word: str, pair: list[str], text: str) -> bool:
    """True when the article writes `word` more often than the two words of `pair` together:
    somewhere it stands alone."""
    unigrams, bigrams = _word_counts(text)
    return unigrams[word] > bigrams[(pair[0], pair[1])]


@lru_cache(maxsize=4)
def _word_counts(text: str) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """The article's words and pairs of words, counted once per article: the keys of every
    gap ask, and counting them in the text each time made generation quadratic."""
    words = re.findall(r"\w+", text)
    return Counter(words), Counter(zip(words, words[1:], strict=False))


# Nouns that only frame the verbal noun after them: «قرار التأجيل» is «التأجيل» decided.
_LIGHT_HEADS = frozenset(fold(w) for w in "قرار عملية مسألة قضية موضوع ملف خطوة إجراء".split())


def framed_forms(key: str, text: str) -> list[str]:
    """ "قرار التأجيل" -> ["التأجيل"]: a light noun and the verbal noun it frames ("____"
    keyed «قرار التأجيل», where the article also says «يتم التأجيل») accept the verbal noun
    alone when the article uses it alone; «قرار المحكمة» (no verbal noun) keeps its head."""
    words = key.split()
    if len(words) == 2 and fold(words[0]) in _STAGES and _verbal_noun(words[1]):
        return [words[1]]  # «مرحلة التباطؤ»: the slowdown is what is asked (set t, both)
    if len(words) != 2 or fold(words[0]) not in _LIGHT_HEADS or not _verbal_noun(words[1]):
        return []
    return [words[1]] if _alone_more_than_together(words[1], words, text) else []


# Heads that only say when something happens, before a verbal noun: «مرحلة التباطؤ».
_STAGES = frozenset(fold(w) for w in "مرحلة فترة".split())


def _verbal_noun(word: str) -> bool:
    """تفعيل، تفاعل، إفعال، افتعال، انفعال، استفعال, with the article: "التأجيل", "الإطلاق"."""
    if not word.startswith("ال"):
        return False
    w = fold(word[2:])
    if len(w) == 5 and w[0] == "ت":
        return w[3] == "ي" or w[2] == "ا"  # تأجيل، تعاون
    if w[:1] != "ا" or w[-2:-1] != "ا":
        return False
    if len(w) == 6:
        return w[2] == "ت" or w[1] == "ن"  # اجتماع، انسحاب
    return len(w) == 5 or (len(w) == 7 and w.startswith("است"))  # إطلاق، استئناف


_DAY_PREFIX = re.compile(r"^(?:يوم|on|in)\s+", re.IGNORECASE)


def date_forms(text: str) -> list[str]:
    """ "يوم الجمعة" -> ["الجمعة"]: a day or date without the word that introduces it;
    «أبريل» -> ["نيسان"]: an Arabic month by its other calendar's name (Egypt's and the
    Levant's), which a student may type as readily (set v's reviewer)."""
    bare = _DAY_PREFIX.sub("", text).strip()
    forms = [bare] if bare and bare != text else []
    day_month = _DAY_MONTH_EN.fullmatch(text)
    if day_month:  # "8 August" typed "August 8" (set s's reviewer), "30 June, 2021" typed
        # "June 30, 2021" (set e's reviewer); the grader drops the comma
        year = f", {day_month.group(3)}" if day_month.group(3) else ""
        forms.append(f"{day_month.group(2)} {day_month.group(1)}{year}")
    month_day = _MONTH_DAY_EN.fullmatch(text)
    if month_day:  # "June 30, 2021" typed "30 June 2021"
        year = f" {month_day.group(3)}" if month_day.group(3) else ""
        forms.append(f"{month_day.group(2)} {month_day.group(1)}{year}")
    if re.fullmatch(r"0\d:\d\d", text):
        forms.append(text[1:])  # "02:15" typed "2:15"
    folded = fold(text)
    for month, other in _MONTH_PAIRS_AR:
        found = re.fullmatch(
            rf"((?:(?:شهر|اواخر|اوائل|مطلع|منتصف)\s+)?(?:\d{{1,2}}\s+)?){month}"
            rf"(\s+(?:من\s+)?(?:(?:عام|سنه)\s+)?(\d{{4}}))?",
            folded,
        )
        if found and len(folded) == len(text):  # a date, not «مارس الرياضة» (practised)
            year = " " + text[found.start(3) : found.end(3)] if found.group(2) else ""
            forms.append(text[: found.end(1)] + other + year)
            if found.group(2) and found.group(2) != year:  # «نيسان من عام 2027»: «نيسان 2027»
                forms.append(text[: found.end(1) + len(month)] + year)
    return list(dict.fromkeys(forms))


_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_MONTH_EN = re.compile(rf"(\d{{1,2}}) ({_MONTHS_EN})(?:,? (\d{{4}}))?")
_MONTH_DAY_EN = re.compile(rf"({_MONTHS_EN}) (\d{{1,2}})(?:,? (\d{{4}}))?")
# Each Gregorian month by both its Arabic names, folded to search, as written to accept.
_MONTHS_AR = [
    ("يناير", "كانون الثاني"),
    ("فبراير", "شباط"),
    ("مارس", "آذار"),
    ("أبريل", "نيسان"),
    ("مايو", "أيار"),
    ("يونيو", "حزيران"),
    ("يوليو", "تموز"),
    ("أغسطس", "آب"),
    ("سبتمبر", "أيلول"),
    ("أكتوبر", "تشرين الأول"),
    ("نوفمبر", "تشرين الثاني"),
    ("ديسمبر", "كانون الأول"),
]
_MONTH_PAIRS_AR = [(fold(a), b) for a, b in _MONTHS_AR] + [(fold(b), a) for a, b in _MONTHS_AR]
# The Maghreb's names («جويلية», «شتنبر») typed as either of the others (set h's reviewer).
_MONTH_PAIRS_AR += [(name, other) for k, name in MAGHREB_MONTHS for other in _MONTHS_AR[k]]
