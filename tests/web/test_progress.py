"""The progress pages against the database and against fsrs for a known review history.

The history is built through services.answering.answer at fixed times relative to now (the
pages read the clock); the expected numbers come from replaying the same ratings and times with
fsrs.Scheduler and fsrs.Card directly. The users read the English interface, so that the
assertions can name the words they expect.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from fsrs import Card, Rating, Scheduler, State
from sqlalchemy import select

from studyapp.domain.question_files import QuestionSet as SetFile
from studyapp.domain.questions import Question as DraftQuestion
from studyapp.domain.questions import Source
from studyapp.domain.scheduling import end_of_day
from studyapp.extensions import db
from studyapp.models import Classroom, Question, QuestionSet, QuizAnswer, QuizAttempt, User
from studyapp.services import answering, classes, question_sets, study
from tests.conftest import sign_in
from tests.recall import recall_at

ARTICLE = "الجملة الأولى عن الطاقة. الجملة الثانية عن الرقائق. الجملة الثالثة عن العمالة."
SENTENCES = [(0, 24), (25, 51), (52, 79)]
ZONE = "Asia/Riyadh"


def _card(key: str, sentence: int) -> DraftQuestion:
    start, end = SENTENCES[sentence]
    return DraftQuestion(
        id=key,
        type="flashcard",
        category="fact",
        prompt=f"سؤال {key}",
        choices=None,
        answer="جواب",
        source=Source(start, end, ARTICLE[start:end]),
    )


FLASH = SetFile(
    slug="flash",
    title="بطاقات",
    language="ar",
    article=ARTICLE,
    tags=[],
    path=None,
    questions=[_card("q1", 0), _card("q2", 1), _card("q3", 2), _card("q4", 2)],
)

NOW = datetime.now(UTC).replace(microsecond=0)
DAY = timedelta(days=1)
# question key -> (rating, when); q3 is never studied.
HISTORY = {
    "q1": [
        (Rating.Easy, NOW - 20 * DAY),
        (Rating.Good, NOW - 10 * DAY),  # in review: passed
        (Rating.Again, NOW - 2 * DAY),  # in review: failed -> relearning
        (Rating.Good, NOW - 2 * DAY + timedelta(minutes=15)),  # relearning: not counted
    ],
    "q2": [
        (Rating.Good, NOW - 3 * DAY),
        (Rating.Good, NOW - 3 * DAY + timedelta(minutes=15)),  # -> review
        (Rating.Hard, NOW - DAY),  # in review: passed
    ],
    "q4": [(Rating.Again, NOW - DAY)],  # learning
}


def replay(history: list[tuple[Rating, datetime]]) -> tuple[Card, list[State]]:
    """The card fsrs itself gives for the history, and its state before each review."""
    scheduler = Scheduler(enable_fuzzing=False)
    card, before = Card(card_id=1, due=history[0][1]), []
    for rating, when in history:
        before.append(card.state)
        card, _ = scheduler.review_card(card, rating, review_datetime=when)
    return card, before


def expected() -> dict[str, object]:
    cards = {key: replay(history) for key, history in HISTORY.items()}
    in_review = [
        rating
        for key, history in HISTORY.items()
        for (rating, _), state in zip(history, cards[key][1], strict=True)
        if state == State.Review
    ]
    day_end = end_of_day(NOW, ZONE)
    return {
        "review": sum(1 for card, _ in cards.values() if card.state == State.Review),
        "learning": sum(1 for card, _ in cards.values() if card.state != State.Review),
        "due": sum(1 for card, _ in cards.values() if card.due < day_end),
        "passed": sum(1 for rating in in_review if rating > Rating.Again),
        "counted": len(in_review),
        "recall": {key: recall_at(card, NOW) for key, (card, _) in cards.items()},
        "due_dates": {key: card.due for key, (card, _) in cards.items()},
    }


def recall_now(moment: datetime) -> dict[str, float]:
    """Each studied question's recall at `moment`: the pages read the clock, which moves on
    from NOW while the tests run, and recall counts the hours. A page's figure lies between
    the recall at NOW and at the end of its request."""
    return {key: recall_at(replay(history)[0], moment) for key, history in HISTORY.items()}


def study_history(app, user: User, history: dict = HISTORY) -> None:  # type: ignore[no-untyped-def, type-arg]
    with app.app_context():
        student = db.session.get(User, user.id)
        for key, answers in history.items():
            question = db.session.scalar(select(Question).where(Question.key == key))
            for seq, (rating, when) in enumerate(answers):
                answering.answer(
                    student,
                    study.item_of(student, question),
                    seq=seq,
                    response=None,
                    self_rating=int(rating),
                    now=when,
                )
        db.session.commit()


@pytest.fixture
def flash(app):  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(FLASH)
        db.session.commit()
    return "flash"


@pytest.fixture
def studied(app, flash, make_user, monkeypatch):  # type: ignore[no-untyped-def]
    """A signed-in student in Riyadh with the known history on the set.

    Plain test clients, not pytest-flask's `client`: that one keeps its last request's
    context pushed, and a second client would then share its signed-in user.
    """
    student = make_user("student", locale="en", timezone=ZONE)
    study_history(app, student)
    # The pages are drawn at NOW, the time the history was written against: a run that
    # crosses the student's 4 a.m. day boundary would otherwise count one day more.
    monkeypatch.setattr("studyapp.web.clock.now", lambda: NOW)
    client = app.test_client()
    sign_in(client, student)
    client.user = student
    return client


def text_of(page: str, element_id: str) -> str:
    match = re.search(rf'id="{element_id}">(.*?)</dd>', page, re.S)
    assert match, element_id
    return re.sub(r"<[^>]+>", "", match.group(1)).strip()


def data_value(fragment: str) -> float | None:
    match = re.search(r'<data value="([0-9.-]+)">', fragment)
    return float(match.group(1)) if match else None


def test_set_page_numbers_match_the_database_and_fsrs(studied) -> None:  # type: ignore[no-untyped-def]
    page = studied.get("/progress/flash").get_data(as_text=True)
    want = expected()
    assert text_of(page, "count-new") == "1"
    assert text_of(page, "count-learning") == str(want["learning"]) == "1"
    assert text_of(page, "count-review") == str(want["review"]) == "2"
    assert text_of(page, "due-today") == str(want["due"])
    # Three reviews of cards in review, one of them Again: 2 of 3.
    assert (want["passed"], want["counted"]) == (2, 3)
    retention = re.search(r'id="retention">(.*?)</dd>', page, re.S).group(1)
    assert data_value(retention) == pytest.approx(2 / 3, abs=1e-4)
    # Reviewed 3, 2 and 1 days ago, not yet today: a three-day streak.
    assert text_of(page, "streak") == "3 days"


def test_recall_per_question_is_fsrs_retrievability_weakest_first_with_its_sentence(
    studied,
) -> None:  # type: ignore[no-untyped-def]
    page = studied.get("/progress/flash").get_data(as_text=True)
    later = recall_now(datetime.now(UTC))
    items = re.findall(r'<li data-question="(\w+)">(.*?)</li>', page, re.S)
    recall = expected()["recall"]
    shown = {key: data_value(body) for key, body in items}
    for key, value in recall.items():
        assert later[key] - 1e-4 <= shown[key] <= value + 1e-4
    assert shown["q3"] is None and "Not studied yet" in dict(items)["q3"]
    order = [key for key, _ in items]
    assert order == sorted(recall, key=recall.get) + ["q3"]
    assert 'href="/sets/flash/article#s-25"' in dict(items)["q2"]
    assert 'href="/sets/flash/article#s-52"' in dict(items)["q4"]


def test_forecast_bars_hold_each_card_on_its_fsrs_due_day(studied) -> None:  # type: ignore[no-untyped-def]
    page = studied.get("/progress/flash").get_data(as_text=True)
    chart = re.search(r'<svg[^>]*id="forecast".*?</svg>', page, re.S).group(0)
    bars = [int(n) for n in re.findall(r'data-count="(\d+)"', chart)]
    zone = ZoneInfo(ZONE)

    def student_day(moment: datetime):  # type: ignore[no-untyped-def]
        local = moment.astimezone(zone)
        return (local - timedelta(hours=4)).date()

    expected_bars = [0] * 30
    for due in expected()["due_dates"].values():
        offset = max(0, (student_day(due) - student_day(NOW)).days)
        if offset < 30:
            expected_bars[offset] += 1
    assert bars == expected_bars and sum(bars) >= 2


def test_heatmap_shows_reviews_on_their_days(studied) -> None:  # type: ignore[no-untyped-def]
    page = studied.get("/progress/flash").get_data(as_text=True)
    cells = dict(re.findall(r'data-day="(\d{4}-[\d-]+)" data-count="(\d+)"', page))
    zone = ZoneInfo(ZONE)

    def day(moment: datetime) -> str:
        return ((moment.astimezone(zone)) - timedelta(hours=4)).date().isoformat()

    counted: dict[str, int] = {}
    for answers in HISTORY.values():
        for _, when in answers:
            counted[day(when)] = counted.get(day(when), 0) + 1
    assert {d: int(n) for d, n in cells.items() if n != "0"} == counted


def test_overview_lists_the_set_and_counts_all_sets(studied) -> None:  # type: ignore[no-untyped-def]
    page = studied.get("/progress/").get_data(as_text=True)
    assert text_of(page, "count-review") == "2"
    row = re.search(r'<tr data-set="flash">(.*?)</tr>', page, re.S).group(1)
    assert re.findall(r"<td>(\d+)</td>", row) == ["1", "1", "2", str(expected()["due"])]
    assert 'href="/progress/flash"' in row
    assert 'href="/progress/"' in studied.get("/").get_data(as_text=True)  # the nav link


def test_another_student_sees_only_their_own(app, studied, make_user) -> None:  # type: ignore[no-untyped-def]
    other = make_user("student", locale="en")
    study_history(app, other, {"q3": [(Rating.Good, NOW - DAY)]})
    mine = app.test_client()
    sign_in(mine, other)
    page = mine.get("/progress/flash").get_data(as_text=True)
    assert text_of(page, "count-new") == "3" and text_of(page, "count-learning") == "1"
    assert text_of(page, "count-review") == "0"
    items = dict(re.findall(r'<li data-question="(\w+)">(.*?)</li>', page, re.S))
    assert all("Not studied yet" in items[key] for key in ("q1", "q2", "q4"))
    assert data_value(items["q3"]) is not None


def test_progress_needs_sign_in_and_unknown_sets_are_404(studied, app) -> None:  # type: ignore[no-untyped-def]
    assert app.test_client().get("/progress/").status_code == 302
    assert studied.get("/progress/no-such-set").status_code == 404


# --- the teacher's class view -----------------------------------------------------------


@pytest.fixture
def classroom(app, flash, make_user):  # type: ignore[no-untyped-def]
    """A class on the set: Amal with the known history, Badr with one review."""
    teacher = make_user("teacher", locale="en", timezone="UTC")
    amal = make_user("student", locale="en", display_name="Amal", timezone=ZONE)
    badr = make_user("student", locale="en", display_name="=Badr", timezone="UTC")
    study_history(app, amal)
    study_history(app, badr, {"q1": [(Rating.Again, NOW - 5 * DAY)]})
    with app.app_context():
        room = classes.create_class(db.session.get(User, teacher.id), "الصف")
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == "flash"))
        classes.assign(room, qset)
        for student in (amal, badr):
            classes.join(db.session.get(User, student.id), room.join_code)
        db.session.commit()
        ids = {"class": room.id, "set": qset.id}
    client = app.test_client()
    sign_in(client, teacher)
    return {"client": client, "teacher": teacher, "amal": amal, "badr": badr, **ids}


def class_url(c: dict, suffix: str = "") -> str:  # type: ignore[type-arg]
    return f"/teach/classes/{c['class']}/sets/{c['set']}{suffix}"


def test_class_view_shows_each_students_progress(classroom) -> None:  # type: ignore[no-untyped-def]
    page = classroom["client"].get(class_url(classroom)).get_data(as_text=True)
    amal = re.search(rf'<tr data-student="{classroom["amal"].id}">(.*?)</tr>', page, re.S).group(1)
    assert "3 of 4" in amal
    assert data_value(amal) == pytest.approx(2 / 3, abs=1e-4)
    badr = re.search(rf'<tr data-student="{classroom["badr"].id}">(.*?)</tr>', page, re.S).group(1)
    assert "1 of 4" in badr and "–" in badr  # no review of a card in review yet


def test_memory_map_today_and_on_a_past_date_match_fsrs(classroom) -> None:  # type: ignore[no-untyped-def]
    on = (NOW - 4 * DAY).date()
    response = classroom["client"].get(class_url(classroom, f"?on={on.isoformat()}"))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    rows = dict(
        re.findall(
            r'<tr data-question="(\w+)">(.*?)</tr>',
            re.search(r'id="memory-map">(.*?)</table>', page, re.S).group(1),
            re.S,
        )
    )
    noon = datetime.combine(on, time(12), tzinfo=UTC)
    badr_q1, _ = replay([(Rating.Again, NOW - 5 * DAY)])
    amal_q1, _ = replay([h for h in HISTORY["q1"] if h[1] <= noon])
    then = (recall_at(amal_q1, noon) + recall_at(badr_q1, noon)) / 2
    cell = re.search(r'<td class="on">(.*?)</td>', rows["q1"], re.S).group(1)
    assert data_value(cell) == pytest.approx(then, abs=1e-4)
    # q2 was first studied 3 days ago: nobody had studied it on that date.
    assert data_value(re.search(r'<td class="on">(.*?)</td>', rows["q2"], re.S).group(1)) is None
    today = (expected()["recall"]["q1"] + recall_at(badr_q1, NOW)) / 2
    moment = datetime.now(UTC)
    at_the_end = (recall_now(moment)["q1"] + recall_at(badr_q1, moment)) / 2
    assert at_the_end - 1e-4 <= data_value(rows["q1"]) <= today + 1e-4
    assert 'href="/sets/flash/article#s-0"' in rows["q1"]
    order = re.findall(r'<tr data-question="(\w+)">', page.split('id="memory-map"')[1])
    # q1, the only question studied on that date, first; then the rest in set order.
    assert order == ["q1", "q2", "q3", "q4"]


def test_memory_map_date_must_be_a_date(classroom) -> None:  # type: ignore[no-untyped-def]
    response = classroom["client"].get(class_url(classroom, "?on=31-12-2026"))
    assert response.status_code == 400
    assert "is not a date: use YYYY-MM-DD" in response.get_data(as_text=True)


def test_item_analysis_from_first_tries_and_quiz_attempts(app, classroom) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        q = {k: db.session.scalar(select(Question.id).where(Question.key == k)) for k in ("q3",)}
        for student, right in ((classroom["amal"], True), (classroom["badr"], False)):
            attempt = QuizAttempt(
                user_id=student.id,
                set_id=classroom["set"],
                question_ids=[q["q3"]],
                started_at=NOW - timedelta(hours=1),
                finished_at=NOW,
                score=1.0 if right else 0.0,
            )
            attempt.answers.append(
                QuizAnswer(
                    question_id=q["q3"],
                    position=0,
                    response="جواب",
                    correct=right,
                    score=1.0 if right else 0.0,
                    answered_at=NOW - timedelta(minutes=30),
                    answer_version=1,
                )
            )
            db.session.add(attempt)
        db.session.commit()
    page = classroom["client"].get(class_url(classroom)).get_data(as_text=True)
    table = re.search(r'id="items">(.*?)</table>', page, re.S).group(1)
    rows = dict(re.findall(r'<tr data-question="(\w+)">(.*?)</tr>', table, re.S))
    # q1: Amal's first review Easy (right), Badr's Again (wrong): facility 1/2.
    assert data_value(rows["q1"]) == 0.5
    # q3 only by practice quiz: Amal right, Badr wrong: facility 1/2. Practice quizzes do
    # not measure discrimination: that needs the sittings of a class quiz.
    cells = re.findall(r"<td>(.*?)</td>", rows["q3"], re.S)
    assert data_value(cells[0]) == 0.5 and data_value(cells[1]) is None
    assert "no class quiz on this set has been sat yet" in page


def test_csv_has_one_row_per_student_and_question(app, classroom) -> None:  # type: ignore[no-untyped-def]
    response = classroom["client"].get(class_url(classroom, "/export.csv"))
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) == 2 * 4
    amal = {r["question"]: r for r in rows if r["student"] == "Amal"}
    want = expected()
    assert amal["q1"]["state"] == "review" and amal["q1"]["reviews"] == "4"
    assert amal["q1"]["first_attempt_correct"] == "yes"
    assert float(amal["q2"]["recall_now"]) == pytest.approx(want["recall"]["q2"], abs=1e-3)
    assert amal["q3"]["state"] == "new" and amal["q3"]["recall_now"] == ""
    assert datetime.fromisoformat(amal["q4"]["due"]) == want["due_dates"]["q4"]
    badr = [r for r in rows if r["email"] == classroom["badr"].email]
    # A name starting with "=" would be a formula in a spreadsheet: it is quoted.
    assert {r["student"] for r in badr} == {"'=Badr"}
    assert next(r for r in badr if r["question"] == "q1")["first_attempt_correct"] == "no"


def test_only_the_classes_teacher_sees_it(app, classroom, make_user) -> None:  # type: ignore[no-untyped-def]
    stranger = make_user("teacher", locale="en")
    client = app.test_client()
    sign_in(client, stranger)
    assert client.get(class_url(classroom)).status_code == 404
    assert client.get(class_url(classroom, "/export.csv")).status_code == 404
    student = app.test_client()
    sign_in(student, classroom["amal"])
    assert student.get(class_url(classroom)).status_code == 403
    with app.app_context():
        other_set = QuestionSet(slug="other", title="x", article="x")
        db.session.add(other_set)
        db.session.commit()
        other_id = db.session.get(Classroom, classroom["class"]) and other_set.id
    url = f"/teach/classes/{classroom['class']}/sets/{other_id}"
    assert classroom["client"].get(url).status_code == 404  # not given to this class


def test_classroom_page_links_to_the_class_view(classroom) -> None:  # type: ignore[no-untyped-def]
    page = classroom["client"].get(f"/teach/classes/{classroom['class']}").get_data(as_text=True)
    assert f'href="{class_url(classroom)}"' in page
