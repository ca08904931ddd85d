"""Numerical and matching questions: read from GIFT as Moodle reads them, graded exactly."""

from __future__ import annotations

import pytest

from studyapp.domain.formats import apkg, csv_format, gift, gift_read
from studyapp.domain.grading import AGAIN, GOOD, HARD, InvalidResponse, grade
from studyapp.domain.numerical import parse_number
from studyapp.domain.question_files import dump, load_text
from studyapp.domain.questions import Question, Source, validate

GIFT = """::pi:: Pi to two places? {#3.14:0.005}

::range:: A number from 1 to 5 {#1..5}

::year:: When did Apollo 11 land? {#=1969:0 =%50%1969:2}

::capitals:: Match each country with its capital. {
=Canada -> Ottawa =Italy -> Rome
=Japan -> Tokyo = -> Paris}

::steps:: Put in order {=1 -> boil =2 -> pour =3 -> drink}
"""


@pytest.fixture(scope="module")
def questions() -> dict[str, Question]:
    qset = gift_read.parse(GIFT, "quiz.gift", None, None)
    return {q.id: q for q in qset.questions}


def test_gift_numerical_forms_read_as_moodle_reads_them(questions: dict[str, Question]) -> None:
    assert questions["pi"].answer == [{"value": 3.14, "tolerance": 0.005, "weight": 100.0}]
    assert questions["range"].answer == [{"value": 3.0, "tolerance": 2.0, "weight": 100.0}]
    assert questions["year"].answer == [
        {"value": 1969.0, "tolerance": 0.0, "weight": 100.0},
        {"value": 1969.0, "tolerance": 2.0, "weight": 50.0},
    ]


def test_gift_matching_is_its_own_type_and_numbered_steps_stay_an_order(
    questions: dict[str, Question],
) -> None:
    capitals = questions["capitals"]
    assert capitals.type == "matching"
    assert capitals.answer == [["Canada", "Ottawa"], ["Italy", "Rome"], ["Japan", "Tokyo"]]
    assert capitals.choices == ["Ottawa", "Rome", "Tokyo", "Paris"]
    assert questions["steps"].type == "order"


def test_the_gift_export_reads_back_the_same(questions: dict[str, Question]) -> None:
    qset = gift_read.parse(GIFT, "quiz.gift", None, None)
    back = gift_read.parse(gift.export(qset), "again.gift", None, None)
    assert [(q.type, q.answer, q.choices) for q in back.questions] == [
        (q.type, q.answer, q.choices) for q in qset.questions
    ]


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("3.14", 3.14),
        ("3,14", 3.14),
        ("٣٫١٤", 3.14),
        ("٣،١٤", 3.14),
        ("۳٫۱۴", 3.14),
        ("−2.5", -2.5),
        ("1,234.5", 1234.5),
        ("١٬٢٣٤", 1234.0),
        ("1e3", 1000.0),
        ("three", None),
        ("3.1.4", None),
        ("", None),
    ],
)
def test_numbers_are_read_as_students_type_them(typed: str, value: float | None) -> None:
    assert parse_number(typed) == value


@pytest.mark.parametrize(
    ("typed", "correct", "rating"),
    [
        ("3.14", True, GOOD),
        ("3.145", True, GOOD),  # the edge of the tolerance is inside
        ("3.135", True, GOOD),
        ("٣٫١٤٥", True, GOOD),
        ("3.1451", False, AGAIN),
        ("3.1349", False, AGAIN),
    ],
)
def test_numerical_grading_holds_the_tolerance_exactly(
    questions: dict[str, Question], typed: str, correct: bool, rating: int
) -> None:
    verdict = grade(questions["pi"], typed)
    assert (verdict.correct, verdict.rating) == (correct, rating)


def test_part_marks_are_hard_and_not_correct(questions: dict[str, Question]) -> None:
    year = questions["year"]
    assert grade(year, "1969").correct is True
    part = grade(year, "1971")
    assert (part.correct, part.score, part.rating) == (False, 0.5, HARD)
    assert grade(year, "1972").rating == AGAIN


