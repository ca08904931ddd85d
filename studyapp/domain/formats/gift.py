"""Moodle's GIFT text format: one question per paragraph, the answers in braces.

Export follows Moodle's documented grammar: `::id::` titles (so a re-import keeps ids),
`{=right ~wrong}` multiple choice (`~%50%half right` kept from the question's
`extra["weights"]`), `{~%50%a ~%50%b ~%-100%c}` select-all with weights from Moodle's grade
list, `{=a =b}` short answer, `{T}`/`{F}`, cloze as the missing-word form
(`text {=answer} text`, or `text ____ {=answer}` when the gap ends the prompt), general
feedback `####explanation`, `// [tag:category]` comments and `$CATEGORY:` for the set's title.
Order questions become matching questions "position -> step" (positions on the left, since
a step may itself contain "->"); flashcards become one-answer short answers tagged flashcard.

Moodle has no escape for "->" (it makes an answer block a matching question) nor for a text
starting with "%10%" (it reads a weight): an answer's "->" is written "-\\>", which this reader
takes back, and a text starting with "%" gets its weight written before it.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import overload

from ..question_files import FileProblem, QuestionSet
from ..questions import CATEGORIES, CLOZE_GAP, Question, Source
from .gift_weights import choice_weights, read_weights
from .html_text import text_from_html
from .imported import Parsed, imported_set

_SPECIAL = "\\~=#{}:"
# Each escaped character hides behind a private-use placeholder while the block is parsed.
_PLACEHOLDER = {char: chr(0xE000 + i) for i, char in enumerate(_SPECIAL + "n>")}
_RESTORE = {mark: ("\n" if char == "n" else char) for char, mark in _PLACEHOLDER.items()}
_ESCAPED = re.compile(r"\\(.)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_TAG = re.compile(r"\[tag:([^\]]+)\]")
_HEADER = re.compile(r"^//\s*(slug|language):\s*(\S+)\s*$")
_FORMAT_MARK = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]")
_TRUTH = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_CATEGORY_PREFIX = "$CATEGORY:"
_GAP_RUN = re.compile(r"_{3,}")


class GiftError(ValueError):
    """One problem with a question block: the field it concerns and what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


# Writing ---------------------------------------------------------------------------------


def escape(text: str) -> str:
    """Text with GIFT's special characters backslash-escaped and line breaks written as \\n:
    a raw one, \\r included (readers take it for a line end), would start another question."""
    out = "".join("\\" + char if char in _SPECIAL else char for char in text)
    return _LINE_BREAK.sub(r"\\n", out)


