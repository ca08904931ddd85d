"""Choosing a format and reading several files: all checked, all problems at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.domain.formats import EXPORTERS, IMPORTERS, format_of, parse_set, read_sets
from studyapp.domain.question_files import QuestionFileError


def test_every_format_is_registered_and_chosen_by_extension() -> None:
    assert sorted(EXPORTERS) == ["apkg", "csv", "gift", "xml", "yaml"]
    assert sorted(IMPORTERS) == ["cards", "csv", "gift", "xml", "yaml"]
    names = ["a.yaml", "a.YML", "a.gift", "a.csv", "a.apkg", "bank.XML", "a.doc", "a.txt"]
    expected = ["yaml", "yaml", "gift", "csv", "apkg", "xml", None, "txt"]
    assert [format_of(n) for n in names] == expected


def test_files_of_different_formats_are_read_together(tmp_path: Path) -> None:
    (tmp_path / "words.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "quiz.gift").write_text("Sky is blue {T}\n", encoding="utf-8")
    (tmp_path / "quiz.data").write_text("Sky is blue {T}\n", encoding="utf-8")
    sets = read_sets([tmp_path / "words.csv", tmp_path / "quiz.gift"])
    assert [(s.slug, len(s.questions)) for s in sets] == [("words", 1), ("quiz", 1)]
    forced = read_sets([tmp_path / "quiz.data"], fmt="gift", slug="sky")
    assert forced[0].slug == "sky"


def test_every_problem_of_every_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "latin1.csv").write_bytes("a,b\ncafé,x\n".encode("latin-1"))
    (tmp_path / "ok.csv").write_text("a,b\n", encoding="utf-8")
    (tmp_path / "ok.gift").write_text("// slug: ok\nSky is blue {T}\n", encoding="utf-8")
    (tmp_path / "deck.apkg").write_bytes(b"PK")
    paths = [tmp_path / n for n in ("latin1.csv", "ok.csv", "ok.gift", "deck.apkg", "gone.csv")]
    with pytest.raises(QuestionFileError) as caught:
        read_sets(paths)
    lines = [line.replace(f"{tmp_path}/", "") for line in str(caught.value).splitlines()]
    assert lines == [
        "latin1.csv:2: is not UTF-8 text (byte 0xe9); save it as UTF-8",
        "deck.apkg: apkg files cannot be imported; importable formats: cards, csv, gift, xml, yaml",
        "gone.csv: cannot be read: No such file or directory",
        "ok.gift: field slug: 'ok' is already the slug of ok.csv",
    ]


def test_a_slug_names_one_set_so_it_goes_with_one_file(tmp_path: Path) -> None:
    with pytest.raises(QuestionFileError, match="--slug names one set"):
        read_sets([tmp_path / "a.csv", tmp_path / "b.csv"], slug="x")


@pytest.mark.parametrize("ending", ["\r", "\r\n", "\n"])
def test_csv_and_gift_files_with_any_line_ending_are_read_alike(ending: str) -> None:
    csv_text = ending.join(["front,back", "مرحبا,Hello", "شكرا,Thank you", ""])
    cards = parse_set("words.csv", csv_text.encode()).questions
    assert [(q.prompt, q.answer, q.source.text) for q in cards] == [
        ("مرحبا", "Hello", "مرحبا,Hello"),
        ("شكرا", "Thank you", "شكرا,Thank you"),
    ]
    gift_text = ending.join(
        ["::a:: Sky is blue {T}", "", "::b:: Two and two {=four ~five ~six}", ""]
    )
    questions = parse_set("quiz.gift", gift_text.encode()).questions
    assert [(q.id, q.answer) for q in questions] == [("a", True), ("b", "four")]
