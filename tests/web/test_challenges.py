"""Challenges through the pages, in Arabic (the users' language): challenge from a result page
or a quiz review, the teacher's queue and decision, the outcome on the progress page, the
class view's counts; and a class quiz's key kept hidden while it is open."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import Challenge, ClassQuiz, Question, QuizAttempt, Review
from tests.answering import shown_choices
from tests.challenge_world import KEY, OTHER, OTHER_SPELLED, build
from tests.conftest import csrf_token, sign_in
from tests.quiz_clock import hold_quiz_time

NOTE = "الخوارزمي هو محمد بن موسى كما في المقال"


def post(client, path: str, **data):  # type: ignore[no-untyped-def]
    data["csrf_token"] = csrf_token(client, "/auth/login")
    return client.post(path, data=data)


def answer(client, slug: str, question_id: int, text: str) -> int:  # type: ignore[no-untyped-def]
    page = client.get(f"/study/{slug}?q={question_id}").get_data(as_text=True)
    seq = re.search(r'name="seq" value="(\d+)"', page).group(1)  # type: ignore[union-attr]
    done = post(client, f"/study/{slug}/answer", question_id=str(question_id), seq=seq, answer=text)
    assert done.status_code == 200
    return int(done.headers["Content-Location"].rsplit("/", 1)[-1])


@pytest.fixture
def world(app, make_user):  # type: ignore[no-untyped-def]
    teacher = make_user("teacher")
    salma, omar = make_user("student"), make_user("student")
    with app.app_context():
        made = build(teacher.id, [salma.id, omar.id])
    clients = {}
    for name, user in (("teacher", teacher), ("salma", salma), ("omar", omar)):
        clients[name] = app.test_client()
        sign_in(clients[name], user)
    return made, clients, {"teacher": teacher, "salma": salma, "omar": omar}


def test_a_challenge_accepted_regrades_the_class_and_the_student_reads_it(app, world):
    made, clients, users = world
    salma, omar, teacher = clients["salma"], clients["omar"], clients["teacher"]
    review_id = answer(salma, made.slug, made.typed_id, OTHER)
    answer(omar, made.slug, made.typed_id, OTHER_SPELLED)
    result = salma.get(f"/study/{made.slug}/reviews/{review_id}").get_data(as_text=True)
    assert "اعترض على هذا التصحيح" in result

    # An empty note is refused in Arabic; a note sends the challenge.
    refused = post(salma, f"/study/{made.slug}/reviews/{review_id}/challenge", note=" ")
    assert "اكتب ملاحظة قصيرة" in salma.get(refused.headers["Location"]).get_data(as_text=True)
    sent = post(salma, f"/study/{made.slug}/reviews/{review_id}/challenge", note=NOTE)
    assert sent.status_code == 302
    page = salma.get(sent.headers["Location"]).get_data(as_text=True)
    assert "أُرسل اعتراضك" in page and "بانتظار قرار معلمك" in page
    again = post(salma, f"/study/{made.slug}/reviews/{review_id}/challenge", note=NOTE)
    assert "اعترضت على هذا التصحيح من قبل" in salma.get(again.headers["Location"]).text

    queue_path = f"/teach/classes/{made.class_id}/sets/{made.set_id}/challenges"
    assert (
        "اعتراض واحد مفتوح"
        in teacher.get(f"/teach/classes/{made.class_id}/sets/{made.set_id}").text
    )
    queue = teacher.get(queue_path).get_data(as_text=True)
    assert NOTE in queue and OTHER in queue and KEY in queue
    assert "أجاب بها طالبان" in queue  # Salma and Omar, spelled apart, the same to the grader
    assert "<mark>محمد بن موسى الخوارزمي أسس علم الجبر في بغداد.</mark>" in queue
    assert f"/teach/sets/{made.slug}/questions/{made.typed_id}/edit" in queue  # fix the key

    with app.app_context():
        challenge_id = db.session.scalar(select(Challenge.id))
    decided = post(teacher, f"{queue_path}/{challenge_id}", accept="1", reply="")
    assert decided.status_code == 302
    after = teacher.get(queue_path).get_data(as_text=True)
    assert "أُعيد تصحيح إجابات الطلاب (2)" in after and "لا اعتراضات مفتوحة" in after

    with app.app_context():
        assert db.session.get(Question, made.typed_id).answer == [KEY, OTHER]
        assert all(r.correct for r in db.session.scalars(select(Review)))
    progress = salma.get(f"/progress/{made.slug}").get_data(as_text=True)
    assert "قُبل: إجابتك محسوبة صحيحة" in progress
    result = salma.get(f"/study/{made.slug}/reviews/{review_id}").get_data(as_text=True)
    assert 'class="card study result right"' in result  # graded right now
    assert 'data-outcome="accepted"' in result
    class_page = teacher.get(f"/teach/classes/{made.class_id}/sets/{made.set_id}").text
    assert "قُبل 1 من 1" in class_page and 'data-flag="challenge_accepted"' in class_page


def test_a_rejection_needs_a_reply_which_the_student_reads(app, world):
    made, clients, _users = world
    salma, teacher = clients["salma"], clients["teacher"]
    review_id = answer(salma, made.slug, made.typed_id, "ابن سينا")
    post(salma, f"/study/{made.slug}/reviews/{review_id}/challenge", note="أظنها صحيحة")
    with app.app_context():
        challenge_id = db.session.scalar(select(Challenge.id))
    path = f"/teach/classes/{made.class_id}/sets/{made.set_id}/challenges/{challenge_id}"
    no_reply = post(teacher, path, reject="1", reply="")
    assert "اكتب ردًا" in teacher.get(no_reply.headers["Location"]).text
    post(teacher, path, reject="1", reply="ابن سينا طبيب لا عالم جبر")
    progress = salma.get(f"/progress/{made.slug}").get_data(as_text=True)
    assert "رفضه معلمك" in progress and "ابن سينا طبيب لا عالم جبر" in progress
    with app.app_context():
        assert db.session.get(Question, made.typed_id).answer == [KEY]


def test_a_choice_question_cannot_be_accepted_only_fixed_or_rejected(app, world):
    made, clients, _users = world
    salma, teacher = clients["salma"], clients["teacher"]
    page = salma.get(f"/study/{made.slug}?q={made.choice_id}").get_data(as_text=True)
    damascus = shown_choices(page)["دمشق"]
    seq = re.search(r'name="seq" value="(\d+)"', page).group(1)  # type: ignore[union-attr]
    done = post(
        salma,
        f"/study/{made.slug}/answer",
        question_id=str(made.choice_id),
        seq=seq,
        choice=damascus,
    )
    review_id = int(done.headers["Content-Location"].rsplit("/", 1)[-1])
    post(salma, f"/study/{made.slug}/reviews/{review_id}/challenge", note="دمشق أيضًا")
    queue = teacher.get(f"/teach/classes/{made.class_id}/sets/{made.set_id}/challenges").text
    assert "صحّح المفتاح" in queue and "اقبل الإجابة" not in queue
    with app.app_context():
        challenge_id = db.session.scalar(select(Challenge.id))
    path = f"/teach/classes/{made.class_id}/sets/{made.set_id}/challenges/{challenge_id}"
    refused = post(teacher, path, accept="1")
    assert (
        "لا تنضم إلى الإجابات المقبولة إلا إجابة مكتوبة"
        in teacher.get(refused.headers["Location"]).text
    )


def test_a_class_quiz_answer_is_challenged_only_once_the_quiz_closes(app, world, monkeypatch):
    made, clients, users = world
    salma = clients["salma"]
    now = datetime.now(UTC)
    clock = hold_quiz_time(monkeypatch, now)
    monkeypatch.setattr("studyapp.web.clock.now", clock)
    with app.app_context():
        quiz = ClassQuiz(
            classroom_id=made.class_id,
            set_id=made.set_id,
            question_count=2,
            opens_at=now - timedelta(hours=1),
            closes_at=now + timedelta(hours=1),
        )
        db.session.add(quiz)
        db.session.commit()
        quiz_id = quiz.id
    started = post(salma, f"/quiz/class/{quiz_id}/start")
    attempt_id = int(started.headers["Location"].rsplit("/", 1)[-1])
    post(salma, f"/quiz/attempts/{attempt_id}/answer", question_id=str(made.typed_id), answer=OTHER)
    post(salma, f"/quiz/attempts/{attempt_id}/finish")
    path = f"/quiz/attempts/{attempt_id}/questions/{made.typed_id}/challenge"
    review = salma.get(f"/quiz/attempts/{attempt_id}/review").get_data(as_text=True)
    assert "اعترض على هذا التصحيح" not in review and KEY not in review
    # While the quiz is open, a challenge would answer with the key: it is not there at all.
    assert post(salma, path, note=NOTE).status_code == 404
    with app.app_context():
        review_id = db.session.scalar(select(Review.id).where(Review.user_id == users["salma"].id))
    # Nor through the review the quiz answer counted as.
    assert (
        post(salma, f"/study/{made.slug}/reviews/{review_id}/challenge", note=NOTE).status_code
        == 404
    )

    clock.now = now + timedelta(hours=2)
    review = salma.get(f"/quiz/attempts/{attempt_id}/review").get_data(as_text=True)
    assert "اعترض على هذا التصحيح" in review
    assert post(salma, path, note=NOTE).status_code == 302
    with app.app_context():
        challenge = db.session.scalar(select(Challenge))
        assert challenge.quiz_answer_id is not None and challenge.response == OTHER
        teacher_queue = f"/teach/classes/{made.class_id}/sets/{made.set_id}/challenges"
    queue = clients["teacher"].get(teacher_queue).text
    assert NOTE in queue
    post(clients["teacher"], f"{teacher_queue}/{challenge.id}", accept="1")
    with app.app_context():
        assert (
            db.session.get(QuizAttempt, attempt_id).score == 0.5
        )  # the typed answer now right, the other unanswered


def test_only_the_sets_teacher_sees_and_decides(app, world, make_user):
    made, clients, _users = world
    review_id = answer(clients["salma"], made.slug, made.typed_id, OTHER)
    post(clients["salma"], f"/study/{made.slug}/reviews/{review_id}/challenge", note=NOTE)
    other = app.test_client()
    sign_in(other, make_user("teacher"))
    with app.app_context():
        challenge_id = db.session.scalar(select(Challenge.id))
    queue = f"/teach/classes/{made.class_id}/sets/{made.set_id}/challenges"
    assert other.get(queue).status_code == 404
    assert post(other, f"{queue}/{challenge_id}", accept="1").status_code == 404
    assert clients["omar"].get(queue).status_code == 403
    # Omar cannot challenge Salma's review.
    assert (
        post(clients["omar"], f"/study/{made.slug}/reviews/{review_id}/challenge", note=NOTE)
    ).status_code == 404
