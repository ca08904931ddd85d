"""Facts: places, events, organisations and names in quotes, each as a gap or a choice (roles:
roles.py; dates and numbers: dates.py)."""

from __future__ import annotations

import re

from ..questions import Question
from . import borders, dates, distractors, outlets, quotes, roles, spelled
from .document import (
    Document,
    Person,
    Sentence,
    fold,
    fold_same_length,
    strip_clitic,
    tokenize,
)
from .drafts import cloze, mcq
from .given import in_a_name, inside_capitals, name_goes_on
from .mentions import GENERIC_AFTER_CUE_AR, gazetteer, place_spans
from .names import countries
from .precision import idle_answer, looks_like_verb_ar
from .statements import BARE_CLAUSE_EN, said_first

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

_QUANTIFIERS = frozenset("بعض كل معظم جميع some many most all several".split())

_STATEMENT = re.compile(r"[“«\"]|(?<!\w)(?:[وف]?[إأا]ن|that)(?!\w)")
_SAID_CLAUSE_EN = re.compile(r"\b(?:said|says|added|warned)" + BARE_CLAUSE_EN.pattern)

# Confidence of each kind of fact cloze (tuned on ARCD-train together with phrases.WEIGHTS).
CONFIDENCE = {"event": 0.78, "place": 0.63, "organisation": 0.57, "named": 0.6}
_NAMED_WORDS = 4  # a quoted name or title ("طيبة 1", "Mars 2020"); longer is someone's words

_EVENT_Q = {"ar": "في أي مؤتمر تحدث{fem} {person}؟", "en": "At which event did {person} speak?"}
_PLACE_Q = {"ar": "في أي مكان {what}؟", "en": "Where {what}?"}


_AT_PLACE = frozenset({"في", "بمدينه", "in", "at"})  # folded: "بمدينة"


def _events_and_places(
    doc: Document, sentence: Sentence, speaker: Person | None, dateline: int
) -> list[Question]:
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
    # "Output in Germany rose …, Weber said": the words said may come before the verb too.
    said_to = sentence.start + said_first(doc, sentence.text) if speaker is not None else 0
    for start, end, place in place_spans(doc, sentence):
        if start < dateline:
            continue  # "دبي - أرجع …": the city the story was filed from
        if doc.language == "en" and inside_capitals(doc.text, start, end):
            continue  # "the New ____ Journal of Medicine": a place inside another name
        if doc.language == "en" and name_goes_on(doc.text, end):
            continue  # "China-U.S. cooperation": one side of a compound of names
        if _place_in_a_name(doc, sentence, start, place):
            continue  # «المملكة العربية ____», «دوري أبطال ____», "Williamsburg, ____"
        q = cloze(doc, sentence, start, end, "place", CONFIDENCE["place"])
        if q and not _place_word_shown(q.prompt, place):
            questions.append(q)
        before = fold(doc.text[max(sentence.start, start - 30) : start]).split()
        located = bool(before) and before[-1] in _AT_PLACE
        if any(_bare(word) in _MEDIA_CUES for word in before[-3:]):
            located = False  # "على قناة أم بي سي مصر": a channel's name, not where he spoke
        # Not a place named in what was said; a place the sentence puts the speaker in.
        if speaker is not None and said_to <= start < said_from and located:
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
    """Article offset where the words reported begin: a quote mark, "أن/إن/that", or the bare
    clause after "said" ("said the rate would fall in Arkansas": not where he spoke)."""
    found = [m.start() for m in (_STATEMENT.search(sentence.text),) if m]
    found += [m.end() for m in (_SAID_CLAUSE_EN.search(sentence.text),) if m]
    return sentence.start + min(found) if found else sentence.end


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
    elif len(words) > 1 and fold(words[0]) in _QUANTIFIERS:
        start += len(words[0]) + 1  # "لبعض ____": who is at risk, not how many of them
    q = cloze(doc, sentence, start, end, "cause", 0.8)
    return [q] if q else []


_SOURCE_BEFORE = re.compile(
    r"(?:\bvia|\breported|\breports|\baccording to|\bquoted by|\bper|\breported by)\s*$", re.I
)
_SOURCE_AFTER = re.compile(r",?\s+reported\b")
# What an outlet does to a story, after its name; and "told Sky Sports": whom it was said to.
_OUTLET_AFTER = re.compile(r",?\s+(?:reports|calls|affiliate|wrote|writes)\b")
# "The company, based in Englewood, Colo.": where a firm has its seat, boilerplate of a story.
_BASED_IN = re.compile(r"\b(?:based|headquartered) in\s*$", re.I)
_TOLD_BEFORE = re.compile(r"\b(?:told|in an interview with)\s*$", re.I)
# A line's label: "Completion Rate: Current average execution has reached 90%", after none or
# other labels ("Phase II Outlook: Target Area: …"). It names the line's figure, not a thing.
_LABELS_BEFORE = re.compile(r"(?:^|\n)(?:[^\n:]{1,40}:\s*)*$")


