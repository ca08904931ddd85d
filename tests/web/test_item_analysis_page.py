# ruff: noqa: F811  (the fixtures imported from test_progress are used as arguments)
"""The class page's item analysis: facility on the current answer only, discrimination from
the sittings of one class quiz, and the page saying what each figure is based on.

Expected figures are recomputed by hand (tests.domain.test_item_analysis.by_hand: the
textbook point-biserial formula), not with the code under test.
"""

from __future__ import annotations

import re
from datetime import timedelta

from fsrs import Rating
from sqlalchemy import select

from studyapp.domain.item_analysis import Sitting
from studyapp.extensions import db
from studyapp.models import ClassQuiz, Question, QuizAnswer, QuizAttempt, Review, User
from studyapp.services import answering, classes, study
from tests.domain.test_item_analysis import by_hand
from tests.web.test_progress import (  # noqa: F401
    NOW,
    class_url,
    classroom,
    data_value,
    flash,
)


def question_ids(app) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with app.app_context():
        return {q.key: q.id for q in db.session.scalars(select(Question))}


def item_rows(page: str) -> dict[str, str]:
    table = re.search(r'id="items">(.*?)</table>', page, re.S).group(1)
    return dict(re.findall(r'<tr data-question="(\w+)">(.*?)</tr>', table, re.S))


def add_attempt(
    app, student: User, set_id: int, drawn: list[int], right: set[int], **fields
) -> None:  # type: ignore[no-untyped-def]
    """A handed-in sitting; questions not in `right` answered wrong unless left out of
    `fields["answered"]` (then unanswered)."""
    answered = fields.pop("answered", drawn)
    with app.app_context():
        attempt = QuizAttempt(
            user_id=student.id,
            set_id=set_id,
            question_ids=drawn,
            started_at=NOW - timedelta(hours=2),
            finished_at=NOW - timedelta(hours=1),
            score=len(right) / len(drawn),
            **fields,
        )
        for position, question_id in enumerate(answered):
            attempt.answers.append(
                QuizAnswer(
                    question_id=question_id,
                    position=position,
                    response="x",
                    correct=question_id in right,
                    score=1.0 if question_id in right else 0.0,
                    answered_at=NOW - timedelta(hours=1, minutes=30),
                    answer_version=1,
                )
            )
        db.session.add(attempt)
        db.session.commit()


def test_facility_counts_only_attempts_on_the_corrected_answer(app, classroom) -> None:  # type: ignore[no-untyped-def]
    """q1: Amal right and Badr wrong on the old answer; both right after the teacher's fix."""
    before = item_rows(classroom["client"].get(class_url(classroom)).get_data(as_text=True))
    assert data_value(before["q1"]) == 0.5
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.key == "q1"))
        question.answer_version += 1
        db.session.commit()
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.key == "q1"))
        for student in (classroom["amal"], classroom["badr"]):
            item = study.item_of(db.session.get(User, student.id), question)
            answering.answer(
                db.session.get(User, student.id),
                item,
                seq=item.seq,
                response=None,
                self_rating=int(Rating.Good),
                now=NOW - timedelta(minutes=5),
            )
        db.session.commit()
    page = classroom["client"].get(class_url(classroom)).get_data(as_text=True)
    assert data_value(item_rows(page)["q1"]) == 1.0
    assert "2 first attempts" in item_rows(page)["q1"]
    assert "current answer" in page and "too few students to judge" in item_rows(page)["q1"]
    with app.app_context():
        versions = [
            r.answer_version for r in db.session.scalars(select(Review).order_by(Review.id))
        ]
    assert versions[-2:] == [2, 2]


def test_discrimination_from_one_class_quiz_scored_out_of_the_questions_drawn(
    app, classroom, make_user
) -> None:  # type: ignore[no-untyped-def]
    chadi = make_user("student", locale="en", display_name="Chadi")
    with app.app_context():
        from studyapp.models import Classroom

        room = db.session.get(Classroom, classroom["class"])
        classes.join(db.session.get(User, chadi.id), room.join_code)
        quiz = ClassQuiz(
            classroom_id=room.id,
            set_id=classroom["set"],
            question_count=4,
            opens_at=NOW - timedelta(days=1),
            closes_at=NOW + timedelta(days=1),
        )
        db.session.add(quiz)
        db.session.commit()
        quiz_id = quiz.id
    q = question_ids(app)
    drawn = [q["q1"], q["q2"], q["q3"], q["q4"]]
    # Badr's practice quiz, taken first: 3 of 3. It does not count.
    add_attempt(app, classroom["badr"], classroom["set"], drawn[:3], set(drawn[:3]))
    amal = ({q["q1"], q["q2"], q["q3"]}, drawn)
    badr = ({q["q3"]}, [q["q3"]])  # answered one, right, and handed in: 1 of 4
    chadi_sat = ({q["q1"], q["q3"]}, drawn)
    for student, (right, answered) in zip(
        (classroom["amal"], classroom["badr"], chadi), (amal, badr, chadi_sat), strict=True
    ):
        add_attempt(
            app, student, classroom["set"], drawn, right, answered=answered, class_quiz_id=quiz_id
        )
    sittings = [
        Sitting(1, 1, drawn, frozenset(amal[0])),
        Sitting(2, 2, drawn, frozenset(badr[0])),
        Sitting(3, 3, drawn, frozenset(chadi_sat[0])),
    ]
    page = classroom["client"].get(class_url(classroom)).get_data(as_text=True)
    rows = item_rows(page)
    cells = re.findall(r"<td>(.*?)</td>", rows["q2"], re.S)
    # q2: right only for Amal, the strongest: positive, as by hand.
    assert data_value(cells[1]) == round(by_hand(sittings, q["q2"]), 4)
    # q1: right for Amal and Chadi, wrong for Badr (unanswered).
    cells = re.findall(r"<td>(.*?)</td>", rows["q1"], re.S)
    assert data_value(cells[1]) == round(by_hand(sittings, q["q1"]), 4)
    # Three sittings: too few to flag anything, and the page says so.
    assert "data-flag" not in re.search(r'id="items">(.*?)</table>', page, re.S).group(1)
    assert "too few students to judge" in rows["q2"] and "3 sittings" in rows["q2"]
    assert "in the class quiz of" in page and "(3 sittings)" in page
    assert "unanswered counts as wrong" in page
