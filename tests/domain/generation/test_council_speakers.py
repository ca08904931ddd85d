# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A council story as local papers write it: "Council Member Tag Green said", two members with
the same title, words reported with "he" and "she", and quotes that say "We’re"."""

from studyapp.domain.generation import generate

COUNCIL_EN = """Keller council votes against land use plan

“Nobody wants to change your zoning right now,” Council Member Tag Green said for clarification. “That’s a different process.”

“It is a living document,” Green said at the Nov. 5 meeting. “It will change as the city changes.”

Mayor Pat McGrail said he does not support the proposed plan, which has been two years in the making.

“But here we are two years later, and it’s still controversial,” McGrail said. “I hate that. We’re all one city.”

Council Member Chris Whatley voted against the majority, and City Manager Mark Hafner said the city will defer to the current plan.

Council member Dana Price said she would ask for a new vote in the spring.
"""


def _questions():
    return generate(COUNCIL_EN, language="en").questions


def test_a_council_member_who_speaks_is_a_person_asked_who_said():
    who = {q.prompt: q.answer for q in _questions() if q.category == "attribution"}
    assert who.get('Who said: "It is a living document"?') == "Tag Green", who
    assert not any(p.startswith("According to which organisation") for p in who), who


def test_words_reported_with_she_are_asked_as_reported_not_as_a_quote():
    prompts = [q.prompt for q in _questions() if q.category == "attribution"]
    reported = [p for p in prompts if "would ask for a new vote" in p]
    assert reported and all(p.startswith("Who said that she ") for p in reported), prompts
    assert not any('"he ' in p or '"she ' in p for p in prompts), prompts


def test_a_title_two_people_hold_is_not_asked_as_who_holds_it():
    prompts = [q.prompt for q in _questions() if q.category == "role"]
    assert not any(p.startswith("Who is the Council Member") for p in prompts), prompts
    assert "What is Tag Green's role?" in prompts, prompts


def test_a_pronoun_with_its_contraction_is_no_name():
    answers = [str(q.answer) for q in _questions()] + [str(q.choices) for q in _questions()]
    assert not any("We’re" in a for a in answers), answers
