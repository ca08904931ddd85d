"""A change by a figure asked "By how much" (counts.py): "Energy prices fell 3.1 percent in
August" asks "By how much did energy prices fall in August?", "Shares have risen by 12 cents"
"By how much have shares risen?". The verb of change comes from a closed table, with its base
form for "did" and its participle for "has", so no ending is guessed; the figure is a share, a
sum or a number of points or cents, the unit part of the key ("3.1 percent", "24 cents").
"""

from __future__ import annotations

import re

from ..number_words import NUMBER_WORDS
from .clause_en import clause_end, clause_start, rest_of, subject_of
from .counts_en import POINTING_BACK, SIGNS, about_before, introduction
from .document import Document, Token
from .number_keys import is_share
from .token_spans import forecast_clause, spaced_only, words_of

# Verbs of change in the past, with their base form ("did … fall").
_PAST = {
    "rose": "rise", "fell": "fall", "grew": "grow", "sank": "sink", "shrank": "shrink",
    "dropped": "drop", "increased": "increase", "decreased": "decrease", "declined": "decline",
    "climbed": "climb", "jumped": "jump", "slipped": "slip", "gained": "gain", "surged":
    "surge", "plunged": "plunge", "tumbled": "tumble", "soared": "soar", "slumped": "slump",
    "dipped": "dip", "advanced": "advance", "eased": "ease", "edged": "edge", "retreated":
    "retreat", "rebounded": "rebound",
}  # fmt: skip
# Their participles, after "has", "have" or "had" ("has fallen"): the regular ones are their pasts.
_PARTICIPLES = frozenset(
    [*(past for past in _PAST if past.endswith("ed")), "risen", "fallen", "grown", "sunk", "shrunk"]
)
_PERFECT = frozenset("has have had".split())
# Between the verb and its figure: "edged up 0.1 percent", "rose by 9 cents".
_PARTICLES = frozenset("up down higher lower".split())
_UNITS = frozenset("points cents pence basis".split())
# Adverbs between a subject and its verb, left out of the question: "averages also rose".
_ADVERBS = frozenset("also only just still again slightly sharply".split())
_A_FIGURE = re.compile(r"\d")


def asked(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, str, list[str]] | None:
    """ "By how much did energy prices fall in August?", its key ("3.1 percent") and further
    answers, for the figure in tokens[first:last + 1] after a verb of change."""
    start, end = clause_start(doc, tokens, first), clause_end(doc, tokens, last + 1)
    figure, after = _figure(doc, tokens, first, last)
    if figure is None or {t.key for t in tokens[start:end]} & POINTING_BACK:
        return None
    lead = doc.text[tokens[start].start : tokens[first].start].rstrip(" $€£").lower()
    about = about_before(lead)
    at = first - len(about.split())
    if at > start and tokens[at - 1].key == "by":
        at -= 1
    particle = tokens[at - 1].text if at > start and tokens[at - 1].key in _PARTICLES else ""
    at -= 1 if particle else 0
    verb = at - 1
    if verb <= start or not tokens[verb].text.islower() or forecast_clause(tokens, start):
        return None
    perfect = tokens[verb - 1].key in _PERFECT and tokens[verb].key in _PARTICIPLES
    if not perfect and tokens[verb].key not in _PAST:
        return None
    stop = verb - 1 if perfect else verb
    if tokens[stop - 1].key in _ADVERBS:
        stop -= 1
    if not spaced_only(doc.text, tokens[stop:first]):
        return None
    words = subject_of(doc, tokens, start, stop, [tokens[stop]])
    rest = rest_of(doc, tokens, after - 1, end)
    if words is None or _A_FIGURE.search(rest) or _counts(words):
        return None  # "rose 12 percent to 5,000": a second figure the question would print
    if perfect:
        asking = f"{tokens[verb - 1].text} {words} {tokens[verb].text}"
    else:
        asking = f"did {words} {_PAST[tokens[verb].key]}"
    # "In the fourth quarter, deliveries had fallen 9.4 percent": the time stays, at the end.
    intro = introduction(doc, tokens, start)
    when = f" {intro[0].lower()}{intro[1:]}" if intro else ""
    question = f"By how much {asking}{f' {particle}' if particle else ''}{rest}{when}?"
    bare = words_of(doc.text, tokens[first : last + 1])
    accept = [*([bare] if bare != figure else []), *([f"{about} {figure}"] if about else [])]
    return question, figure, accept


def _counts(words: str) -> bool:
    """True when the subject holds a number: "arrivals from the five largest markets"."""
    return bool(_A_FIGURE.search(words)) or any(w in NUMBER_WORDS for w in words.lower().split())


def _figure(doc: Document, tokens: list[Token], first: int, last: int) -> tuple[str | None, int]:
    """The figure as the key writes it, its sign or unit with it ("$5 million", "3.1 percent",
    "24 cents"), and the index of the token after it; None for a bare number."""
    text = words_of(doc.text, tokens[first : last + 1])
    sign = doc.text[: tokens[first].start].rstrip()[-1:]
    if sign in SIGNS:
        return f"{sign}{text}", last + 1
    if is_share(text, "en"):
        return text, last + 1
    after = last + 1
    if (
        after < len(tokens)
        and tokens[after].key in _UNITS
        and spaced_only(doc.text, tokens[last : after + 1])
    ):
        unit_end = after + 1 if tokens[after].key == "basis" else after
        if unit_end >= len(tokens) or tokens[unit_end].key not in ("points", "cents", "pence"):
            return None, after
        return f"{text} {words_of(doc.text, tokens[after : unit_end + 1])}", unit_end + 1
    return None, after
