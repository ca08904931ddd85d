"""A generated true-or-false statement carries an explanation that quotes the article, and so
its key ("False: the article says …"). A student sees it only once they have answered: not on
the study card, not on a quiz's question page; on the result page after answering, yes."""

from __future__ import annotations

import re

import pytest

from studyapp.domain.question_files import QuestionSet as SetFile
from studyapp.domain.questions import Question as DraftQuestion
from studyapp.domain.questions import Source
from studyapp.extensions import db
from studyapp.services import question_sets
from tests.conftest import csrf_token
from tests.web.test_quiz import shown_question_id, start

ARTICLE = "Parsons built the first steam turbine in 1884. Its output rose quickly after that."
QUOTED = "Parsons built the first steam turbine in 1884"
STATEMENT = SetFile(
    slug="statements",
    title="Turbines",
    language="en",
    article=ARTICLE,
    tags=[],
    path=None,
    questions=[
        DraftQuestion(
            id="turned",
            type="truefalse",
            category="fact",
            prompt="Its output fell quickly after that.",
            answer=False,
            source=Source(47, 81, ARTICLE[47:81]),
            explanation=f'False: the article says "{QUOTED}." and "Its output rose quickly."',
        )
    ],
)


@pytest.fixture
def statements(app):  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(STATEMENT)
        db.session.commit()
    return "statements"


def test_a_statements_explanation_is_shown_only_after_it_is_answered(student_client, statements):
    card = student_client.get(f"/study/{statements}").get_data(as_text=True)
    assert "Its output fell quickly" in card
    assert QUOTED not in card and "output rose" not in card

    started = start(student_client, statements, question_count=1)
    asked = student_client.get(started.headers["Location"]).get_data(as_text=True)
    assert "Its output fell quickly" in asked
    assert QUOTED not in asked and "output rose" not in asked

    seq = re.search(r'name="seq" value="(\d+)"', card).group(1)
    form = {"question_id": shown_question_id(card), "seq": seq, "answer": "true"}
    form["csrf_token"] = csrf_token(student_client, "/")
    result = student_client.post(f"/study/{statements}/answer", data=form)
    assert result.status_code == 200
    assert QUOTED in result.get_data(as_text=True)
