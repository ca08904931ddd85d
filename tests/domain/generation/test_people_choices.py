# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""The choices for a speaker or an office holder are people who speak or hold a role; someone
the article only speaks of (a victim, a relative) is offered only when too few others are."""

from studyapp.domain.generation import generate, roles
from studyapp.domain.generation.document import parse
from studyapp.domain.generation.mentions import spot

DETECTIVE_EN = (
    "Detective convicted of lying to police\n\n"
    "A former detective who was liaison officer to the family of murder victim Emily Carter "
    "was convicted yesterday of lying to investigators.\n\n"
    "Judge Gerald Gordon told the court the officer had betrayed the trust placed in him.\n\n"
    '"Once he has been convicted of a serious offence such as this the likelihood is that he '
    'will be dismissed," said Detective Superintendent Gary Ingrey, head of professional '
    "standards at the county police.\n\n"
    "Retired chief inspector Brian Stevens said he had to break the news of the murder to the "
    "family of Emily Carter.\n"
)


def test_the_victim_is_no_choice_for_who_said_or_who_holds_the_office():
    questions = generate(DETECTIVE_EN, language="en").questions
    people = [q for q in questions if q.type == "mcq" and q.category in ("attribution", "role")]
    assert people, [q.prompt for q in questions]
    for question in people:
        assert "Emily Carter" not in question.choices, (question.prompt, question.choices)


PORT_EN = (
    "Traders welcome changes at the port\n\n"
    "Shippers and traders have welcomed the appointment of a new board at the port authority, "
    "saying it will improve performance.\n\n"
    "The recruitment of the new managing director is in progress after applications closed "
    "last week.\n\n"
    "Peter Otieno, national chairman of the Freight Forwarders Association, said the new board "
    "should act fast.\n\n"
    'Shippers Council CEO Mary Wanjiku said: "Whoever takes over must be a performer."\n'
)


def test_a_roles_wrong_choices_come_from_the_article_not_from_another_field():
    doc = parse(PORT_EN, "en", None)
    spot(doc)
    (role,) = [q for q in roles.extract(doc) if q.prompt.startswith("What is Peter Otieno's")]
    # the article's own roles, none of another field ("chief technology officer")
    wrong = set(role.choices) - {"national chairman"}
    assert wrong == {"managing director", "Shippers Council CEO"}, role.choices


ECB_EN = """Central bank keeps rates on hold

FRANKFURT - The European Central Bank kept its main interest rate at 0.25 per cent on Thursday, as inflation in the 18 countries that use the euro stayed low.

ECB President Mario Draghi told a news conference that the bank's governing council was unanimous in its commitment to use unconventional tools if needed.

"The bank wants to keep all options on the table," said Annalisa Piazza, an economist at Newedge Strategy in London.

Jonathan Loynes, chief European economist at Capital Economics, said: "We still think the ECB will have to act again at some point to boost the sluggish recovery."
"""


def test_a_banks_president_is_offered_before_famous_names_outside_the_article():
    """ "ECB President" heads a bank, not a state: he is a fair choice for an economist's words,
    before Janet Yellen or Larry Fink, whom the article never names."""
    questions = generate(ECB_EN, language="en").questions
    asked = [q for q in questions if q.prompt.startswith('Who said: "The bank wants to keep')]
    assert asked and "Mario Draghi" in asked[0].choices, [(q.prompt, q.choices) for q in asked]
