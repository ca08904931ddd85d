"""Term and definition text as Quizlet exports and imports it: no quoting, two separators.

One separator between term and definition (a tab by default, or a comma, or any text) and
one between cards (a new line by default, or a semicolon, or any text). Nothing is quoted:
the term runs to the first term separator and the definition is the rest of the card, so
"Paris,capital of France, on the Seine" keeps its comma and `"Carpe diem"` its quotes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..messages import said
from ..question_files import FileProblem, QuestionSet
from ..questions import Question, Source
from .csv_format import card_id
from .imported import Parsed, imported_set

TERM_SEPARATORS = {"tab": "\t", "comma": ","}
CARD_SEPARATORS = {"newline": "\n", "semicolon": ";"}


@dataclass(frozen=True)
class Separators:
    """Between term and definition, and between cards; None: guessed from the text."""

    term: str | None = None
    card: str | None = None


def guess(text: str, separators: Separators = Separators()) -> Separators:
    """The separators given, the others as Quizlet's export most likely wrote them: a tab if
    the text has one, else a comma; cards on lines, or on semicolons when all is one line."""
    term = separators.term or ("\t" if "\t" in text else ",")
    card = separators.card
    if not card:
        one_line = "\n" not in text.strip()
        card = ";" if one_line and text.count(";") > 1 else "\n"
    return Separators(term, card)


def parse(
    text: str,
    name: str,
    slug: str | None,
    base_dir: Path | None,
    separators: Separators = Separators(),
) -> QuestionSet:
    chosen = guess(text, separators)
    term_separator, card_separator = chosen.term or "\t", chosen.card or "\n"
    parsed: list[Parsed] = []
    problems: list[FileProblem] = []
    offset = 0
    for piece in text.split(card_separator):
        start = offset + len(piece) - len(piece.lstrip())
        end = offset + len(piece.rstrip())
        offset += len(piece) + len(card_separator)
        if start >= end:
            continue
        line = text.count("\n", 0, start) + 1
        card = text[start:end]
        term, found, definition = card.partition(term_separator)
        term, definition = term.strip(), definition.strip()
        if not found or not term or not definition:
            message = (
                said("needs a term and a definition")
                if found
                else said("has no separator between term and definition")
            )
            problems.append(FileProblem(name, line, None, None, message))
            continue
        question = Question(
            id=card_id(term),
            type="flashcard",
            prompt=term,
            answer=definition,
            source=Source(start, end, card),
        )
        parsed.append(Parsed(question, line))
    return imported_set(
        text, name, slug=slug, title=None, language=None, parsed=parsed, problems=problems
    )
