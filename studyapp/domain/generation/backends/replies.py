"""The model's reply read tolerantly: JSON in a code fence or after prose, a bare list, the
usual other names for a field. What still does not fit is reported, never guessed."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ...questions import CATEGORIES, CLOZE_GAP
from .prompt import MODEL_TYPES


class BadReply(ValueError):
    """The reply holds no JSON object or list of questions."""


@dataclass
class Proposal:
    """One question as the model wrote it, fields checked for shape only."""

    type: str
    category: str
    prompt: str
    answer: Any
    source: str
    choices: list[str] | None = None
    explanation: str | None = None


_FIELD_NAMES = {
    "prompt": ("prompt", "question", "stem", "text"),
    "answer": ("answer", "correct_answer", "correct", "key", "answers"),
    "source": ("source", "quote", "source_sentence", "evidence", "sentence"),
    "choices": ("choices", "options", "alternatives"),
    "type": ("type", "question_type", "kind"),
    "category": ("category",),
    "explanation": ("explanation", "rationale"),
}
_TYPE_NAMES = {
    "multiple_choice": "mcq",
    "multiple-choice": "mcq",
    "choice": "mcq",
    "select_all": "multi",
    "multiple_select": "multi",
    "ordering": "order",
    "sequence": "order",
    "fill_in_the_blank": "cloze",
    "fill-in-the-blank": "cloze",
    "gap": "cloze",
    "gap_fill": "cloze",
    "short_answer": "short",
    "true_false": "truefalse",
    "true/false": "truefalse",
    "boolean": "truefalse",
}
_WITH_CHOICES = ("mcq", "multi", "order")
_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.DOTALL)
_GAP = re.compile(r"_{2,}|\[(?:blank|gap)\]|\.{4,}", re.IGNORECASE)
_LETTER = re.compile(r"^\(?([A-Ha-h])[).]?$")
_TRUE = {"true", "yes", "صح", "صحيح", "نعم"}
_FALSE = {"false", "no", "خطأ", "خاطئ", "لا"}


def parse(content: str) -> list[dict[str, Any]]:
    """The list of question objects in the reply.

    :raises BadReply: when no JSON object or list can be read from it.
    """
    for candidate in _candidates(content):
        try:
            value = json.loads(candidate)
        except ValueError:
            continue
        items = _items(value)
        if items is not None:
            return items
    raise BadReply("the reply holds no JSON list of questions")


def _candidates(content: str) -> list[str]:
    found = [content.strip()]
    found += [m.group(1).strip() for m in _FENCE.finditer(content)]
    for opening, closing in (("{", "}"), ("[", "]")):
        start, end = content.find(opening), content.rfind(closing)
        if 0 <= start < end:
            found.append(content[start : end + 1])
    return found


def _items(value: Any) -> list[dict[str, Any]] | None:
    if isinstance(value, dict):
        if isinstance(value.get("questions"), list):
            value = value["questions"]
        else:
            lists = [v for v in value.values() if isinstance(v, list)]
            if len(lists) != 1:
                return None
            value = lists[0]
    if not isinstance(value, list):
        return None
    return [item for item in value if isinstance(item, dict)] + [
        {} for item in value if not isinstance(item, dict)
    ]


def proposal(item: dict[str, Any]) -> Proposal | None:
    """The item as a proposal, or None when a field is missing or of the wrong kind."""
    fields = {name: _field(item, names) for name, names in _FIELD_NAMES.items()}
    kind = str(fields["type"] or "").strip().lower().replace(" ", "_")
    kind = _TYPE_NAMES.get(kind, kind)
    prompt, source = fields["prompt"], fields["source"]
    if isinstance(source, dict):
        source = source.get("text")
    if kind not in MODEL_TYPES or not isinstance(prompt, str) or not isinstance(source, str):
        return None
    if not prompt.strip() or not source.strip() or fields["answer"] in (None, "", []):
        return None
    category = str(fields["category"] or "fact").strip().lower()
    choices = fields["choices"]
    if choices is not None and not (
        isinstance(choices, list) and all(isinstance(c, str) for c in choices)
    ):
        return None
    if kind == "cloze":
        prompt = _GAP.sub(CLOZE_GAP, prompt)
    answer = _answer(kind, fields["answer"], choices)
    if answer is None:
        return None
    explanation = fields["explanation"] if isinstance(fields["explanation"], str) else None
    return Proposal(
        type=kind,
        category=category if category in CATEGORIES else "fact",
        prompt=prompt.strip(),
        answer=answer,
        source=source.strip(),
        choices=[c.strip() for c in choices] if choices and kind in _WITH_CHOICES else None,
        explanation=explanation,
    )


def _field(item: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        if name in item:
            return item[name]
    return None


def _answer(kind: str, answer: Any, choices: list[str] | None) -> Any:
    """The answer in the app's shape: a choice's text for a letter or index, a list of
    accepted answers for typed questions, a boolean for true or false."""
    if kind == "truefalse":
        if isinstance(answer, bool):
            return answer
        word = str(answer).strip().casefold()
        return True if word in _TRUE else False if word in _FALSE else None
    if kind in ("cloze", "short"):
        answers = answer if isinstance(answer, list) else [answer]
        texts = [str(a).strip() for a in answers if isinstance(a, str | int) and str(a).strip()]
        return texts or None
    if kind == "mcq":
        return _choice(answer, choices)
    if isinstance(answer, str):
        answer = [answer]
    if not isinstance(answer, list):
        return None
    picked = [_choice(a, choices) for a in answer]
    return None if any(p is None for p in picked) else picked


def _choice(answer: Any, choices: list[str] | None) -> str | None:
    if isinstance(answer, bool) or not choices:
        return answer.strip() if isinstance(answer, str) else None
    if isinstance(answer, int) and 0 <= answer < len(choices):
        return choices[answer]
    if not isinstance(answer, str):
        return None
    text = answer.strip()
    if text in (c.strip() for c in choices):
        return text
    letter = _LETTER.match(text)
    if letter and len(choices) > 1:
        index = ord(letter.group(1).lower()) - ord("a")
        return choices[index].strip() if index < len(choices) else None
    return text
