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
