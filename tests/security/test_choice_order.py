"""The choices on a page give the answer away neither by their values nor by their order.

A GIFT file lists the right answer first, and choices used to be sent as their place in the
stored list: the right answer was usually value="0". Now each student sees their own order
and each choice is sent as an opaque code of theirs."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from studyapp.domain.formats import parse_set
from studyapp.domain.question_files import QuestionSet as SetFile
from studyapp.domain.questions import Question as DraftQuestion
from studyapp.domain.questions import Source
from studyapp.extensions import db
from studyapp.models import Question, Review
from studyapp.services import question_sets
from tests.answering import page_answer, shown_choices, shown_steps
from tests.conftest import csrf_token, sign_in

GIFT = "::capital:: What is the capital of Australia? {=Canberra ~Sydney ~Melbourne ~Perth}\n"
ARTICLE = "First the seeds are sown, then watered, then harvested in the autumn."
STEPS = ["sown", "watered", "harvested"]
ORDER = SetFile(
    slug="steps",
    title="Steps",
    language="en",
    article=ARTICLE,
    questions=[
        DraftQuestion(
            id="steps",
            type="order",
            category="sequence",
            prompt="Put the steps in order.",
            choices=STEPS,  # stored in the right order: the page must not show it so
            answer=STEPS,
            source=Source(0, len(ARTICLE), ARTICLE),
        )
    ],
)


@pytest.fixture
def gift(app) -> str:  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(parse_set("geo.gift", GIFT.encode()))
        question_sets.sync(ORDER)
        db.session.commit()
    return "geo"


def signed_in(app, make_user):  # type: ignore[no-untyped-def]
    client = app.test_client()
    sign_in(client, make_user())
    return client


def the_question(app, key: str) -> Question:  # type: ignore[no-untyped-def]
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.key == key))
        db.session.expunge(question)
        return question


def reviews(app) -> int:  # type: ignore[no-untyped-def]
    with app.app_context():
        return db.session.scalar(select(func.count(Review.id)))


def post_answer(client, slug: str, page: str, **fields):  # type: ignore[no-untyped-def]
    question_id = re.search(r'name="question_id" value="(\d+)"', page)[1]
    form = {"question_id": question_id, "seq": 0, "csrf_token": csrf_token(client, "/")}
    return client.post(f"/study/{slug}/answer", data={**form, **fields})


def test_no_choice_is_sent_as_its_place_in_the_stored_list(app, make_user, gift):
    page = signed_in(app, make_user).get("/study/geo").get_data(as_text=True)
    values = list(shown_choices(page).values())
    assert len(values) == 4
    assert all(re.fullmatch(r"[0-9a-f]{16}", value) for value in values)


def test_each_student_has_their_own_codes_and_the_answer_is_not_always_first(app, make_user, gift):
    pages = [signed_in(app, make_user).get("/study/geo").get_data(as_text=True) for _ in range(8)]
    codes = [shown_choices(page)["Canberra"] for page in pages]
    assert len(set(codes)) == 8
    places = [list(shown_choices(page)).index("Canberra") for page in pages]
    assert len(set(places)) > 1, places


def test_an_old_index_or_another_students_code_is_not_read_and_records_nothing(
    app, make_user, gift
):
    other_page = signed_in(app, make_user).get("/study/geo").get_data(as_text=True)
    student = signed_in(app, make_user)
    page = student.get("/study/geo").get_data(as_text=True)
    for forged in ("0", shown_choices(other_page)["Canberra"]):
        response = post_answer(student, "geo", page, choice=forged)
        assert response.status_code == 302 and "/reviews/" not in response.headers["Location"]
    assert reviews(app) == 0
    right = post_answer(student, "geo", page, choice=shown_choices(page)["Canberra"])
    assert right.status_code == 200 and "result right" in right.get_data(as_text=True)


def test_an_order_question_names_its_steps_by_code_and_is_graded(app, make_user, gift):
    student = signed_in(app, make_user)
    page = student.get("/study/steps").get_data(as_text=True)
    assert all(re.fullmatch(r"rank-[0-9a-f]{16}", name) for name in shown_steps(page).values())
    assert sorted(shown_steps(page)) == sorted(STEPS)
    fields = page_answer(page, the_question(app, "steps"), right=True)
    response = post_answer(student, "steps", page, **fields)
    assert response.status_code == 200 and "result right" in response.get_data(as_text=True)
