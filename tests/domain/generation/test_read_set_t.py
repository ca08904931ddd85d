"""Shapes read off set t, a fresh set of news stories read (not judged) in the twenty-seventh
session: each text here is written for the test, not taken from an article."""

from studyapp.domain.generation import generate, propose

ZOO_EN = (
    "Zoo's panda gives birth\n\n"
    "The Riverside Zoo's giant panda gave birth to a cub on Sunday night.\n\n"
    "“It was very exciting, but it was a quiet excitement,” Jessica Moreno, Sr. Panda Keeper at "
    "the zoo, said.\n\n"
    "Zookeepers won’t know the cub’s gender for about two months, said Megan Hart, the zoo's "
    "Conservation Program Manager.\n"
)


def test_a_keepers_title_after_her_name_is_no_gap():
    keys = {q.accepted_answers[0] for q in propose(ZOO_EN, language="en").questions}
    assert not {"Panda Keeper", "Sr. Panda Keeper"} & keys, keys


BANK_EN = (
    "Wipro shares jump after results\n\n"
    "Shares of Wipro jumped 9 per cent to Rs. 417.50 on Monday after its quarterly results.\n\n"
    "“Wipro’s Q1 results was broadly in-line with estimates,” said Vivek Mahajan, Head of "
    "Research, Aditya Birla Money.\n\n"
    "Wipro chairman Azim Premji said profit rose 10.7 per cent in the quarter.\n"
)


def test_a_head_of_research_is_asked_as_one_role():
    prompts = [q.prompt for q in generate(BANK_EN, language="en").questions]
    assert not any("Research's" in p for p in prompts), prompts
    assert "Who is the Head of Research?" in prompts, prompts


CLADDING_EN = (
    "Tower block cladding to be replaced\n\n"
    "Cladding at two Poole tower blocks is to be replaced at a cost of £3.8m, a council has "
    "agreed.\n\n"
    "The authority also approved a bid to the Ministry of Housing, Communities and Local "
    "Government (MHCLG) for a government grant towards the works.\n"
)


def test_no_gap_on_the_first_part_of_a_name_its_acronym_shows_goes_on():
    keys = {q.accepted_answers[0] for q in propose(CLADDING_EN, language="en").questions}
    assert "Ministry of Housing" not in keys, keys