def test_text_that_is_no_number_is_refused_not_marked_wrong(
    questions: dict[str, Question],
) -> None:
    with pytest.raises(InvalidResponse):
        grade(questions["pi"], "pi")
    assert grade(questions["pi"], " ").feedback == "empty"


def test_matching_counts_pairs_as_moodle_and_rates_all_right_good(
    questions: dict[str, Question],
) -> None:
    capitals = questions["capitals"]
    right = grade(capitals, ["Ottawa", "Rome", "Tokyo"])
    assert (right.correct, right.rating, right.score) == (True, GOOD, 1.0)
    two = grade(capitals, ["Ottawa", "Rome", "Paris"])
    assert (two.correct, two.rating) == (False, HARD)
    assert two.score == pytest.approx(2 / 3)
    one = grade(capitals, ["Ottawa", "Tokyo", "Rome"])
    assert (one.correct, one.rating) == (False, AGAIN)
    with pytest.raises(InvalidResponse):
        grade(capitals, ["Ottawa", "Rome"])
    with pytest.raises(InvalidResponse):
        grade(capitals, ["Ottawa", "Rome", "Berlin"])


def test_malformed_new_questions_are_named() -> None:
    source = Source(0, 4, "text")
    numeric = Question("n", "numerical", "How many?", [{"value": 3, "weight": 50}], source)
    assert validate(numeric, "text") == [
        ("answer", "needs one value worth full marks (weight 100)")
    ]
    pairs = Question("m", "matching", "Match", [["a", "x"], ["a", "y"]], source, choices=["x", "y"])
    assert validate(pairs, "text") == [("answer", "has the same left item twice")]
    missing = Question("m", "matching", "Match", [["a", "x"], ["b", "y"]], source, choices=["x"])
    assert validate(missing, "text")[0][0] == "choices"


YAML = """slug: moon
title: Moon
language: en
article: Apollo 11 landed in 1969. Ottawa is the capital of Canada, Rome of Italy.
questions:
  - id: landing
    type: numerical
    category: date
    prompt: When did Apollo 11 land on the Moon?
    answer:
      - {value: 1969, tolerance: 0}
      - {value: 1969, tolerance: 2, weight: 50}
    source: {quote: landed in 1969}
  - id: exact
    type: numerical
    category: number
    prompt: Which Apollo landed first?
    answer: 11
    source: {quote: Apollo 11}
  - id: capitals
    type: matching
    category: place
    prompt: Match each country with its capital.
    choices: [Ottawa, Rome, Paris]
    answer: {Canada: Ottawa, Italy: Rome}
    source: {quote: Ottawa}
"""


def test_the_yaml_shorthands_load_and_a_dump_loads_back_the_same() -> None:
    qset = load_text(YAML, name="moon.yaml")
    landing, exact, capitals = qset.questions
    assert grade(landing, "1970").score == 0.5
    assert exact.answer == [{"value": 11, "tolerance": 0.0, "weight": 100.0}]
    assert capitals.answer == [["Canada", "Ottawa"], ["Italy", "Rome"]]
    back = load_text(dump(qset), name="again.yaml")
    assert back.questions == qset.questions


def test_cards_show_the_value_and_the_pairs_and_anki_fronts_do_not_pair_them_up() -> None:
    qset = gift_read.parse(GIFT, "quiz.gift", None, None)
    rows = csv_format.export(qset).removeprefix(csv_format.ANKI_HEADER).splitlines()
    assert rows[0] == "Pi to two places?,3.14 ± 0.005"
    assert rows[3] == (
        "Match each country with its capital.,Canada: Ottawa · Italy: Rome · Japan: Tokyo"
    )
    capitals = next(q for q in qset.questions if q.id == "capitals")
    front = apkg.note(qset, capitals).fields[1]
    assert front.index("Canada") < front.index("Italy") < front.index("Japan")
    rights = [front.index(city) for city in ("Ottawa", "Paris", "Rome", "Tokyo")]
    assert rights == sorted(rights)  # sorted, not in the pairs' order
