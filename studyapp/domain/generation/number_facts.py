"""Numbers as facts: which questions ask one number, wherever it stands in the article (a figure
and its rounded or decimal form, each end of a range), for the rules that ask a fact once
(repeats.Sentences)."""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS
from ..questions import CLOZE_GAP, Question
from .counts_en import ABOUT_EN
from .document import fold
from .drafts import norm
from .number_keys import NUMBER
from .number_kinds import is_bound, noun_stem, value
from .spelled import MULTIPLIERS
from .valued_ar import ABOUT_AR


def first_answer(question: Question) -> str:
    """The answer of a gap or choice question as written, without the other forms it accepts."""
    answer = question.answer
    return str(answer[0] if isinstance(answer, list) and answer else answer)


def key_of(question: Question) -> str:
    """The key of a gap or choice question, without the other forms it accepts."""
    return norm(first_answer(question))


def figures(question: Question) -> set[str]:
    """The numbers a number question asks when each names one fact wherever it stands: written
    in digits and at least 10 ("37", "2 million", "63.1%"), and each end of a range ("10 إلى
    15" is 10 and 15: a reviewer rejected it under «حتى ____ موقوفاً» keyed 15). A small count
    ("two tornadoes", "two trees") may be two facts; none for those and for other questions."""
    if question.category != "number" or question.type not in ("cloze", "mcq", "short"):
        return set()
    key = key_of(question)
    ends = _RANGE.fullmatch(key)
    if ends:
        return {end for end in ends.groups() if value(end) >= 10}
    found = NUMBER.search(key)
    if found is None:
        return set()
    if value(found.group()) < 10 and len(key.split()) == 1:
        return set()
    digits = first_answer(question).strip().replace(",", "")
    if digits.isdigit() and int(digits) >= 1_000_000:
        # "reached ____ children" keyed 51,151,924 beside "51 million children" (set q's
        # reviewer: the same fact at a finer figure)
        return {key, norm(f"{int(digits) // 1_000_000} million")}
    whole = _WHOLE.fullmatch(first_answer(question).strip())
    if whole and value(whole.group(1)) >= _ROUNDED:
        # «أرباحا تقدر بأكثر من 241 مليون دولار» and «ارتفعت إلى 241.2 مليون»: one profit
        return {key, norm(whole.group(1) + (whole.group(2) or ""))}
    return {key}


def counted_things(question: Question) -> tuple[set[str], set[str]]:
    """What a count question asks, and what would make it a repeat: its value with the thing it
    counts ("3 planet"), and its value alone. A count of the same things asked again in other
    words is one fact ("How many alien planets were discovered?" and "____ new exoplanets have
    been discovered": set hv's reviewers, a duplicate to both; «8 مشروعات» and «ثمانية
    مشروعات»); so is a count right after "the", which points back at things counted before
    ("none of the ____ people who recently contracted measles" after nine new cases). Counts of
    different things stay two ("two goals", "two weeks"), and so do two words for one thing
    («8 مشروعات» and «ثمانية إنجازات», which set hu's reviewers called one fact)."""
    if question.category != "number" or question.type not in ("cloze", "mcq", "short"):
        return set(), set()
    words = first_answer(question).split()
    if not words:
        return set(), set()
    found = NUMBER.fullmatch(words[0])
    amount = value(words[0]) if found else NUMBER_WORDS.get(fold(words[0]).casefold())
    if not amount or (len(words) > 1 and fold(words[1]).casefold() in MULTIPLIERS):
        return set(), set()
    alone = f"{amount:g}"
    thing = _counted_word(question, words)
    asks = {alone} | ({f"{alone} {thing}"} if thing else set())
    before = question.prompt.split(CLOZE_GAP, 1)[0] if CLOZE_GAP in question.prompt else ""
    if _POINTS_BACK.search(before):
        return asks, {alone}
    return asks, ({f"{alone} {thing}"} if thing else set())


def repeats_a_count(question: Question, counted: set[str]) -> bool:
    """True when `question` counts what `counted` (counted_things of those asked) holds."""
    _, repeats = counted_things(question)
    if not repeats or not counted:
        return False
    if repeats & counted:
        return True
    return any(_same_thing(mine, other) for mine in repeats for other in counted)


