"""Matching questions: match each item on the left to one item on the right.

`answer` lists the pairs [left, right] in the order the left items are shown; `choices` are
the right-hand items a student picks from: every pair's right item once, and any extra ones
that match nothing (distractors). Two left items may share a right item.

Grading counts as Moodle does: the score is the share of left items matched right.
"""

from __future__ import annotations

from collections.abc import Sequence

from .text import normalize

MIN_PAIRS = 2
MIN_CHOICES = 2


def pairs_of(answer: object) -> list[tuple[str, str]]:
    """The answer's pairs as (left, right) tuples; empty when it is not a list of pairs."""
    if not isinstance(answer, list):
        return []
    pairs = []
    for pair in answer:
        if not isinstance(pair, list | tuple) or len(pair) != 2:
            return []
        pairs.append((pair[0], pair[1]))
    return pairs


def choices_for(pairs: list[tuple[str, str]], distractors: Sequence[str] = ()) -> list[str]:
    """The right-hand items: each pair's right item once, in order, then the distractors."""
    seen: list[str] = []
    for item in [right for _, right in pairs] + list(distractors):
        if item not in seen:
            seen.append(item)
    return seen


def problems(answer: object, choices: object) -> list[tuple[str, str]]:
    """What is wrong with a matching question's answer and choices, as (field, message)."""
    pairs = pairs_of(answer)
    texts = [side for pair in pairs for side in pair]
    if not pairs or not all(isinstance(text, str) and text.strip() for text in texts):
        return [("answer", "must list the pairs [left, right], both sides non-empty texts")]
    if len(pairs) < MIN_PAIRS:
        return [("answer", f"needs at least {MIN_PAIRS} pairs, has {len(pairs)}")]
    lefts = [normalize(left, drop_articles=False) for left, _ in pairs]
    if len(set(lefts)) != len(lefts):
        return [("answer", "has the same left item twice")]
    if not isinstance(choices, list) or not all(isinstance(c, str) and c.strip() for c in choices):
        return [("choices", "must list the right-hand items as texts")]
    if len(choices) < MIN_CHOICES:
        return [("choices", f"needs at least {MIN_CHOICES} right-hand items")]
    if len({normalize(c, drop_articles=False) for c in choices}) != len(choices):
        return [("choices", "has duplicate right-hand items")]
    missing = [right for _, right in pairs if right not in choices]
    if missing:
        return [("choices", f"lacks the right-hand items {', '.join(missing)}")]
    return []


def score(answer: object, response: list[str]) -> float:
    """The share of left items matched right (`response`: the right item chosen for each)."""
    pairs = pairs_of(answer)
    right = sum(1 for (_, want), given in zip(pairs, response, strict=True) if given == want)
    return right / len(pairs) if pairs else 0.0


def describe(answer: object) -> str:
    """The pairs as one line of text: "Canada: Ottawa · Italy: Rome"."""
    return " · ".join(f"{left}: {right}" for left, right in pairs_of(answer))
