# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes read off fresh news after its blind review: the set w of the hundred-and-fifty-sixth
review (docs/reviews/held-out/2026-12-06-hundred-and-fifty-sixth.jsonl), each on a text
written for the test. "Set w's reviewer" below is that review's."""

from studyapp.domain.generation import document, keys, mentions, propose
from studyapp.domain.grading import grade

MEASLES_EN = """CDC warns of measles as cases rise

Officials at the Centers for Disease Control and Prevention are concerned that measles infections continue to rise in the United States.

Gov. Maura Healey toured the clinic on Thursday in Turners Falls, a village of Montague, where the Falls Road school closed for the week.
"""


def test_an_organisation_is_right_by_the_initials_the_article_writes():
    """ "Officials at the ____" keyed "Centers for Disease Control and Prevention" marked "CDC",
    in the headline, wrong (set w's reviewer)."""
    [gap] = [
        q
        for q in propose(MEASLES_EN, language="en").questions
        if q.type == "cloze" and q.answer[0].startswith("Centers for")
    ]
    assert grade(gap, "CDC").correct


def test_a_places_generic_last_word_is_no_answer_alone():
    """ "… on Thursday in ____, a village of Montague" keyed "Turners Falls" accepted "Falls"
    (set w), as "Dominion Hills" accepted "Hills" (set u)."""
    assert "Falls" not in keys.other_forms("Turners Falls", MEASLES_EN)
    assert "Hills" not in keys.other_forms(
        "Dominion Hills", "the Dominion Hills area. Hills and fields."
    )


def test_a_gap_in_someones_words_leaves_a_verb_like_cause_in_the_prompt():
    """ "… the measles virus can get down into your chest and ____" keyed "cause pneumonia"
    (set w's reviewer: garbled, "pneumonia" marked wrong)."""
    text = 'Measles cases rise\n\n"Parents are delaying their children from being vaccinated against this disease," Dr. William Schaffner, an infectious disease specialist, said.\n\n"The measles virus can get down into your chest and cause pneumonia. Even more seriously, it can get into your brain and cause inflammation," Schaffner said.\n'
    keys_ = [q.answer[0] for q in propose(text, language="en").questions if q.type == "cloze"]
    assert not any(key.split()[0] in ("cause", "causes") for key in keys_), keys_


def test_a_definition_whose_head_names_no_kind_is_not_asked():
    """ "What are Declining birth rates?" keyed "a factor" (set w's reviewer: garbled)."""
    text = "Board votes to close two schools\n\nThe board voted on Tuesday to close two elementary schools because of falling enrollment.\n\nIt’s a trend consistent with other school districts in the Bay Area, given the high cost of housing. Declining birth rates are a factor too.\n"
    prompts = [
        q.prompt for q in propose(text, language="en").questions if q.category == "definition"
    ]
    assert not any("birth rates" in p.casefold() for p in prompts), prompts


def test_a_word_grading_the_first_item_goes_with_it_not_the_stem():
    """ "Measles symptoms include high …" with "fever", "cough", "runny nose": only "fever"
    takes "high" (set w's reviewer: garbled)."""
    text = "Measles cases rise\n\nMeasles cases rose again this spring, officials said on Monday.\n\nMeasles symptoms include high fever, cough and runny nose, followed by a rash.\n"
    [listed] = [q for q in propose(text, language="en").questions if q.type == "multi"]
    assert not listed.prompt.rstrip('…" ').endswith("high"), listed.prompt
    assert "high fever" in listed.answer


def test_on_before_a_verbal_noun_is_the_preposition_not_the_name_ali():
    """«سبل مساعدة الشعب السوري على استعادة وحدته» gave a person «على استعادة» with the role
    «مساعدة الشعب السوري» (set w's reviewer: garbled)."""
    text = "شكري يلتقي المقداد\n\nوأضاف المتحدث باسم وزارة الخارجية أحمد أبو زيد أن المحادثات تناولت أيضاً سبل مساعدة الشعب السوري على استعادة وحدته وسيادته.\n"
    doc = document.parse(text, "ar", None)
    mentions.spot(doc)
    assert not any("استعادة" in name for name in doc.people), list(doc.people)
