"""Moodle's GIFT text format, reading: every question paragraph of a file, problems by line.

A paragraph is one question: `::title::` (its id), the text, one answer block in braces
(gift_answers.py reads it) and `####feedback`; `// [tag:category]` comments before it, and
`// slug:`/`// language:` ones before the first question, as gift.py writes them. Texts
marked [html] lose their markup. A question without a title takes an id from its text.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import overload

from ..question_files import FileProblem, QuestionSet
from ..questions import CATEGORIES, CLOZE_GAP, Question, Source
from .gift_answers import answer_items, read_answers
from .gift_syntax import CATEGORY_PREFIX, GiftError, category_title, clean, protect, restore
from .gift_weights import read_weights
from .html_text import text_from_html
from .imported import Parsed, imported_set

_TAG = re.compile(r"\[tag:([^\]]+)\]")
_HEADER = re.compile(r"^//\s*(slug|language):\s*(\S+)\s*$")
_FORMAT_MARK = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]")
_GAP_RUN = re.compile(r"_{3,}")


def parse(text: str, name: str, slug: str | None, base_dir: Path | None) -> QuestionSet:
    """Every question paragraph of a GIFT file; the file becomes the set's article."""
    problems: list[FileProblem] = []
    parsed: list[Parsed] = []
    taken: set[str] = set()  # the ids of the questions in `parsed`
    header: dict[str, str] = {}
    title: str | None = None
    cut_off = False  # the previous paragraph's answer block was left open
    for block in _blocks(text):
        first_line, start, end, body, comments = block
        if body.startswith(CATEGORY_PREFIX):
            title = title or category_title(body)
        if not parsed:
            for comment in comments:
                if match := _HEADER.match(comment):
                    header.setdefault(match.group(1), match.group(2))
        if not body or body.startswith(CATEGORY_PREFIX):
            continue
        if cut_off and _closes_first(body):
            cut_off = False
            continue  # the rest of that block: its problem is already reported
        try:
            question = _read_question(body, comments, Source(start, end, text[start:end]), taken)
        except GiftError as error:
            qid = _title_of(body)
            problems.append(FileProblem(name, first_line, qid, error.field, error.message))
            cut_off = error.field == "answer" and _left_open(body)
            continue
        cut_off = False
        parsed.append(Parsed(question, first_line, None if _title_of(body) else question.prompt))
        taken.add(question.id)
    language = header.get("language")
    if language not in (None, "ar", "en"):
        problems.append(
            FileProblem(name, None, None, "language", f"must be ar or en, not {language!r}")
        )
        language = None
    return imported_set(
        text,
        name,
        slug=slug or header.get("slug"),
        title=title,
        language=language,
        parsed=parsed,
        problems=problems,
    )


def _blocks(text: str) -> list[tuple[int, int, int, str, list[str]]]:
    """Paragraphs as (first line, start offset, end offset, text without comments, comments)."""
    blocks = []
    lines: list[tuple[int, int, str]] = []
    comments: list[str] = []
    offset = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            if lines or comments:
                blocks.append(_block(lines, comments))
            lines, comments = [], []
        elif line.lstrip().startswith("//"):
            comments.append(line.strip())
        elif line.lstrip().startswith(CATEGORY_PREFIX):
            # A category line is a paragraph of its own, even with no blank line after it.
            if lines:
                blocks.append(_block(lines, comments))
                comments = []
            blocks.append(_block([(number, offset, line)], comments))
            lines, comments = [], []
        else:
            lines.append((number, offset, line))
        offset += len(raw) + 1
    if lines or comments:
        blocks.append(_block(lines, comments))
    return blocks


def _block(
    lines: list[tuple[int, int, str]], comments: list[str]
) -> tuple[int, int, int, str, list[str]]:
    if not lines:
        return 0, 0, 0, "", comments
    (first, start, _), (_, last_start, last) = lines[0], lines[-1]
    body = "\n".join(line for _, _, line in lines).strip()
    return (
        first,
        start + len(lines[0][2]) - len(lines[0][2].lstrip()),
        last_start + len(last.rstrip()),
        body,
        comments,
    )


def _title_of(body: str) -> str | None:
    protected = protect(body)
    if protected.startswith("::") and (end := protected.find("::", 2)) != -1:
        return restore(protected[2:end]).strip() or None
    return None


def _closes_first(body: str) -> bool:
    text = protect(body)
    return "}" in text and ("{" not in text or text.index("}") < text.index("{"))


def _left_open(body: str) -> bool:
    text = protect(body)
    return text.count("{") > text.count("}")


