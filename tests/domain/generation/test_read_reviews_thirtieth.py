"""Shapes found in the reviews of fresh news when the confidence was checked against them
(thirtieth session). Each text is written for its test."""

from studyapp.domain.generation import generate
from studyapp.domain.generation.spellings import spelled_out
from studyapp.domain.grading import grade

ELECTIONS_EN = (
    "Two counties to hold by-elections\n\n"
    "The Independent Electoral and Boundaries Commission (IEBC) has set dates for by-elections "
    "in Kiambu and Nyeri after the deaths of two governors.\n\n"
    "In a statement on Tuesday, IEBC said it will conduct elections for governorship positions "
    "in the two counties on March 4.\n\n"
    'Interior Secretary Kipchumba Murkomen said police would guard the polls. "We will deploy '
    'officers to every polling station," Murkomen said.\n'
)


def test_a_body_asked_by_its_letters_takes_the_name_they_stand_for() -> None:
    questions = generate(ELECTIONS_EN, language="en").questions
    asked = [q for q in questions if q.type == "short" and q.answer[0] == "IEBC"]
    assert asked, [(q.prompt, q.answer) for q in questions]
    assert grade(asked[0], "Independent Electoral and Boundaries Commission").correct
    assert grade(asked[0], "IEBC").correct
    assert not grade(asked[0], "Kipchumba Murkomen").correct


def test_letters_are_spelt_out_over_small_words_but_not_from_half_a_name() -> None:
    assert spelled_out("ACCC", "The Australian Competition and Consumer Commission said.") == [
        "Australian Competition and Consumer Commission"
    ]
    # Four words stand for "CDCP": the first three are not "CDC".
    assert spelled_out("CDC", "the Centers for Disease Control and Prevention said") == []
    assert spelled_out("UN", "Talks at the United Nations, in New York") == ["United Nations"]


def test_a_date_with_its_year_is_graded_right_in_either_order() -> None:
    text = (
        "Council signs off annual plan\n\n"
        "Wairoa District Council met on Tuesday to sign off its annual plan for the year "
        "ending 30 June, 2021.\n\n"
        'Mayor Craig Little said the rates rise was kept to 4.5 per cent. "It has been a '
        'tough year," Little said.\n'
    )
    questions = generate(text, language="en").questions
    asked = [q for q in questions if q.category == "date" and "2021" in q.answer[0]]
    assert asked, [(q.prompt, q.answer) for q in questions]
    for typed in ("30 June 2021", "June 30, 2021", "June 30 2021"):
        assert grade(asked[0], typed).correct, typed
    assert not grade(asked[0], "June 30, 2022").correct
