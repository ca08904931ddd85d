"""Moodle XML, the format Moodle teachers export whole question banks in: writing.

Written from Moodle's documentation of the format (docs.moodle.org, "Moodle XML format"):
a `<quiz>` of `<question type="…">` elements, each with `<name>`, `<questiontext>`,
`<generalfeedback>` and its type's answers; a `type="category"` question names the category
of those after it. Every type of this app has a Moodle counterpart:

    mcq        multichoice, <single>true</single>, the right answer fraction 100
    multi      multichoice, <single>false</single>, right answers share +100, wrong ones -100
    truefalse  truefalse
    short      shortanswer, every accepted answer fraction 100
    flashcard  shortanswer with its one answer, tagged flashcard
    cloze      cloze, the gap written as an embedded answer {1:SHORTANSWER:=answer~=other}
    numerical  numerical, one <answer> with <tolerance> per accepted value
    matching   matching, one <subquestion> per pair, an empty one per distractor
    order      matching whose left items are the positions 1..N (as the GIFT export does)

Texts are written as plain_text (Moodle shows them as written, line breaks kept); the
question's category is a tag, and the set's slug and language ride in comments at the top.
Reading is moodle_xml_read.py.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..numerical import FULL_MARKS, format_number
from ..question_files import QuestionSet
from ..questions import CLOZE_GAP, Question

# Characters an embedded cloze answer escapes with a backslash (Moodle's multianswer syntax).
_CLOZE_SPECIAL = re.compile(r'([\\}#~/"])')
# XML 1.0 cannot hold these control characters at all, escaped or not.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def export(qset: QuestionSet) -> str:
    quiz = ET.Element("quiz")
    quiz.append(ET.Comment(f" slug: {qset.slug} "))
    quiz.append(ET.Comment(f" language: {qset.language} "))
    category = ET.SubElement(quiz, "question", type="category")
    title = " ".join(qset.title.split()).replace("/", "//")
    _text(ET.SubElement(category, "category"), f"$course$/top/{title}")
    for question in qset.questions:
        quiz.append(_question(question))
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, "unicode") + "\n"


def _text(parent: ET.Element, value: str, *, plain: bool = False) -> ET.Element:
    if plain:
        parent.set("format", "plain_text")
    ET.SubElement(parent, "text").text = _NOT_XML.sub("", value)
    return parent


def _question(question: Question) -> ET.Element:
    kind = _MOODLE_TYPE[question.type]
    element = ET.Element("question", type=kind)
    _text(ET.SubElement(element, "name"), question.id)
    prompt = question.prompt
    if question.type == "cloze":
        before, _, after = prompt.partition(CLOZE_GAP)
        accepted = question.accepted_answers
        prompt = before + "{1:SHORTANSWER:" + "~".join(f"={_cloze(a)}" for a in accepted) + "}"
        prompt += after
    _text(ET.SubElement(element, "questiontext"), prompt, plain=True)
    _text(ET.SubElement(element, "generalfeedback"), question.explanation or "", plain=True)
    ET.SubElement(element, "defaultgrade").text = "1"
    ET.SubElement(element, "penalty").text = "0.3333333"
    ET.SubElement(element, "hidden").text = "0"
    _ANSWERS[question.type](element, question)
    tags = ET.SubElement(element, "tags")
    for tag in [question.category] + (["flashcard"] if question.type == "flashcard" else []):
        _text(ET.SubElement(tags, "tag"), tag)
    return element


def _answer(parent: ET.Element, text: str, fraction: float) -> ET.Element:
    answer = ET.SubElement(parent, "answer", fraction=_fraction(fraction))
    _text(answer, text, plain=True)
    _text(ET.SubElement(answer, "feedback"), "", plain=True)
    return answer


def _fraction(value: float) -> str:
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _cloze(answer: str) -> str:
    return _CLOZE_SPECIAL.sub(r"\\\1", answer)


def _multichoice(element: ET.Element, question: Question) -> None:
    choices = question.choices or []
    answer = question.answer
    single = question.type == "mcq"
    ET.SubElement(element, "single").text = "true" if single else "false"
    ET.SubElement(element, "shuffleanswers").text = "true"
    ET.SubElement(element, "answernumbering").text = "abc"
    if single:
        for choice in choices:
            _answer(element, choice, FULL_MARKS if choice == answer else 0.0)
        return
    right = answer if isinstance(answer, list) else [answer]
    wrong = max(1, len(choices) - len(right))
    for choice in choices:
        _answer(element, choice, 100 / len(right) if choice in right else -100 / wrong)


def _truefalse(element: ET.Element, question: Question) -> None:
    _answer(element, "true", FULL_MARKS if question.answer is True else 0.0)
    _answer(element, "false", FULL_MARKS if question.answer is False else 0.0)


def _shortanswer(element: ET.Element, question: Question) -> None:
    ET.SubElement(element, "usecase").text = "0"
    answers = [str(question.answer)] if question.type == "flashcard" else question.accepted_answers
    for accepted in answers:
        _answer(element, accepted, FULL_MARKS)


def _numerical(element: ET.Element, question: Question) -> None:
    for accepted in question.answer if isinstance(question.answer, list) else []:
        answer = _answer(element, format_number(accepted["value"]), accepted["weight"])  # type: ignore[index]
        ET.SubElement(answer, "tolerance").text = format_number(accepted["tolerance"])  # type: ignore[index]


def _matching(element: ET.Element, question: Question) -> None:
    ET.SubElement(element, "shuffleanswers").text = "true"
    if question.type == "order":
        steps = question.answer if isinstance(question.answer, list) else []
        pairs = [(str(steps.index(c) + 1), c) for c in question.choices or []]  # type: ignore[arg-type]
        distractors: list[str] = []
    else:
        pairs = [(left, right) for left, right in question.answer]  # type: ignore[misc]
        used = {right for _, right in pairs}
        distractors = [c for c in question.choices or [] if c not in used]
    for left, right in pairs + [("", item) for item in distractors]:
        subquestion = _text(ET.SubElement(element, "subquestion"), left, plain=True)
        _text(ET.SubElement(subquestion, "answer"), right)


def _cloze_answers(element: ET.Element, question: Question) -> None:
    """A cloze question's answers live in its text."""


_MOODLE_TYPE = {
    "mcq": "multichoice",
    "multi": "multichoice",
    "truefalse": "truefalse",
    "short": "shortanswer",
    "flashcard": "shortanswer",
    "cloze": "cloze",
    "numerical": "numerical",
    "matching": "matching",
    "order": "matching",
}
_ANSWERS = {
    "mcq": _multichoice,
    "multi": _multichoice,
    "truefalse": _truefalse,
    "short": _shortanswer,
    "flashcard": _shortanswer,
    "cloze": _cloze_answers,
    "numerical": _numerical,
    "matching": _matching,
    "order": _matching,
}