def _organisations(
    doc: Document, sentence: Sentence, names: re.Pattern[str] | None, dateline: int
) -> list[Question]:
    """Named organisations, products and people ("مشاريع Stargate"): a cloze on each."""
    questions = []
    quoted = [m.span() for m in quotes.QUOTE.finditer(sentence.text)]
    for match in names.finditer(sentence.text) if names else ():
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if start < dateline:
            continue  # "UNIVERSITY PARK, Pa., Oct. 27 (UPI) --": where the story was filed
        if idle_answer(doc.language, match.group()):
            continue  # "Top", "First": a rank or a pointer, not a name
        if match.group() in doc.people and any(a < match.start() < b for a, b in quoted):
            continue  # a name in someone's words is asked as their words, speaker named
        if _SOURCE_BEFORE.search(sentence.text[: match.start()]) or _SOURCE_AFTER.match(
            sentence.text, match.end()
        ):
            continue  # "(via Bloomberg)", "Fortune reported", "per Yahoo Sports": a source
        if (
            _OUTLET_AFTER.match(sentence.text, match.end())
            or _TOLD_BEFORE.search(sentence.text[: match.start()])
        ) and doc.resolve_person(match.group()) is None:
            continue  # "what Sports Illustrated calls …", "told Sky Sports": an outlet's part
        if _BASED_IN.search(sentence.text[: match.start()]):
            continue
        if sentence.text.startswith(":", match.end()) and _LABELS_BEFORE.search(
            sentence.text[: match.start()]
        ):
            continue
        if outlets.is_outlet(doc, match.group()):
            continue  # "did not answer messages from The Associated Press": a source, not a fact
        if in_a_name(sentence.text, match.start(), match.end()):
            continue  # "COVID-related", "the Gulf of ____", "Gov.": a piece of a longer name
        if _in_nicknamed_name(sentence.text, match.start()):
            continue  # 'Millard “Mickey” Drexler': a name around its nickname, asked by neither
        q = cloze(doc, sentence, start, end, "entity", CONFIDENCE["organisation"])
        if q:
            questions.append(q)
    return questions


# A quoted word between a given name and a surname: 'Millard “Mickey” Drexler'.
_NICKNAMED = re.compile(r"\b[A-Z][a-z]+\s[“\"][A-Z][a-z]+[”\"]\s[A-Z][a-z]+")


def _in_nicknamed_name(text: str, at: int) -> bool:
    """True when text[at] is inside a name written around a quoted nickname, the nickname
    included."""
    return any(m.start() <= at < m.end() for m in _NICKNAMED.finditer(text, max(0, at - 40)))


def _named_in_quotes(doc: Document, sentence: Sentence) -> list[Question]:
    """What the article names in quotation marks: a satellite "طيبة 1", a meeting called
    "اجتماع ما قبل الإطلاق". A gap on the whole quoted name, never on a piece of it."""
    questions = []
    for match in quotes.QUOTE.finditer(sentence.text):
        inner = quotes.inner(match)
        if not 1 <= len(inner.split()) <= _NAMED_WORDS or re.search(r"[.،,؛;:!?؟]", inner):
            continue
        if len(inner.strip()) < 2:
            continue  # «نسخة اقتصادية "e"»: a letter of a model's name, nothing to learn
        if idle_answer(doc.language, inner):
            continue  # "أن «هم» سيأتون": a quoted pronoun or deictic names nothing
        words = tokenize(inner)
        if doc.language == "ar" and len(words) > 1 and looks_like_verb_ar(words[0]):
            continue  # "لإصابة «تبدو خطيرة»": someone's words quoted, not a name
        before = fold(sentence.text[max(0, match.start() - 25) : match.start()]).split()
        if any(_bare(word) in _MEDIA_CUES for word in before[-3:]):
            continue  # "لشبكة «سي ان ان»", "لوكالة أنباء البحرين «بنا»": where it was said
        if sentence.text[: match.start()].rstrip().endswith(("لـ", " ل")):
            continue  # «وكيل وزارة الزراعة، لـ"اليوم السابع" أنه»: the paper he told
        if _in_nicknamed_name(sentence.text, match.start()):
            continue  # 'Millard “Mickey” Drexler': a nickname inside a name
        start = sentence.start + match.start() + 1
        end = sentence.start + match.end() - 1
        # "في اجتماع يسمى «اجتماع ما قبل الإطلاق»": the word the prompt already has may be left out
        first, _, rest = inner.partition(" ")
        accept = [rest] if rest and fold(first) in before[-3:] else []
        q = cloze(doc, sentence, start, end, "entity", CONFIDENCE["named"], accept=accept)
        if q:
            questions.append(q)
    return questions


