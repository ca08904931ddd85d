"""Moodle's GIFT text format, writing: one question per paragraph, the answers in braces.

Export follows Moodle's documented grammar: `::id::` titles (so a re-import keeps ids),
`{=right ~wrong}` multiple choice (`~%50%half right` kept from the question's
`extra["weights"]`), `{~%50%a ~%50%b ~%-100%c}` select-all with weights from Moodle's grade
list, `{=a =b}` short answer, `{T}`/`{F}`, cloze as the missing-word form
(`text {=answer} text`, or `text ____ {=answer}` when the gap ends the prompt), general
feedback `####explanation`, `// [tag:category]` comments and `$CATEGORY:` for the set's title.
Order questions become matching questions "position -> step" (positions on the left, since
a step may itself contain "->"); flashcards become one-answer short answers tagged flashcard.
Escapes are gift_syntax.py's; gift_read.py reads the files back.
"""

from __future__ import annotations

from ..question_files import QuestionSet
from ..questions import CLOZE_GAP, Question
from .gift_syntax import CATEGORY_PREFIX, escape
from .gift_types import matching_lines, numerical_block
from .gift_weights import choice_weights


def export(qset: QuestionSet) -> str:
    # The category line has no escapes: a title's line breaks become spaces.
    title = " ".join(qset.title.split())
    header = (
        f"// slug: {qset.slug}\n// language: {qset.language}\n"
        f"{CATEGORY_PREFIX} $course$/top/{title.replace('/', '//')}"
    )
    return "\n\n".join([header, *(_question(q) for q in qset.questions)]) + "\n"


def _answer_text(text: str, weight: str) -> str:
    """An answer after = or ~: "->" broken so it reads as no matching pair, and a text that
    starts with % preceded by its own weight (`weight`, e.g. "%100%") so it reads as no weight."""
    escaped = escape(text).replace("->", "-\\>")
    return weight + escaped if escaped.startswith("%") else escaped


def _question(question: Question) -> str:
    tags = [question.category] + (["flashcard"] if question.type == "flashcard" else [])
    comments = "".join(f"// [tag:{tag}]\n" for tag in tags)
    feedback = f"####{escape(question.explanation)}" if question.explanation else ""
    title = f"::{escape(question.id)}:: "
    answer = question.answer
    if question.type == "numerical":
        block = numerical_block(question, feedback)
        return comments + title + escape(question.prompt) + " " + block
    if question.type in ("mcq", "multi", "order", "matching"):
        lines = [f"\t{choice}" for choice in _choice_items(question)]
        if feedback:
            lines.append(f"\t{feedback}")
        return comments + title + escape(question.prompt) + " {\n" + "\n".join(lines) + "\n}"
    if isinstance(answer, bool):
        block = "{" + ("T" if answer else "F") + feedback + "}"
    else:
        accepted = answer if isinstance(answer, list) else [answer]
        block = "{" + " ".join("=" + _answer_text(a, "%100%") for a in accepted) + feedback + "}"
    if question.type == "cloze":
        before, _, after = question.prompt.partition(CLOZE_GAP)
        if after.strip():
            return comments + title + escape(before) + block + escape(after)
        # A block that ends the text is a plain short answer to Moodle: the gap stays written.
        return comments + title + escape(question.prompt) + " " + block
    return comments + title + escape(question.prompt) + " " + block


def _choice_items(question: Question) -> list[str]:
    choices = question.choices or []
    answer = question.answer if isinstance(question.answer, list) else [question.answer]
    if question.type == "order":
        return [f"={answer.index(c) + 1} -> {escape(c)}" for c in choices]
    if question.type == "matching":
        return matching_lines(question)
    weights = choice_weights(question)
    if question.type == "mcq":
        # After = Moodle reads no weight, so a right choice starting with % needs none.
        return [
            "=" + escape(c) if c == question.answer else _wrong_choice(c, weights.get(c, 0.0))
            for c in choices
        ]
    return [f"~%{_weight(weights[c])}%{escape(c)}" for c in choices]


def _wrong_choice(choice: str, weight: float) -> str:
    if weight:
        return f"~%{_weight(weight)}%{escape(choice)}"
    return "~" + _answer_text(choice, "%0%")


def _weight(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")
