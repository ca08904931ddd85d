"""Question sets to and from other tools' files: one module per format, chosen from a registry.

Exporters turn a QuestionSet into text (or bytes, for .apkg); importers turn a file's text
into a complete, valid QuestionSet or raise QuestionFileError naming file, line and field.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

from ..messages import said
from ..question_files import (
    FileProblem,
    QuestionFileError,
    QuestionSet,
    decode_utf8,
    read_all,
    read_bytes,
)
from . import apkg, card_text, csv_format, gift, gift_read, moodle_xml, moodle_xml_read, yaml_format
from .card_text import Separators

Exporter = Callable[[QuestionSet], str | bytes]
# (text, file name, slug or None, folder of the file) -> set
Importer = Callable[[str, str, str | None, Path | None], QuestionSet]

EXPORTERS: dict[str, Exporter] = {
    "yaml": yaml_format.export,
    "gift": gift.export,
    "csv": csv_format.export,
    "apkg": apkg.export,
    "xml": moodle_xml.export,
}
IMPORTERS: dict[str, Importer] = {
    "yaml": yaml_format.parse,
    "gift": gift_read.parse,
    "csv": csv_format.parse,
    "cards": card_text.parse,
    "xml": moodle_xml_read.parse,
}
# A .txt file may be GIFT, Anki's notes in plain text or Quizlet's terms: its text decides.
SNIFFED = "txt"
EXTENSIONS = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".gift": "gift",
    ".txt": SNIFFED,
    ".csv": "csv",
    ".tsv": "csv",
    ".apkg": "apkg",
    ".xml": "xml",
}
BINARY_FORMATS = frozenset({"apkg"})
_ANKI_HEADER = re.compile(
    r"^#(separator|html|columns|tags|notetype|deck|guid|[a-z]+ column):", re.IGNORECASE
)
_GIFT_MARK = re.compile(
    r"^\s*::[^\n]*?::|^\s*\$CATEGORY:|\{\s*(?:[=~#]|(?:T|F|TRUE|FALSE)\s*[}#])",
    re.MULTILINE,
)


def format_of(path: str | Path) -> str | None:
    """The format a file name's extension stands for, or None."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def read_sets(
    paths: list[Path], *, fmt: str | None = None, slug: str | None = None
) -> list[QuestionSet]:
    """Every file read and checked before anything is returned; all problems raised at once."""
    if slug is not None and len(paths) > 1:
        message = said("--slug names one set; import one file with it")
        raise QuestionFileError([FileProblem(str(paths[1]), None, None, "slug", message)])
    return read_all(paths, partial(read_set, fmt=fmt, slug=slug))


def read_set(path: Path, *, fmt: str | None = None, slug: str | None = None) -> QuestionSet:
    return parse_set(str(path), read_bytes(path), fmt=fmt, slug=slug, folder=path.parent)


def sniff(text: str) -> str:
    """The format of a .txt file: Anki's notes (its #key: header lines), GIFT (its ::titles::,
    $CATEGORY: or answer braces), else Quizlet's term and definition lines."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    if _ANKI_HEADER.match(first):
        return "csv"
    if _GIFT_MARK.search(text):
        return "gift"
    return "cards"


def format_for(name: str, text: str, fmt: str | None = None) -> str | None:
    """The format a file is read in: the one given, else its name's, a .txt file sniffed.

    A .csv file that is one line of cards separated by semicolons is Quizlet's export saved
    under that name (a CSV reader would make it one row): it is read as term text.
    """
    if fmt:
        return fmt
    fmt = format_of(name)
    if fmt == SNIFFED:
        return sniff(text)
    if fmt == "csv" and card_text.guess(text).card == ";" and not text.startswith("#"):
        return "cards"
    return fmt


def parse_set(
    name: str,
    raw: bytes,
    *,
    fmt: str | None = None,
    slug: str | None = None,
    folder: Path | None = None,
    separators: Separators | None = None,
    strict: bool = True,
) -> QuestionSet:
    """A set from a file's bytes (an upload, or a file read by `read_set`).

    `strict`: a question the reader skipped refuses the file (as the command line wants);
    otherwise the skipped questions are listed in the set's `skipped` for the teacher.
    """
    if (fmt or format_of(name)) not in (*IMPORTERS, SNIFFED):
        fmt = fmt or format_of(name)
        known = ", ".join(sorted(IMPORTERS))
        message = said(
            "cannot tell the format from the name; give --format (%(known)s)", known=known
        )
        if fmt is not None:
            message = said(
                "%(format)s files cannot be imported; importable formats: %(known)s",
                format=fmt,
                known=known,
            )
        raise QuestionFileError([FileProblem(name, None, None, None, message)])
    text = decode(name, raw)
    fmt = format_for(name, text, fmt)
    importer = IMPORTERS[fmt]
    if fmt == "cards" and separators is not None:
        importer = partial(card_text.parse, separators=separators)
    qset = importer(text, name, slug, folder)
    qset.path = name
    if strict and qset.skipped:
        raise QuestionFileError(qset.skipped)
    return qset


def decode(name: str, raw: bytes) -> str:
    """The bytes as UTF-8 text, a byte order mark dropped; anything else is refused.

    Lines end in \\n alone: the importers count lines and offsets by it, and files saved on
    Windows (\\r\\n) or by old Mac software and some spreadsheets (\\r) are read the same.
    """
    text = decode_utf8(name, raw).replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        message = said("looks binary (it holds NUL bytes), not text")
        raise QuestionFileError([FileProblem(name, line, None, None, message)])
    return text
