"""Front and back of a question as a plain card, for formats that only know cards (CSV, Anki)."""

from __future__ import annotations

from ..questions import Question

TRUTH_WORDS = {"ar": ("صح", "خطأ"), "en": ("True", "False")}


def back_text(question: Question, language: str) -> str:
    """The answer as one line of text: true/false in the set's language, lists joined."""
    if isinstance(question.answer, bool):
        right, wrong = TRUTH_WORDS.get(language, TRUTH_WORDS["en"])
        return right if question.answer else wrong
    return question.canonical_answer