# Nouns whose name a place completes: «دوري أبطال آسيا», «كأس العالم», «جامعة القاهرة».
_NAMED_BY_A_PLACE_AR = frozenset(
    fold(w) for w in "كأس دوري بطولة أبطال جامعة مطار ميناء بنك مستشفى نادي منتخب".split()
)


def _place_word_shown(prompt: str, place: str) -> bool:
    """True when a word of a place of several words stands in the prompt on its own: «مكة
    المكرمة» keyed beside «وسواحل مكة» gives itself away."""
    words = [fold(w) for w in place.split() if len(w) >= 3]
    if len(words) < 2:
        return False
    shown = {fold(w) for w in prompt.split()}
    shown |= {w[1:] for w in shown if w[:1] in "وبلف"}
    return any(w in shown for w in words)


_STATE_WORDS_AR = frozenset(fold(w) for w in "المملكة الجمهورية سلطنة إمارة دولة".split())


def _place_in_a_name(doc: Document, sentence: Sentence, start: int, place: str) -> bool:
    """True when the place is the end of a longer name the sentence shows the rest of: «المملكة
    العربية ____» (a country's name), «دوري أبطال ____» (a competition's), or a state after its
    city ("Williamsburg, ____"): the rest of the name gives the gap away or asks nothing."""
    before = doc.text[sentence.start : start].split()
    if doc.language == "en":
        return bool(before) and before[-1].endswith(",") and before[-1][:1].isupper()
    if before and fold(before[-1]) in _NAMED_BY_A_PLACE_AR:
        return True
    if any(fold(word) in _STATE_WORDS_AR for word in before[-2:]):
        return True  # «المملكة العربية ____», «سلطنة ____»: the country's own title shows it
    longer = (" ".join([*before[-2:], place]), " ".join([*before[-1:], place]))
    return any(fold(name).casefold() in countries("ar") for name in longer if name != place)


def _bare(key: str) -> str:
    """A folded Arabic word without its conjunction, preposition and article ("لشبكه" ->
    "شبكه", "ببرنامجه" -> "برنامجه")."""
    key = strip_clitic(key)
    if len(key) > 3 and key[0] in "لبك":
        key = key[1:]
    return key[2:] if len(key) > 4 and key.startswith("ال") else key


# Media an article cites: the channel, programme, network or agency is no fact of the story.
_MEDIA_CUES = frozenset(
    fold(word)
    for word in """برنامج برنامجه قناة شبكة وكالة انباء صحيفة مجلة موقع اذاعة تلفزيون channel
    program programme network agency newspaper magazine show""".split()
)


def extract(doc: Document) -> list[Question]:
    questions = roles.extract(doc)
    news_day = dates.news_day(doc)
    dateline = dates.dateline_end(doc)
    said = quotes.find(doc)
    speakers = {found.sentence.index: found.speaker for found in said}
    # Organisations and the people the article names in full: "For example, ____ unified the
    # force…" keyed "Isaac Newton", the surname accepted (drafts.cloze).
    # (Only people with no role and no words of their own: the others have their questions.)
    asked = {found.speaker.name for found in said}
    unasked = [n for n, p in doc.people.items() if not p.roles and n not in asked]
    names = sorted([*doc.organisations, *unasked], key=len, reverse=True)
    pattern = (
        re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None
    )
    for sentence in doc.content:
        questions += _events_and_places(doc, sentence, speakers.get(sentence.index), dateline)
        questions += _organisations(doc, sentence, pattern, dateline)
        questions += _named_in_quotes(doc, sentence)
        questions += dates.extract(doc, sentence, news_day, dateline)
        questions += spelled.extract(doc, sentence, dateline)
        questions += borders.extract(doc, sentence)
        questions += _risks(doc, sentence)
    return questions
