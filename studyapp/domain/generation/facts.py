"""Roles and facts: who holds which role, numbers, dates, places and organisations."""

from __future__ import annotations

import re

from ..questions import Question
from . import distractors, keys, quotes
from .document import Document, Person, RoleMention, Sentence, fold, fold_same_length
from .drafts import cloze, draft, gives_away, is_headline, mcq
from .mentions import GENERIC_AFTER_CUE_AR, gazetteer, place_spans
from .precision import breaks_phrase

_MONTHS_AR = (
    "يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون الثاني"
    "|شباط|اذار|نيسان|ايار|حزيران|تموز|اب|ايلول|تشرين الاول|تشرين الثاني|كانون الاول"
)
# Hijri months, asked only with a day or a year beside them: رمضان and شعبان are also names.
_HIJRI_AR = (
    "محرم|صفر|ربيع الاول|ربيع الاخر|ربيع الثاني|جمادي الاولي|جمادي الاخره|جمادي الاخر|رجب"
    "|شعبان|رمضان|شوال|ذو القعده|ذو الحجه"
)
_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
_WEEKDAYS_AR = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
_WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DATE = {
    "ar": re.compile(
        r"(?<!\w)(?:(?:\d{1,2}\s+)?(?:" + _MONTHS_AR + r")(?:\s+\d{3,4})?"
        r"|\d{1,2}\s+(?:" + _HIJRI_AR + r")(?:\s+\d{3,4})?|(?:" + _HIJRI_AR + r")\s+\d{3,4}"
        r"|(?:يوم\s+)?(?:ال)?"
        r"(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)|(?:يوم\s+)?الاحد|يوم\s+احد"  # bare أحد: "one"
        r"|(?:عام|سنه)\s+\d{3,4}|\d{4})(?!\w)"
    ),
    "en": re.compile(
        r"(?<!\w)(?:(?:\d{1,2}\s+)?(?:" + _MONTHS_EN + r")(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
        r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:in\s+)?\d{4}s?)(?!\w)"
    ),
}
_NUMBER = re.compile(
    r"(?<![\w.,:\-])(?!\d+:\d)\d+(?:[.,٫]\d+)*(?:\s*(?:%|٪|بالمئة|بالمائة|في المئة|مليون|مليار|الف"
    r"|percent|per cent|million|billion|thousand|trillion))?(?!\w)"
)
_EVENT_AR = re.compile(
    r"(?<!\w)(?:مؤتمر|قمه|منتدي|معرض)\s+((?:(?!في |على |من )[^\s،,.:]+\s?){1,3})"
)
_EVENT_EN = re.compile(
    r"(?<!\w)(?:at|during)\s+(?:(?:the|a|an)\s+)?((?:[A-Z][\w'&]*\s){1,4})(?:conference|summit|forum)",
    re.I,
)
_RISK = re.compile(
    r"(?:خطر[اًا]?|تهديد[اًا]?|risk|threat)[^.،,]{0,20}?(?:\s(?:ل|على )|\sfor\s|\sto\s)"
    r"((?:[^\s.،,]+\s?){1,4})"
)

_STATEMENT = re.compile(r"[“«\"]|(?<!\w)(?:[وف]?[إأا]ن|that)(?!\w)")

# Confidence of each kind of fact cloze (tuned on ARCD-train together with phrases.WEIGHTS).
CONFIDENCE = {"event": 0.78, "place": 0.63, "date": 0.66, "number": 0.67, "organisation": 0.57}

_ROLE_WHO = {"ar": "من {verb} {role} في {org}؟", "en": "Who is {org}'s {role}?"}
_ROLE_WHO_PLAIN = {"ar": "من {verb} {role}؟", "en": "Who is the {role}?"}
_ROLE_WHAT = {"ar": "ما منصب {person}{org}؟", "en": "What is {person}'s role{org}?"}
_EVENT_Q = {"ar": "في أي مؤتمر تحدث{fem} {person}؟", "en": "At which event did {person} speak?"}
_PLACE_Q = {"ar": "في أي مكان {what}؟", "en": "Where {what}?"}


