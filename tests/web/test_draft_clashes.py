"""The draft page says which drafts give each other away (one prompt shows the other's
answer), with a link to the other, in the teacher's language; a question apart says nothing."""

from __future__ import annotations

from studyapp.extensions import db
from studyapp.models import Question, QuestionSet
from tests.conftest import sign_in

ARTICLE = "The turbines run at 1800 RPM and 1500 RPM. Parsons built the first one in 1884."


def _draft(key: str, answer: str, sentence: str) -> Question:
    start = ARTICLE.index(sentence)
    return Question(
        key=key,
        position=int(key[-1]),
        status="draft",
        type="cloze",
        category="number",
        prompt=sentence.replace(answer, "____", 1),
        answer=[answer],
        source_start=start,
        source_end=start + len(sentence),
        confidence=0.8,
    )


def test_drafts_that_give_each_other_away_are_marked_with_a_link_to_the_other(app, make_user):  # type: ignore[no-untyped-def]
    teacher = make_user("teacher")
    first = "The turbines run at 1800 RPM and 1500 RPM."
    second = "Parsons built the first one in 1884."
    with app.app_context():
        qset = QuestionSet(slug="turbines", title="Turbines", language="en", article=ARTICLE)
        qset.owner_id = teacher.id
        qset.questions = [
            _draft("q1", "1800", first),
            _draft("q2", "1500", first),
            _draft("q3", "1884", second),
        ]
        db.session.add(qset)
        db.session.commit()
        ids = {q.key: q.id for q in qset.questions}
    client = app.test_client()
    sign_in(client, teacher)
    page = client.get("/teach/sets/turbines").get_data(as_text=True)
    assert page.count('class="hint clash"') == 2
    assert f'href="#question-{ids["q2"]}"' in page and f'href="#question-{ids["q1"]}"' in page
    assert f'href="#question-{ids["q3"]}"' not in page
    arabic = client.get("/teach/sets/turbines", headers={"Accept-Language": "ar"})
    assert "انظر السؤال الآخر" in arabic.get_data(as_text=True)
