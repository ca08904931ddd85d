"""A personal quiz does not put two questions that give each other away side by side: one of
two gaps of a sentence, each prompt showing the other's answer, while other questions remain."""

from __future__ import annotations

from datetime import UTC, datetime

from studyapp.extensions import db
from studyapp.models import Question, QuestionSet, User
from studyapp.services import quizzes

ARTICLE = "The turbines run at 1800 RPM and 1500 RPM. Parsons built the first one in 1884."
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _gap(key: str, answer: str, category: str) -> Question:
    sentence = ARTICLE.split(". ")[0] + "." if answer in ("1800", "1500") else ARTICLE[43:]
    start = ARTICLE.index(sentence)
    return Question(
        key=key,
        position=int(key[-1]),
        status="approved",
        type="cloze",
        category=category,
        prompt=sentence.replace(answer, "____", 1),
        answer=[answer],
        source_start=start,
        source_end=start + len(sentence),
    )


def test_two_gaps_of_one_sentence_are_not_drawn_into_one_quiz(app, make_user):  # type: ignore[no-untyped-def]
    teacher, student = make_user("teacher"), make_user("student")
    with app.app_context():
        qset = QuestionSet(slug="turbines", title="Turbines", language="en", article=ARTICLE)
        qset.owner_id = teacher.id
        qset.questions = [
            _gap("q1", "1800", "number"),
            _gap("q2", "1500", "entity"),
            _gap("q3", "1884", "date"),
        ]
        db.session.add(qset)
        db.session.commit()
        user = db.session.get(User, student.id)
        ids = {q.key: q.id for q in qset.questions}
        for seed in range(12):
            attempt = quizzes.start_attempt(user, qset, n=2, time_limit_s=None, now=NOW, seed=seed)
            assert set(attempt.question_ids) != {ids["q1"], ids["q2"]}
            assert ids["q3"] in attempt.question_ids
