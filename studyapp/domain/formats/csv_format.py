"""front,back rows as Anki and Quizlet import them; importing makes one flashcard per row.

Export: Anki's header lines (`#separator:comma`, `#html:false`, `#columns:Front,Back`: without
them Anki guesses the separator from the first it finds, a colon before a comma), then one
row per question, comma-separated, quoted only where needed; the front is the prompt (a
cloze keeps its ____ gap) and the back the canonical answer.
Import: comma- or tab-separated rows (as Anki and Quizlet export them); a first row
naming the columns (front/back, term/definition, question/answer) is skipped. Anki's
`#key:value` header lines are read: `#separator:` sets the separator, `#html:true` turns the
fields' HTML into text (html_text.py: unsafe content dropped), `#guid/notetype/deck/tags
column:N` columns are left out. Columns after the second (tags, notes) are ignored where a
header names them; where none does, a row of three cells or more is a back with the separator
in it, unquoted (as Quizlet writes it).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from pathlib import Path

from ..messages import said
from ..question_files import FileProblem, QuestionFileError, QuestionSet
from ..questions import Question, Source
from .cards import back_text
from .html_text import text_from_html
from .imported import Parsed, imported_set

ANKI_HEADER_LINE = re.compile(r"^#([a-z][a-z ]*):(.*)$", re.IGNORECASE)
ANKI_SEPARATORS = {
    "tab": "\t",
    "comma": ",",
    "semicolon": ";",
    "pipe": "|",
    "colon": ":",
    "space": " ",
}
HEADER_NAMES = frozenset({"front", "back", "term", "definition", "question", "answer"})
# A cell starting with one of these is a formula to a spreadsheet (=HYPERLINK(...) and the
# like); the text comes from teachers, students and imported files.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ANKI_HEADER = "#separator:comma\n#html:false\n#columns:Front,Back\n"


def inert_cell(value: object) -> object:
    """The value as a spreadsheet shows it without running it: a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _read_cell(cell: str) -> str:
    """A cell as written: the ' that `inert_cell` put before a formula is taken off."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def export(qset: QuestionSet) -> str:
    out = io.StringIO()
    out.write(ANKI_HEADER)
    writer = csv.writer(out, lineterminator="\n")
    for question in qset.questions:
        writer.writerow(
            [inert_cell(question.prompt), inert_cell(back_text(question, qset.language))]
        )
    return out.getvalue()


def parse(text: str, name: str, slug: str | None, base_dir: Path | None) -> QuestionSet:
    problems: list[FileProblem] = []
    parsed: list[Parsed] = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    headers = anki_headers(lines)
    delimiter = _delimiter(headers, lines)
    # Columns Anki's header names as its own (guid, note type, deck, tags): not the card's.
    special = {
        int(value) - 1
        for key, value in headers.items()
        if key.endswith(" column") and value.strip().isdigit()
    }
    # Without a header naming the columns, a row of three or more cells is a back holding
    # the separator unquoted, as Quizlet writes it: the back is everything after the front.
    widths_known = bool(special) or "columns" in headers
    html = headers.get("html", "").strip().lower() == "true"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    seen_data = False
    line_no = 1
    while True:
        start_line = line_no
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            message = said("is not CSV: %(error)s", error=str(error))
            problems.append(FileProblem(name, reader.line_num, None, None, message))
            raise QuestionFileError(problems) from error
        line_no = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if not seen_data and row[0].startswith("#"):
            continue  # Anki's "#separator:tab", "#html:false" ... header lines, read above
        first_row, seen_data = not seen_data, True
        row = [cell for index, cell in enumerate(row) if index not in special]
        cells = [_read_cell(cell.strip()) for cell in row]
        if first_row and len(cells) >= 2 and {c.lower() for c in cells[:2]} <= HEADER_NAMES:
            widths_known = widths_known or len(cells) > 2
            continue
        if len(cells) > 2 and not widths_known:
            cells = [cells[0], _read_cell(delimiter.join(row[1:]).strip())]
        if html:
            cells = [text_from_html(cell) for cell in cells]
        if len(cells) < 2 or not cells[0] or not cells[1]:
            message = said("needs a front and a back (two columns)")
            problems.append(FileProblem(name, start_line, None, None, message))
            continue
        start, end = starts[start_line - 1], starts[reader.line_num]
        source_text = text[start:end].rstrip("\r\n")
        front, back = cells[0], cells[1]
        question = Question(
            id=card_id(front),
            type="flashcard",
            prompt=front,
            answer=back,
            source=Source(start, start + len(source_text), source_text),
        )
        parsed.append(Parsed(question, start_line, front))
    return imported_set(
        text, name, slug=slug, title=None, language=None, parsed=parsed, problems=problems
    )


def anki_headers(lines: list[str]) -> dict[str, str]:
    """Anki's `#key:value` lines at the top of a notes file (`#separator:tab`, `#html:true`,
    `#columns:Front\tBack`, `#tags column:3` ...), keys lower-cased."""
    headers: dict[str, str] = {}
    for line in lines:
        match = ANKI_HEADER_LINE.match(line)
        if match is None:
            break
        headers[match.group(1).strip().lower()] = match.group(2)
    return headers


def _delimiter(headers: dict[str, str], lines: list[str]) -> str:
    named = headers.get("separator", "").strip()
    if named:
        return ANKI_SEPARATORS.get(named.lower(), named[0])
    first_data = next((line for line in lines if line.strip() and not line.startswith("#")), "")
    return "\t" if "\t" in first_data else ","


def card_id(front: str) -> str:
    """An id from the front text, so reordering rows or editing a back keeps a card's progress."""
    digest = hashlib.sha1(" ".join(front.split()).encode("utf-8")).hexdigest()
    return f"card-{digest[:10]}"
