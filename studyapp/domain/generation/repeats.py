"""What a question would repeat of those chosen before it: the rules that keep one fact to one
question, per sentence and across the article (ranker.select applies them)."""

from __future__ import annotations

import re

from ..questions import CLOZE_GAP, Question
from . import name_one
from .calibration import ASKS_LIKE
from .date_words import ERA_TAIL
from .drafts import gap_span, gives_away, norm, unspaced
from .number_facts import (
    amount_of,
    counted_things,
    figures,
    first_answer,
    key_of,
    near_an_amount,
    repeats_a_count,
)

# The kinds a teacher names: who said, steps, lists and roles; the rest are gap-fills and facts.
NAMED_KINDS = ("attribution", "sequence", "constraint", "role")

# Who said a statement and who holds a role are two facts, though one name answers both.
TWO_FACTS = {"attribution", "role"}
# One gap per key: "Openai" blanked in every sentence that names it tests one thing, and a
# name or a number asked in two sentences was judged the same fact asked twice.
_CLOZES_PER_ANSWER = 1
# Generic clozes per sentence: one per so many words, one fewer beside a question of another
# kind (a long sentence of several clauses holds several facts; a short one, one at most).
_WORDS_PER_GENERIC = 4


def kind_of(question: Question) -> str:
    """The kind a teacher sees: who said, steps, lists, roles, or a gap-fill or other fact."""
    category = ASKS_LIKE.get(question.category, question.category)
    if category in NAMED_KINDS:
        return category
    return "gap" if question.type == "cloze" else question.type


def is_generic(question: Question) -> bool:
    """A phrase cloze from the broad net (phrases.py), as opposed to a named kind of fact."""
    return question.type == "cloze" and question.category == "fact"


def answer_key(question: Question) -> str:
    """The answer normalised, "Falcon 9" and "Falcon9" one key."""
    if isinstance(question.answer, list):
        return " | ".join(sorted(unspaced(norm(a)) for a in question.answer))
    return unspaced(norm(str(question.answer)))


def answer_words(question: Question) -> set[str]:
    answers = question.answer if isinstance(question.answer, list) else [str(question.answer)]
    return {word for answer in answers for word in norm(answer).split()}


def _date(question: Question) -> str:
    """The date a date question asks when it names a month and a year, one fact wherever it
    stands ("أغسطس 2025", «أغسطس 2025م» the same); "" for a bare year or day, and the rest."""
    if question.category != "date" or question.type not in ("cloze", "mcq", "short"):
        return ""
    key = ERA_TAIL.sub("", first_answer(question).strip())
    words = norm(key).split()
    return " ".join(words) if len(words) >= 2 and any(w.isdigit() for w in words) else ""


def _year(question: Question) -> str:
    """The year a date question's key names ("2019", "August 31, 2019"), else ""."""
    if question.category != "date" or question.type not in ("cloze", "mcq", "short"):
        return ""
    years = re.findall(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)", first_answer(question))
    return years[0] if len(years) == 1 else ""


def _overlaps(question: Question, spans: list[tuple[int, int]]) -> bool:
    """True when the question's source overlaps one of `spans` (article offsets): the same
    statement, not the sentence next to it."""
    start, end = question.source.start, question.source.end
    return any(a < end and start < b for a, b in spans)


def _span(question: Question) -> tuple[int, int]:
    return question.source.start, question.source.end


def _shown_in(question: Question, prompts: list[tuple[str, tuple[int, int]]]) -> bool:
    """True when a question chosen before, on another sentence, shows this gap's answer in its
    prompt: a number with the word it counts ("20 governorates"), any other key as it stands.
    A gap on the same sentence shows the rest of it (the rules per sentence see to those); a
    question of another form shows what it shows ("who said «يتعلمون في الدايم لدينا»?" beside
    the same words blanked)."""
    if CLOZE_GAP not in question.prompt:
        return False
    key = key_of(question)
    if question.category == "number":
        # The word after the gap: "Target Area: ____ governorates" -> "20 governorates".
        after = norm(question.prompt.split(CLOZE_GAP, 1)[1]).split()
        if not after:
            return False
        key = f"{key} {after[0]}"
    return bool(key.strip()) and any(
        f" {key} " in prompt and not _overlaps(question, [where]) for prompt, where in prompts
    )


