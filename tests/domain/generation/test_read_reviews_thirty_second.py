"""Shapes found on news-dev and fresh news in the thirty-second session. Each text is written for
its test."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade

LIBRARY_EN = (
    "Library plan short of funds\n\n"
    "The new library, proposed for a site that has not been chosen yet and estimated at $ 8 to "
    "$ 11 million, is the largest single item on the list, council chair Maria Lopez said.\n\n"
    "Shares in the builder rose $2 to $6 last week.\n"
)


def test_a_sum_from_one_amount_to_another_is_asked_whole() -> None:
    """ "estimated at $ 8 to $ ____" printed one end of the estimate and asked the other; the
    gap takes the whole range, and the forms a student writes are right."""
    questions = generate(LIBRARY_EN, language="en").questions
    ranged = [q for q in questions if "library" in q.prompt and q.type == "cloze"]
    assert ranged, [(q.prompt, q.answer) for q in questions]
    question = ranged[0]
    assert question.answer[0] == "$ 8 to $ 11 million", question.answer
    assert "$ 8" not in question.prompt
    for typed in ("$8-11 million", "8 to 11 million", "$8 to $11 million"):
        assert grade(question, typed).correct, typed
    assert not grade(question, "11 million").correct


def test_a_change_from_one_price_to_another_is_no_range() -> None:
    """ "rose $2 to $6": an old and a new price, two facts, not one estimate."""
    keys = [
        str(q.answer[0] if isinstance(q.answer, list) else q.answer)
        for q in generate(LIBRARY_EN, language="en").questions
    ]
    assert "$2 to $6" not in keys, keys

