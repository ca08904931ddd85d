"""front,back rows as Anki and Quizlet import them; importing makes one flashcard per row.

Export: Anki's header lines (`#separator:comma`, `#html:false`, `#columns:Front,Back`: without
them Anki guesses the separator from the first it finds, a colon before a comma), then one
row per question, comma-separated, quoted only where needed; the front is the prompt (a
cloze keeps its ____ gap) and the back the canonical answer.
Import: comma- or tab-separated rows (as Anki and Quizlet export them); a first row
naming the columns (front/back, term/definition, question/answer) and Anki's `#key:value`
header lines are skipped (`#html:true` makes the cells HTML, read as text); columns after
the second (tags, notes) are ignored.
"""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

from ..question_files import FileProblem, QuestionSet
from ..questions import Question, Source
from .cards import back_text
from .html_text import text_from_html
from .imported import Parsed, imported_set

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
    first_data = next(
        (i for i, line in enumerate(lines) if line.strip() and not line.startswith("#")), None
    )
    delimiter = "\t" if first_data is not None and "\t" in lines[first_data] else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    seen_data = False
    html = False
    line_no = 1
    while True:
        start_line = line_no
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(FileProblem(name, reader.line_num, None, None, f"is not CSV: {error}"))
            break
        line_no = reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if not seen_data and row[0].startswith("#"):
            # Anki's "#separator:tab", "#html:false" ... header lines
            html = html or "".join(row).replace(" ", "").lower() == "#html:true"
            continue
        first_row, seen_data = not seen_data, True
        cells = [_read_cell(cell.strip()) for cell in row]
        if html:
            cells = [text_from_html(cell) for cell in cells]
        if first_row and len(cells) >= 2 and {c.lower() for c in cells[:2]} <= HEADER_NAMES:
            continue
        if len(cells) < 2 or not cells[0] or not cells[1]:
            message = "needs a front and a back (two columns)"
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


def card_id(front: str) -> str:
    """An id from the front text, so reordering rows or editing a back keeps a card's progress."""
    digest = hashlib.sha1(" ".join(front.split()).encode("utf-8")).hexdigest()
    return f"card-{digest[:10]}"
