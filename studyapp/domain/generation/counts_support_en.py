"""English counts with no auxiliary to turn round, asked with "How many" (counts_en.py): after
"there" and a form of "be" ("there have been four confirmed cases in nearby Oregon" asks "How
many confirmed cases have there been in nearby Oregon?"), and after "have" or a verb in the
present by do-support ("The academy has 47 members": "How many members does the academy
have?"; "The woman speaks four languages": "How many languages does the woman speak?"). A verb
in the past would need its base form, which "-ed" does not say ("raised", "added"): the
passive asks those (counts_en.py).

The counted words and what they are "of" are read as counts_en.py reads them (clause_en.py).
"""

from __future__ import annotations

import re

from .clause_en import AUXILIARIES_EN, OPENERS_EN, counted, of_what, rest_of, subject_of
from .document import SPEECH_VERBS_EN, Document, Token
from .token_spans import words_of

_SAYING = SPEECH_VERBS_EN | {"that"}
_BE = frozenset("is are was were be been".split())
# "have" as a main verb and what asks it: "The city has …" -> "How many … does the city have".
_HAVE = {"has": "does", "have": "do", "had": "did"}
_EACH = frozenset("each both either neither one".split())
# A figure, and a year ("as of 2016"), which the question may print.
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_YEAR = re.compile(r"1\d{3}|20\d{2}")
# The clause's last name is one of two: "by Sadeera Samarwickrema (70) and Sangeeth Cooray".
_AND_ANOTHER = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*and\s+[A-Z]")
Shaped = tuple[str, str]  # the question and the counted noun


def misread(tokens: list[Token], start: int, after: int, end: int) -> bool:
    """True when a question of the clause tokens[start:end], its count's noun from `after`,
    would misread it: the noun goes on with a letter ("550 hepatitis A shots": "How many
    hepatitis … A shots …?", set ie, garbled), the clause ends on a month cut short ("since Dec.
    1, 2018": "… since Dec?", set ie), or a condition opens the sentence before the clause
    ("Excluding items, American earned 75 cents a share": "How many cents were earned by
    American a share?", set id, wrong key: the article gives 39 cents too)."""
    k = counted(tokens, after, end)
    letter = tokens[k + 1].text if k is not None and k + 1 < end else ""
    if len(letter) == 1 and letter.isupper():
        return True
    if _MONTH_CUT.fullmatch(tokens[end - 1].text):
        return True
    return start > 0 and tokens[0].key in _QUALIFIERS_EN


