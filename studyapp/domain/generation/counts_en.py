"""English counts asked with "How many" (counts.py): a subject, a modal or auxiliary and its
verb, then the number and a plural noun ("The rover will spend at least two years exploring
Mars"); a subject and a verb in the past ("The storm damaged 200 homes", asked in the passive:
"How many homes were damaged by the storm?"); or the count as the subject ("At least 300,000
health workers have been registered"). A sum of money would need "How much" and "did": not
asked.
"""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS
from . import counts_support_en
from .clause_en import (
    ARTICLES_EN,
    AUXILIARIES_EN,
    OPENERS_EN,
    clause_end,
    clause_start,
    counted,
    of_what,
    plural,
    rest_of,
    subject_of,
)
from .document import SPEECH_VERBS_EN, Document, Token, fold
from .money import currency
from .number_keys import number_forms
from .token_spans import forecast_clause, spaced_only, words_of

_BE_HAVE = AUXILIARIES_EN | {"are", "were", "is", "was"}
_SINGULAR = frozenset("is was has".split())
# Said of the count, and dropped from the question: "at least 300,000" is accepted as it is.
ABOUT_EN = (
    "at least", "about", "around", "nearly", "almost", "some", "up to", "as many as",
    "more than", "over", "approximately", "roughly",
)  # fmt: skip


def about_before(lead: str) -> str:
    """The qualifier ("about", "more than" …) the words before a count end on, or ""."""
    return next((a for a in ABOUT_EN if re.search(rf"(?:^|\s){a}$", lead)), "")


POINTING_BACK = frozenset("these those such same former latter".split())
_INTRODUCING = frozenset(
    "before after by as since until in during on at for with without from under within".split()
)
# A number or a name, and a run of them joined by commas and "and": "1991 and 2002".
_ITEM_TEXT = r"\d[\d,.]*\d|\d|[A-Z][\w.-]*"
_ITEM = re.compile(_ITEM_TEXT)
_LIST = re.compile(rf"(?:(?:{_ITEM_TEXT})(?:,\s*(?:and\s+)?|\s+and\s+))+(?:{_ITEM_TEXT})")
# Lowered at the head of a subject moved after its auxiliary ("will the rover"); the others
# that could stand there (this, these, her …) keep a subject out altogether.
_PERCENT = re.compile(r"(?:%|\bper ?cent)$")
# Signs a sum is written with, and the word a student may write instead.
SIGNS = {"$": "dollars", "€": "euros", "£": "pounds"}

# Verbs whose "object" is a measure, not a thing done to: "lasted 12 hours", "rose 5 points",
# "reached 50 deaths". Asked in the passive they would read "were lasted".
_MEASURE_VERBS_EN = frozenset(
    """lasted waited stayed lived worked travelled traveled walked increased decreased declined
    dropped jumped climbed surged plunged slumped tumbled rallied advanced gained soared slipped
    edged improved totaled totalled numbered reached exceeded topped passed surpassed crossed
    averaged ranged hovered doubled tripled remained measured weighed spanned covered played
    aged""".split()
)


# "three quarters", "two thirds": a share written as a fraction (set g: "How many quarters of
# inpatients …?", garbled to both reviewers).
_FRACTIONS_EN = frozenset("halves thirds quarters fifths sixths eighths tenths".split())


def asked(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, str, list[str]] | None:
    """The question, key and further answers for the count in tokens[first:last + 1]."""
    if doc.text[: tokens[first].start].rstrip()[-1:] in SIGNS:
        return None  # a sum of money: sums_en.py asks it "How much"
    after = last + 1
    if any(currency(t.key) for t in tokens[after : after + 2]):
        return None  # "2.4 billion euros" is a sum too, not "How many euros"
    if after >= len(tokens) or not spaced_only(doc.text, tokens[first : after + 1]):
        return None
    if tokens[after].key in _FRACTIONS_EN:
        return None  # "More than three quarters of inpatients": a share, no count of quarters
    if first >= 2 and tokens[first - 1].key in _RANGE_EN:
        before = tokens[first - 2]
        if before.text[:1].isdigit() or before.key in NUMBER_WORDS:
            return None  # "between four and eight inches": the end of a range is no count
    count = words_of(doc.text, tokens[first : last + 1])
    start, end = clause_start(doc, tokens, first), clause_end(doc, tokens, after)
    if counts_support_en.misread(tokens, start, after, end):
        return None
    intro = introduction(doc, tokens, start)
    lead = doc.text[tokens[start].start : tokens[first].start].strip(" ,").lower()
    if not lead and intro.lower() in ABOUT_EN:
        lead, intro = intro.lower(), ""  # "At least, 300,000 health workers …"
    about = about_before(lead)
    if {t.key for t in tokens[start:end]} & POINTING_BACK:
        return None  # "29 of these elements", "the same reduction": said before, not here
    if forecast_clause(tokens, start):
        return None  # "Analysts had expected that 217,000 jobs would …": a forecast, a gap
    said = lead[: len(lead) - len(about)].split()[-1:] if lead != about else []
    if lead == about or (said and said[0] in SPEECH_VERBS_EN | {"that"}):
        # the count is the subject: "At least 300,000 health workers have …", "The airline
        # said about 500 flights were canceled"
        shaped = _count_first(doc, tokens, after, end, _PERCENT.search(count) is not None)
    else:  # "The rover will spend at least two years exploring Mars"
        at = first - len(about.split())
        shaped = next(
            filter(None, (shape(doc, tokens, start, at, after, end) for shape in _SHAPES)), None
        )
    if shaped is None:
        return None
    question, noun = shaped
    if _listed(question, count):
        return None  # "How many extensions were opened in 1991 and 2002?"
    if intro:
        question = f"{question[:-1]} {intro[0].lower()}{intro[1:]}?"
    if question.startswith("What share"):  # "80 percent": "80" and "80%", not "80 percent ballots"
        return question, count, [*number_forms(count), *([f"{about} {count}"] if about else [])]
    accept = [
        f"{count} {noun}",
        *([f"{about} {count}", f"{about} {count} {noun}"] if about else []),
    ]
    return question, count, accept


