# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A list of names with no wrong choice of its kind to offer is asked typed: "Name one of …",
every name (and its usual forms) marked right."""

from studyapp.domain.generation import generate, propose
from studyapp.domain.grading import grade

ONLY_COACH = (
    "Rovers coach unhappy after heavy defeat\n\n"
    "Rovers lost 3-0 away from home on Wednesday.\n\n"
    "Rovers boss Daniel Mayer wasn’t too disappointed as he suggested that injuries to key players like Pedro Alvarez and Carlos Rossi changed the game.\n\n"
    "“We conceded from three set-pieces. It is not an excuse,” Mayer said."
)
ONLY_COACH_AR = (
    "مدرب الفريق: الإصابات أثرت على الأداء\n\n"
    "خسر الفريق أمس بثلاثة أهداف دون رد.\n\n"
    "وأكد المدرب سعد العتيبي أن الفريق تأثر بغياب بعض اللاعبين الأساسيين مثل ياسر حمدان وفهد رضوان بسبب الإصابة.\n\n"
    "وقال العتيبي إن الفريق سيعود أقوى في المباراة المقبلة."
)


def _named(text: str, language: str) -> list:
    return [
        q
        for q in propose(text, language=language).questions
        if (q.type, q.category) == ("short", "entity")
    ]


def test_two_injured_players_and_no_other_player_are_asked_typed_either_name_right() -> None:
    (question,) = _named(ONLY_COACH, "en")
    assert question.type == "short"
    assert question.prompt.startswith("Name one of the two people")
    assert "injuries to key players like …" in question.prompt
    assert "Pedro Alvarez" not in question.prompt and "Carlos Rossi" not in question.prompt
    for typed in ("Pedro Alvarez", "Carlos Rossi", "Rossi", "alvarez"):
        assert grade(question, typed).correct, typed
    assert not grade(question, "Daniel Mayer").correct  # the coach who names them is no answer
    assert question.prompt in [q.prompt for q in generate(ONLY_COACH, language="en").questions]


def test_an_arabic_list_of_two_players_is_asked_typed() -> None:
    (question,) = _named(ONLY_COACH_AR, "ar")
    assert question.prompt.startswith("اذكر اسمًا واحدًا مما يكمل العبارة")
    assert "مثل …»" in question.prompt
    for typed in ("ياسر حمدان", "فهد رضوان", "رضوان"):
        assert grade(question, typed).correct, typed


def test_a_list_with_other_people_of_its_kind_keeps_its_select_all() -> None:
    text = ONLY_COACH.replace(
        "“We conceded",
        "Striker Tom Baker scored late, and defender Luis Gomez was booked.\n\n“We conceded",
    )
    assert _named(text, "en") == []
    (multi,) = [q for q in propose(text, language="en").questions if q.type == "multi"]
    assert multi.answer == ["Pedro Alvarez", "Carlos Rossi"]


def test_a_list_that_goes_on_past_its_names_is_not_asked() -> None:
    # "as well as phone maker Ericsson": a third company completes the sentence too, and a
    # typed "Ericsson" would be marked wrong.
    text = (
        "Costs squeeze consumer groups\n\n"
        "(Reuters) – Results from companies Procter & Gamble Co and Danone SA as well as phone maker Ericsson on Tuesday show higher costs.\n\n"
        "Danone said prices would rise next year."
    )
    assert _named(text, "en") == []
    assert not [q for q in propose(text, language="en").questions if q.type == "multi"]


def test_a_choice_question_offering_the_listed_people_is_asked_typed_beside_the_list() -> None:
    # "Who is the Rovers boss?" among the two injured players printed the typed list's answers
    # (reviewers rejected the list as a duplicate): asked typed, both questions stand.
    questions = generate(ONLY_COACH, language="en").questions
    role = next(q for q in questions if q.prompt == "Who is the Rovers boss?")
    assert role.type == "short" and role.choices is None
    assert grade(role, "Mayer").correct and not grade(role, "Pedro Alvarez").correct
    listed = [q for q in questions if q.prompt.startswith("Name one of the two people")]
    assert listed and "Daniel Mayer" not in listed[0].prompt  # nor does the list print his name
    assert not any(
        q.type == "cloze" and q.answer[0] in ("Pedro Alvarez", "Carlos Rossi") for q in questions
    )
