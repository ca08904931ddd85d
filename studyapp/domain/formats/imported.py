"""What GIFT and CSV imports share: each question quotes its lines of the file.

Those formats carry questions but no article. The file is kept in the set's `article` so
that every question's source is the span of the file it came from, but the set is marked as
having no article: the file holds every answer, and no student may read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..messages import said
from ..question_files import FileProblem, QuestionFileError, QuestionSet, valid_slug
from ..questions import Question, validate
from ..text import detect_language

MAX_ID_LENGTH = 120


@dataclass
class Parsed:
    """One question read from a file, with the line it starts on; `text` is set when the id
    was made from that text (a CSV front, an untitled GIFT question), and names it in problems."""

    question: Question
    line: int
    text: str | None = None

    @property
    def name(self) -> str:
        """How problems name the question: its id, or its text where the id is a digest."""
        if self.text is None:
            return self.question.id
        words = " ".join(self.text.split())
        return f"«{words[:60]}…»" if len(words) > 60 else f"«{words}»"


def slug_for(name: str) -> str:
    """A slug from a file name: lower-case ASCII letters and digits joined by '-'."""
    return re.sub(r"[^a-z0-9]+", "-", Path(name).stem.lower()).strip("-")


def imported_set(
    text: str,
    name: str,
    *,
    slug: str | None,
    title: str | None,
    language: str | None,
    parsed: list[Parsed],
    problems: list[FileProblem],
) -> QuestionSet:
    """A valid set without an article (its sources point into `text`), or QuestionFileError.

    A problem with a line is one question's: that question is skipped and listed in the set's
    `skipped`, the others are kept. A problem without a line (the slug, the language) is the
    whole file's and refuses it, as does a file where no question can be read.
    """
    fatal = [problem for problem in problems if problem.line is None]
    skipped = [problem for problem in problems if problem.line is not None]
    slug = slug or slug_for(name)
    if not valid_slug(slug):
        message = said(
            "%(slug)r cannot be a slug (lower-case letters, digits, - or _); give --slug",
            slug=slug,
        )
        fatal.append(FileProblem(name, None, None, "slug", message))
    kept: list[Parsed] = []
    first_line: dict[str, int] = {}
    for item in parsed:
        question = item.question
        found = [(field, message) for field, message in validate(question, text)]
        if len(question.id) > MAX_ID_LENGTH:
            message = said("is longer than %(limit)d characters", limit=MAX_ID_LENGTH)
            found.append(("id", message))
        elif question.id in first_line and item.text is not None:
            message = said(
                "has the same text as the question at line %(line)d", line=first_line[question.id]
            )
            found.append((None, message))
        elif question.id in first_line:
            message = said(
                "is used twice in this file (first at line %(line)d)", line=first_line[question.id]
            )
            found.append(("id", message))
        if found:
            qid = question.id[:40] if len(question.id) > MAX_ID_LENGTH else question.id
            shown = item.name if item.text is not None else qid
            skipped.extend(FileProblem(name, item.line, shown, f, m) for f, m in found)
            continue
        first_line[question.id] = item.line
        kept.append(item)
    if not kept and not fatal and not skipped:
        fatal.append(FileProblem(name, None, None, "questions", said("holds no questions")))
    if fatal or not kept:
        raise QuestionFileError(sorted(skipped, key=_line) + fatal)
    return QuestionSet(
        slug=slug,
        title=(title or Path(name).stem).strip(),
        # From what students read: a Moodle file's HTML and comments are English words.
        language=language or detect_language("\n".join(item.question.prompt for item in parsed)),
        article=text,
        questions=[item.question for item in kept],
        has_article=False,
        skipped=sorted(skipped, key=_line),
    )


def _line(problem: FileProblem) -> int:
    return problem.line or 0
