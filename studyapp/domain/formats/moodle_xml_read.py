"""Moodle XML, reading: every question this app can hold; the rest skipped with line and reason.

The types as moodle_xml.py lists them, read back the other way, and what Moodle banks hold
besides: a multichoice with one right answer and <single>true</single> is an mcq (the other
answers' part marks are not kept), a shortanswer tagged flashcard a flashcard, a cloze with one
short-answer gap a cloze, a matching numbered 1..N on the left an order question. Essays,
descriptions, clozes with several or other gaps, and Moodle's other types (calculated,
drag and drop, random...) are skipped: `QuestionSet.skipped` lists them, each with its line
and the reason, and the rest imports. So are questions that cannot be read as a valid one.

Texts in format html (Moodle's default) become plain text through BeautifulSoup: paragraphs
and <br> are line breaks, entities decoded, tags and images dropped. The XML itself is read
by xml_spans.py, which also says where each question is in the file.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from ..matching import choices_for
from ..numerical import accepted_value, parse_number
from ..question_files import FileProblem, QuestionFileError, QuestionSet
from ..questions import CATEGORIES, CLOZE_GAP, Question, Source, validate
from .gift_syntax import category_title  # the same $course$/top/… path as GIFT's $CATEGORY:
from .html_text import html_to_text
from .imported import Parsed, imported_set
from .xml_spans import read_xml

_HEADER = re.compile(r"^\s*(slug|language):\s*(\S+)\s*$")
# {1:SHORTANSWER:=Paris~=paris} and Moodle's short names for the typed kinds.
_EMBEDDED = re.compile(r"\{(\d*):([A-Z_]+):((?:\\.|[^\\}])*)\}")
_TYPED_GAPS = frozenset({"SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC"})
_UNSUPPORTED = {
    "essay": "essay questions are marked by hand; there is no answer to study",
    "description": "a description is text without a question",
}


class _Skip(Exception):
    """This question cannot be imported; the message says why."""


def parse(text: str, name: str, slug: str | None, base_dir: Path | None) -> QuestionSet:
    quiz, places, comments = read_xml(text, name, root="quiz", spans_of="question")
    header = {m.group(1): m.group(2) for c in comments if (m := _HEADER.match(c))}
    title: str | None = None
    parsed: list[Parsed] = []
    skipped: list[FileProblem] = []
    used: set[str] = set()
    for number, element in enumerate(quiz.findall("question"), start=1):
        line, start, end = places[id(element)]
        kind = element.get("type", "")
        if kind == "category":
            title = title or category_title("$CATEGORY:" + _field(element, "category"))
            continue
        name_text = html_to_text(_field(element, "name")) or f"q{number}"
        qid = _unique(_field(element, "idnumber").strip() or name_text, used)
        try:
            question = _question(element, kind, qid, Source(start, end, text[start:end]))
        except _Skip as reason:
            skipped.append(FileProblem(name, line, name_text, "type", str(reason)))
            continue
        problems = validate(question, text)
        if problems:
            reason = "; ".join(f"{field} {message}" for field, message in problems)
            skipped.append(FileProblem(name, line, name_text, problems[0][0], reason))
            continue
        used.add(qid)
        parsed.append(Parsed(question, line))
    if not parsed and skipped:
        raise QuestionFileError(skipped)
    language = header.get("language")
    qset = imported_set(
        text,
        name,
        slug=slug or header.get("slug"),
        title=title,
        language=language if language in ("ar", "en") else None,
        parsed=parsed,
        problems=[],
    )
    qset.skipped = skipped
    return qset


def _field(element: ET.Element, path: str) -> str:
    """The <text> of a child such as <name>, in plain text when its format is html."""
    child = element.find(path)
    if child is None:
        return ""
    return _as_plain(child, child.findtext("text", default=""))


def _as_plain(child: ET.Element, value: str) -> str:
    if child.get("format", "html") in ("html", "moodle_auto_format"):
        return html_to_text(value)
    return value.strip()


def _unique(qid: str, used: set[str]) -> str:
    """Moodle names need not be unique; a repeated one gets " (2)", " (3)"..."""
    candidate, n = qid, 1
    while candidate in used:
        n += 1
        candidate = f"{qid} ({n})"
    return candidate


def _answers(element: ET.Element) -> list[tuple[str, float, ET.Element]]:
    """(text, fraction in percent, element) of each <answer>."""
    found = []
    for answer in element.findall("answer"):
        try:
            fraction = float(answer.get("fraction", "0"))
        except ValueError:
            raise _Skip(f"answer fraction {answer.get('fraction')!r} is not a number") from None
        found.append((_as_plain(answer, answer.findtext("text", default="")), fraction, answer))
    return found


def _question(element: ET.Element, kind: str, qid: str, source: Source) -> Question:
    if kind in _UNSUPPORTED:
        raise _Skip(_UNSUPPORTED[kind])
    reader = _READERS.get(kind)
    if reader is None:
        raise _Skip(f"{kind or 'untyped'} questions are not supported")
    tags = [t.findtext("text", default="").strip() for t in element.findall("tags/tag")]
    prompt = _field(element, "questiontext")
    qtype, prompt, answer, choices = reader(element, prompt, tags)
    return Question(
        id=qid,
        type=qtype,
        prompt=prompt,
        answer=answer,
        source=source,
        category=next((tag for tag in tags if tag in CATEGORIES), "fact"),
        choices=choices,
        explanation=_field(element, "generalfeedback") or None,
    )


Read = tuple[str, str, object, list[str] | None]


def _multichoice(element: ET.Element, prompt: str, tags: list[str]) -> Read:
    answers = _answers(element)
    choices = [text for text, _, _ in answers]
    full = [text for text, fraction, _ in answers if fraction >= 100]
    right = [text for text, fraction, _ in answers if fraction > 0]
    if not right:
        raise _Skip("no answer is marked right")
    # One answer worth 100%: single-answer, whatever <single> says (part marks are not kept).
    if len(full) == 1 and (len(right) == 1 or _is_single(element)):
        return "mcq", prompt, full[0], choices
    return "multi", prompt, right, choices


def _is_single(element: ET.Element) -> bool:
    return (element.findtext("single") or "true").strip().lower() in ("true", "1")


def _truefalse(element: ET.Element, prompt: str, tags: list[str]) -> Read:
    right = [text.lower() for text, fraction, _ in _answers(element) if fraction >= 100]
    if right not in (["true"], ["false"]):
        raise _Skip("a true/false question needs true or false marked right")
    return "truefalse", prompt, right == ["true"], None


def _shortanswer(element: ET.Element, prompt: str, tags: list[str]) -> Read:
    accepted = [text for text, fraction, _ in _answers(element) if fraction >= 100 and text]
    if not accepted:
        raise _Skip("no answer is worth full marks")
    if "flashcard" in tags and len(accepted) == 1:
        return "flashcard", prompt, accepted[0], None
    return "short", prompt, accepted, None


def _numerical(element: ET.Element, prompt: str, tags: list[str]) -> Read:
    accepted = []
    for text, fraction, answer in _answers(element):
        value = parse_number(text)
        if fraction <= 0 or text.strip() == "*":  # Moodle's wrong answers carry only feedback
            continue
        tolerance = parse_number(answer.findtext("tolerance", default="0") or "0")
        if value is None or tolerance is None:
            raise _Skip(f"{text!r} is not a number with a numerical tolerance")
        accepted.append(accepted_value(value, abs(tolerance), min(fraction, 100.0)))
    return "numerical", prompt, accepted, None


def _matching(element: ET.Element, prompt: str, tags: list[str]) -> Read:
    pairs = []
    for sub in element.findall("subquestion"):
        left = _as_plain(sub, sub.findtext("text", default=""))
        answer = sub.find("answer")
        right = _as_plain(answer, answer.findtext("text", default="")) if answer is not None else ""
        if not right:
            raise _Skip("a matching pair has no right-hand item")
        pairs.append((left, right))
    real = [(left, right) for left, right in pairs if left]
    numbers = [str(n) for n in range(1, len(real) + 1)]
    if real and len(real) == len(pairs) and sorted(left for left, _ in real) == sorted(numbers):
        steps = [right for _, right in real]
        order = [step for _, step in sorted((int(left), step) for left, step in real)]
        return "order", prompt, order, steps if steps != order else steps[1:] + steps[:1]
    distractors = [right for left, right in pairs if not left]
    return "matching", prompt, [[a, b] for a, b in real], choices_for(real, distractors)


def _cloze(element: ET.Element, prompt: str, tags: list[str]) -> Read:
    gaps = list(_EMBEDDED.finditer(prompt))
    if len(gaps) != 1:
        raise _Skip(f"a cloze with {len(gaps)} gaps; only one typed gap is supported")
    gap = gaps[0]
    if gap.group(2) not in _TYPED_GAPS:
        raise _Skip(f"a cloze gap of kind {gap.group(2)}; only typed (SHORTANSWER) gaps")
    accepted = []
    for item in re.split(r"(?<!\\)~", gap.group(3)):
        item = item.strip()
        if item.startswith("="):
            body = item[1:]
        elif item.startswith("%100%"):
            body = item[5:]
        else:  # a wrong or part-marks answer: only its feedback matters in Moodle
            continue
        body = re.sub(r"\\(.)", r"\1", re.split(r"(?<!\\)#", body, maxsplit=1)[0]).strip()
        if body:
            accepted.append(body)
    if not accepted:
        raise _Skip("the cloze gap has no answer worth full marks")
    text = prompt[: gap.start()] + CLOZE_GAP + prompt[gap.end() :]
    return "cloze", text, accepted, None


_READERS = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "matching": _matching,
    "match": _matching,
    "cloze": _cloze,
}
