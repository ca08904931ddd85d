"""The question: one shape shared by the question files, the generator and the database.

`validate` is the single place that says what a well-formed question is; the file
loader, the generator and the teacher's editor all call it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from . import matching, numerical
from .messages import said
from .text import normalize

QUESTION_TYPES = (
    "mcq",
    "multi",
    "order",
    "cloze",
    "short",
    "truefalse",
    "flashcard",
    "numerical",
    "matching",
)
TYPES_WITH_CHOICES = frozenset({"mcq", "multi", "order"})
# Typed answers: `answer` lists every accepted answer, the canonical one first.
TYPED_TYPES = frozenset({"cloze", "short"})
CLOZE_GAP = "____"
CATEGORIES = (
    "attribution",
    "sequence",
    "constraint",
    "effect",
    "role",
    "entity",
    "number",
    "date",
    "place",
    "fact",
    "definition",
    "cause",
    "venue",
)

# list[dict]: a numerical question's accepted values (numerical.py); list[list[str]]: a
# matching question's pairs (matching.py).
Answer = str | bool | list[str] | list[dict[str, Any]] | list[list[str]]


@dataclass(frozen=True)
class Source:
    """The part of the article a question tests, by character offsets."""

    start: int
    end: int
    text: str


@dataclass
class Question:
    id: str
    type: str
    prompt: str
    answer: Answer
    source: Source
    category: str = "fact"
    choices: list[str] | None = None
    explanation: str | None = None
    confidence: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The file and JSON shape, keys in the documented order, empty fields left out."""
        out: dict[str, Any] = {"id": self.id, "type": self.type, "category": self.category}
        out["prompt"] = self.prompt
        if self.choices is not None:
            out["choices"] = list(self.choices)
        if self.type in TYPED_TYPES and isinstance(self.answer, list) and self.answer:
            # The canonical answer alone, the alternatives under `accept`, as people write them.
            out["answer"] = self.answer[0]
            if len(self.answer) > 1:
                out["accept"] = list(self.answer[1:])
        else:
            out["answer"] = list(self.answer) if isinstance(self.answer, list) else self.answer
        source = self.source
        out["source"] = {"start": source.start, "end": source.end, "text": source.text}
        if self.explanation:
            out["explanation"] = self.explanation
        if self.confidence is not None:
            out["confidence"] = round(self.confidence, 3)
        return out

    @property
    def accepted_answers(self) -> list[str]:
        """For cloze and short: every accepted answer, the canonical one first."""
        if isinstance(self.answer, list):
            return self.answer
        return [str(self.answer)]

    @property
    def canonical_answer(self) -> str:
        """The answer as shown to a student after they answer."""
        if isinstance(self.answer, bool):
            return "true" if self.answer else "false"
        if self.type == "numerical" and isinstance(self.answer, list):
            return numerical.describe_best(self.answer)
        if self.type == "matching":
            return matching.describe(self.answer)
        if isinstance(self.answer, list):
            if self.type in TYPED_TYPES:
                return self.answer[0] if self.answer else ""
            return " · ".join(self.answer)
        return self.answer


def distinct_answers(answers: Iterable[str]) -> list[str]:
    """The answers in order, without those grading cannot tell from an earlier one."""
    kept: list[str] = []
    seen: set[str] = set()
    for answer in answers:
        key = normalize(answer) if isinstance(answer, str) else None
        if key and key in seen:
            continue
        if key:
            seen.add(key)
        kept.append(answer)
    return kept


def validate(question: Question, article: str) -> list[tuple[str, str]]:
    """Every problem with `question` as (field, message); an empty list means it is valid."""
    problems: list[tuple[str, str]] = []
    add = problems.append
    if not question.id or not str(question.id).strip():
        add(("id", said("is required")))
    if question.type not in QUESTION_TYPES:
        types = ", ".join(QUESTION_TYPES)
        add(
            (
                "type",
                said("must be one of %(types)s, not %(type)r", types=types, type=question.type),
            )
        )
        return problems
    for name in ("prompt", "category"):
        value = getattr(question, name)
        if not isinstance(value, str) or not value.strip():
            add((name, "is required and must be text"))
    source = question.source
    if not all(isinstance(x, int) and not isinstance(x, bool) for x in (source.start, source.end)):
        add(("source", said("offsets must be whole numbers")))
    elif not (0 <= source.start < source.end <= len(article)):
        message = said(
            "offsets %(start)d:%(end)d lie outside the article", start=source.start, end=source.end
        )
        add(("source", message))
    elif article[source.start : source.end] != source.text:
        add(("source", said("text does not match the article at its offsets")))
    if problems:
        return problems
    problems.extend(_CHECKS[question.type](question))
    return problems