def _roles(doc: Document) -> list[Question]:
    """Who holds which role, both ways; wrong choices are the article's other people and roles."""
    questions = []
    mentions = _one_role_per_person(doc)
    roles = [m.role for m in mentions]
    for mention in mentions:
        person = doc.people.get(mention.person)
        gender = person.gender if person else ""
        sentence = _sentence_at(doc, mention.start)
        if sentence is None or len(mention.role.split()) < 2:
            continue  # "اللاعب", "the chief": too bare a role to ask about
        verb = "هي" if gender == "f" else "هو"
        org = mention.organisation
        if org:
            prompt = _ROLE_WHO[doc.language].format(verb=verb, role=mention.role, org=org)
        else:
            prompt = _ROLE_WHO_PLAIN[doc.language].format(verb=verb, role=mention.role)
        seed = f"{mention.start}|role"
        wrong = distractors.people(doc, mention.person, seed, gender)
        q = mcq(doc, "role", prompt, mention.person, wrong, sentence.start, sentence.end, 0.9)
        if q is None and not gives_away(prompt, mention.person):
            answer = [mention.person, *keys.name_forms(mention.person)]
            q = draft(doc, "short", "role", prompt, answer, sentence.start, sentence.end, 0.8)
        if q:
            q.extra["person"] = mention.person
            questions.append(q)
        where = (f" في {org}" if doc.language == "ar" else f" at {org}") if org else ""
        prompt = _ROLE_WHAT[doc.language].format(person=mention.person, org=where)
        pools = [[r for r in roles if r != mention.role]]
        if _CORPORATE.search(fold(mention.role)):
            # Arabic roles agree with the person: masculine unless the article says otherwise.
            agree = gender or ("m" if doc.language == "ar" else "")
            pools.append(distractors.bundled_kind("roles", doc.language, seed, agree))
        wrong = distractors.pick(mention.role, pools)
        q = mcq(doc, "role", prompt, mention.role, wrong, sentence.start, sentence.end, 0.86)
        if q:
            q.extra["person"] = mention.person
            questions.append(q)
    return questions


# Roles of a company's officers: the bundled roles (data/roles-*.txt) are of that field.
_CORPORATE = re.compile(
    r"chief|executive|officer|director|ceo|cfo|cto|founder|chair|مدير|رئيس|تنفيذي|مالي|مؤسس"
)


def _one_role_per_person(doc: Document) -> list[RoleMention]:
    """The fullest role the article gives each person (one naming an organisation first), in
    reading order."""
    best: dict[str, RoleMention] = {}
    for mention in doc.roles:
        kept = best.get(mention.person)
        if kept is None or _fullness(mention) > _fullness(kept):
            best[mention.person] = mention
    return sorted(best.values(), key=lambda mention: mention.start)


def _fullness(mention: RoleMention) -> tuple[bool, int]:
    return bool(mention.organisation), len(mention.role)


def _sentence_at(doc: Document, offset: int) -> Sentence | None:
    for sentence in doc.content:
        if sentence.start <= offset < sentence.end:
            return sentence
    return None


def _events_and_places(doc: Document, sentence: Sentence, speaker: Person | None) -> list[Question]:
    questions = []
    folded = fold_same_length(sentence.text)
    pattern = _EVENT_AR if doc.language == "ar" else _EVENT_EN
    for match in pattern.finditer(folded):
        start, end = sentence.start + match.start(1), sentence.start + match.end(1)
        name = doc.text[start:end].strip()
        if fold(name.split()[0]) in GENERIC_AFTER_CUE_AR:
            continue  # "مؤتمر صحفي": a press conference, not a named event
        end = start + len(name)
        q = cloze(doc, sentence, start, end, "entity", CONFIDENCE["event"])
        if q:
            questions.append(q)
        if speaker is not None:
            fem = "ت" if speaker.gender == "f" else ""
            prompt = _EVENT_Q[doc.language].format(fem=fem, person=speaker.name)
            seed = f"{start}|event"
            pool = distractors.bundled_kind("organisations", doc.language, seed)
            wrong = distractors.pick(name, [[o for o in pool if not o.isascii()], pool])
            q = mcq(doc, "entity", prompt, name, wrong, sentence.start, sentence.end, 0.82)
            if q:
                questions.append(q)
    said_from = _statement_start(sentence)
    for start, end, place in place_spans(doc, sentence):
        q = cloze(doc, sentence, start, end, "place", CONFIDENCE["place"])
        if q:
            questions.append(q)
        if speaker is not None and start < said_from:  # not a place named in what was said
            what = (
                f"{'تحدثت' if speaker.gender == 'f' else 'تحدث'} {speaker.name}"
                if doc.language == "ar"
                else f"did {speaker.name} speak"
            )
            pool = [p for p in doc.places if p != place] + gazetteer(doc.language)
            wrong = distractors.pick(place, [pool])
            q = mcq(
                doc,
                "place",
                _PLACE_Q[doc.language].format(what=what),
                doc.text[start:end],
                wrong,
                sentence.start,
                sentence.end,
                0.76,
            )
            if q:
                questions.append(q)
    return questions


