# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A titled name in a list is the next person, not the role of the one before; a role "at the
University of Lyon" keeps its organisation whole."""

from studyapp.domain.generation import generate

GUESTS_EN = """Scholars gather in Lyon

Several well-known writers attended the meeting, including poet Anna Berg, General Paul Martin, the hero of the river battle, and the painter Luc Moreau.

The meeting opened on Monday and will close on Friday with a reading.
"""

TRANSLATOR_EN = """A new translation appears

During the winter, Dubois, a professor at the University of Lyon, published his translation of the old chronicle in 1523.

Marc Dubois said the work had taken him eleven years.
"""


def test_a_general_named_after_a_poet_is_not_the_poets_role():
    questions = generate(GUESTS_EN, language="en").questions
    wrong = [
        (q.prompt, q.answer)
        for q in questions
        if q.category == "role" and "Paul Martin" in q.prompt and "Anna Berg" in str(q.answer)
    ]
    assert not wrong, wrong


def test_an_organisation_named_with_of_is_never_cut_into_a_possessive_or_a_half_name():
    questions = generate(TRANSLATOR_EN, language="en").questions
    prompts = [q.prompt for q in questions]
    assert not any("Lyon's" in p for p in prompts), prompts
    assert not any(q.answer == ["University"] for q in questions), prompts
    assert any(q.answer[:1] == ["Lyon"] or q.answer[:1] == ["1523"] for q in questions), prompts


PRIZE_EN = """Writer wins the fiction prize

The fiction prize of 2,500 dollars went to Ann Blake, said the head judge, Mark Doyle.

"The novel is remarkable for its ambition," said Geoffrey Wolff, another judge.

"It roams around the world," said Sarah Kent, a member of the panel.
"""


def test_a_role_one_of_several_hold_is_not_asked_who_holds_it():
    """ "Geoffrey Wolff, another judge" gave "Who is the another judge?": garbled, and not one
    person's role."""
    prompts = [q.prompt for q in generate(PRIZE_EN, language="en").questions]
    assert not any(p.startswith(("Who is the another", "Who is the a ")) for p in prompts), prompts
