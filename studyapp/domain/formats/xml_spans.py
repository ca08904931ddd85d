"""XML read with expat, keeping where each element of interest starts and ends in the text.

An imported question quotes its span of the file (imported.py), and a skipped one is named
by its line, so the reader needs positions ElementTree does not keep. expat never fetches
anything; a DOCTYPE, and so any entity (the billion laughs), is refused outright.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from xml.parsers import expat

from ..question_files import FileProblem, QuestionFileError


def read_xml(
    text: str, name: str, *, root: str, spans_of: str
) -> tuple[ET.Element, dict[int, tuple[int, int, int]], list[str]]:
    """The root element, the (line, start, end) of each `spans_of` element by id(), and the
    comments before the first of them."""
    raw = text.encode("utf-8")
    parser = expat.ParserCreate(encoding="UTF-8")
    parser.buffer_text = True
    builder = ET.TreeBuilder()
    stack: list[tuple[ET.Element, int, int]] = []
    places: dict[int, tuple[int, int, int]] = {}
    comments: list[str] = []
    offsets = _CharOffsets(raw)

    def start(tag: str, attributes: dict[str, str]) -> None:
        element = builder.start(tag, attributes)
        stack.append((element, parser.CurrentLineNumber, parser.CurrentByteIndex))

    def end(tag: str) -> None:
        element, line, begin = stack.pop()
        builder.end(tag)
        if tag == spans_of:
            finish = raw.index(b">", parser.CurrentByteIndex) + 1
            places[id(element)] = (line, offsets.at(begin), offsets.at(finish))

    def refuse_doctype(*_: object) -> None:
        raise ValueError("holds a DOCTYPE; Moodle XML has none, and entities are not read")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.CommentHandler = lambda comment: comments.append(comment) if not places else None
    parser.StartDoctypeDeclHandler = refuse_doctype
    try:
        parser.Parse(raw, True)
    except expat.ExpatError as error:
        message = f"is not well-formed XML: {expat.errors.messages[error.code]}"
        raise QuestionFileError([FileProblem(name, error.lineno, None, None, message)]) from None
    except ValueError as error:
        line = parser.CurrentLineNumber
        raise QuestionFileError([FileProblem(name, line, None, None, str(error))]) from None
    top = builder.close()
    if top.tag != root:
        message = f"is not Moodle XML: its root element is <{top.tag}>, not <{root}>"
        raise QuestionFileError([FileProblem(name, 1, None, None, message)])
    return top, places, comments


class _CharOffsets:
    """Byte offsets into the UTF-8 text as character offsets, asked for in rising order."""

    def __init__(self, raw: bytes) -> None:
        self.raw, self.byte, self.char = raw, 0, 0

    def at(self, byte: int) -> int:
        if byte < self.byte:
            self.byte, self.char = 0, 0
        self.char += len(self.raw[self.byte : byte].decode("utf-8"))
        self.byte = byte
        return self.char
