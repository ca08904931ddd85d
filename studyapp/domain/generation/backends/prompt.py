"""What the model is asked: the app's question types and categories, as JSON, each question
quoting the sentence of the article it comes from."""

from __future__ import annotations

import json
from typing import Any

from ...questions import CATEGORIES, CLOZE_GAP

# The types a model may propose; a flashcard is the teacher's to write.
MODEL_TYPES = ("mcq", "multi", "order", "cloze", "short", "truefalse")

QUESTION_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"type": "string", "enum": list(MODEL_TYPES)},
        "category": {"type": "string", "enum": list(CATEGORIES)},
        "prompt": {"type": "string"},
        "choices": {"type": "array", "items": {"type": "string"}},
        "answer": {
            "anyOf": [
                {"type": "string"},
                {"type": "boolean"},
                {"type": "array", "items": {"type": "string"}},
            ]
        },
        "source": {"type": "string"},
        "explanation": {"type": "string"},
    },
    "required": ["type", "category", "prompt", "answer", "source"],
}
REPLY_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"questions": {"type": "array", "items": QUESTION_SCHEMA}},
    "required": ["questions"],
}

_LANGUAGE_NAMES = {"ar": "Arabic (Modern Standard Arabic)", "en": "English"}

_INSTRUCTIONS = """You write reading-comprehension questions for school students about one \
article. Reply with JSON only, no prose and no code fence, in exactly this shape:
{{"questions": [{{"type": ..., "category": ..., "prompt": ..., "choices": [...], \
"answer": ..., "source": ..., "explanation": ...}}]}}

Rules:
- type is one of: {types}.
  mcq: one right answer among 3 or 4 choices, "answer" is the right choice's exact text.
  multi: "answer" lists every right choice, each copied exactly from "choices".
  order: "choices" are the steps shuffled, "answer" the same steps in the article's order.
  cloze: "prompt" is the source sentence with one word or short phrase replaced by {gap}; \
"answer" is the missing words exactly as the article writes them.
  short: a question answered by a few words that the source sentence contains.
  truefalse: a statement; "answer" is true or false; omit "choices".
- category is one of: {categories}. Use "attribution" for who said something: its answer \
is the speaker, named in the source sentence or before it.
- "source" copies, word for word, the one sentence of the article the question is drawn \
from. Never paraphrase it, never invent it.
- Ask only what the article itself says. Write prompts, choices and answers in {language}.
- Propose up to {count} varied questions, spread over the whole article."""


def messages(article: str, language: str, title: str | None, count: int) -> list[dict[str, str]]:
    """The chat messages for one piece of an article."""
    system = _INSTRUCTIONS.format(
        types=", ".join(MODEL_TYPES),
        categories=", ".join(CATEGORIES),
        gap=CLOZE_GAP,
        language=_LANGUAGE_NAMES.get(language, language),
        count=count,
    )
    heading = f"Title: {title}\n\n" if title else ""
    return [
        {"role": "system", "content": system},
        {"role": "user", "content": f"{heading}Article:\n{article}"},
    ]


def schema_json() -> str:
    return json.dumps(REPLY_SCHEMA)
