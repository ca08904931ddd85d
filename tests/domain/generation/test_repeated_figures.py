# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A health story as county papers write it: the same total in two sentences, a federal
agency with "for" and "and" in its name, a virus named with digits, and a count whose clause
runs through "or"."""

from studyapp.domain.generation import generate
from studyapp.domain.generation.number_keys import number_forms

FLU_EN = """County receives H1N1 vaccines

Local providers and the county health department received H1N1 flu vaccines Thursday as the number of hospitalizations rose to 37.

Six residents were hospitalized with probable or confirmed cases of the virus in the past week, according to Susan Klein, a department spokeswoman.

Three of the 37 hospitalized patients later died, and two H1N1 patients who were not county residents died in county hospitals.

Vaccines will go first to those identified by the Centers for Disease Control and Prevention as at the highest risk.
"""


def _questions():
    return generate(FLU_EN, language="en").questions


def test_a_total_the_article_repeats_is_asked_once():
    asked = [
        q for q in _questions() if q.category == "number" and "37" in [str(a) for a in q.answer]
    ]
    assert len(asked) == 1, [q.prompt for q in asked]


def test_an_agency_named_with_for_and_and_is_one_name():
    answers = [a for q in _questions() if q.type == "cloze" for a in q.answer]
    assert not {"Centers", "Disease Control", "Prevention"} & set(answers), answers


def test_a_count_is_not_cut_inside_a_phrase_that_or_runs_through():
    prompts = [q.prompt for q in _questions() if q.prompt.startswith("How many residents")]
    assert prompts == ["How many residents were hospitalized?"], prompts


def test_the_digits_of_a_code_are_no_number_to_accept():
    assert number_forms("two H1N1 patients") == ["2 H1N1 patients"]
    assert number_forms("COVID-19 cases") == []
    assert number_forms("Sh17.8 billion") == ["17.8"]  # a currency's letters are no code
    assert number_forms("$12-million") == ["12"]


BUS_EN = """Bus fare hike fails to hit revenue goal

Operating the bus system cost nearly $142 million last year, according to an annual report.

The city plans to open 12 new stations and hire 240 drivers by June.
"""


def test_a_number_is_accepted_with_the_plural_it_counts_not_the_next_word():
    accepted = {
        q.answer[0]: q.answer[1:]
        for q in generate(BUS_EN, language="en").questions
        if q.type == "cloze"
    }
    assert "142 million last" not in accepted.get("142 million", []), accepted
    assert "12 new" not in accepted.get("12", []), accepted
    assert "240 drivers" in accepted.get("240", []), accepted