def _count_first(
    doc: Document, tokens: list[Token], after: int, end: int, percent: bool = False
) -> tuple[str, str] | None:
    """ "How many health workers have been registered …?" of "300,000 health workers have been
    registered …": the count and its nouns, then the verb and the rest of the clause. A share
    ("80 percent of ballots had been counted") is asked "What share of ballots …?"."""
    verb = next((k for k in range(after, min(end, after + 4)) if tokens[k].key in _BE_HAVE), None)
    if verb is None or verb == after:
        return None
    nouns = tokens[after:verb]
    if not plural(nouns[-1].text) or not all(t.text.islower() for t in nouns):
        return None
    if tokens[verb].key in _SINGULAR:
        return None  # "Eighty planetary candidates is an impressive haul": the number is what
        # is judged (set hw's reviewers: "How many planetary candidates is …?", garbled)
    rest = words_of(doc.text, tokens[verb:end])
    if end < len(tokens) and tokens[end - 1].key.endswith("ed") and end - 1 > verb + 1:
        return None  # "… in steep terrain covered | with chaparral": cut before what the
        # participle needs (set ib: "… in steep terrain covered?", garbled, both)
    if percent or nouns[0].key == "of":
        if not (percent and nouns[0].key == "of" and len(nouns) > 1):
            return None  # "two of the rovers": a part of a whole is no count of them
        return f"What share of {words_of(doc.text, nouns[1:])} {rest}?", nouns[-1].text
    return f"How many {words_of(doc.text, nouns)} {rest}?", nouns[-1].text


def _count_after_verb(
    doc: Document, tokens: list[Token], start: int, at: int, after: int, end: int
) -> tuple[str, str] | None:
    """ "How many years will the rover spend exploring Mars?": the subject (`start` up to the
    auxiliary), the auxiliary and the verb just before token `at`, the count's noun after."""
    k = counted(tokens, after, end)
    if k is None or at < 2:
        return None  # "will be 8.795 this year": "this" is no plural noun
    noun, what = tokens[k], words_of(doc.text, tokens[after : k + 1])
    verb, auxiliary = tokens[at - 1], tokens[at - 2]
    if auxiliary.key not in AUXILIARIES_EN or not verb.text.isalpha() or not verb.text.islower():
        return None
    words = subject_of(doc, tokens, start, at - 2, [auxiliary, verb])
    if words is None:
        return None
    tail = rest_of(doc, tokens, k, end)
    if tail.split()[:1] == ["of"]:
        # "will mean three floors of hip, affordable … clothing": what the count is of goes on
        # past the comma the clause ends at ("… storefront mean of hip?", set u: garbled).
        return None
    return f"How many {what} {auxiliary.text} {words} {verb.text}{tail}?", noun.text