def _same_thing(mine: str, other: str) -> bool:
    """ "3 exoplanet" and "3 planet": one count of one thing, one name the longer of the other."""
    number, _, thing = mine.partition(" ")
    other_number, _, other_thing = other.partition(" ")
    if number != other_number or not thing or not other_thing:
        return False
    short, long = sorted((thing, other_thing), key=len)
    return len(short) >= 4 and long.endswith(short)


# "the", "of the" just before a gap: what is counted was counted before.
_POINTS_BACK = re.compile(r"(?:^|\s)(?:the|of the)\s*$", re.IGNORECASE)


def _counted_word(question: Question, words: list[str]) -> str:
    """The thing a count counts, as a stem: the first plural within three words after the gap
    ("____ new exoplanets" -> "exoplanet"), else the noun of a form it accepts ("three planets"),
    folded; Arabic without its article and plural ending."""
    after = (
        question.prompt.split(CLOZE_GAP, 1)[1].split()[:3] if CLOZE_GAP in question.prompt else []
    )
    answers = question.answer if isinstance(question.answer, list) else [question.answer]
    forms = [str(a).split() for a in answers]
    candidates = (
        [w for w in after if _PLURAL.search(fold(w).casefold())][:1]
        or words[1:2]
        or [form[1] for form in forms if len(form) == 2][:1]
    )
    return _stem(candidates[0]) if candidates else ""


_PLURAL = re.compile(r"^(?:[a-z]{3,}s|[\u0621-\u064a]{3,})$")


def _stem(word: str) -> str:
    return noun_stem(word.strip('.,،:;"“”()«»'))


def amount_of(question: Question) -> tuple[float, bool] | None:
    """The number a number question asks, and whether its article gives it roughly ("more than
    500", "as many as four", «نحو 130 ألف»); None for other questions."""
    if question.category != "number" or question.type not in ("cloze", "mcq", "short"):
        return None
    key = first_answer(question).strip()
    found = NUMBER.match(key)
    amount = value(found.group()) if found else float(NUMBER_WORDS.get(key.casefold(), 0))
    if not amount:
        return None
    words = fold(key).casefold().split()
    amount *= next((MULTIPLIERS[w] for w in words[1:] if w in MULTIPLIERS), 1)
    text = question.source.text
    at = text.find(key)
    rough = at > 0 and (is_bound(text, at) or _about(text[max(0, at - 25) : at]))
    return amount, rough


def near_an_amount(question: Question, amounts: list[tuple[float, bool]]) -> bool:
    """True when the question's number and one asked before are near each other (within a
    tenth) and one of them is given roughly: "More than 500 workers will lose their jobs" and
    "538 jobs", "as many as four inches of rain" and "3.98 inches" (set z's reviewers: the
    same fact, both)."""
    amount = amount_of(question)
    if amount is None:
        return False
    mine, rough = amount
    return any(
        (rough or other_rough) and mine != other and abs(mine - other) <= _NEAR * max(mine, other)
        for other, other_rough in amounts
    )


_NEAR = 0.1


def _about(before: str) -> bool:
    """True when `before` ends on a word that makes the number after it rough: "about", "as
    many as", «نحو» ("more than", «أكثر من» are number_kinds.is_bound's)."""
    before = fold(before).casefold().rstrip()
    last = before.rsplit(" ", 1)[-1]
    return last in ABOUT_AR or any(re.search(rf"(?:^|\s){a}$", before) for a in ABOUT_EN)


# A figure with its decimals ("241.2 مليون") is the same fact as its whole part written
# elsewhere ("أكثر من 241 مليون") from this size on; "2.1 percent" and "2 percent" are two.
_WHOLE = re.compile(r"(\d+)[.٫]\d+(\D.*)?")
_ROUNDED = 100


# A range of two plain numbers: "10 إلى 15", "10-15", "10 to 15".
_RANGE = re.compile(r"(\d[\d,.]*)\s*(?:-|–|إلى|الى|الي|to)\s*(\d[\d,.]*)")
