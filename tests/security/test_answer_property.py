"""Any form body posted as an answer is its result page, a redirect back to the question, a
clear 400, or a 404 when it names no approved question of the set; never a 500."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from studyapp.domain.question_files import QuestionSet as SetFile
from studyapp.domain.questions import Question as DraftQuestion
from studyapp.domain.questions import Source
from studyapp.extensions import db
from studyapp.models import Question, QuestionSet, QuizAnswer, QuizAttempt, Review, User
from studyapp.services import class_quizzes, classes, question_sets, quizzes
from tests.conftest import csrf_token

TEXT = st.text(max_size=40)
NUMBERISH = st.one_of(
    st.integers(-3, 12).map(str), st.sampled_from(["", " 1", "1.5", "٣", "true", "1e3"]), TEXT
)
FIELDS = ["question_id", "seq", "shown_at", "choice", "answer", "rating", "rank-0", "rank-1"]
ARTICLE = "Canberra is the capital of Australia. The Nile flows through Cairo."
SECRET = [(n, f"Secret{n}") for n in range(6)]


@st.composite
def answer_bodies(draw, question_ids: list[int]):  # type: ignore[no-untyped-def]
    body: list[tuple[str, str]] = []
    if draw(st.booleans()):
        body.append(("question_id", str(draw(st.sampled_from(question_ids)))))
    for name in draw(st.lists(st.sampled_from(FIELDS + ["rank-2", "other"]), max_size=8)):
        body.append((name, draw(NUMBERISH)))
    return body


def test_any_answer_form_is_a_result_a_redirect_a_400_or_a_404(student_client, seed_set, app):
    with app.app_context():
        ids = list(db.session.scalars(select(Question.id)))
    page = student_client.get(f"/study/{seed_set}").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)

    recorded: set[str] = set()

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(body=answer_bodies(ids), with_token=st.booleans())
    def post_answer(body: list[tuple[str, str]], with_token: bool) -> None:
        form = body + ([("csrf_token", token)] if with_token else [])
        response = student_client.post(f"/study/{seed_set}/answer", data=MultiDict(form))
        assert response.status_code in (200, 302, 400, 404), (form, response.status_code)
        if response.status_code == 200:  # read and recorded: the result page, named
            named = response.headers.get("Content-Location", "")
            match = re.search(r"/reviews/(\d+)$", named)
            assert match, (form, named)
            assert 'class="card study result' in response.get_data(as_text=True)
            recorded.add(match.group(1))
        elif response.status_code == 302:  # not readable: back to the question
            assert "/reviews/" not in response.headers["Location"], form

    post_answer()
    with app.app_context():
        # Only answers that were read and acknowledged left a review behind.
        assert db.session.scalar(select(func.count(Review.id))) == len(recorded)


# Hostile ids and bodies on the answer and start routes: a draft's or a rejected question's
# id, another set's, numbers no id column holds, negatives, words. Never a 500, never an
# answer the student may not see, never a record of such a question.

SECRET_SET = SetFile(
    slug="guarded",
    title="Guarded",
    language="en",
    article=ARTICLE,
    questions=[
        DraftQuestion(
            id=key,
            type="mcq",
            category="fact",
            prompt=f"Question {key}?",
            choices=[answer, "Sydney", "Perth"],
            answer=answer,
            source=Source(0, 36, ARTICLE[:36]),
        )
        for key, answer in [("shown", "Canberra"), *((f"hidden{n}", s) for n, s in SECRET)]
    ],
)
HUGE = [2**31, 2**63 - 1, 2**63, 2**64 + 5, -1, -(2**63), 0]
WORDS = ["", " ", "abc", "1e3", "٣", "0x10", "1.0", "-0", "null", "9" * 40]


@dataclass
class Hostile:
    """The student's own world (an attempt of theirs), and ids that must reveal nothing."""

    client: FlaskClient
    token: str
    attempt_id: int
    ids: list[str]  # question ids no route may answer for this student
    others_attempt: int  # another student's
    others_quiz: int  # another class's


