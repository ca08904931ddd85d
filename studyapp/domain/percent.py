"""Shares shown as whole percents, halves rounded up as people round them (62.5% is 63%).

Python's round() and babel's number formatting round halves to even (62.5% -> 62%), which a
teacher checking a figure by hand reads as a mistake.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def whole_percent(fraction: float) -> int:
    """`fraction` (0..1) as a whole percent, a half rounded up."""
    # repr gives the shortest decimal that reads back as the float: 0.625 stays 0.625.
    return int((Decimal(repr(float(fraction))) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def whole_percent_of(part: int, total: int) -> int:
    """part / total as a whole percent, a half rounded up, in integers (no float error)."""
    if total <= 0:
        raise ValueError(f"total must be positive, not {total}")
    return (200 * part + total) // (2 * total)
