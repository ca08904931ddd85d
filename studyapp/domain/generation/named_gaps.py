"""Gaps on the names an article gives: its organisations and products ("مشاريع Stargate"), the
people it names in full who have no role and no words of their own, and names in quotation
marks (a satellite «طيبة 1», a meeting «اجتماع ما قبل الإطلاق»); never a source, an outlet, a
firm's seat, a line's label or a piece of a longer name."""

from __future__ import annotations

import re

from ..questions import Question
from . import bodies, outlets, quotes
from .date_words import WEEKDAYS_EN
from .document import SPEECH_VERBS_EN, Document, Sentence, fold, strip_clitic, tokenize
from .drafts import cloze
from .given import in_a_name
from .names import MEDIA_CUES
from .number_keys import short_sum
from .precision import idle_answer, looks_like_verb_ar

# Confidence of each kind of gap (tuned on ARCD-train together with phrases.WEIGHTS).
CONFIDENCE_ORGANISATION = 0.57
CONFIDENCE_NAMED = 0.6
_NAMED_WORDS = 4  # a quoted name or title ("طيبة 1", "Mars 2020"); longer is someone's words


def names_pattern(doc: Document, said: list[quotes.Attribution]) -> re.Pattern[str] | None:
    """The organisations and the people the article names in full, as one pattern: "For
    example, ____ unified the force…" keyed "Isaac Newton", the surname accepted
    (drafts.cloze). Only people with no role and no words of their own (`said`): the others
    have their questions."""
    asked = {found.speaker.name for found in said}
    unasked = [n for n, p in doc.people.items() if not p.roles and n not in asked]
    names = sorted([*doc.organisations, *unasked], key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


_SOURCE_BEFORE = re.compile(
    r"(?:\bvia|\breported|\breports|\baccording to|\bquoted by|\bper|\breported by"
    r"|\b(?:obtained|seen|reviewed) by|\bprovided to)\s*(?:the\s+)?$",
    re.I,
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


def organisations(
    doc: Document, sentence: Sentence, names: re.Pattern[str] | None, dateline: int
) -> list[Question]:
    """Named organisations, products and people ("مشاريع Stargate"): a cloze on each."""
    questions = []
    quoted = [m.span() for m in quotes.QUOTE.finditer(sentence.text)]
    for match in names.finditer(sentence.text) if names else ():
        start, end = sentence.start + match.start(), sentence.start + match.end()
        words = match.group().split()
        if len(words) > 1 and words[-1] in WEEKDAYS_EN:
            end -= len(words[-1]) + 1  # "near Metolius Saturday afternoon": the place is "Metolius"
        if start < dateline:
            continue  # "UNIVERSITY PARK, Pa., Oct. 27 (UPI) --": where the story was filed
        if idle_answer(doc.language, match.group()):
            continue  # "Top", "First": a rank or a pointer, not a name
        if fold(match.group()).casefold() in KNOWN_TO_ALL:
            continue  # "amid the ____ pandemic" keyed "COVID-19": no reader needs the article
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
        if bodies.two_bodies(doc, match.group()):
            continue  # "the Western and ____" keyed "Central Railways": two railways, each half
        if in_a_name(sentence.text, match.start(), match.end()):
            continue  # "COVID-related", "the Gulf of ____", "Gov.": a piece of a longer name
        if _in_nicknamed_name(sentence.text, match.start()):
            continue  # 'Millard “Mickey” Drexler': a name around its nickname, asked by neither
        # "a net loss of around R50bn": a sum whose currency is written in capitals, asked
        # as the number it is, with its scale in words accepted ("R50 billion")
        # "an allocation of RM500 million": a currency's letters glued to the sum (set ic: keyed
        # "RM500" as a name, "500" marked wrong)
        kind = (
            "number"
            if short_sum(match.group()) or _CODED_SUM.fullmatch(match.group())
            else "entity"
        )
        q = cloze(doc, sentence, start, end, kind, CONFIDENCE_ORGANISATION)
        if q:
            questions.append(q)
    return questions


# A sum written after its currency's letters: "RM500", "Rs2,000", "KSh300" (not "MH370", "G20").
_CODED_SUM = re.compile(r"(?:RM|Rs|Sh|KSh|Ksh|Tk|Rp)\d[\d,.]*")


# A quoted word between a given name and a surname: 'Millard “Mickey” Drexler'.
_NICKNAMED = re.compile(r"\b[A-Z][a-z]+\s[“\"][A-Z][a-z]+[”\"]\s[A-Z][a-z]+")


def _in_nicknamed_name(text: str, at: int) -> bool:
    """True when text[at] is inside a name written around a quoted nickname, the nickname
    included."""
    return any(m.start() <= at < m.end() for m in _NICKNAMED.finditer(text, max(0, at - 40)))


def in_quotes(doc: Document, sentence: Sentence) -> list[Question]:
    """What the article names in quotation marks: a satellite "طيبة 1", a meeting called
    "اجتماع ما قبل الإطلاق". A gap on the whole quoted name, never on a piece of it."""
    questions = []
    for match in quotes.QUOTE.finditer(sentence.text):
        inner = quotes.inner(match)
        if not 1 <= len(inner.split()) <= _NAMED_WORDS or re.search(r"[.،,؛;:!?؟]", inner):
            continue
        if len(inner.strip()) < 2:
            continue  # «نسخة اقتصادية "e"»: a letter of a model's name, nothing to learn
        if sentence.text[: match.start()].rstrip().endswith(":"):
            continue  # «قائلا: "الأوضاع المصرية مستقرة"», 'said: "…"': words said, no name
        lower = doc.language == "en" and not any(ch.isupper() for ch in inner)
        named = _NAMED_AS_EN.search(sentence.text[max(0, match.start() - 20) : match.start()])
        if lower and (doc.article or _says(sentence)) and not named:
            continue  # 'said … was "bloody unacceptable"': someone's words, not a term's name;
            # in news, 'aware of a "file" on investigations': a word held at arm's length (set
            # o); an encyclopedia's quoted terms ("a process known as "mining"") are asked
        if idle_answer(doc.language, inner):
            continue  # "أن «هم» سيأتون": a quoted pronoun or deictic names nothing
        words = tokenize(inner)
        if doc.language == "ar" and len(words) > 1 and looks_like_verb_ar(words[0]):
            continue  # "لإصابة «تبدو خطيرة»": someone's words quoted, not a name
        before = fold(sentence.text[max(0, match.start() - 25) : match.start()]).split()
        if any(bare(word) in MEDIA_CUES for word in before[-3:]):
            continue  # "لشبكة «سي ان ان»", "لوكالة أنباء البحرين «بنا»": where it was said
        if sentence.text[: match.start()].rstrip().endswith(("لـ", " ل")):
            continue  # «وكيل وزارة الزراعة، لـ"اليوم السابع" أنه»: the paper he told
        if any(bare(word) in _SOURCE_CUES_AR for word in before[-2:]):
            continue  # «ووفق "بترا"، فإن …»: the agency a story cites, no fact of it
        if any(bare(word) in _SAID_BEFORE_AR for word in before[-3:]):
            continue  # «قوله إن الحادث "حرج وخطير"»: someone's words quoted, no name
        if _in_nicknamed_name(sentence.text, match.start()):
            continue  # 'Millard “Mickey” Drexler': a nickname inside a name
        if doc.language == "ar" and _LATIN_GLOSS.match(sentence.text, match.end()):
            continue  # «“شل” (Shell)»: the name in Latin letters beside it gives it away
        start = sentence.start + match.start() + 1
        end = sentence.start + match.end() - 1
        # "في اجتماع يسمى «اجتماع ما قبل الإطلاق»": the word the prompt already has may be left out
        first, _, rest = inner.partition(" ")
        accept = [rest] if rest and fold(first) in before[-3:] else []
        q = cloze(doc, sentence, start, end, "entity", CONFIDENCE_NAMED, accept=accept)
        if q:
            questions.append(q)
    return questions


# A name spelt in Latin letters in brackets after a quoted Arabic name: «“شل” (Shell)».
_LATIN_GLOSS = re.compile(r"\s*\(\s*[A-Za-z][\w .&'’-]{0,40}\)")


# What gives a quoted small-letter phrase as a meaning or a name: 'translates as "grey skull"'
# (held-out set k: the gap the scare-quote rule had taken away was accepted).
_NAMED_AS_EN = re.compile(
    r"\b(?:translates? as|translated as|means|meaning|known as|called|dubbed|named|termed"
    r"|the (?:word|term|phrase))\s*$",
    re.IGNORECASE,
)


def _says(sentence: Sentence) -> bool:
    """True when the sentence reports what someone said ("said", "told", "added")."""
    return any(token.key in SPEECH_VERBS_EN for token in sentence.tokens)


def bare(key: str) -> str:
    """A folded Arabic word without its conjunction, preposition and article ("لشبكه" ->
    "شبكه", "ببرنامجه" -> "برنامجه")."""
    key = strip_clitic(key)
    if len(key) > 3 and key[0] in "لبك":
        key = key[1:]
    return key[2:] if len(key) > 4 and key.startswith("ال") else key


# Sources an Arabic story cites by name: «وفق "بترا"», «بحسب "رويترز"», «نقلا عن "سانا"».
_SOURCE_CUES_AR = frozenset(fold(w) for w in "وفق وفقا حسب بحسب نقلا".split())
# What introduces someone's words just before them: «قوله إن الحادث "…"».
_SAID_BEFORE_AR = frozenset(fold(w) for w in "قوله قولها قولهم".split())
# Names every reader knows without the article: a gap on them tests nothing it says.
KNOWN_TO_ALL = frozenset(
    fold(w).casefold() for w in "COVID-19 Covid-19 COVID Covid coronavirus كورونا كوفيد-19".split()
)
