"""GIFT's answer block, the text between the braces, read as (type, answer, choices).

`{T}`/`{F}` is a true/false, `{=a =b}` a short answer, `{=right ~wrong}` or choices with
%weights% an mcq (one right choice) or a select-all; `=1 -> step` pairs are an order question.
Numerical `{#…}` and other `left -> right` pairs are gift_types.py's to read.
"""

from __future__ import annotations

import re

from .gift_syntax import WEIGHT, GiftError, clean
from .gift_types import read_matching, read_numerical

_TRUTH = {"T": True, "TRUE": True, "F": False, "FALSE": False}


def read_answers(inner: str) -> tuple[str, list[str] | str | bool, list[str] | None]:
    """(type, answer, choices) from the text between the braces."""
    if not inner:
        raise GiftError("answer", "is empty {}; essay questions have no answer to study")
    if inner.startswith("#"):
        return read_numerical(inner[1:])
    head = inner.split("#", 1)[0].strip().upper()
    if head in _TRUTH:
        return "truefalse", _TRUTH[head], None
    items = answer_items(inner)
    if any(not clean(body) and "->" not in body for _, _, body in items):
        raise GiftError("answer", "has an empty answer")
    if all(mark == "=" and "->" in body for mark, _, body in items):
        return _read_order(items)
    if all(mark == "=" for mark, _, _ in items):
        accepted = [clean(body) for _, weight, body in items if weight >= 100]
        if not accepted:
            raise GiftError("answer", "has no answer worth full marks")
        return "short", accepted, None
    choices = [clean(body) for _, _, body in items]
    full = [choice for (_, weight, _), choice in zip(items, choices, strict=True) if weight >= 100]
    if len(full) == 1:  # partial credit on others leaves one right answer, as in Moodle
        return "mcq", full[0], choices
    right = [choice for (_, weight, _), choice in zip(items, choices, strict=True) if weight > 0]
    if not right:
        raise GiftError("answer", "marks no choice right (= or a positive %weight%)")
    if len(right) == 1:
        return "mcq", right[0], choices
    return "multi", right, choices


def answer_items(inner: str) -> list[tuple[str, float, str]]:
    """Each answer as (= or ~, weight in percent, text without its feedback). As in Moodle,
    an = among ~ choices is worth 100 and takes no %weight%: its text may start with %."""
    pieces = re.split(r"([=~])", inner)
    if pieces[0].strip():
        raise GiftError("answer", "each answer starts with = (right) or ~ (wrong), or write T or F")
    choice_list = "~" in pieces[1::2]
    items = []
    for mark, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        body = piece.strip()
        weight_match = None if choice_list and mark == "=" else WEIGHT.match(body)
        weight = float(weight_match.group(1)) if weight_match else (100.0 if mark == "=" else 0.0)
        if weight_match:
            body = body[weight_match.end() :]
        items.append((mark, weight, body.split("#", 1)[0]))
    return items


def _read_order(items: list[tuple[str, float, str]]) -> tuple[str, list[str], list[str]]:
    """A matching question read as an order question: "position -> step" (or "step -> position")."""
    pairs = [tuple(clean(side) for side in body.split("->", 1)) for _, _, body in items]
    positions = [str(n) for n in range(1, len(pairs) + 1)]
    if sorted(left for left, _ in pairs) == sorted(positions):
        ranked = [(int(left), step) for left, step in pairs]
    elif sorted(right for _, right in pairs) == sorted(positions):
        ranked = [(int(right), step) for step, right in pairs]
    else:
        return read_matching(pairs)  # type: ignore[arg-type]
    choices = [step for _, step in ranked]
    answer = [step for _, step in sorted(ranked)]
    if choices == answer:  # written in order, as people do: show them rotated by one
        choices = choices[1:] + choices[:1]
    return "order", answer, choices
