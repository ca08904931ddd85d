"""Details of an English report no teacher asks, whatever the key: the poll of analysts a market
report quotes ("On average, 31 analysts polled by Thomson Reuters expected …"), the body whose
officer spoke ("Salt Lake County Sheriff's Sgt. Paul Brenneman said", "… Sheriff's officials
told"), a hedge after a figure ("if not 100 per cent") and a numbered street of a city's grid
("near 7100 South and 1800 East"). The reviewers of sets hx and hy (the two-hundred-and-thirty-
first and second reviews) rejected each as trivial or over-long."""

from __future__ import annotations

import re

_POLLED_AFTER = re.compile(r" analysts (?:polled|surveyed)\b")
_POLLED_BEFORE = re.compile(r"\b(?:polled|surveyed) by\s*$")
_CREDITED_RANK = re.compile(
    r"['’]s (?:Sgt|Sergeant|Lt|Lieutenant|Capt|Captain|Det|Detective|Officer|Deputy|Cpl"
    r"|Corporal|Trooper|spokesman|spokeswoman|spokesperson|officials|office)\b"
)
_GRID = re.compile(r" (?:South|North|East|West)\b")


# A hedge after a figure: "… of the children, if not 100 per cent" (set hy: trivial, both).
_HEDGE_BEFORE = re.compile(r"\bif not\s*$")


def wire_detail(text: str, start: int, end: int, answer: str) -> bool:
    """True when text[start:end] (keyed `answer`) is one of the details above."""
    if _HEDGE_BEFORE.search(text, max(0, start - 10), start):
        return True
    if _POLLED_AFTER.match(text, end) or _POLLED_BEFORE.search(text, max(0, start - 25), start):
        return True
    if _CREDITED_RANK.match(text, end):
        return True
    return answer.replace(",", "").isdigit() and _GRID.match(text, end) is not None
