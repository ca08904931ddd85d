"""Which of the generator's questions a set holds already, so that proposing again on an edited
article adds only what is new. A question is held when the set has its prompt, or asks its key
from the same sentence, whatever the teacher decided of it: a rejected draft is not proposed
again, and a draft the teacher reworded is not proposed beside their wording."""

from __future__ import annotations

import json
from collections.abc import Iterable

from .questions import TYPED_TYPES, Question
from .text import normalize


def _marks(question: Question) -> set[tuple[str, ...]]:
    """The prompt, and the key asked from the source sentence (a typed answer's first form)."""
    answer = question.answer
    if question.type in TYPED_TYPES and isinstance(answer, list) and answer:
        key = normalize(str(answer[0]))
    else:
        key = json.dumps(answer, ensure_ascii=False, sort_keys=True)
    return {("prompt", normalize(question.prompt)), ("fact", normalize(question.source.text), key)}


def new_drafts(held: Iterable[Question], drafts: Iterable[Question]) -> list[Question]:
    """`drafts` the set does not hold yet (`held`: the set's questions), in their order; of two
    drafts that ask one thing, the first."""
    seen: set[tuple[str, ...]] = set()
    for question in held:
        seen |= _marks(question)
    fresh = []
    for draft in drafts:
        marks = _marks(draft)
        if marks & seen:
            continue
        seen |= marks
        fresh.append(draft)
    return fresh
