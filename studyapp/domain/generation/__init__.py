"""Article -> comprehension question drafts, by rule: overgenerate with extractors, then rank.

Each extractor (one per kind of question) reads a parsed `Document` and proposes questions; each
question's confidence is then the acceptance rate blind reviewers gave its kind (calibration.py);
the ranker orders them, spreads them over the article and drops near-duplicates.
Every question returned passes `questions.validate` against the input text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..questions import Question, validate
from ..text import detect_language
from . import (
    calibration,
    choices,
    counts,
    definitions,
    descriptions,
    directions,
    document,
    effects,
    facts,
    lists,
    mentions,
    name_one,
    phrases,
    quotes,
    ranker,
    sequences,
    spelled,
    venues,
    windows,
)
from .drafts import gives_away, last_name_shown, misread
from .nearforms import near_form_shown

EXTRACTORS: dict[str, Callable[[document.Document], list[Question]]] = {
    "attribution": quotes.extract,
    "sequence": sequences.extract,
    "constraint": lists.extract,
    "effect": effects.extract,
    "fact": facts.extract,
    "phrase": phrases.extract,
    "venue": venues.extract,
    "definition": definitions.extract,
    "description": descriptions.extract,
    "direction": directions.extract,
}
LANGUAGES = ("ar", "en")
_LETTER = re.compile(r"[^\W\d_]")


class GenerationError(ValueError):
    """The input cannot yield questions: empty, binary, or no words at all."""


@dataclass
class GenerationResult:
    language: str
    title: str
    questions: list[Question] = field(default_factory=list)
    # Set by the model back end (backends/): what the model proposed and what was dropped.
    report: dict[str, object] | None = None

    def to_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "language": self.language,
            "title": self.title,
            "questions": [q.to_dict() for q in self.questions],
        }
        if self.report is not None:
            out["generator"] = self.report
        return out


@dataclass
class Proposals:
    """The drafts of one back end before ranking, every one valid against the article."""

    language: str
    title: str
    questions: list[Question] = field(default_factory=list)
    # A pasted article (a title given, or more than one line), not a reading set's passage.
    article: bool = False


def generate(
    text: str, *, language: str | None = None, limit: int | None = None, title: str | None = None
) -> GenerationResult:
    """Questions on `text`, best first; `limit` keeps only that many.

    :raises GenerationError: when the text is empty, holds NUL bytes or has no words.
    """
    if limit is not None and limit < 0:
        raise GenerationError("limit must not be negative")
    proposals = propose(text, language=language, title=title)
    return GenerationResult(
        proposals.language,
        proposals.title,
        ranker.rank(
            proposals.questions, limit, article=proposals.article, language=proposals.language
        ),
    )


def check_article(text: str, language: str | None = None) -> str:
    """The article's language once the text is known to be usable.

    :raises GenerationError: when the text is empty, holds NUL bytes or has no words.
    """
    if not isinstance(text, str) or not text.strip():
        raise GenerationError("the article is empty")
    if "\x00" in text:
        raise GenerationError("the article looks binary (it holds NUL bytes)")
    if not _LETTER.search(text):
        raise GenerationError("the article has no words")
    language = language or detect_language(text)
    if language not in LANGUAGES:
        raise GenerationError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
    return language


def propose(text: str, *, language: str | None = None, title: str | None = None) -> Proposals:
    """The rule back end's drafts, calibrated and valid, not yet ranked."""
    language = check_article(text, language)
    doc = document.parse(text, language, title)
    mentions.spot(doc)
    drafts: list[Question] = []
    for extract in EXTRACTORS.values():
        drafts.extend(extract(doc))
    drafts = choices.add_choice_forms(doc, windows.narrow(doc, drafts))
    drafts = counts.add_count_forms(doc, drafts)
    kept = calibration.calibrate([q for q in drafts if usable(q, text)], language)
    # A choice question offering a person a typed list asks for is typed too (name_one.py).
    kept = name_one.typed_beside(kept)
    # A true-or-false statement asks a sentence no other question asks (directions.py).
    kept = directions.on_unasked_sentences(kept, language, doc.article)
    return Proposals(language, doc.title, kept, doc.article)


def usable(question: Question, text: str) -> bool:
    if validate(question, text) or misread(question.prompt):
        return False
    if isinstance(question.answer, str):
        return not gives_away(question.prompt, question.answer)
    if (
        question.type == "cloze"
        and question.answer
        and (
            last_name_shown(question.prompt, str(question.answer[0]))
            or spelled.compared_among(question.prompt, str(question.answer[0]))
            or len(question.prompt.split()) <= _FEWEST_WORDS
        )
    ):
        return False
    return not near_form_gap(question)


# A gap in a sentence of three words, the gap one of them ("Move over, ____.", «____، 18
# أبريل.»): reviewers of fresh news accepted none of 17 (docs/reviews/held-out, to set hx).
_FEWEST_WORDS = 3


def near_form_gap(question: Question) -> bool:
    """A gap made outside drafts.cloze (a quotation's) whose key a near form in its prompt
    gives away: «تصميم مركز بيانات … نتدرب في ____» keyed "مراكز البيانات"."""
    if question.type != "cloze" or question.category in ("number", "date"):
        return False
    key = question.answer[0] if question.answer else ""
    return bool(key) and near_form_shown(question.prompt, key)


__all__ = [
    "EXTRACTORS",
    "GenerationError",
    "GenerationResult",
    "Proposals",
    "check_article",
    "generate",
    "propose",
]
