"""A person the article names once in full and then by surname alone ("Elina Svitolina" …
"Svitolina said") is a person: her words are asked "Who said", never "According to which
organisation", with the other players' names as the wrong choices."""

from studyapp.domain.generation import generate

FINAL_EN = (
    "Svitolina wins the WTA Finals\n\n"
    "Elina Svitolina beat Sloane Stephens 3-6, 6-2, 6-2 in the final in Singapore on Sunday.\n\n"
    '"I think I have nothing to prove anymore to anyone," Svitolina said after the match.\n\n'
    '"I thought she played well and it was obviously a tough match," Stephens said.\n\n'
    "Apple said it would sponsor the tournament again next year.\n"
)


def test_a_surname_that_speaks_names_a_person_not_an_organisation():
    questions = generate(FINAL_EN, language="en").questions
    assert not any("which organisation" in q.prompt for q in questions), [
        q.prompt for q in questions
    ]
    who = {q.prompt: q.answer for q in questions if q.prompt.startswith("Who said")}
    quote = 'Who said: "I think I have nothing to prove anymore to anyone"?'
    assert quote in who, list(who)
    assert "Elina Svitolina" in who[quote] and "Svitolina" in who[quote]


GAME_EN = (
    "Spurs beat Thunder 102-95\n\n"
    "The San Antonio Spurs beat the Oklahoma City Thunder 102-95 on Sunday, with Manu Ginobili "
    "scoring 24 points off the bench.\n\n"
    "DeJuan Blair added 14 rebounds for San Antonio, which has won six straight games.\n\n"
    '"We played with energy from the start," Spurs coach Gregg Popovich said after the game.\n\n'
    'Thunder coach Scott Brooks said his team missed too many free throws. "We did not finish,"'
    " Brooks said.\n"
)


def test_a_place_that_opens_with_a_given_name_is_no_person():
    questions = generate(GAME_EN, language="en").questions
    shown = [f"{q.prompt} {q.answer} {q.choices}" for q in questions if q.type != "cloze"]
    assert not any("Antonio Spurs" in text.replace("San Antonio Spurs", "") for text in shown)
    who = {q.prompt: q.answer for q in questions if q.prompt.startswith("Who said")}
    assert who.get('Who said: "We played with energy from the start"?') == "Gregg Popovich", who
