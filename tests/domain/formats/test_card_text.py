"""Quizlet's term files, Anki's notes and sniffing a .txt file; questions a reader skips."""

from __future__ import annotations

import pytest

from studyapp.domain.formats import card_text, parse_set, sniff
from studyapp.domain.formats.card_text import Separators
from studyapp.domain.question_files import QuestionFileError


def cards(text: str, separators: Separators | None = None) -> list[tuple[str, str]]:
    qset = card_text.parse(text, "terms.txt", None, None, separators or Separators())
    return [(q.prompt, str(q.answer)) for q in qset.questions]


def test_the_term_ends_at_the_first_separator_and_the_definition_keeps_the_rest() -> None:
    text = "Paris,capital of France, on the Seine\nRome,capital of Italy\n"
    assert cards(text) == [
        ("Paris", "capital of France, on the Seine"),
        ("Rome", "capital of Italy"),
    ]


def test_quizlets_default_tab_and_new_line_and_quotes_kept() -> None:
    assert cards('"Carpe diem"\tseize the day\nsun\tشمس') == [
        ('"Carpe diem"', "seize the day"),
        ("sun", "شمس"),
    ]


def test_semicolons_between_cards_make_one_card_each() -> None:
    text = "a,1;b,2;c,3"
    assert cards(text) == [("a", "1"), ("b", "2"), ("c", "3")]  # guessed on one line
    assert len(cards("a - 1 // b - 2 // c - 3", Separators(" - ", " // "))) == 3
    # Quizlet's one line of semicolon cards saved as .csv: three cards, not one row.
    assert len(parse_set("q.csv", b"a,1;b,2;c,3").questions) == 3


def test_a_card_without_separator_is_skipped_with_its_line() -> None:
    qset = card_text.parse("sun\tشمس\nmoon\nstar\tنجم\n", "t.txt", None, None)
    assert [q.prompt for q in qset.questions] == ["sun", "star"]
    assert [(p.line, p.message) for p in qset.skipped] == [
        (2, "has no separator between term and definition")
    ]
    with pytest.raises(QuestionFileError, match="t.txt:2"):
        parse_set("t.txt", "sun\tشمس\nmoon\nstar\tنجم\n".encode())  # strict, as the CLI reads


def test_a_txt_file_is_sniffed() -> None:
    assert sniff("#separator:tab\n#html:false\na\tb\n") == "csv"
    assert sniff("::q1:: Sky is blue {T}\n") == "gift"
    assert sniff("// comment\nWho? {=me ~you}\n") == "gift"
    assert sniff("$CATEGORY: top/x\n\nQ {=a}\n") == "gift"
    assert sniff("sun\tشمس\nmoon\tقمر\n") == "cards"
    assert sniff("set {of} braces,meaning\n") == "cards"


def test_csv_without_a_header_keeps_a_backs_unquoted_commas() -> None:
    qset = parse_set("c.csv", b"Paris,capital of France, on the Seine\n")
    assert qset.questions[0].answer == "capital of France, on the Seine"


def test_skipped_gift_questions_leave_the_others_readable() -> None:
    text = "::a:: Sky is blue {T}\n\n::b:: How many? {=1 ~1 ~2}\n\n::c:: Grass is red {F}\n"
    qset = parse_set("q.gift", text.encode(), strict=False)
    assert [q.id for q in qset.questions] == ["a", "c"]
    assert [(p.line, p.question_id, p.field) for p in qset.skipped] == [(3, "b", "choices")]
