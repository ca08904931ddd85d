"""The choices for a speaker or an office holder are people who speak or hold a role; someone
the article only speaks of (a victim, a relative) is offered only when too few others are."""

from studyapp.domain.generation import generate

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