_COMMAS = (",", "،")
_PLACE_LIKE = ("entity", "place")
# The word before "Cape Canaveral, Florida" that makes it a place ("sent to", "في"), where a
# comma after a name is more often an apposition ("the Minister of the Interior, Thomas").
_TO_A_PLACE = {"in", "at", "to", "from", "near", "into", "في", "إلى", "الى", "من", "قرب"}
_LIST_GOES_ON = re.compile(r"^\s*(?:[,،;)]|and\b|or\b|و)", re.IGNORECASE)


def _joined(question: Question, span: tuple[int, int], other: tuple[int, int]) -> bool:
    """True when a gap and another gap of its sentence name one place in two parts, side by
    side with only a comma between them after "in", "to", "في"...: "sent to Cape Canaveral,
    Florida", not two items of a list ("Planning, ____, Military Production")."""
    text, start = question.source.text, question.source.start
    first, second = sorted([span, other])
    before = text[: first[0] - start].rsplit(maxsplit=1)  # the word before, not every word
    return (
        text[first[1] - start : second[0] - start].strip() in _COMMAS
        and bool(before)
        and before[-1].casefold() in _TO_A_PLACE
        and not _LIST_GOES_ON.match(text[second[1] - start :])
    )


_RANGED = ("date", "number")
# What joins the two ends of one range: "March-to-May", "2019 to 2021", "March–May", «من مارس
# إلى مايو»; not a spaced dash, which sets a birth date beside a death date ("1867 - 1934").
_RANGE_JOIN = re.compile(r"^(?:\s*-?to-?\s*|[-–]|\s+(?:إلى|الى|حتى)\s+)$", re.IGNORECASE)


def _range_ends(question: Question, span: tuple[int, int], other: tuple[int, int]) -> bool:
    """True when two gaps of one sentence are the two ends of one range: one fact."""
    text, start = question.source.text, question.source.start
    first, second = sorted([span, other])
    return bool(_RANGE_JOIN.match(text[first[1] - start : second[0] - start]))


def _forms(question: Question) -> set[str]:
    """The forms a gap accepts, normalised: a name's surname asked again in another sentence
    is the same name asked twice (reviewers of unseen news rejected "Waitz" after "Grete
    Waitz", and "Neroca" after "Neroca FC", as duplicates)."""
    answers = question.answer if isinstance(question.answer, list) else [question.answer]
    return {norm(str(a)) for a in answers} - {""}