def _check_choices(question: Question, minimum: int) -> list[tuple[str, str]]:
    choices = question.choices
    if not isinstance(choices, list) or not all(isinstance(c, str) and c.strip() for c in choices):
        return [("choices", said("must be a list of non-empty texts"))]
    if len(choices) < minimum:
        message = said(
            "needs at least %(minimum)d choices, has %(count)d", minimum=minimum, count=len(choices)
        )
        return [("choices", message)]
    folded = [normalize(c, drop_articles=False) for c in choices]
    if len(set(folded)) != len(folded):
        return [("choices", said("has duplicate choices"))]
    return []


def _check_mcq(question: Question) -> list[tuple[str, str]]:
    problems = _check_choices(question, 3)
    if problems:
        return problems
    if not isinstance(question.answer, str) or question.answer not in (question.choices or []):
        return [("answer", said("must be one of the choices"))]
    return []


def _check_multi(question: Question) -> list[tuple[str, str]]:
    problems = _check_choices(question, 3)
    if problems:
        return problems
    answer = question.answer
    if not isinstance(answer, list) or not answer:
        return [("answer", said("must list at least one right choice"))]
    if not all(isinstance(a, str) for a in answer):
        return [("answer", said("right choices must be texts"))]
    missing = [a for a in answer if a not in (question.choices or [])]
    if missing:
        missed = ", ".join(map(str, missing))
        return [("answer", said("is not among the choices: %(missing)s", missing=missed))]
    if len(set(answer)) != len(answer):
        return [("answer", said("lists a choice twice"))]
    return []


def _check_order(question: Question) -> list[tuple[str, str]]:
    problems = _check_choices(question, 3)
    if problems:
        return problems
    answer = question.answer
    if (
        not isinstance(answer, list)
        or not all(isinstance(step, str) for step in answer)
        or sorted(answer) != sorted(question.choices or [])
    ):
        return [("answer", said("must list every choice exactly once, in the right order"))]
    if answer == question.choices:
        return [("choices", said("are already in the right order; shuffle them"))]
    return []


def _check_typed(question: Question) -> list[tuple[str, str]]:
    if question.choices:
        return _no_choices(question)
    answer = question.answer
    if not isinstance(answer, list) or not answer:
        return [("answer", said("must list at least one accepted answer"))]
    if not all(isinstance(a, str) and normalize(a) for a in answer):
        return [("answer", said("accepted answers must be non-empty texts"))]
    if question.type == "cloze":
        if question.prompt.count(CLOZE_GAP) != 1:
            return [("prompt", said("must contain the gap %(gap)s exactly once", gap=CLOZE_GAP))]
        # Only the canonical answer: an alternate such as a digit may fairly occur elsewhere
        # ("Two plus two is ____ in any base above 4", with 4 accepted for "four").
        canonical = normalize(answer[0])
        if f" {canonical} " in f" {normalize(question.prompt)} ":
            return [("prompt", said("gives the answer away"))]
    return []


def _no_choices(question: Question) -> list[tuple[str, str]]:
    if question.choices:
        return [("choices", said("a %(type)s question has no choices", type=question.type))]
    return []


def _check_truefalse(question: Question) -> list[tuple[str, str]]:
    if question.choices:
        return _no_choices(question)
    if not isinstance(question.answer, bool):
        return [("answer", said("must be true or false"))]
    return []


def _check_flashcard(question: Question) -> list[tuple[str, str]]:
    if question.choices:
        return _no_choices(question)
    if not isinstance(question.answer, str) or not question.answer.strip():
        return [("answer", said("must be the back of the card"))]
    return []


def _check_numerical(question: Question) -> list[tuple[str, str]]:
    if question.choices:
        return _no_choices(question)
    return [("answer", message) for message in numerical.problems(question.answer)]


def _check_matching(question: Question) -> list[tuple[str, str]]:
    return matching.problems(question.answer, question.choices)


_CHECKS = {
    "mcq": _check_mcq,
    "multi": _check_multi,
    "order": _check_order,
    "cloze": _check_typed,
    "short": _check_typed,
    "truefalse": _check_truefalse,
    "flashcard": _check_flashcard,
    "numerical": _check_numerical,
    "matching": _check_matching,
}
