"""GIFT's numerical `{#…}` and matching `{=a -> b …}` questions, read and written as Moodle does.

Numerical: `{#3:0.5}` (3 give or take 0.5), `{#1..5}` (a range: 3 give or take 2), `{#3}`
(exactly), and several answers `{#=3:0 =%50%3:1}`, each `=` with an optional %weight%; wrong
answers (`~`, or a weight of 0 or less) only carry feedback in Moodle and are left out here.
Matching: `=left -> right` pairs, `= -> right` a right-hand item that matches nothing. Numbered
left items (`=1 -> step`) are an order question, read by gift_answers.py before this one is asked.
"""

from __future__ import annotations

import re

from ..matching import choices_for
from ..numerical import FULL_MARKS, accepted_value, format_number, parse_number
from ..questions import Question
from .gift_syntax import WEIGHT, GiftError, escape, restore

_RANGE = re.compile(r"^(.+?)\.\.(.+)$")


def read_numerical(inner: str) -> tuple[str, list[dict], None]:
    """(type, answer, choices) from the text after `{#`."""
    body = inner.strip()
    if not body:
        raise GiftError("answer", "a numerical answer {#…} needs a number")
    if body[0] not in "=~":
        return "numerical", [_value(body.split("#", 1)[0], 100.0)], None
    answers = []
    for mark, piece in zip(*[iter(re.split(r"([=~])", body)[1:])] * 2, strict=True):
        piece = piece.split("#", 1)[0].strip()
        weight_match = WEIGHT.match(piece)
        weight = float(weight_match.group(1)) if weight_match else (100.0 if mark == "=" else 0.0)
        piece = piece[weight_match.end() :] if weight_match else piece
        if mark == "=" and weight > 0:
            answers.append(_value(piece, min(weight, FULL_MARKS)))
    if not any(a["weight"] == FULL_MARKS for a in answers):
        raise GiftError("answer", "a numerical question needs one value worth full marks")
    return "numerical", answers, None


def _value(text: str, weight: float) -> dict:
    """`3:0.5`, `1..5` or `3` as an accepted value."""
    text = restore(text).strip()
    if match := _RANGE.match(text):
        low, high = parse_number(match.group(1)), parse_number(match.group(2))
        if low is None or high is None or low > high:
            raise GiftError("answer", f"{text!r} is not a range low..high of numbers")
        return accepted_value((low + high) / 2, (high - low) / 2, weight)
    value_text, _, tolerance_text = text.partition(":")
    value = parse_number(value_text)
    tolerance = parse_number(tolerance_text) if tolerance_text.strip() else 0.0
    if value is None or tolerance is None:
        raise GiftError("answer", f"{text!r} is not a number, number:tolerance or low..high")
    return accepted_value(value, abs(tolerance), weight)


def read_matching(pairs: list[tuple[str, str]]) -> tuple[str, list[list[str]], list[str]]:
    """(type, answer, choices) from the `left -> right` pairs; an empty left is a distractor."""
    if any(not right for _, right in pairs):
        raise GiftError("answer", "every matching pair needs a right-hand item after ->")
    real = [(left, right) for left, right in pairs if left]
    distractors = [right for left, right in pairs if not left]
    return "matching", [[left, right] for left, right in real], choices_for(real, distractors)


def numerical_block(question: Question, feedback: str) -> str:
    """`{#3:0.5}`, or one `=%weight%value:tolerance` line per accepted value."""
    answers = question.answer if isinstance(question.answer, list) else []
    if len(answers) == 1:
        return "{#" + _written(answers[0]) + feedback + "}"
    lines = []
    for answer in answers:
        weight = float(answer["weight"])
        mark = "=" if weight == FULL_MARKS else f"=%{format_number(weight)}%"
        lines.append(f"\t{mark}{_written(answer)}")
    if feedback:
        lines.append(f"\t{feedback}")
    return "{#\n" + "\n".join(lines) + "\n}"


def _written(answer: dict) -> str:
    return f"{format_number(answer['value'])}:{format_number(answer['tolerance'])}"


def matching_lines(question: Question) -> list[str]:
    """`=left -> right` for each pair, `= -> item` for each distractor."""
    pairs = question.answer if isinstance(question.answer, list) else []
    used = {right for _, right in pairs}
    lines = [f"={escape(left)} -> {escape(right)}" for left, right in pairs]
    lines += [f"= -> {escape(c)}" for c in question.choices or [] if c not in used]
    return lines
