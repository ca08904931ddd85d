"""A minister named after "Minister of <portfolio>" is a person whose words are his, whatever his
given name; and the role asked keeps the capital it is written with."""

from studyapp.domain.generation import generate

COMMITTEE_EN = """Ministerial statement drafted

Minister of Information Jamal Jarrah announced after the meeting that the committee had finalised the statement.

The cabinet will meet at 2:00 pm tomorrow to approve it, he said.

Minister of Foreign Affairs Karim Benali said on Monday that the talks would resume in May.
"""


def test_a_minister_after_his_portfolio_is_asked_for_by_his_role():
    questions = generate(COMMITTEE_EN, title="").questions
    asked = {q.prompt: q.answer for q in questions if q.category == "role"}
    assert asked.get("Who is the Minister of Information?") == ["Jamal Jarrah", "Jarrah"], asked
    assert asked.get("Who is the Minister of Foreign Affairs?") == ["Karim Benali", "Benali"], asked


def test_two_ministers_after_their_portfolios_are_the_speakers_of_their_words():
    questions = generate(COMMITTEE_EN, title="").questions
    said = [q for q in questions if q.category == "attribution" and q.type != "cloze"]
    assert said, [(q.type, q.category, q.prompt) for q in questions]
    answers = {str(q.answer[0] if isinstance(q.answer, list) else q.answer) for q in said}
    assert answers <= {"Jamal Jarrah", "Karim Benali"}, answers
