"""A city's name is answered whole: "Francisco" is a census surname and "Monica" a given name,
but neither is San Francisco or Santa Monica, and "San" is no given name shared with the city
named before "and" (a gap keyed "San Jose" accepted "Jose")."""

from studyapp.domain.generation import propose

CITIES_EN = (
    "Chipmakers raise their forecasts\n\n"
    "Analysts in Los Angeles and San Francisco said on Monday that demand for the chips shows "
    "no sign of slowing.\n\n"
    "The company will open a research centre in Santa Monica next year.\n\n"
    "Its chief executive spoke at the company's developer conference in San Jose.\n"
)


def test_a_citys_name_is_never_answered_by_a_half_of_it():
    drafts = propose(CITIES_EN, language="en").questions
    accepted = {q.accepted_answers[0]: q.accepted_answers for q in drafts if q.type == "cloze"}
    cities = ("Los Angeles", "San Francisco", "Santa Monica", "San Jose")
    assert set(cities) <= set(accepted), accepted
    for city in cities:
        assert accepted[city] == [city]