@pytest.fixture
def hostile(app, student_client, make_user, seed_set) -> Hostile:  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(SECRET_SET)
        hidden = [q for q in db.session.scalars(select(Question)) if q.key.startswith("hidden")]
        for n, question in enumerate(hidden):
            question.status = "draft" if n % 2 else "rejected"
        others = db.session.scalars(
            select(Question.id).join(QuestionSet).where(QuestionSet.slug == seed_set).limit(5)
        )
        ids = [q.id for q in hidden] + list(others)
        db.session.commit()
    token = csrf_token(student_client, "/quiz/")
    started = student_client.post(
        "/quiz/sets/guarded", data={"question_count": 5, "time_limit": "", "csrf_token": token}
    )
    attempt_id = int(re.search(r"/attempts/(\d+)", started.headers["Location"])[1])
    classmate, teacher = make_user(), make_user("teacher")
    with app.app_context():
        own = quizzes.start_attempt(
            db.session.get(User, classmate.id),
            question_sets.get_published("guarded"),
            n=1,
            time_limit_s=None,
            now=datetime.now(UTC),
        )
        room = classes.create_class(db.session.get(User, teacher.id), "Another class")
        now = datetime.now(UTC)
        other_quiz = class_quizzes.create_class_quiz(
            room,
            question_sets.get_published("guarded"),
            n=1,
            time_limit_s=None,
            opens_at=now - timedelta(hours=1),
            closes_at=now + timedelta(days=1),
            now=now,
        )
        db.session.commit()
        others = (own.id, other_quiz.id)
    hostile_ids = [str(i) for i in ids + HUGE] + WORDS
    return Hostile(student_client, token, attempt_id, hostile_ids, *others)


def revealed(page: str) -> list[str]:
    return [secret for _, secret in SECRET if secret in page]


def recorded(app) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with app.app_context():
        return (
            db.session.scalar(select(func.count(Review.id))),
            db.session.scalar(select(func.count(QuizAnswer.id))),
        )


def test_hostile_ids_on_the_answer_routes_reveal_and_record_nothing(app, hostile):
    client = hostile.client
    attempt = f"/quiz/attempts/{hostile.attempt_id}"

    @settings(
        max_examples=120,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        question_id=st.sampled_from(hostile.ids),
        seq=st.sampled_from([str(i) for i in HUGE] + WORDS),
        body=st.lists(st.tuples(st.sampled_from(FIELDS[3:]), NUMBERISH), max_size=4),
        route=st.sampled_from(["study", "quiz", "ask"]),
    )
    # Always tried: a draft's id with a readable choice, and a number no column holds.
    @example(question_id=hostile.ids[0], seq="0", body=[("choice", "0")], route="study")
    @example(question_id=str(2**63), seq="0", body=[], route="study")
    def hostile_answer(question_id: str, seq: str, body: list, route: str) -> None:
        form = MultiDict([*body, ("question_id", question_id), ("seq", seq)])
        form.add("csrf_token", hostile.token)
        if route == "study":
            response = client.post("/study/guarded/answer", data=form)
            assert response.status_code in (302, 400, 404), (form, response.status_code)
        elif route == "quiz":
            response = client.post(f"{attempt}/answer", data=form)
            assert response.status_code in (302, 400, 404), (form, response.status_code)
        else:
            response = client.get(f"/study/guarded?q={question_id}")
            assert response.status_code == 200
            assert "Question shown?" in response.get_data(as_text=True)
        assert not revealed(response.get_data(as_text=True)), form
        assert recorded(app) == (0, 0), form

    hostile_answer()


def test_hostile_ids_and_bodies_on_the_start_routes_are_refused_cleanly(app, hostile):
    client = hostile.client
    count = st.sampled_from([str(i) for i in HUGE] + WORDS + ["1", "50", "51"])

    @settings(
        max_examples=80,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(
        question_count=count,
        time_limit=count,
        class_quiz=st.sampled_from([hostile.others_quiz, 2**31 - 1, 0]),
        other_attempt=st.sampled_from([hostile.others_attempt, 2**31 - 1]),
    )
    def hostile_start(question_count: str, time_limit: str, class_quiz: int, other_attempt: int):
        form = {"question_count": question_count, "time_limit": time_limit}
        form["csrf_token"] = hostile.token
        with app.app_context():
            before = db.session.scalar(select(func.count(QuizAttempt.id)))
        started = client.post("/quiz/sets/guarded", data=form)
        assert started.status_code in (302, 400), (form, started.status_code)
        assert not revealed(started.get_data(as_text=True))
        refused = client.post(f"/quiz/class/{class_quiz}/start", data=form)
        assert refused.status_code == 404, (class_quiz, refused.status_code)
        elsewhere = client.post(f"/quiz/attempts/{other_attempt}/answer", data=form)
        assert elsewhere.status_code == 404
        with app.app_context():
            after = db.session.scalar(select(func.count(QuizAttempt.id)))
            if started.status_code == 302:  # a good count: one attempt, of approved questions
                newest = db.session.scalar(select(QuizAttempt).order_by(QuizAttempt.id.desc()))
                statuses = {db.session.get(Question, i).status for i in newest.question_ids}
                assert after == before + 1 and statuses == {"approved"}
            else:
                assert after == before

    hostile_start()
