# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A speaker found by role shares a role word with the role, not "the" and "of"."""

from studyapp.domain.generation import generate

COUNCIL_EN = """Town faces repair bill

Town manager Paula Grant, director of the harbour city works, said the roads would be repaired first.

“We have 40 bridges that need work,” a visiting engineer told the city council on Monday.

“We will ask the state for help,” Grant said.
"""


def test_a_quote_told_to_the_city_council_is_not_given_to_the_director_of_the_city_works():
    questions = generate(COUNCIL_EN, language="en").questions
    said = {
        q.prompt: q.answer
        for q in questions
        if q.category == "attribution" and "bridges" in q.source.text
    }
    assert not any("Paula Grant" in f"{prompt} {answer}" for prompt, answer in said.items()), said
