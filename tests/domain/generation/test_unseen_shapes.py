# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""Shapes blind reviewers met in news no rule had seen: a role that ran on into what its holder
said, and an agency's name glued to the dash that closes the dateline."""

from studyapp.domain.generation import generate

DEAL_AR = """شركة اتصالات تشتري منافستها

أعلنت شركة "أيه. تي. آند تي" الأمريكية للاتصالات أمس أنها ستشتري شركة "تي موبايل" مقابل 39 مليار دولار.

وقال راندال ستيفنسون رئيس الشركة إن الصفقة ستوفر خدمات أفضل للمستهلكين.
"""


def test_a_role_after_a_name_stops_before_what_its_holder_said():
    questions = generate(DEAL_AR, language="ar").questions
    roles = [q.prompt for q in questions if q.category == "role"]
    assert roles, [q.prompt for q in questions]
    assert not any("الصفقة" in p for p in roles), roles
    assert any("رئيس الشركة" in p for p in roles), roles


ELECTION_EN = """Maduro re-elected

Caracas, SANA-Venezuela- The National Electoral Council announced that President Nicolas Maduro won the election with 51.2 percent of the votes.

Opposition candidate Edmundo Gonzalez received 44.2 percent, the council said.
"""


def test_an_agency_glued_to_the_datelines_dash_is_not_asked():
    keys = [
        answer
        for q in generate(ELECTION_EN, language="en").questions
        if q.type == "cloze"
        for answer in q.answer
    ]
    assert "Edmundo Gonzalez" in keys, keys
    assert not any("SANA" in key for key in keys), keys
