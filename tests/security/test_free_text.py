"""Free text checked by the server: typed answers longer than the answer box allows (its
maxlength is only the browser's; a script stored 1.9 MB answers), and titles and class
names that are blank or span several lines."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import Classroom, Question, QuestionSet, QuizAnswer, QuizAttempt, Review
from studyapp.services import question_sets
from tests.conftest import csrf_token
from tests.security.test_authorization import SEED, client_of, post
from tests.web.test_study import TINY

TOO_LONG = "Use at most 500 characters."


@pytest.fixture
def cloze_id(app) -> int:  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(TINY)
        db.session.commit()
        return db.session.scalar(select(Question.id).where(Question.key == "limits"))


def stored(app, model) -> int:  # type: ignore[no-untyped-def]
    with app.app_context():
        return db.session.scalar(select(func.count(model.id))) or 0


def english(client) -> None:  # type: ignore[no-untyped-def]
    client.post("/language/en", data={"csrf_token": csrf_token(client, "/"), "next": "/"})


@pytest.mark.parametrize(("length", "recorded"), [(500, 1), (501, 0), (100_000, 0)])
def test_a_typed_study_answer_over_500_characters_is_refused(
    app, student_client, cloze_id, length, recorded
):
    english(student_client)
    page = student_client.get(f"/study/tiny?q={cloze_id}").get_data(as_text=True)
    assert 'maxlength="500"' in page
    seq = re.search(r'name="seq" value="(\d+)"', page).group(1)  # type: ignore[union-attr]
    response = student_client.post(
        "/study/tiny/answer",
        data={
            "question_id": cloze_id,
            "seq": seq,
            "answer": "ط" * length,
            "csrf_token": csrf_token(student_client, "/"),
        },
    )
    assert stored(app, Review) == recorded
    if not recorded:
        assert response.status_code == 302
        assert TOO_LONG in student_client.get(response.headers["Location"]).get_data(as_text=True)


def test_a_typed_quiz_answer_over_500_characters_is_refused(app, student_client, cloze_id):
    english(student_client)
    started = student_client.post(
        "/quiz/sets/tiny",
        data={"question_count": 3, "time_limit": "", "csrf_token": csrf_token(student_client)},
    )
    attempt_id = int(started.headers["Location"].rsplit("/", 1)[-1])
    response = student_client.post(
        f"/quiz/attempts/{attempt_id}/answer",
        data={
            "question_id": cloze_id,
            "answer": "ط" * 501,
            "csrf_token": csrf_token(student_client, "/"),
        },
    )
    assert response.status_code == 302
    assert TOO_LONG in student_client.get(response.headers["Location"]).get_data(as_text=True)
    with app.app_context():
        assert db.session.get(QuizAttempt, attempt_id) is not None
    assert stored(app, QuizAnswer) == 0


BLANK = "Write more than spaces."
ONE_LINE = "Use one line, without tabs or control characters."


@pytest.fixture
def teacher(app, make_user):  # type: ignore[no-untyped-def]
    client = client_of(app, make_user("teacher"))
    english(client)
    return client


@pytest.mark.parametrize(
    ("title", "message"),
    [(" \u00a0 ", BLANK), ("Cities\n::q:: Injected {T}", ONE_LINE), ("Tab\there", ONE_LINE)],
)
def test_a_blank_or_multi_line_set_title_is_refused(app, teacher, title, message):
    response = post(teacher, "/teach/sets/new", title=title, article=SEED, tags="")
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert stored(app, QuestionSet) == 0


def test_a_set_cannot_be_renamed_to_blanks(app, teacher):
    created = post(teacher, "/teach/sets/new", title="Cities", article=SEED, tags="")
    slug = unquote(created.headers["Location"].rsplit("/", 1)[-1])
    response = post(teacher, f"/teach/sets/{slug}/details", title="   ", tags="")
    assert response.status_code == 400 and BLANK in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(QuestionSet.title)) == "Cities"


@pytest.mark.parametrize(("name", "message"), [("\t ", BLANK), ("Class\r\n5B", ONE_LINE)])
def test_a_blank_or_multi_line_class_name_is_refused(app, teacher, name, message):
    response = post(teacher, "/teach/classes/new", name=name)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert stored(app, Classroom) == 0