# A month cut short, where the clause ends before its day: "since Dec. 1, 2018".
_MONTH_CUT = re.compile(r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
# Words that open a condition on the whole sentence: "Excluding items, …", "Adjusted for …".
_QUALIFIERS_EN = frozenset("excluding including adjusted except excepting barring".split())


def there_are(
    doc: Document, tokens: list[Token], start: int, at: int, after: int, end: int
) -> Shaped | None:
    """ "How many confirmed cases have there been in nearby Oregon?" of "there have been four
    confirmed cases in nearby Oregon": "there" opens the clause (or follows "said" or "that"),
    and forms of "be", after an auxiliary or not, stand between it and the count at `at`."""
    there = next((k for k in (at - 2, at - 3) if k >= start and tokens[k].key == "there"), None)
    if there is None or not (there == start or tokens[there - 1].key in _SAYING):
        return None
    verbs = tokens[there + 1 : at]
    if verbs[-1].key not in _BE or any(
        t.key not in _BE | AUXILIARIES_EN or not t.text.islower() for t in verbs
    ):
        return None
    what = _what(doc, tokens, after, end)
    if what is None or not what[1]:
        return None  # "How many households were there?": where, or when, it does not say
    head, *rest = [t.text for t in verbs]
    return f"How many {what[0]} {' '.join([head, 'there', *rest])}{what[1]}?", what[2]


def has(
    doc: Document, tokens: list[Token], start: int, at: int, after: int, end: int
) -> Shaped | None:
    """ "How many members does the academy have?" of "The academy has 47 members": "has",
    "have" or "had" the main verb just before the count at token `at`, a plain subject before it
    (not "would have", a verb's auxiliary)."""
    if at - 1 <= start or tokens[at - 1].key not in _HAVE or not tokens[at - 1].text.islower():
        return None
    if tokens[at - 2].key in AUXILIARIES_EN | _BE:
        return None
    what = _what(doc, tokens, after, end)
    subject = subject_of(doc, tokens, start, at - 1, [tokens[at - 1]])
    if what is None or subject is None or subject.split()[0].lower() in _EACH:
        return None  # "each had three digits": of whom, the question cannot say
    return f"How many {what[0]} {_HAVE[tokens[at - 1].key]} {subject} have{what[1]}?", what[2]


def speaks(
    doc: Document, tokens: list[Token], start: int, at: int, after: int, end: int
) -> Shaped | None:
    """ "How many languages does the woman speak?" of "The woman speaks four languages": a verb
    in the present with its "-s" just before the count at token `at`, a plain subject before
    it; the base form is the verb without its ending ("includes", "reaches", "carries")."""
    verb = tokens[at - 1] if at - 1 > start else None
    if verb is None or not verb.text.isalpha() or not verb.text.islower():
        return None
    base = _base(verb.key)
    if base is None or verb.key in SPEECH_VERBS_EN or tokens[at - 2].key in _NOT_SUBJECT_END:
        return None
    if tokens[at - 2].key[:1].isdigit():
        return None  # "4,700 acres — about 7 square miles": a count's noun, no verb (set ib:
        # "How many square miles does fire covered more than … acre …?", garbled, both)
    what = _what(doc, tokens, after, end)
    subject = subject_of(doc, tokens, start, at - 1, [verb])
    if what is None or subject is None or subject.split()[0].lower() in _EACH:
        return None
    return f"How many {what[0]} does {subject} {base}{what[1]}?", what[2]


# Words a verb's subject does not end on: "… and employs 900 people" has lost its subject.
_NOT_SUBJECT_END = frozenset("and or but which who that also".split())
_ES_ENDINGS = ("sses", "shes", "ches", "xes", "zzes", "oes")


def _base(verb: str) -> str | None:
    """The base form of a verb in the present with "-s", or None for a word that is none:
    "is", "has", "does", "was", "pass", "its", "news"."""
    if len(verb) < 4 or not verb.endswith("s") or verb.endswith(("ss", "us", "is")):
        return None
    if verb in _NOT_VERBS:
        return None
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(_ES_ENDINGS):
        return verb[:-2]
    return verb[:-1]


# Words ending in "-s" that stand before a count and are no verb in the present.
_NOT_VERBS = frozenset(
    """does goes news ages times years days weeks months hours minutes points goals games wins
    losses percent cents dollars units items plus minus versus thus whereas besides towards
    afterwards always ways""".split()
)


def _what(doc: Document, tokens: list[Token], after: int, end: int) -> tuple[str, str, str] | None:
    """The counted words with what they are of, the rest of the clause and the counted noun;
    None when nothing plural is counted, or when the "of" phrase runs on past the clause's
    comma ("three floors of hip, affordable … clothing")."""
    noun = counted(tokens, after, end)
    if noun is None or tokens[noun].key == "times":
        return None  # "have ten times the voting weight": a multiple, no count of things
    tail = rest_of(doc, tokens, noun, end)
    if tail.split()[:1] and tail.split()[0].endswith("ed"):
        return None  # "uses 163 trains manufactured by …": the words describe the count's noun
    if {w.lower() for w in tail.split()} & OPENERS_EN or _a_figure(tail):
        return None  # "… parties that dominate", "… units at a density of 1,413.3": cut, or
        # a second figure the question would print
    if tail and end < len(tokens) and _AND_ANOTHER.match(doc.text, tokens[end - 1].end):
        return None  # "two half centuries by Sadeera Samarwickrema (70) and Sangeeth Cooray
        # (56)": the count is both men's, and "… by Sadeera Samarwickrema?" keys "two" wrong
    what, rest = of_what(words_of(doc.text, tokens[after : noun + 1]), tail)
    if what != words_of(doc.text, tokens[after : noun + 1]) and not rest and end < len(tokens):
        return None
    return what, rest, tokens[noun].text


def _a_figure(text: str) -> bool:
    """True when `text` prints a figure other than a year: "at a density of 1,413.3"."""
    return any(not _YEAR.fullmatch(m.group()) for m in _FIGURE.finditer(text))
