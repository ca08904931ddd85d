"""Question sets to and from other tools' files: one module per format, chosen from a registry.

Exporters turn a QuestionSet into text (or bytes, for .apkg); importers turn a file's text
into a complete, valid QuestionSet or raise QuestionFileError naming file, line and field.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from ..question_files import (
    FileProblem,
    QuestionFileError,
    QuestionSet,
    decode_utf8,
    read_all,
    read_bytes,
)
from . import apkg, csv_format, gift, moodle_xml, moodle_xml_read, yaml_format

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
    "gift": gift.parse,
    "csv": csv_format.parse,
    "xml": moodle_xml_read.parse,
}
EXTENSIONS = {
    ".yaml": "yaml",
    ".yml": "yaml",
    ".gift": "gift",
    ".txt": "gift",
    ".csv": "csv",
    ".tsv": "csv",
    ".apkg": "apkg",
    ".xml": "xml",
}
BINARY_FORMATS = frozenset({"apkg"})


def format_of(path: str | Path) -> str | None:
    """The format a file name's extension stands for, or None."""
    return EXTENSIONS.get(Path(path).suffix.lower())


def read_sets(
    paths: list[Path], *, fmt: str | None = None, slug: str | None = None
) -> list[QuestionSet]:
    """Every file read and checked before anything is returned; all problems raised at once."""
    if slug is not None and len(paths) > 1:
        message = "--slug names one set; import one file with it"
        raise QuestionFileError([FileProblem(str(paths[1]), None, None, "slug", message)])
    return read_all(paths, partial(read_set, fmt=fmt, slug=slug))


def read_set(path: Path, *, fmt: str | None = None, slug: str | None = None) -> QuestionSet:
    return parse_set(str(path), read_bytes(path), fmt=fmt, slug=slug, folder=path.parent)


def parse_set(
    name: str,
    raw: bytes,
    *,
    fmt: str | None = None,
    slug: str | None = None,
    folder: Path | None = None,
) -> QuestionSet:
    """A set from a file's bytes (an upload, or a file read by `read_set`)."""
    fmt = fmt or format_of(name)
    if fmt not in IMPORTERS:
        known = ", ".join(sorted(IMPORTERS))
        message = f"cannot tell the format from the name; give --format ({known})"
        if fmt is not None:
            message = f"{fmt} files cannot be imported; importable formats: {known}"
        raise QuestionFileError([FileProblem(name, None, None, None, message)])
    qset = IMPORTERS[fmt](decode(name, raw), name, slug, folder)
    qset.path = name
    return qset


def decode(name: str, raw: bytes) -> str:
    """The bytes as UTF-8 text, a byte order mark dropped; anything else is refused.

    Lines end in \\n alone: the importers count lines and offsets by it, and files saved on
    Windows (\\r\\n) or by old Mac software and some spreadsheets (\\r) are read the same.
    """
    text = decode_utf8(name, raw).replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        message = "looks binary (it holds NUL bytes), not text"
        raise QuestionFileError([FileProblem(name, line, None, None, message)])
    return text
