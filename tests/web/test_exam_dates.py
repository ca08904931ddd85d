"""Exam dates in the browser's pages: the teacher sets one on a class's set, the student sets
their own; the home page counts down and predicts, the class page predicts per student, and
the study queue brings a review forward (an ordinary review) until the day, not after it.

Pages are Arabic (the students' and teacher's language); predicted recall is recomputed by hand
with fsrs's forgetting curve (tests.recall), not with the code under test.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import fsrs
import pytest
from sqlalchemy import func, select

from studyapp.domain.progress import student_day
from studyapp.domain.scheduling import review as fsrs_review
from studyapp.extensions import db
from studyapp.models import Assignment, Card, Question, QuestionSet, Review, StudentExam, User
from studyapp.services import classes
from studyapp.web import clock
from tests.answering import page_answer
from tests.conftest import csrf_token, sign_in
from tests.recall import recall_at

NOW = datetime.now(UTC).replace(microsecond=0)
TODAY = student_day(NOW, "UTC")


@pytest.fixture
def world(app, seed_set, make_user, monkeypatch):  # type: ignore[no-untyped-def]
    """Teacher T's class with the seed set; students Amal and Badr in it (Arabic, UTC)."""
    # The pages are drawn at NOW, the time TODAY and the cards were written against: a run
    # that crosses the 4 a.m. day boundary (UTC here) would otherwise count from the next day.
    monkeypatch.setattr(clock, "now", lambda: NOW)
    teacher = make_user("teacher")
    amal = make_user("student", display_name="أمل")
    badr = make_user("student", display_name="بدر")
    with app.app_context():
        room = classes.create_class(db.session.get(User, teacher.id), "الصف الأول")
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == seed_set))
        classes.assign(room, qset)
        for student in (amal, badr):
            classes.join(db.session.get(User, student.id), room.join_code)
        db.session.commit()
        ids = {"class": room.id, "set": qset.id, "slug": qset.slug}
        total = db.session.scalar(
            select(func.count(Question.id)).where(
                Question.set_id == qset.id, Question.status == "approved"
            )
        )
    clients = {}
    for name, user in (("teacher", teacher), ("amal", amal), ("badr", badr)):
        clients[name] = app.test_client()
        sign_in(clients[name], user)
    return {"clients": clients, "amal": amal, "badr": badr, "total": total, **ids}


def post(client, url: str, **fields: str):  # type: ignore[no-untyped-def]
    return client.post(url, data={"csrf_token": csrf_token(client, "/"), **fields})


def exam_url(world) -> str:  # type: ignore[no-untyped-def]
    return f"/teach/classes/{world['class']}/sets/{world['set']}/exam"


def add_review_card(
    app, student: User, *, stability: float, due: datetime, days_ago: int = 1
) -> int:  # type: ignore[no-untyped-def]
    """A card of the student's in review on the set's first question, last seen `days_ago`."""
    with app.app_context():
        question = db.session.scalar(select(Question).order_by(Question.position).limit(1))
        card = Card(
            user_id=student.id,
            question_id=question.id,
            state=fsrs.State.Review.value,
            stability=stability,
            difficulty=5.0,
            due=due,
            last_review=NOW - timedelta(days=days_ago),
            reps=3,
            answer_version=question.answer_version,
            created_at=NOW - timedelta(days=30),
        )
        db.session.add(card)
        db.session.commit()
        return question.id


def fsrs_card(stability: float, due: datetime, days_ago: int = 1) -> fsrs.Card:
    return fsrs.Card(
        card_id=1,
        state=fsrs.State.Review,
        stability=stability,
        difficulty=5.0,
        due=due,
        last_review=NOW - timedelta(days=days_ago),
    )


def exam_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def test_the_teacher_sets_an_exam_date_and_the_student_sees_the_countdown_and_prediction(
    app, world
) -> None:  # type: ignore[no-untyped-def]
    day = TODAY + timedelta(days=10)
    saved = post(world["clients"]["teacher"], exam_url(world), exam_on=day.isoformat(), save="1")
    assert saved.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(Assignment.exam_on)) == day
    room = world["clients"]["teacher"].get(f"/teach/classes/{world['class']}").get_data(True)
    assert "الاختبار في" in room

    home = world["clients"]["amal"].get("/").get_data(as_text=True)
    exams = re.search(r'id="exams">(.*?)</section>', home, re.S).group(1)
    assert 'data-days="10"' in exams
    assert "الاختبار بعد 10 أيام." in exams
    # Nothing studied yet: nothing recalled on the day now; today's new questions raise it.
    assert re.search(r'data-recall="now">0\s*[%٪]', exams)
    after = re.search(r'data-recall="after-today">(\d+)\s*[%٪]', exams)
    assert after and int(after.group(1)) > 0
    assert "المراجعات في اليوم حتى ذلك الحين" in exams
    assert 'role="alert"' not in exams  # 40 questions over 7 days fit the daily limit