def _read_question(body: str, comments: list[str], source: Source, taken: set[str]) -> Question:
    """One question; without a ::title:: its id comes from its text (see `_text_id`), never
    from its place in the file, so adding a question above it keeps its progress."""
    text = protect(body)
    qid = None
    if text.startswith("::"):
        end = text.find("::", 2)
        if end == -1:
            raise GiftError("title", "opens with :: but the title is never closed")
        qid = restore(text[2:end]).strip()
        if not qid:
            raise GiftError("title", "is empty between :: and ::")
        text = text[end + 2 :]
    mark = _FORMAT_MARK.match(text)
    html = mark is not None and mark.group(1) == "html"
    text = _FORMAT_MARK.sub("", text, count=1)
    opens, closes = text.count("{"), text.count("}")
    if opens == 0 and closes == 0:
        raise GiftError("answer", "has no answer block {…}; descriptions and essays are not read")
    if opens == 1 and closes == 0:
        message = (
            "opens an answer block { that is never closed; a blank line ends a question, "
            "so an answer block cannot hold one"
        )
        raise GiftError("answer", message)
    if opens == 0 or text.index("}") < text.index("{"):
        message = (
            "closes an answer block } it never opened; is it the rest of the question above, "
            "cut off by a blank line?"
        )
        raise GiftError("answer", message)
    if opens > 1 or closes != 1 or text.index("}") < text.index("{"):
        raise GiftError(
            "answer", "needs exactly one answer block {…}; escape a literal brace as \\{"
        )
    before, rest = text.split("{", 1)
    inner, after = rest.split("}", 1)
    gap = bool(after.strip())
    prompt = clean(before + CLOZE_GAP + after if gap else before)
    explanation = None
    if "####" in inner:
        inner, feedback = inner.split("####", 1)
        explanation = clean(feedback) or None
    tags = [tag.strip() for comment in comments for tag in _TAG.findall(comment)]
    category = next((tag for tag in tags if tag in CATEGORIES), "fact")
    qtype, answer, choices = read_answers(inner.strip())
    prompt = text_from_html(prompt) if html else prompt
    explanation = _as_text(explanation, html) or None if explanation else None
    if qtype not in ("numerical", "matching") and isinstance(answer, str | list):
        answer = _as_text(answer, html)  # numbers and pairs are read by gift_types
    choices = _as_text(choices, html) if choices is not None else None
    extra = {}
    if qtype in ("mcq", "multi") and choices:
        weights = read_weights([w for _, w, _ in answer_items(inner.strip())], answer, choices)
        if weights:
            extra["weights"] = weights
    if qtype == "short" and gap:
        qtype = "cloze"
    elif qtype == "short" and len(_GAP_RUN.findall(prompt)) == 1:
        # Moodle's missing word at the end of the text: the gap written, the block after it.
        qtype, prompt = "cloze", _GAP_RUN.sub(CLOZE_GAP, prompt)
    if "flashcard" in tags:
        if qtype != "short" or len(answer) != 1:
            raise GiftError("type", "a flashcard is a short answer with one answer, its back")
        qtype, answer = "flashcard", answer[0]
    return Question(
        id=qid or _text_id(prompt, inner, taken),
        type=qtype,
        prompt=prompt,
        answer=answer,
        source=source,
        category=category,
        choices=choices,
        explanation=explanation,
        extra=extra,
    )


def _text_id(prompt: str, inner: str, taken: set[str]) -> str:
    """An untitled question's id from its text (as a CSV card's from its front); from its
    text and answers when another untitled question of the file has the same text."""
    qid = "gift-" + hashlib.sha1(" ".join(prompt.split()).encode("utf-8")).hexdigest()[:10]
    if qid in taken:
        both = " ".join(f"{prompt}\n{inner}".split())
        qid = "gift-" + hashlib.sha1(both.encode("utf-8")).hexdigest()[:10]
    return qid


@overload
def _as_text(value: str, html: bool) -> str: ...
@overload
def _as_text(value: list[str], html: bool) -> list[str]: ...
def _as_text(value: str | list[str], html: bool) -> str | list[str]:
    """An answer or feedback as the text a student reads: HTML (the question's [html], or the
    answer's own mark, as Moodle writes one that differs) without its markup. Lists item by item."""
    if isinstance(value, list):
        return [_as_text(item, html) for item in value]
    if mark := _FORMAT_MARK.match(value):
        value, html = value[mark.end() :].strip(), mark.group(1) == "html"
    return text_from_html(value) if html else value
