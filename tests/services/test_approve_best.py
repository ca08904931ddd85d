""" "Approve the best N" approves what the draft page shows first: the generator's order, in
which a second gap on a sentence comes after the other questions though its confidence is
higher, and never a kind reviewers rarely accept."""

from __future__ import annotations

from studyapp.extensions import db
from studyapp.models import Question, QuestionSet
from studyapp.services import authoring

ARTICLE = "The mine employs 300 workers and produces 40 tonnes a day. The owner is Acme."


def _draft(key: str, position: int, confidence: float, answer: str) -> Question:
    start = ARTICLE.index(answer)
    return Question(
        key=key,
        position=position,
        status="draft",
        type="cloze",
        category="number",
        prompt=ARTICLE[:start] + "____" + ARTICLE[start + len(answer) : ARTICLE.index(".") + 1],
        answer=[answer],
        source_start=0,
        source_end=ARTICLE.index(".") + 1,
        confidence=confidence,
    )


def test_the_best_are_the_first_in_the_generators_order(app, make_user):  # type: ignore[no-untyped-def]
    teacher = make_user("teacher")
    with app.app_context():
        qset = QuestionSet(slug="mine", title="Mine", language="en", article=ARTICLE)
        qset.owner_id = teacher.id
        qset.questions = [
            _draft("workers", 0, 0.82, "300"),
            _draft("owner", 1, 0.48, "Acme"),
            # The sentence's second number gives the first away: moved after the others.
            _draft("tonnes", 2, 0.90, "40"),
            _draft("phrase", 3, 0.08, "produces"),
        ]
        db.session.add(qset)
        db.session.commit()
        assert authoring.approve_best(qset, 2) == 2
        approved = {q.key for q in qset.questions if q.status == "approved"}
        assert approved == {"workers", "owner"}
        assert authoring.approve_best(qset, 10) == 1  # "tonnes"; the phrase gap never
        assert {q.key for q in qset.questions if q.status == "draft"} == {"phrase"}
