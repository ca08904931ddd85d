# ruff: noqa: E501  (the articles are paragraphs, one line each)
"""A role written in lower case before a name ("Danone's finance chief Juergen Esser") is a
role a teacher asks about, with the company that owns it."""

from studyapp.domain.generation import generate

RESULTS_EN = """Food makers warn of higher costs

Results from Northway Foods and Kelmar Group on Tuesday showed higher costs and slower deliveries across the sector.

Northway Foods said it expected to raise prices again next year after a difficult summer in its dairy business.

“We see pressure on packaging, on transport and on energy, and we do not expect it to ease soon,” said Kelmar’s finance chief Lena Hartmann.

Kelmar Group kept its forecast for the year and said its margins would be protected by savings.
"""


def _role_questions(text: str) -> dict[str, object]:
    questions = generate(text, language="en").questions
    return {q.prompt: q.answer for q in questions if q.category == "role"}


def test_a_lower_case_role_before_a_name_is_asked_with_its_company():
    roles = _role_questions(RESULTS_EN)
    asked = [p for p, a in roles.items() if "Lena Hartmann" in str(a) or "Lena Hartmann" in p]
    assert asked, roles
    assert any("Kelmar" in p and "finance chief" in p for p in asked), asked


def test_the_possessive_company_is_not_part_of_the_role():
    roles = _role_questions(RESULTS_EN)
    assert not any(
        "Kelmar’s finance" in str(a) or "Kelmar's finance" in str(a) for a in roles.values()
    ), roles


RISK_EN = """Retailer plans its own warehouses

Greenline, the grocery chain, said on Monday it would build its own warehouses over the next five years.

This could be a long-term risk for some regional hauliers, which now carry most of its goods.
"""


def test_a_gap_on_who_is_at_risk_leaves_the_quantifier_in_the_prompt():
    questions = generate(RISK_EN, language="en").questions
    risk = [q for q in questions if q.category == "cause"]
    assert risk, [q.prompt for q in questions]
    assert risk[0].answer[0] == "regional hauliers", risk[0].answer
    assert "for some ____" in risk[0].prompt, risk[0].prompt