class Sentences:
    """What has been chosen per source sentence, for the rules that keep clozes apart."""

    def __init__(self) -> None:
        self.gaps: dict[tuple[int, int], list[tuple[tuple[int, int], str]]] = {}  # span, category
        self.answers: dict[tuple[int, int], list[set[str]]] = {}
        self.generic: dict[tuple[int, int], int] = {}
        self.others: dict[tuple[int, int], int] = {}
        self.clozes_by_answer: dict[str, int] = {}
        self.names_asked: set[str] = set()  # every form a gap on a name accepts
        self.generic_answers: list[set[str]] = []
        self.statements: list[tuple[int, int]] = []  # sources of statements already asked
        self.speakers: list[tuple[tuple[int, int], set[str]]] = []  # and who said each
        self.list_items: set[str] = set()
        self.lists: set[str] = set()  # the answers of each select-all asked (answer_key)
        self.people_asked: set[str] = set()  # people whose role has been asked, either way
        self.holders: set[str] = set()  # every form of a name a "Who is the …?" question keys
        self.keys: list[tuple[set[str], tuple[int, int], str]] = []  # each key asked, where and how
        self.prompts: list[tuple[str, tuple[int, int]]] = []  # chosen prompts, normalised
        self.figures: set[str] = set()  # the large numbers asked, in any sentence
        self.dates: set[str] = set()  # the dates asked, in any sentence, without an era's letter
        self.years: set[tuple[str, bool]] = set()  # the year of each date asked, and if in full
        self.amounts: list[tuple[float, bool]] = []  # each number asked, and if said roughly
        self.counted: set[str] = set()  # each count asked, with and without what it counts

    def refuses(self, question: Question, where: tuple[int, int], key: str) -> bool:
        """True when a question would repeat what its sentence (or the article) already asks:
        a second question on one statement, an item of a list already asked as a list."""
        if question.category == "attribution":
            if _overlaps(question, self.statements):
                return True
        if question.type == "cloze" and question.category == "entity" and self._speaker(question):
            return True  # "____ said the accused was …" beside "Who said: «the accused was …»?"
        if question.category == "role" and question.extra.get("person") in self.people_asked:
            return True  # "who is the CFO?" beside "what is Friar's role?" asks one fact twice
        if (
            question.type == "cloze"
            and question.category == "entity"
            and key_of(question) in (self.holders)
        ):
            return True  # «وأوضح "____" أن …» keyed «رابح» after «من هو رئيس المعهد؟» (set w)
        if question.type in ("cloze", "mcq") and key in self.list_items:
            return True
        if question.type == "multi" and answer_key(question) in self.lists:
            return True  # "players like Santana and Tebar", then "(Santana and Tebar) got injured"
        if figures(question) & self.figures:
            return True  # "rises to 37" and "three of the 37 hospitalized": one figure, asked once
        if repeats_a_count(question, self.counted):
            return True  # "How many alien planets …?" (three), then "____ new exoplanets"
        if near_an_amount(question, self.amounts):
            return True  # "More than ____ workers" (500) beside "538 jobs": one fact, rounded
        if _date(question) in self.dates:
            return True  # «تقرير شهر أغسطس 2025م» and «التقرير الصادر عن شهر أغسطس 2025»
        if _year(question) and (_year(question), not _date(question)) in self.years:
            return True  # "the shooting … in ____" (2019) beside "occurred on ____" (August 31,
            # 2019): set x's reviewer rejected the second as the same date asked again
        if question.type in ("cloze", "mcq") and _shown_in(question, self.prompts):
            return True  # "____, Florida" after a prompt that shows "Cape Canaveral, Florida"
        if question.type in ("cloze", "mcq", "short") and self._same_fact(question):
            return True  # "Shehri coaches Ettifaq" asked as a role and again as a fact
        if question.type != "cloze":
            return False
        if self.clozes_by_answer.get(key, 0) >= _CLOZES_PER_ANSWER:
            return True  # "300 ألف فدان" asked in two sentences asks one number twice
        if question.category in _PLACE_LIKE and _forms(question) & self.names_asked:
            return True  # "beat ____'s record" keyed "Waitz" after "____" keyed "Grete Waitz"
        span = gap_span(question)
        gaps = self.gaps.get(where, [])
        if span and any(a < span[1] and span[0] < b for (a, b), _ in gaps):
            return True  # overlapping gaps test the same words
        if (
            span
            and question.category in _PLACE_LIKE
            and any(_joined(question, span, gap) for gap, kind in gaps if kind in _PLACE_LIKE)
        ):
            return True  # "Cape Canaveral, ____" beside "____, Florida": one place in two parts
        if (
            span
            and question.category in _RANGED
            and any(
                kind == question.category and _range_ends(question, span, gap) for gap, kind in gaps
            )
        ):
            return True  # "the ____-to-May season" beside "the March-to-____ season" (set o)
        words = answer_words(question)
        if any(words <= other or other <= words for other in self.answers.get(where, [])):
            return True  # the sentence already asks for this answer, or a part of it
        if is_generic(question) and any(words <= other for other in self.generic_answers):
            return True  # "الطرف الأول" after "بناء الطرف الأول": the same term asked again
        if is_generic(question):
            cap = max(1, len(question.source.text.split()) // _WORDS_PER_GENERIC)
            if self.others.get(where):
                cap = max(1, cap - 1)
            return self.generic.get(where, 0) >= cap
        return False

    def _speaker(self, question: Question) -> bool:
        """True when a gap's key names the speaker a "who said" question asks, on the sentence
        that question quotes: the same fact asked again."""
        key = set(key_of(question).split())
        return any(
            key & speaker and _overlaps(question, [where]) for where, speaker in self.speakers
        )

    def _same_fact(self, question: Question) -> bool:
        """True when a question of any kind already asks this key, or a part of it, from an
        overlapping source: the same answer from the same sentence is one fact, whatever the
        question's form ("1300" and "1300 بئر" of one sentence)."""
        key = set(key_of(question).split())
        return any(
            key
            and other
            and (key <= other or other <= key)
            and _overlaps(question, [where])
            and {category, question.category} != TWO_FACTS
            for other, where, category in self.keys
        )

    def add(self, question: Question, where: tuple[int, int], key: str) -> None:
        self.figures |= figures(question)
        self.counted |= counted_things(question)[0]
        amount = amount_of(question)
        if amount is not None:
            self.amounts.append(amount)
        if _date(question):
            self.dates.add(_date(question))
        if _year(question):
            self.years.add((_year(question), bool(_date(question))))
        # A gap's prompt shows the rest of its sentence, which the sentence's other gaps may ask;
        # so does a number or date asked as a question («كم …؟», "When …?"), its sentence turned
        # round: the gaps beside it hide each other's keys later (pairs.hide_keys).
        rewrites = question.type == "short" and question.category in ("number", "date")
        span = _span(question) if question.type == "cloze" or rewrites else (-1, -1)
        self.prompts.append((f" {norm(question.prompt)} ", span))
        if question.type in ("cloze", "mcq", "short"):
            self.keys.append((set(key_of(question).split()), _span(question), question.category))
        if question.category == "attribution":
            self.statements.append(_span(question))
            if question.type != "cloze":
                self.speakers.append((_span(question), set(key_of(question).split())))
        if question.category == "role" and question.extra.get("person"):
            self.people_asked.add(question.extra["person"])
            if first_answer(question) == question.extra["person"]:
                self.holders.update(norm(form) for form in question.accepted_answers)
        if question.type == "multi" and isinstance(question.answer, list):
            self.list_items.update(norm(a) for a in question.answer)
            self.lists.add(answer_key(question))
        # "Name one of the two people …" (name_one.py): a gap on one of them asks it again
        self.list_items.update(norm(a) for a in question.extra.get(name_one.ITEMS, ()))
        answers = question.answer if isinstance(question.answer, list) else [question.answer]
        if question.type != "order":
            bucket = self.answers.setdefault(where, [])
            bucket.extend({w for w in norm(str(a)).split()} for a in answers if norm(str(a)))
        if question.type == "cloze":
            self.clozes_by_answer[key] = self.clozes_by_answer.get(key, 0) + 1
            if question.category in _PLACE_LIKE:
                self.names_asked |= _forms(question)
            span = gap_span(question)
            if span:
                self.gaps.setdefault(where, []).append((span, question.category))
        if is_generic(question):
            self.generic[where] = self.generic.get(where, 0) + 1
            self.generic_answers.append(answer_words(question))
        else:
            self.others[where] = self.others.get(where, 0) + 1


def prints_items(question: Question, other: Question) -> bool:
    """True when `question`'s prompt prints what the select-all or order question `other` asks:
    half its items or more, or one of its steps. Reviewers rejected a "Who said: «… corner,
    free-kick and a penalty»?" beside the select-all of those three, and one quoting the first
    phase beside the order of the phases (eighty-seventh review)."""
    if question is other or other.type not in ("multi", "order"):
        return False
    items = [str(a).removesuffix("…").strip() for a in other.answer]
    # «وحدات المعالجة المركزية وشبكات الاتصال والمحولات»: an item after the first carries «و».
    shown = sum(
        gives_away(question.prompt, item) or gives_away(question.prompt, f"و{item}")
        for item in items
        if norm(item)
    )
    return shown >= 1 if other.type == "order" else 2 * shown >= len(items)


def same_speaker(question: Question, other: Question) -> bool:
    """True when both are who-said questions keyed to one person: blind reviewers took 31 of 95
    such second questions in a first ten, against 399 of 526 first ones. With choices they took
    more (118 of 199) until the reviews of fresh news from the sixty-seventh to the ninetieth:
    53 of 117 second ones against 290 of 444 first ones, typed 40 of 125 against 245 of 325."""
    return (
        question.type in _WHO_SAID
        and other.type in _WHO_SAID
        and question.category == other.category == "attribution"
        and answer_key(question) == answer_key(other)
    )


_WHO_SAID = ("short", "mcq")