def _statement_start(sentence: Sentence) -> int:
    """Article offset where the words reported begin: a quote mark or "أن/إن/that"."""
    match = _STATEMENT.search(sentence.text)
    return sentence.start + match.start() if match else sentence.end


# The dateline: the start of the first sentence, up to the agency or the dash that ends it
# ("PASADENA, Calif. --", "(Reuters) –", "… 2015 م واس").
_DATELINE_END = re.compile(
    r"واس|/\s*تاس\s*/|\((?:رويترز|Reuters|AP|AFP|أ ف ب|بنا|واس)\)|\s(?:--|–|—|-)\s"
)
_DATELINE_CHARS = 100


def _dateline_end(doc: Document) -> int:
    """Article offset where the dateline ends, or 0 when the first sentence has none."""
    if not doc.content:
        return 0
    first = doc.content[0]
    found = _DATELINE_END.search(first.text, 0, _DATELINE_CHARS)
    return first.start + found.end() if found else 0


def _weekday(doc: Document, said: str) -> str | None:
    weekdays = _WEEKDAYS_AR if doc.language == "ar" else _WEEKDAYS_EN
    folded = fold_same_length(said)
    return next((d for d in weekdays if fold_same_length(d).removeprefix("ال") in folded), None)


def _news_day(doc: Document) -> str | None:
    """The first weekday the article names: the day of the news ("said on Tuesday"), which
    every reader knows and no student needs to learn."""
    for sentence in doc.content:
        for match in _DATE[doc.language].finditer(fold_same_length(sentence.text)):
            day = _weekday(doc, sentence.text[match.start() : match.end()])
            if day is not None:
                return day
    return None


def _dates_and_numbers(
    doc: Document, sentence: Sentence, news_day: str | None, dateline: int
) -> list[Question]:
    questions = []
    folded = fold_same_length(sentence.text)
    taken: list[tuple[int, int]] = []
    matches = list(_DATE[doc.language].finditer(folded))
    for n, match in enumerate(matches):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if _paired(folded, matches, n):
            taken.append((start, end))
            continue  # "شباط (فبراير)": each month's name gives the other away
        if doc.language == "en" and folded[match.start() :].startswith("in "):
            start += 3
        taken.append((start, end))
        said = doc.text[start:end]
        day = _weekday(doc, said)
        if day is not None and day == news_day:
            continue
        if start < dateline:
            continue  # "جيزان 24 شوال 1436 هـ الموافق 09 اغسطس 2015 م واس": the dateline
        q = cloze(doc, sentence, start, end, "date", CONFIDENCE["date"])
        if q:
            questions.append(q)
        if day is not None:
            weekdays = _WEEKDAYS_AR if doc.language == "ar" else _WEEKDAYS_EN
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
    for match in _NUMBER.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if any(a <= start < b for a, b in taken) or _designates(doc, sentence, match.start()):
            continue
        if start < dateline:
            continue
        if _RANGE_BEFORE.search(sentence.text, max(0, match.start() - 4), match.start()):
            continue  # "1038-40", "2014–2015": the range is asked by its first end
        with_noun = doc.text[start : _counted_noun_end(doc, sentence, end)]
        accept = [with_noun] if len(with_noun) > end - start else []
        q = cloze(doc, sentence, start, end, "number", CONFIDENCE["number"], accept=accept)
        if q:
            questions.append(q)
    return questions


