"""The draft page says which drafts give each other away (one prompt shows the other's
answer), with a link to the other, in the teacher's language; a question apart says nothing."""

from __future__ import annotations

from studyapp.extensions import db
from studyapp.models import Question
from tests.conftest import sign_in
from tests.turbines import ARTICLE, SECOND, turbines_set


def _draft_page(app, teacher, change=None):  # type: ignore[no-untyped-def]
    """The teacher's draft page of the turbines set, `change` applied to the set first: the
    signed-in client, the page's text and the questions' ids by key."""
    with app.app_context():
        qset = turbines_set(teacher.id, "draft", confidence=0.8)
        if change is not None:
            change(qset)
        db.session.add(qset)
        db.session.commit()
        ids = {q.key: q.id for q in qset.questions}
    client = app.test_client()
    sign_in(client, teacher)
    return client, client.get("/teach/sets/turbines").get_data(as_text=True), ids


def test_drafts_that_give_each_other_away_are_marked_with_a_link_to_the_other(app, make_user):  # type: ignore[no-untyped-def]
    client, page, ids = _draft_page(app, make_user("teacher"))
    assert page.count('class="hint clash"') == 2
    assert f'href="#question-{ids["q2"]}"' in page and f'href="#question-{ids["q1"]}"' in page
    assert f'href="#question-{ids["q3"]}"' not in page
    arabic = client.get("/teach/sets/turbines", headers={"Accept-Language": "ar"})
    assert "انظر السؤال الآخر" in arabic.get_data(as_text=True)


def test_the_draft_page_lists_the_other_answers_a_typed_question_accepts(app, make_user):  # type: ignore[no-untyped-def]
    def second_answer(qset):  # type: ignore[no-untyped-def]
        qset.questions[2].answer = ["1884", "in 1884"]

    _, page, _ = _draft_page(app, make_user("teacher"), second_answer)
    # Only the gap with a second answer says so, in the teacher's language.
    assert page.count('class="hint accepted"') == 1
    assert "مقبول أيضًا:" in page and "in 1884" in page


def test_a_statement_to_judge_shows_what_the_article_says_beside_its_answer(app, make_user):  # type: ignore[no-untyped-def]
    """A generated true-or-false statement may be the article's sentence turned to its contrary:
    the teacher sees the article's words beside "False" before approving it."""
    start = ARTICLE.index(SECOND)

    def statement(qset):  # type: ignore[no-untyped-def]
        qset.questions.append(
            Question(
                key="q4",
                position=4,
                type="truefalse",
                prompt="Parsons built the last one in 1884.",
                answer=False,
                explanation='False: the article says "Parsons built the first one in 1884."',
                source_start=start,
                source_end=start + len(SECOND),
                status="draft",
                category="fact",
            )
        )

    _, page, _ = _draft_page(app, make_user("teacher"), statement)
    assert page.count('class="hint explanation"') == 1
    assert "False: the article says &#34;Parsons built the first one in 1884.&#34;" in page
