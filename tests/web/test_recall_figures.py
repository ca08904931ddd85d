# ruff: noqa: F811  (the fixtures imported from test_progress are used as arguments)
"""Every predicted-recall figure uses the parameters that schedule the card, and the time
since its last review in fractional days (issue: "one parameter source", "recall now").

Expected values are recomputed with fsrs.Scheduler (the card's schedule, on the class's
pooled parameters) and the forgetting curve by hand (tests.recall), not with the app's code.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import DEFAULT_PARAMETERS
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import Classroom, Question, QuestionSet, User
from studyapp.services import answering, classes, study
from tests.conftest import sign_in
from tests.recall import recall_at
from tests.web.test_progress import (  # noqa: F401
    DAY,
    NOW,
    data_value,
    flash,
    studied,
    study_history,
)

# The class's pooled parameters: the defaults, forgetting faster.
POOLED = list(DEFAULT_PARAMETERS)
POOLED[20] = 0.5
HISTORY = {
    "q1": [(Rating.Easy, NOW - 90 * DAY)],
    "q2": [(Rating.Easy, NOW - timedelta(minutes=3))],
    # Failed twice minutes ago.
    "q4": [(Rating.Again, NOW - timedelta(minutes=9)), (Rating.Again, NOW - timedelta(minutes=5))],
}


def replay(history: list, parameters: list[float]) -> Card:  # type: ignore[type-arg]
    scheduler = Scheduler(parameters=parameters, enable_fuzzing=False)
    card = Card(card_id=1, due=history[0][1])
    for rating, when in history:
        card, _ = scheduler.review_card(card, rating, review_datetime=when)
    return card


@pytest.fixture
def pooled_class(app, flash, make_user):  # type: ignore[no-untyped-def]
    """A class with pooled parameters; its student has none of their own."""
    teacher = make_user("teacher", locale="en")
    student = make_user("student", locale="en", display_name="Amal")
    with app.app_context():
        room = classes.create_class(db.session.get(User, teacher.id), "الصف")
        room.fsrs_parameters = POOLED
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == "flash"))
        classes.assign(room, qset)
        classes.join(db.session.get(User, student.id), room.join_code)
        db.session.commit()
        url = f"/teach/classes/{room.id}/sets/{qset.id}"
    study_history(app, student, HISTORY)
    with app.app_context():
        assert db.session.get(User, student.id).fsrs_parameters is None
        assert db.session.scalar(select(Classroom.fsrs_parameters)) == POOLED
    teacher_client, student_client = app.test_client(), app.test_client()
    sign_in(teacher_client, teacher)
    sign_in(student_client, student)
    return {"teacher": teacher_client, "student": student_client, "url": url}


def expected(moment: datetime = NOW) -> dict[str, float]:
    return {key: recall_at(replay(h, POOLED), moment, POOLED) for key, h in HISTORY.items()}


def between(value: float | None, first: float, then: float) -> bool:
    """Recall minutes after a lapse falls while the test runs: the page read the clock
    between `NOW` (recall `first`) and the end of the request (recall `then`)."""
    return value is not None and then - 1e-4 <= value <= first + 1e-4


def test_students_own_page_predicts_with_the_pooled_parameters(pooled_class) -> None:  # type: ignore[no-untyped-def]
    page = pooled_class["student"].get("/progress/flash").get_data(as_text=True)
    later = expected(datetime.now(UTC))
    shown = {
        k: data_value(v) for k, v in re.findall(r'<li data-question="(\w+)">(.*?)</li>', page, re.S)
    }
    want = expected()
    assert shown["q1"] == pytest.approx(want["q1"], abs=1e-4)
    # On the defaults it would read higher: the page must not use them.
    defaults = recall_at(replay(HISTORY["q1"], POOLED), NOW)
    assert abs(defaults - want["q1"]) > 0.01
    # Failed twice minutes ago: below 100%, and weaker than q2, answered Easy since. Whole
    # days would say 100% for both and list q2 first, in set order.
    assert between(shown["q4"], want["q4"], later["q4"]) and shown["q4"] < 0.999
    assert shown["q4"] < shown["q2"]
    order = re.findall(r'<li data-question="(\w+)">', page)
    assert order == ["q1", "q4", "q2", "q3"]
    assert "time since your last review" in page


def test_class_memory_map_averages_and_csv_use_the_pooled_parameters(pooled_class) -> None:  # type: ignore[no-untyped-def]
    client, want = pooled_class["teacher"], expected()
    page = client.get(pooled_class["url"]).get_data(as_text=True)
    later = expected(datetime.now(UTC))
    memory = re.search(r'id="memory-map">(.*?)</table>', page, re.S).group(1)
    rows = dict(re.findall(r'<tr data-question="(\w+)">(.*?)</tr>', memory, re.S))
    assert data_value(rows["q1"]) == pytest.approx(want["q1"], abs=1e-4)
    assert between(data_value(rows["q4"]), want["q4"], later["q4"])
    student = re.search(r'<tr data-student="\d+">(.*?)</tr>', page, re.S).group(1)
    cells = re.findall(r"<td>(.*?)</td>", student, re.S)
    average = data_value(cells[-1])
    assert between(average, sum(want.values()) / 3, sum(later.values()) / 3)
    assert "parameters that schedule" in page
    export = client.get(pooled_class["url"] + "/export.csv").get_data(as_text=True)
    csv_rows = {r["question"]: r for r in csv.DictReader(io.StringIO(export.lstrip("\ufeff")))}
    assert float(csv_rows["q1"]["recall_now"]) == pytest.approx(want["q1"], abs=1e-3)
    assert between(float(csv_rows["q4"]["recall_now"]), want["q4"] + 1e-3, later["q4"] - 1e-3)


def test_first_answer_after_an_answer_change_is_a_new_cards_not_a_lapse(app, studied) -> None:  # type: ignore[no-untyped-def]
    """q2 is in review; the teacher changes its answer and the student gets it wrong. That
    is a new card's first answer: retention stays 2 of 3 (HISTORY's reviews in review)."""
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.key == "q2"))
        question.answer_version += 1
        student = db.session.get(User, studied.user.id)
        item = study.item_of(student, question)
        assert item.card is not None and item.card.state == State.Review.value
        answering.answer(
            student, item, seq=item.seq, response=None, self_rating=1, now=NOW - timedelta(hours=1)
        )
        db.session.commit()
        card = study.card_for(student, question)
        # fsrs: a new card rated Again is in learning, step 0.
        assert (card.state, card.step) == (State.Learning.value, 0)
    page = studied.get("/progress/flash").get_data(as_text=True)
    retention = re.search(r'id="retention">(.*?)</dd>', page, re.S).group(1)
    assert data_value(retention) == pytest.approx(2 / 3, abs=1e-4)
    assert "(2 of 3)" in page and "starts again as new" in page