_BETWEEN_PAIR = re.compile(r"[\s()/،,\-]{1,4}")
# A number that is part of a name: "Mazda 616", "AS-207", "Super Bowl 50".
_RANGE_BEFORE = re.compile(r"\d\s?[-–—/]\s?$")
_NAME_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w.]*)[ \-/]$")


def _paired(folded: str, matches: list[re.Match[str]], n: int) -> bool:
    """True for a date written twice side by side, as the two calendars' month names."""
    here = matches[n]
    for other in (matches[n - 1] if n else None, matches[n + 1] if n + 1 < len(matches) else None):
        if other is None:
            continue
        a, b = sorted((here, other), key=lambda m: m.start())
        if _BETWEEN_PAIR.fullmatch(folded[a.end() : b.start()]):
            return True
    return False


def _designates(doc: Document, sentence: Sentence, at: int) -> bool:
    """True for the number of a name: after a capitalised word that does not start the sentence
    ("Datsun 810"), or beside the word it follows in the title ("طيبة 1" in a story headlined
    with it)."""
    number = _NUMBER.match(sentence.text, at)
    if number is None or not number.group().isdigit():
        return False  # "Approximately 14,500", "بنسبة 95 %": an amount, not a name
    offset = max(0, at - 40)
    before = sentence.text[offset:at]
    name = _NAME_BEFORE.search(before)
    if name and offset + name.start(1) > 0 and fold(name.group(1)) not in _NOT_DESIGNATORS:
        return True
    words = before.split()
    return bool(words and is_headline(doc.title) and f"{words[-1]} {number.group()}" in doc.title)


_NOT_DESIGNATORS = frozenset(_MONTHS_EN.split("|")) | {"us", "rs", "sr", "no", "covid"}


def _counted_noun_end(doc: Document, sentence: Sentence, end: int) -> int:
    """Where the noun a number counts ends ("30 بلدًا", "70 million soldiers"): the gap keeps
    the number alone, and the number with its noun is accepted too."""
    following = next((t for t in sentence.tokens if t.start >= end), None)
    if following is None or following.start - end > 1 or not following.text[0].isalpha():
        return end
    if following.key in doc.stop_words() or breaks_phrase(doc.language, following):
        return end
    if doc.language == "ar" and not following.is_arabic:
        return end
    return following.end


def _risks(doc: Document, sentence: Sentence) -> list[Question]:
    match = _RISK.search(sentence.text)
    if not match:
        return []
    words = match.group(1).split()
    rest = sentence.text[match.end(1) :].split()
    if doc.language == "ar" and rest and rest[0][:1].isalpha() and len(words) > 1:
        words.pop()  # "صغار المزارعين في وادي | الأردن": do not cut the last name in two
    while len(words) > 1 and fold(words[-1]) in doc.stop_words():
        words.pop()  # "smaller suppliers in the" -> "smaller suppliers"
    start = sentence.start + match.start(1)
    end = start + len(" ".join(words))
    if doc.text[start:end] != " ".join(words):
        end = sentence.start + match.end(1)  # unusual spacing: keep the match as it was
    q = cloze(doc, sentence, start, end, "cause", 0.8)
    return [q] if q else []


def _organisations(
    doc: Document, sentence: Sentence, names: re.Pattern[str] | None
) -> list[Question]:
    """Named organisations and products ("مشاريع Stargate"): a cloze on each."""
    questions = []
    for match in names.finditer(sentence.text) if names else ():
        start, end = sentence.start + match.start(), sentence.start + match.end()
        q = cloze(doc, sentence, start, end, "entity", CONFIDENCE["organisation"])
        if q:
            questions.append(q)
    return questions


def extract(doc: Document) -> list[Question]:
    questions = _roles(doc)
    news_day = _news_day(doc)
    dateline = _dateline_end(doc)
    speakers = {found.sentence.index: found.speaker for found in quotes.find(doc)}
    names = sorted(doc.organisations, key=len, reverse=True)
    pattern = (
        re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None
    )
    for sentence in doc.content:
        questions += _events_and_places(doc, sentence, speakers.get(sentence.index))
        questions += _organisations(doc, sentence, pattern)
        questions += _dates_and_numbers(doc, sentence, news_day, dateline)
        questions += _risks(doc, sentence)
    return questions
