# ruff: noqa: E501  (the article is paragraphs, one line each)
"""A gap in what someone said is framed as the article gives it: words it quotes as a quotation,
words it reports as "According to X, …", never put in quotation marks they did not have. English
reported words get no completion of their own (blind reviewers of fresh news accepted 38 of 169);
the frame still shows a number's gap in a long reported sentence (windows.py)."""

from studyapp.domain.generation import (
    completions,
    document,
    generate,
    mentions,
    propose,
    quotes,
    statement_gaps,
)

EXPORTS_EN = """Trade minister: exports rise

"We will open new markets across Africa next year with the support of local banks," trade minister Ahmed Samir said.

Economist Laila Hassan said that the rise in exports will help the currency recover before the end of the summer season.
"""


def _completions(text: str, language: str) -> dict[str, str]:
    doc = document.parse(text, language)
    mentions.spot(doc)
    asked = {}
    for found in quotes.find(doc):
        question = completions.complete(doc, found)
        if question is not None:
            asked[found.speaker.name] = question.prompt
    return asked


def test_quoted_words_are_completed_as_a_quotation():
    prompt = _completions(EXPORTS_EN, "en")["Ahmed Samir"]
    assert prompt.startswith('Complete what Ahmed Samir said: "We will open'), prompt


def test_reported_words_are_framed_without_quotation_marks():
    doc = document.parse(EXPORTS_EN, "en")
    prompt = completions.reported(doc, "Laila Hassan", "that the rise in exports will help ____")
    assert prompt == "According to Laila Hassan, the rise in exports will help ____", prompt


def test_english_reported_words_get_no_completion_of_their_own():
    """ "According to Laila Hassan, the rise in exports will help the ____ recover …": in the
    thirty-fifth to fortieth sessions' reviews of fresh English news such gaps were accepted 38
    times in 169 (stock phrases, over-long keys), the quoted words' completions 74 in 261."""
    asked = _completions(EXPORTS_EN, "en")
    assert "Laila Hassan" not in asked, asked
    assert asked["Ahmed Samir"].startswith('Complete what Ahmed Samir said: "'), asked


LINKED_EN = """Council backs bus plan

Council member Ray Ortiz said the city had waited too long for new buses. However, the plan would need the support of state lawmakers before the spring budget, Ortiz said.

Mayor Ellen Brooks said: "We are about to announce in the coming days something I am incredibly excited about, something that will affect every borough of the city, a plan to create and preserve 200,000 units of affordable housing over the next ten years for our seniors and for young families, so that they have more choices."
"""


def test_a_connective_opening_reported_words_is_dropped_inside_the_frame():
    doc = document.parse(LINKED_EN, "en")
    said = "However, the plan would need the support of ____ before the spring budget"
    prompt = completions.reported(doc, "Ray Ortiz", said)
    assert prompt.startswith("According to Ray Ortiz, the plan would need"), prompt


def test_a_long_quotation_is_cut_at_its_commas_but_not_inside_a_number():
    doc = document.parse(LINKED_EN, "en")
    mentions.spot(doc)
    said = next(found.statement for found in quotes.find(doc) if "200,000" in found.statement)
    at = LINKED_EN.find(said)
    clauses = [LINKED_EN[a:b] for a, b in statement_gaps.pieces(said, at)]
    assert any("preserve 200,000 units" in clause for clause in clauses), clauses


FESTIVAL_EN = """River Town Art Festival organizers estimate over 10,000 people attended the weekend event, the first time the event has been held since 2019.

“We’re very pleased and thankful for everyone that came out, it was very successful,” said Julie Harris, executive director of the Riverside Art Center, which presents the festival.

“We had at least 10,000 over the course of the weekend, but that’s probably on the low end,” said Harris.

The festival had 120 artists this year, Harris said.
"""


def test_a_gap_never_cuts_at_least_in_two():
    """'We had at ____ over the course of the weekend' keyed 'least 10,000' was rejected as
    garbled: "at least" is one phrase."""
    questions = generate(FESTIVAL_EN, language="en").questions
    assert not any(q.prompt.count("at ____") or "least" in str(q.answer) for q in questions), [
        (q.prompt, q.answer) for q in questions
    ]


DERBY_EN = """Adams rues missed chances

Coach Ben Adams said his side had chances but lost 2-1 to Riverside United on Sunday.

"They deserved to win the derby tonight," Adams said after the match.

Adams said Sunday's defeat was the team's third in a row.
"""


def test_a_word_set_off_by_a_comma_loses_its_capital_and_a_key_its_time_word():
    # "According to Scott Cooper, Overall, they deserved to win the ____" keyed "game today"
    # (a blind reviewer: "game" marked wrong).
    doc = document.parse(DERBY_EN, "en")
    mentions.spot(doc)
    said = "Overall, they deserved to win the ____ tonight"
    assert completions.reported(doc, "Ben Adams", said) == (
        "According to Ben Adams, overall, they deserved to win the ____ tonight"
    )
    derby = [q for q in propose(DERBY_EN, language="en").questions if "derby" in q.answer]
    assert [(q.prompt, q.answer) for q in derby] == [
        (
            'Complete what Ben Adams said: "They deserved to win the ____ tonight"',
            ["derby", "derby tonight"],
        )
    ]