def test_the_class_page_shows_each_students_predicted_recall_on_exam_day(app, world) -> None:  # type: ignore[no-untyped-def]
    day = TODAY + timedelta(days=12)
    due = NOW + timedelta(days=20)
    add_review_card(app, world["amal"], stability=20.0, due=due)
    post(world["clients"]["teacher"], exam_url(world), exam_on=day.isoformat(), save="1")
    page = (
        world["clients"]["teacher"]
        .get(f"/teach/classes/{world['class']}/sets/{world['set']}")
        .get_data(as_text=True)
    )
    assert "الاختبار بعد 12 يومًا." in page
    rows = dict(re.findall(r'<tr data-student="(\d+)">(.*?)</tr>', page, re.S))
    amal_now = re.search(r'class="exam-now"><data value="([0-9.]+)"', rows[str(world["amal"].id)])
    expected = recall_at(fsrs_card(20.0, due), exam_noon(day)) / world["total"]
    assert float(amal_now.group(1)) == pytest.approx(expected, abs=1e-4)
    badr_now = re.search(r'class="exam-now"><data value="([0-9.]+)"', rows[str(world["badr"].id)])
    assert float(badr_now.group(1)) == 0.0


@pytest.mark.parametrize(
    ("day", "message"),
    [
        (TODAY - timedelta(days=1), "مضى هذا اليوم"),
        (TODAY + timedelta(days=400), "خلال سنة"),
        ("غدًا", "قيمة التاريخ غير صالحة"),
    ],
)
def test_a_date_that_cannot_be_set_is_a_clear_error_in_arabic_and_nothing_is_saved(
    app, world, day, message
) -> None:  # type: ignore[no-untyped-def]
    value = day.isoformat() if isinstance(day, date) else day
    refused = post(world["clients"]["teacher"], exam_url(world), exam_on=value, save="1")
    assert refused.status_code == 400
    assert message in refused.get_data(as_text=True)
    own = post(world["clients"]["amal"], f"/study/{world['slug']}/exam", exam_on=value, save="1")
    assert own.status_code == 400
    assert message in own.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(Assignment.exam_on)) is None
        assert db.session.scalar(select(func.count(StudentExam.id))) == 0


def test_a_student_sets_and_removes_their_own_date_and_is_warned_when_it_is_too_close(
    app, world
) -> None:  # type: ignore[no-untyped-def]
    amal = world["clients"]["amal"]
    day = TODAY + timedelta(days=2)  # two study days for 40 new questions: 40 a day needed
    saved = post(amal, f"/study/{world['slug']}/exam", exam_on=day.isoformat(), save="1")
    assert saved.status_code == 302
    home = amal.get("/").get_data(as_text=True)
    assert "الاختبار بعد يومين." in home
    warning = re.search(r'class="warning" role="alert">(.*?)</p>', home, re.S).group(1)
    assert "20" in warning and str(world["total"]) in warning  # the limit and what it needs
    assert "الموعد قريب" in warning
    # Badr has no date: his home page has no exam.
    assert 'id="exams"' not in world["clients"]["badr"].get("/").get_data(as_text=True)
    removed = post(amal, f"/study/{world['slug']}/exam", remove="1")
    assert removed.status_code == 302
    assert 'id="exams"' not in amal.get("/").get_data(as_text=True)


def test_a_review_brought_forward_is_an_ordinary_review_and_after_the_exam_it_waits_again(
    app, world, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Amal wants 0.95; her card (scheduled at 0.9) would be just above 0.9 on exam day, before
    its due date: the study page shows it now. Once the exam has passed, it does not."""
    now = NOW
    monkeypatch.setattr(clock, "now", lambda: now)
    with app.app_context():
        user = db.session.get(User, world["amal"].id)
        user.desired_retention = 0.95
        user.new_cards_per_day = 0
        db.session.commit()
    due = NOW + timedelta(days=12)  # seen 8 days ago, due 20 days after
    question_id = add_review_card(app, world["amal"], stability=20.0, due=due, days_ago=8)
    amal = world["clients"]["amal"]
    assert f'value="{question_id}"' not in amal.get(f"/study/{world['slug']}").get_data(True)
    day = TODAY + timedelta(days=10)
    assert recall_at(fsrs_card(20.0, due, days_ago=8), exam_noon(day)) < 0.95
    post(amal, f"/study/{world['slug']}/exam", exam_on=day.isoformat(), save="1")
    shown = amal.get(f"/study/{world['slug']}").get_data(as_text=True)
    assert f'name="question_id" value="{question_id}"' in shown
    with app.app_context():
        card = db.session.scalar(select(Card))
        before = study_state(card)
    with app.app_context():
        fields = page_answer(shown, db.session.get(Question, question_id))
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', shown).group(1)
    answered = amal.post(
        f"/study/{world['slug']}/answer",
        data={"csrf_token": token, "question_id": question_id, "seq": 3, **fields},
    )
    assert answered.status_code == 200
    with app.app_context():
        card = db.session.scalar(select(Card))
        rating = db.session.scalar(select(Review.rating))
        reviewed_at = db.session.scalar(select(Review.reviewed_at))
        expected = fsrs_review(before, rating, now=reviewed_at, desired_retention=0.95).state
        assert study_state(card) == expected

    # After the exam the same kind of card waits for its own due date.
    with app.app_context():
        db.session.delete(db.session.scalar(select(Review)))
        db.session.delete(db.session.scalar(select(Card)))
        db.session.commit()
    add_review_card(app, world["amal"], stability=20.0, due=due, days_ago=8)
    now = exam_noon(day) + timedelta(days=1)
    page = amal.get(f"/study/{world['slug']}").get_data(as_text=True)
    assert f'name="question_id" value="{question_id}"' not in page


def study_state(card: Card):  # type: ignore[no-untyped-def]
    from studyapp.services.card_states import card_state

    return card_state(card)
