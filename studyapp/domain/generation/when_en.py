"""An English date asked "When" (counts.py): an auxiliary or a form of "be" turned round its
subject, the verb phrase kept, the date left out. "All of the equipment will be sent to Cape
Canaveral, Florida this February" asks "When will all of the equipment be sent to Cape
Canaveral, Florida?"; "The plant was opened in May" "When was the plant opened?".

A past tense without an auxiliary would need "did" and the verb's base form, which no rule
here guesses: not asked. Nor a date after "by", "until", "since", "before" or "after": "when"
asks something else there. The subject must open with a determiner ("the", "all", "both" …),
and the verb phrase hold no figure: on unseen news a bare noun at a clause's head was a
capitalised common noun or a verb's object, and a year after a figure was the figure's.
"""

from __future__ import annotations

import re

from .counts_en import AUXILIARIES_EN, clause_start, subject_of
from .document import Document, Token
from .token_spans import forecast_clause

_BE = frozenset("is are was were".split())
# Words that may stand between the verb phrase and its date: "in May", "this February".
_OPENERS = frozenset("in on this next last during".split())
_MAX_PHRASE = 9
# The words a subject turned round after the auxiliary may open with; a bare noun or name at the
# head of a clause may be a verb's object or a capitalised common noun ("Construction will …").
_DETERMINERS = frozenset("the a an all both each every its their this these that those".split())
# A comma inside the verb phrase only between names: "to Cape Canaveral, Florida".
_PLACE_COMMA = re.compile(r"^[^,;:()\"“”]*?(?:,\s[A-Z][\w.-]*[^,;:()\"“”]*)*$")


def asked(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, list[str]] | None:
    """The "When" question of the date in tokens[first:last + 1], or None."""
    opener = first - 1
    if opener < 1 or tokens[opener].key not in _OPENERS:
        return None  # "through late 2014", "by May": not when it happens
    start = clause_start(doc, tokens, opener)
    while start > 1 and _place_comma(doc, tokens, start):
        start = clause_start(doc, tokens, start - 1)  # "Cape Canaveral, | Florida"
    if forecast_clause(tokens, start):
        return None  # "officials expect that the bridge will open in May": a forecast
    aux = next((k for k in range(start, opener) if tokens[k].key in AUXILIARIES_EN | _BE), None)
    if aux is None or aux + 1 >= opener or opener - aux - 1 > _MAX_PHRASE:
        return None
    verbs = tokens[aux + 1 : opener]
    if not verbs[0].text.isalpha() or not verbs[0].text.islower():
        return None
    phrase = doc.text[verbs[0].start : verbs[-1].end]
    if not _PLACE_COMMA.match(phrase) or any(c.isdigit() for c in phrase) or "%" in phrase:
        return None  # "up from 31.1 percent in 2013": the date is the figure's, not the verb's
    subject = subject_of(doc, tokens, start, aux, [tokens[aux]])
    if subject is None or subject.split()[0].lower() not in _DETERMINERS:
        return None  # "means daytime temperatures", "Construction": no subject a rule can trust
    return f"When {tokens[aux].text} {subject} {phrase}?", []


def _place_comma(doc: Document, tokens: list[Token], at: int) -> bool:
    """True when a comma between two capitalised words stands before token `at`: a place and
    its state, not the end of a clause."""
    between = doc.text[tokens[at - 1].end : tokens[at].start]
    return (
        between.strip() == ","
        and tokens[at].text[:1].isupper()
        and tokens[at - 1].text[:1].isupper()
    )
