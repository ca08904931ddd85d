# ruff: noqa: E501  (the articles are paragraphs, one line each)
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


VERDICT_EN = """Former chiefs convicted

A jury convicted the two former chiefs of the energy company on Thursday after six days of deliberations.

"You have reflected on this evidence and reached a very thorough verdict, and I thank you," US District Judge Sim Lake told jurors.
"""


def test_a_judge_named_between_his_role_and_a_verb_of_saying_is_a_person():
    # "Lake" ends place names, and "Sim" is no given name the census lists: still a judge.
    questions = generate(VERDICT_EN, title="").questions
    asked = {q.prompt: q.answer for q in questions if q.category == "role"}
    assert asked.get("Who is the US District Judge?") == ["Sim Lake", "Lake"], asked
    keys = [str(q.answer[0]) for q in questions if q.type == "cloze"]
    assert "US District Judge Sim Lake" not in keys, keys