def export(qset: QuestionSet) -> str:
    # The category line has no escapes: a title's line breaks become spaces.
    title = " ".join(qset.title.split())
    header = (
        f"// slug: {qset.slug}\n// language: {qset.language}\n"
        f"{_CATEGORY_PREFIX} $course$/top/{title.replace('/', '//')}"
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
        from .gift_types import numerical_block  # it builds on this module

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
        from .gift_types import matching_lines  # it builds on this module

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


# Reading ---------------------------------------------------------------------------------


def parse(text: str, name: str, slug: str | None, base_dir: Path | None) -> QuestionSet:
    """Every question paragraph of a GIFT file; the file becomes the set's article."""
    problems: list[FileProblem] = []
    parsed: list[Parsed] = []
    header: dict[str, str] = {}
    title: str | None = None
    cut_off = False  # the previous paragraph's answer block was left open
    for block in _blocks(text):
        first_line, start, end, body, comments = block
        if body.startswith(_CATEGORY_PREFIX):
            title = title or _category_title(body)
        if not parsed:
            for comment in comments:
                if match := _HEADER.match(comment):
                    header.setdefault(match.group(1), match.group(2))
        if not body or body.startswith(_CATEGORY_PREFIX):
            continue
        if cut_off and _closes_first(body):
            cut_off = False
            continue  # the rest of that block: its problem is already reported
        taken = {item.question.id for item in parsed}
        try:
            question = _read_question(body, comments, Source(start, end, text[start:end]), taken)
        except GiftError as error:
            qid = _title_of(body)
            problems.append(FileProblem(name, first_line, qid, error.field, error.message))
            cut_off = error.field == "answer" and _left_open(body)
            continue
        cut_off = False
        parsed.append(Parsed(question, first_line, None if _title_of(body) else question.prompt))
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
        elif line.lstrip().startswith(_CATEGORY_PREFIX):
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


def _category_title(body: str) -> str | None:
    path = body[len(_CATEGORY_PREFIX) :].strip()
    segments = [s.replace("\0", "/") for s in path.replace("//", "\0").split("/")]
    last = segments[-1].strip() if segments else ""
    return last or None


def _title_of(body: str) -> str | None:
    protected = _protect(body)
    if protected.startswith("::") and (end := protected.find("::", 2)) != -1:
        return _restore(protected[2:end]).strip() or None
    return None


def _closes_first(body: str) -> bool:
    text = _protect(body)
    return "}" in text and ("{" not in text or text.index("}") < text.index("{"))


def _left_open(body: str) -> bool:
    text = _protect(body)
    return text.count("{") > text.count("}")


def _read_question(body: str, comments: list[str], source: Source, taken: set[str]) -> Question:
    """One question; without a ::title:: its id comes from its text (see `_text_id`), never
    from its place in the file, so adding a question above it keeps its progress."""
    text = _protect(body)
    qid = None
    if text.startswith("::"):
        end = text.find("::", 2)
        if end == -1:
            raise GiftError("title", "opens with :: but the title is never closed")
        qid = _restore(text[2:end]).strip()
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
    prompt = _clean(before + CLOZE_GAP + after if gap else before)
    explanation = None
    if "####" in inner:
        inner, feedback = inner.split("####", 1)
        explanation = _clean(feedback) or None
    tags = [tag.strip() for comment in comments for tag in _TAG.findall(comment)]
    category = next((tag for tag in tags if tag in CATEGORIES), "fact")
    qtype, answer, choices = _read_answers(inner.strip())
    prompt = text_from_html(prompt) if html else prompt
    explanation = _as_text(explanation, html) or None if explanation else None
    if qtype not in ("numerical", "matching") and isinstance(answer, str | list):
        answer = _as_text(answer, html)  # numbers and pairs are read by gift_types
    choices = _as_text(choices, html) if choices is not None else None
    extra = {}
    if qtype in ("mcq", "multi") and choices:
        weights = read_weights([w for _, w, _ in _items(inner.strip())], answer, choices)
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


def _read_answers(inner: str) -> tuple[str, list[str] | str | bool, list[str] | None]:
    """(type, answer, choices) from the text between the braces."""
    if not inner:
        raise GiftError("answer", "is empty {}; essay questions have no answer to study")
    if inner.startswith("#"):
        from .gift_types import read_numerical  # it builds on this module

        return read_numerical(inner[1:])
    head = inner.split("#", 1)[0].strip().upper()
    if head in _TRUTH:
        return "truefalse", _TRUTH[head], None
    items = _items(inner)
    if any(not _clean(body) and "->" not in body for _, _, body in items):
        raise GiftError("answer", "has an empty answer")
    if all(mark == "=" and "->" in body for mark, _, body in items):
        return _read_order(items)
    if all(mark == "=" for mark, _, _ in items):
        accepted = [_clean(body) for _, weight, body in items if weight >= 100]
        if not accepted:
            raise GiftError("answer", "has no answer worth full marks")
        return "short", accepted, None
    choices = [_clean(body) for _, _, body in items]
    full = [choice for (_, weight, _), choice in zip(items, choices, strict=True) if weight >= 100]
    if len(full) == 1:  # partial credit on others leaves one right answer, as in Moodle
        return "mcq", full[0], choices
    right = [choice for (_, weight, _), choice in zip(items, choices, strict=True) if weight > 0]
    if not right:
        raise GiftError("answer", "marks no choice right (= or a positive %weight%)")
    if len(right) == 1:
        return "mcq", right[0], choices
    return "multi", right, choices


def _items(inner: str) -> list[tuple[str, float, str]]:
    """Each answer as (= or ~, weight in percent, text without its feedback). As in Moodle,
    an = among ~ choices is worth 100 and takes no %weight%: its text may start with %."""
    pieces = re.split(r"([=~])", inner)
    if pieces[0].strip():
        raise GiftError("answer", "each answer starts with = (right) or ~ (wrong), or write T or F")
    choice_list = "~" in pieces[1::2]
    items = []
    for mark, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        body = piece.strip()
        weight_match = None if choice_list and mark == "=" else _WEIGHT.match(body)
        weight = float(weight_match.group(1)) if weight_match else (100.0 if mark == "=" else 0.0)
        if weight_match:
            body = body[weight_match.end() :]
        items.append((mark, weight, body.split("#", 1)[0]))
    return items


def _read_order(items: list[tuple[str, float, str]]) -> tuple[str, list[str], list[str]]:
    """A matching question read as an order question: "position -> step" (or "step -> position")."""
    pairs = [tuple(_clean(side) for side in body.split("->", 1)) for _, _, body in items]
    positions = [str(n) for n in range(1, len(pairs) + 1)]
    if sorted(left for left, _ in pairs) == sorted(positions):
        ranked = [(int(left), step) for left, step in pairs]
    elif sorted(right for _, right in pairs) == sorted(positions):
        ranked = [(int(right), step) for step, right in pairs]
    else:
        from .gift_types import read_matching  # it builds on this module

        return read_matching(pairs)  # type: ignore[arg-type]
    choices = [step for _, step in ranked]
    answer = [step for _, step in sorted(ranked)]
    if choices == answer:  # written in order, as people do: show them rotated by one
        choices = choices[1:] + choices[:1]
    return "order", answer, choices


def _protect(text: str) -> str:
    return _ESCAPED.sub(lambda m: _PLACEHOLDER.get(m.group(1), m.group(0)), text)


def _restore(text: str) -> str:
    return "".join(_RESTORE.get(char, char) for char in text)


def _clean(text: str) -> str:
    """Raw line breaks fold to one space (a question may be wrapped); escapes are restored."""
    return _restore(re.sub(r"\s*\n\s*", " ", text).strip())