def _count_after_past(
    doc: Document, tokens: list[Token], start: int, at: int, after: int, end: int
) -> tuple[str, str] | None:
    """ "How many homes were damaged by the storm on Tuesday?" of "The storm damaged 200 homes on
    Tuesday": a regular verb's past form is its participle, so the passive needs no base form
    ("did the storm damage" would). Not after an auxiliary (_count_after_verb asks those), nor
    a verb whose object is a measure ("lasted 12 hours")."""
    k = counted(tokens, after, end)
    at -= _batch_of(tokens, at)  # "received the batch of 500,000 doses": the doses are received
    if k is None or at < 2:
        return None
    noun = tokens[k]
    verb = tokens[at - 1]
    participle = _PARTICIPLES_EN.get(verb.key, verb.text)
    regular = verb.key.endswith("ed") and len(verb.key) >= 5
    if not (
        verb.text.isalpha() and verb.text.islower() and (regular or verb.key in _PARTICIPLES_EN)
    ):
        return None
    if tokens[at].key == "up":
        return None  # "snow piled up to 6 inches": the snow piled up, nothing was piled by it
    if verb.key in _MEASURE_VERBS_EN | SPEECH_VERBS_EN:
        return None
    if tokens[at - 2].key in _BE_HAVE:
        return None
    if noun.key in _DURATIONS_EN:
        return None  # "served 18 months", "originated 525 million years ago": a time, not a thing
    subject = tokens[start : at - 1]
    if any(not _plain_subject_word(t) for t in subject):
        return None
    tail = rest_of(doc, tokens, k, end)
    if {w.lower() for w in tail.split()} & OPENERS_EN:
        return None  # "… four elements that come to rest …": a clause the question would cut
    words = subject_of(doc, tokens, start, at - 1, [verb])
    if words is None or words.split()[-1].lower() in ARTICLES_EN:
        return None
    what, tail = of_what(words_of(doc.text, tokens[after : k + 1]), tail)
    return f"How many {what} were {participle} by {words}{tail}?", noun.text


_SHAPES = (
    _count_after_verb,
    _count_after_past,
    counts_support_en.there_are,
    counts_support_en.has,
    counts_support_en.speaks,
)


# Irregular verbs in the past whose object is a thing done to, with their participle: "The team
# won three games" asks "How many games were won by the team?". Not those whose subject need
# not be the doer: "The museum saw 300 visitors", "The game sold 1.5 million copies", "The
# stadium held 50,000 fans", "drew"; nor "had" (counts_support_en.py asks it).
_PARTICIPLES_EN = {
    "won": "won", "lost": "lost", "built": "built", "made": "made", "took": "taken",
    "bought": "bought", "found": "found", "caught": "caught", "sent": "sent", "wrote": "written",
    "shot": "shot", "broke": "broken", "threw": "thrown", "chose": "chosen", "stole": "stolen",
    "ate": "eaten", "sank": "sunk", "fed": "fed",
}  # fmt: skip

# What holds a count of things and goes with them: "a shipment of 200 tons", "the first batch of
# 500,000 doses".
_RANGE_EN = frozenset("and to or".split())
_BATCHES_EN = frozenset("batch shipment consignment delivery load".split())
_ORDINALS_EN = frozenset("first second third new".split())


def _batch_of(tokens: list[Token], at: int) -> int:
    """How many tokens before `at` are "the (first) batch of", or 0."""
    if at < 3 or tokens[at - 1].key != "of" or tokens[at - 2].key not in _BATCHES_EN:
        return 0
    k = at - 3
    if tokens[k].key in _ORDINALS_EN and k > 0:
        k -= 1
    return at - k if tokens[k].key in ARTICLES_EN else 0


def _plain_subject_word(token: Token) -> bool:
    """A word a doer can be made of: no number, preposition, verb "be" or "have", or adverb
    ("in 1857 John Sheepshanks donated", "reportedly connected")."""
    if not token.text.replace("'", "").isalpha() or token.key in _INTRODUCING | _BE_HAVE:
        return False
    return not (token.text.islower() and token.key.endswith("ly"))


def introduction(doc: Document, tokens: list[Token], start: int) -> str:
    """The phrase before the first comma of the sentence when the clause starts right after it
    and it opens with a preposition: "Before the introduction of X.25 in 1973", "As of 2017".
    The question keeps it, at its end: without it "had been developed" has no time."""
    if start == 0:
        return ""
    phrase = doc.text[tokens[0].start : tokens[start].start].strip()
    if not phrase.endswith(",") or phrase[:-1].count(",") or len(phrase.split()) > 8:
        return ""
    phrase = phrase[:-1].strip()
    opener = phrase.split()[0].lower() if phrase else ""
    return phrase if opener in _INTRODUCING or phrase.lower() in ABOUT_EN else ""


def _listed(question: str, count: str) -> bool:
    """True when the question lists as many names or numbers as the count: "two" beside
    "1991 and 2002" gives itself away."""
    value = NUMBER_WORDS.get(fold(count)) or (int(count) if count.isdigit() else None)
    if not value:
        return False
    return any(len(_ITEM.findall(run.group())) == value for run in _LIST.finditer(question))


_DURATIONS_EN = frozenset(
    "seconds minutes hours days weeks months years decades centuries times".split()
)
