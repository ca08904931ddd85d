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
