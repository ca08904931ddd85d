"""Numerical answers: a value with a tolerance, as Moodle's numerical questions have them.

A numerical question's `answer` is a list of accepted values, each a mapping
{"value": 3.0, "tolerance": 0.5, "weight": 100.0}: a response within `tolerance` of `value`
(both ends included) earns `weight` percent. The first value that accepts a response decides,
as in Moodle, so write the exact value (full marks) before a wider one (part marks).

Students type numbers as they write them: Arabic-Indic or Persian digits, the Arabic decimal
separator (U+066B) or a decimal comma, a thousands separator (U+066C, or a comma before
exactly three digits when a dot follows), a minus sign (U+2212).
"""

from __future__ import annotations

import math
import re
from typing import Any

from .text import fold_arabic

FULL_MARKS = 100.0
# Relative slack when comparing to a tolerance's edge: 0.1 + 0.2 is 0.30000000000000004.
_EDGE_SLACK = 1e-12

_MINUS = str.maketrans({"\u2212": "-", "\u2012": "-", "\u2013": "-", "\ufe63": "-", "\uff0d": "-"})
_ARABIC_DECIMAL = "\u066b"
_ARABIC_THOUSANDS = "\u066c"
_ARABIC_COMMA = "\u060c"
_BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_PLAIN = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")
_GROUPED = re.compile(r"^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$")


def parse_number(text: str) -> float | None:
    """The number a student typed, or None when it is not one."""
    cleaned = _BIDI.sub("", fold_arabic(text.strip())).translate(_MINUS).replace(" ", "")
    cleaned = cleaned.replace(_ARABIC_THOUSANDS, "").replace(_ARABIC_DECIMAL, ".")
    cleaned = cleaned.replace(_ARABIC_COMMA, ",")
    if _GROUPED.match(cleaned) and "." in cleaned:  # 1,234.5: the comma groups thousands
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1 and "." not in cleaned:  # 3,5: a decimal comma
        cleaned = cleaned.replace(",", ".")
    if not _PLAIN.match(cleaned):
        return None
    value = float(cleaned)
    return value if math.isfinite(value) else None


def accepted_value(value: float, tolerance: float = 0.0, weight: float = FULL_MARKS) -> dict:
    """One accepted value in the stored shape."""
    return {"value": float(value), "tolerance": float(tolerance), "weight": float(weight)}


def weight_for(answers: list[dict[str, Any]], given: float) -> float:
    """The weight (0 to 100) of the first accepted value within its tolerance of `given`."""
    for answer in answers:
        value, tolerance = float(answer["value"]), abs(float(answer.get("tolerance", 0.0)))
        slack = _EDGE_SLACK * max(1.0, abs(value), tolerance)
        if abs(given - value) <= tolerance + slack:
            return float(answer.get("weight", FULL_MARKS))
    return 0.0


def format_number(value: float) -> str:
    """A value as people write it: 3 not 3.0, 0.5, 1e-07 only where it must."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.12g}"


def describe(answer: dict[str, Any]) -> str:
    """One accepted value as text: "3", or "3 ± 0.5"."""
    text = format_number(answer["value"])
    tolerance = float(answer.get("tolerance", 0.0))
    return f"{text} ± {format_number(tolerance)}" if tolerance else text


def describe_best(answers: list[dict[str, Any]]) -> str:
    """The value worth full marks (else the first), as text."""
    best = [a for a in answers if a.get("weight", FULL_MARKS) == FULL_MARKS] or answers
    return describe(best[0]) if best else ""


def problems(answer: object) -> list[str]:
    """What is wrong with a numerical question's `answer`; empty when it is well formed."""
    if not isinstance(answer, list) or not answer:
        return ["must list at least one accepted value"]
    for item in answer:
        if not isinstance(item, dict) or set(item) - {"value", "tolerance", "weight"}:
            return ["each accepted value is a mapping of value, tolerance and weight"]
        numbers = [item.get("value"), item.get("tolerance", 0.0), item.get("weight", FULL_MARKS)]
        if not all(_is_number(n) for n in numbers):
            return ["value, tolerance and weight must be numbers"]
        if item.get("tolerance", 0.0) < 0:
            return ["a tolerance cannot be negative"]
        if not 0 < item.get("weight", FULL_MARKS) <= FULL_MARKS:
            return ["a weight is a percentage above 0 and at most 100"]
    if not any(item.get("weight", FULL_MARKS) == FULL_MARKS for item in answer):
        return ["needs one value worth full marks (weight 100)"]
    return []


def _is_number(value: object) -> bool:
    return (
        isinstance(value, int | float)
        and not isinstance(value, bool)
        and math.isfinite(float(value))
    )
