"""CSV: rows Anki and Quizlet import as front/back cards, and flashcards back from such rows."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from studyapp.domain.formats import csv_format, parse_set
from studyapp.domain.question_files import QuestionFileError, QuestionSet, load_file

SEED = Path(__file__).parents[3] / "questions" / "openai-data-centers.yaml"


@pytest.fixture(scope="module")
def seed() -> QuestionSet:
    return load_file(SEED)


def read(text: str, name: str = "cards.csv", slug: str | None = None) -> QuestionSet:
    """Read strictly, as the command line does: a skipped question refuses the file."""
    return parse_set(name, text.encode("utf-8"), fmt="csv", slug=slug)


def rows(exported: str) -> list[list[str]]:
    """The exported cards as a CSV reader sees them, after Anki's three header lines."""
    assert exported.startswith("#separator:comma\n#html:false\n#columns:Front,Back\n")
    return list(csv.reader(io.StringIO(exported.split("\n", 3)[3])))


def test_each_question_is_one_front_back_row_as_a_csv_reader_sees_it(seed: QuestionSet) -> None:
    cards = rows(csv_format.export(seed))
    assert len(cards) == len(seed.questions)
    assert all(len(row) == 2 for row in cards)
    by_prompt = dict(cards)
    role = next(q for q in seed.questions if q.id == "friar-role")
    assert by_prompt[role.prompt] == "المديرة المالية"
    cloze = next(q for q in seed.questions if q.id == "cloze-venue")
    assert "____" in cloze.prompt and by_prompt[cloze.prompt] == "جولدمان ساكس"
    truth = next(q for q in seed.questions if q.type == "truefalse")
    assert by_prompt[truth.prompt] == ("صح" if truth.answer else "خطأ")


def test_commas_quotes_and_line_breaks_survive_a_csv_reader() -> None:
    text = 'front,back\n"a, b","say ""hi"""\n"two\nlines",x\n'
    cards = read(text).questions
    assert [(c.prompt, c.answer) for c in cards] == [("a, b", 'say "hi"'), ("two\nlines", "x")]
    assert rows(csv_format.export(read(text))) == [
        ["a, b", 'say "hi"'],
        ["two\nlines", "x"],
    ]


def test_import_makes_flashcards_whose_source_is_their_row() -> None:
    text = "مرحبا,Hello\nشكرا,Thank you\n"
    qset = read(text, name="Arabic Words.csv")
    assert (qset.slug, qset.title, qset.language) == ("arabic-words", "Arabic Words", "ar")
    assert [(q.type, q.prompt, q.answer) for q in qset.questions] == [
        ("flashcard", "مرحبا", "Hello"),
        ("flashcard", "شكرا", "Thank you"),
    ]
    assert [q.source.text for q in qset.questions] == ["مرحبا,Hello", "شكرا,Thank you"]
    assert csv_format.export(qset) == csv_format.ANKI_HEADER + text


def test_anki_and_quizlet_exports_tab_separated_with_headers_are_read() -> None:
    anki = "#separator:tab\n#html:false\nfront\tback\tTags\nكلمة\tword\tvocab\n"
    assert [(q.prompt, q.answer) for q in read(anki).questions] == [("كلمة", "word")]
    quizlet = "term\tdefinition\nsun\tشمس\n"
    assert [(q.prompt, q.answer) for q in read(quizlet).questions] == [("sun", "شمس")]


def test_ids_follow_the_front_so_reordering_rows_keeps_progress() -> None:
    first = read("a,1\nb,2\nc,3\n").questions
    again = read("c,3\na,changed\nb,2\n").questions
    assert {q.prompt: q.id for q in first} == {q.prompt: q.id for q in again}


def test_bad_rows_are_refused_whole_with_their_lines() -> None:
    text = "front,back\nok,fine\nonly a front\n,no front\nok,again\n"
    with pytest.raises(QuestionFileError) as caught:
        read(text, name="deck.csv")
    lines = str(caught.value).splitlines()
    assert lines[:2] == [
        "deck.csv:3: needs a front and a back (two columns)",
        "deck.csv:4: needs a front and a back (two columns)",
    ]
    assert lines[2] == "deck.csv:5: question «ok»: has the same text as the question at line 2"


def test_an_unclosed_quote_names_the_line() -> None:
    with pytest.raises(QuestionFileError, match=r"^deck.csv:2: is not CSV"):
        read('a,b\n"never closed,x\n', name="deck.csv")


def test_an_empty_file_holds_no_questions() -> None:
    with pytest.raises(QuestionFileError, match="holds no questions"):
        read("front,back\n")


def test_formulas_are_exported_inert_and_read_back_as_written() -> None:
    text = '"=HYPERLINK(""https://evil.example"",""open"")",@SUM(A1)\n+1 and -1,-5\nplain,text\n'
    qset = read(text)
    assert rows(csv_format.export(qset)) == [
        ['\'=HYPERLINK("https://evil.example","open")', "'@SUM(A1)"],
        ["'+1 and -1", "'-5"],
        ["plain", "text"],
    ]
    again = read(csv_format.export(qset))
    assert [(q.prompt, q.answer) for q in again.questions] == [
        (q.prompt, q.answer) for q in qset.questions
    ]


def test_an_anki_notes_file_marked_html_is_read_as_text() -> None:
    # Anki's "Notes in Plain Text" with "Include HTML and media references".
    text = (
        "#separator:tab\n#html:true\n#tags column:3\n"
        "<b>bonjour</b>&nbsp;!\thello<br>hi\tfrench\n"
        '<div dir="rtl">شكرا&amp;عفوا</div>\t<p>thanks</p><script>x()</script>\t\n'
    )
    assert [(q.prompt, q.answer) for q in read(text).questions] == [
        ("bonjour !", "hello\nhi"),
        ("شكرا&عفوا", "thanks"),
    ]
