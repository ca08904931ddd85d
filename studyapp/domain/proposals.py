"""Which of the generator's questions a set holds already, so that proposing again on an edited
article adds only what is new. A question is held when the set has its prompt, or asks its key
from the same sentence, whatever the teacher decided of it: a rejected draft is not proposed
again, and a draft the teacher reworded is not proposed beside their wording."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from .questions import Question
from .text import normalize

_TYPED = ("cloze", "short")  # answer: the key first, then the forms also accepted


@dataclass(frozen=True)
class Held:
    """What a set's question asks: its type, prompt, answer and source sentence."""

    type: str
    prompt: str
    answer: object
    source: str


def _marks(type_: str, prompt: str, answer: object, source: str) -> set[tuple[str, ...]]:
    if type_ in _TYPED and isinstance(answer, list) and answer:
        key = normalize(str(answer[0]))
    else:
        key = json.dumps(answer, ensure_ascii=False, sort_keys=True)
    return {("prompt", normalize(prompt)), ("fact", normalize(source), key)}


def new_drafts(held: Iterable[Held], drafts: Iterable[Question]) -> list[Question]:
    """`drafts` the set does not hold yet, in their order; of two drafts that ask one thing,
    the first."""
    seen: set[tuple[str, ...]] = set()
    for question in held:
        seen |= _marks(question.type, question.prompt, question.answer, question.source)
    fresh = []
    for draft in drafts:
        marks = _marks(draft.type, draft.prompt, draft.answer, draft.source.text)
        if marks & seen:
            continue
        seen |= marks
        fresh.append(draft)
    return fresh
