"""A sum of money asked "How much" (counts.py): after an auxiliary as it stands ("How much will
the city spend on roads?"), or after a verb of wanting with "to" by do-support from a closed
table of base forms ("How much does the city need to come up with to …?"). The clause tools are
counts_en.py's.
"""

from __future__ import annotations

import re

from .clause_en import (
    ARTICLES_EN,
    AUXILIARIES_EN,
    POSSESSIVE,
    clause_end,
    clause_start,
    rest_of,
    subject_of,
)
from .counts_en import POINTING_BACK, SIGNS, about_before
from .document import Document, Token
from .token_spans import forecast_clause, words_of

_BE = frozenset("be been being is are was were".split())
_NOT_VERBS_EN = ARTICLES_EN | POSSESSIVE | frozenset("of this that these those".split())
# Verbs of wanting before "to", and how do-support asks them: "does the city need to …".
_WANTING_EN = {
    **{f"{v}s": ("does", v) for v in "need want plan expect hope aim".split()},
    **{f"{v}ed": ("did", v) for v in "need want expect aim".split()},
    "planned": ("did", "plan"), "hoped": ("did", "hope"), "has": ("does", "have"),
    "had": ("did", "have"),
}  # fmt: skip
_A_FIGURE = re.compile(r"\d")  # a second sum or count the question would print


def asked(
    doc: Document, tokens: list[Token], first: int, last: int
) -> tuple[str, str, list[str]] | None:
    """ "How much will the city spend on roads?" of "The city will spend $5 million on roads",
    and "How much does the city need to raise …?" of "The city needs to raise $40 million …":
    a sum after an auxiliary or a verb of wanting with "to", which do-support turns round."""
    sign = doc.text[: tokens[first].start].rstrip()[-1:]
    if sign not in SIGNS:
        return None
    start, end = clause_start(doc, tokens, first), clause_end(doc, tokens, last)
    count = words_of(doc.text, tokens[first : last + 1])
    lead = doc.text[tokens[start].start : tokens[first].start].rstrip(" " + sign).lower()
    about = about_before(lead)
    at = first - len(about.split())
    aux = next((k for k in range(start, at) if _auxiliary(tokens, k, at)), None)
    if aux is None:
        return None
    verbs = tokens[aux + 1 : at]
    if not verbs or len(verbs) > 5 or any(t.key in _BE | _NOT_VERBS_EN for t in verbs):
        return None  # "The dairy plant has a payroll of $20 million": "has" is its only verb
    if not all(t.text.isalpha() and t.text.islower() for t in verbs):
        return None
    if {t.key for t in tokens[start:end]} & POINTING_BACK or forecast_clause(tokens, start):
        return None  # "said before"; "analysts expected that the city would spend $5 million"
    words = subject_of(doc, tokens, start, aux, [tokens[aux], *verbs])
    if words is None or any(w in ARTICLES_EN for w in words.lower().split()[1:]):
        return None  # "Early projections show the U could lose …": a clause, not a subject
    if set(words.lower().split()) & (_BE | _RELATIVES):
        return None  # "which is expected to cost £240,000": "How much did is expect …?"
    wanting = tokens[aux].key in _WANTING_EN and tokens[aux + 1].key == "to"
    auxiliary, base = _WANTING_EN[tokens[aux].key] if wanting else (tokens[aux].text, "")
    phrase = " ".join(filter(None, [base, words_of(doc.text, verbs)]))
    question = f"How much {auxiliary} {words} {phrase}{rest_of(doc, tokens, last, end)}?"
    if _A_FIGURE.search(question):
        return None
    key = f"{sign}{count}"
    accept = [count, *([f"{count} {SIGNS[sign]}"] if SIGNS[sign] else [])]
    return question, key, [*accept, *([f"{about} {key}"] if about else [])]


_RELATIVES = frozenset("which that who".split())


def _auxiliary(tokens: list[Token], k: int, at: int) -> bool:
    """An auxiliary at token `k`, or a verb of wanting followed by "to" ("needs to")."""
    if tokens[k].key in AUXILIARIES_EN:
        return True
    return tokens[k].key in _WANTING_EN and k + 1 < at and tokens[k + 1].key == "to"
