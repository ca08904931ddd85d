"""The study loop through the web: next card, answer, result, undo, double submit."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from studyapp.domain.question_files import QuestionSet as SetFile
from studyapp.domain.questions import Question as DraftQuestion
from studyapp.domain.questions import Source
from studyapp.extensions import db
from studyapp.models import Card, Question, Review
from studyapp.services import question_sets
from tests.answering import shown_choices
from tests.conftest import csrf_token

ARTICLE = "قالت سارة فريار إن البناء مقيد بالرقائق والطاقة والعمالة. ثم تحدثت عن ستارغيت."


def _q(key: str, kind: str, prompt: str, answer, choices=None):  # type: ignore[no-untyped-def]
    return DraftQuestion(
        id=key,
        type=kind,
        category="fact",
        prompt=prompt,
        choices=choices,
        answer=answer,
        source=Source(0, 56, ARTICLE[:56]),
    )


TINY = SetFile(
    slug="tiny",
    title="مجموعة صغيرة",
    language="ar",
    article=ARTICLE,
    tags=[],
    path=None,
    questions=[
        _q(
            "who",
            "mcq",
            "من قال إن البناء مقيد؟",
            "سارة فريار",
            ["سارة فريار", "جولدمان ساكس", "أوراكل"],
        ),
        _q("limits", "cloze", "البناء مقيد بالرقائق و____ والعمالة.", ["الطاقة", "طاقة"]),
        _q("card", "flashcard", "ما الذي يقيد البناء؟", "الرقائق والطاقة والعمالة"),
    ],
)


@pytest.fixture
def tiny(app):  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(TINY)
        db.session.commit()
    return "tiny"


def shown_question(page: str) -> tuple[int, int]:
    question_id = int(re.search(r'name="question_id" value="(\d+)"', page).group(1))
    seq = int(re.search(r'name="seq" value="(\d+)"', page).group(1))
    return question_id, seq


def question_key(app, question_id: int) -> str:  # type: ignore[no-untyped-def]
    with app.app_context():
        return db.session.get(Question, question_id).key


def answer_form(app, client, page: str, **fields):  # type: ignore[no-untyped-def]
    """The page's form; `choice` is a choice's text, or "0", "1"... for the first, second...
    choice shown (the values sent are opaque codes); any other value is sent as it is."""
    question_id, seq = shown_question(page)
    form = {"question_id": question_id, "seq": seq, "csrf_token": csrf_token(client, "/")}
    shown = shown_choices(page)
    choice = fields.get("choice")
    if choice in shown:
        fields["choice"] = shown[choice]
    elif choice is not None and choice.isdigit() and int(choice) < len(shown):
        fields["choice"] = list(shown.values())[int(choice)]
    form.update(fields)
    return form


def review_count(app) -> int:  # type: ignore[no-untyped-def]
    with app.app_context():
        return db.session.scalar(select(func.count(Review.id)))


def result_of(response) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """An answer's response: its result page and the review's address it names."""
    assert response.status_code == 200, response.status_code
    address = response.headers.get("Content-Location", "")
    assert re.fullmatch(r"/study/tiny/reviews/\d+", address), address
    return response.get_data(as_text=True), address


def result_section(page: str) -> str:
    """The result card of a page, without the undo form's CSRF token (signed anew each time)."""
    section = re.search(r'<section class="card study result.*?</section>', page, re.S)
    assert section, "no result on the page"
    return re.sub(r'name="csrf_token" value="[^"]*"', 'name="csrf_token"', section.group(0))


def test_studying_shows_new_questions_in_order_and_records_each_answer(app, student_client, tiny):
    page = student_client.get("/study/tiny").get_data(as_text=True)
    assert "من قال إن البناء مقيد؟" in page
    form = answer_form(app, student_client, page, choice="سارة فريار")
    result, _ = result_of(student_client.post("/study/tiny/answer", data=form))
    assert 'class="card study result right"' in result
    assert review_count(app) == 1
    next_page = student_client.get("/study/tiny").get_data(as_text=True)
    assert question_key(app, shown_question(next_page)[0]) == "limits"


def test_a_typed_arabic_answer_with_other_hamza_forms_and_diacritics_is_right(
    app, student_client, tiny
):
    student_client.get("/study/tiny")
    with app.app_context():
        question = db.session.scalar(select(Question).where(Question.key == "limits"))
        question_id = question.id
    page = student_client.get(f"/study/tiny?q={question_id}").get_data(as_text=True)
    form = answer_form(app, student_client, page, answer="الطَّاقَة")
    result, _ = result_of(student_client.post("/study/tiny/answer", data=form))
    assert "result right" in result


def test_a_wrong_answer_is_marked_wrong_and_the_right_one_shown(app, student_client, tiny):
    page = student_client.get("/study/tiny").get_data(as_text=True)
    form = answer_form(app, student_client, page, choice="أوراكل")
    result, _ = result_of(student_client.post("/study/tiny/answer", data=form))
    assert "result wrong" in result and "سارة فريار" in result
    with app.app_context():
        card = db.session.scalar(select(Card))
        assert db.session.scalar(select(Review)).rating == 1
        assert card.due <= datetime.now(UTC).replace(year=2100)


def test_the_answer_is_answered_with_its_result_page_at_the_reviews_address(
    app, student_client, tiny
):
    """No redirect to follow: the result comes back at once, named by the review's address,
    where a reload or a shared link finds the same result."""
    page = student_client.get("/study/tiny").get_data(as_text=True)
    form = answer_form(app, student_client, page, choice="سارة فريار")
    result, address = result_of(student_client.post("/study/tiny/answer", data=form))
    assert 'class="card study result right"' in result
    assert re.search(r'class="verdict" role="status">\s*إجابة صحيحة!\s*<', result)  # "Right!"
    assert "<mark>" in result  # the source sentence, highlighted
    assert f'data-address="{address}"' in result  # what app.js puts in the address bar
    with app.app_context():
        assert address.endswith(f"/reviews/{db.session.scalar(select(Review.id))}")
    again = student_client.get(address)
    assert again.status_code == 200
    assert result_section(again.get_data(as_text=True)) == result_section(result)
    assert review_count(app) == 1  # reading the result again records nothing


def test_a_double_submit_records_one_review_and_both_name_it(app, student_client, tiny):
    page = student_client.get("/study/tiny").get_data(as_text=True)
    form = answer_form(app, student_client, page, choice="0")
    first, first_address = result_of(student_client.post("/study/tiny/answer", data=form))
    second, second_address = result_of(student_client.post("/study/tiny/answer", data=form))
    assert first_address == second_address
    assert result_section(second) == result_section(first)
    assert review_count(app) == 1


def test_an_earlier_page_submitted_again_names_its_review_and_offers_no_undo(
    app, student_client, tiny
):
    """Undo takes back the last answer: offered on an older result, it would take back another."""
    page = student_client.get("/study/tiny").get_data(as_text=True)
    earlier = answer_form(app, student_client, page, choice="0")
    first, first_address = result_of(student_client.post("/study/tiny/answer", data=earlier))
    assert "data-undo" in first
    page = student_client.get("/study/tiny").get_data(as_text=True)
    later = answer_form(app, student_client, page, answer="الطاقة")
    _, later_address = result_of(student_client.post("/study/tiny/answer", data=later))
    again, again_address = result_of(student_client.post("/study/tiny/answer", data=earlier))
    assert again_address == first_address != later_address
    assert "data-undo" not in again
    assert review_count(app) == 2


def test_an_answer_without_its_csrf_token_is_refused_and_records_nothing(app, student_client, tiny):
    page = student_client.get("/study/tiny").get_data(as_text=True)
    form = answer_form(app, student_client, page, choice="0")
    del form["csrf_token"]
    assert student_client.post("/study/tiny/answer", data=form).status_code == 400
    forged = {**form, "csrf_token": "not-the-token"}
    assert student_client.post("/study/tiny/answer", data=forged).status_code == 400
    assert review_count(app) == 0
    with app.app_context():
        assert db.session.scalar(select(func.count(Card.id))) == 0


def test_undo_takes_back_the_last_answer_and_shows_the_question_again(app, student_client, tiny):
    page = student_client.get("/study/tiny").get_data(as_text=True)
    question_id, _ = shown_question(page)
    student_client.post(
        "/study/tiny/answer", data=answer_form(app, student_client, page, choice="0")
    )
    response = student_client.post(
        "/study/tiny/undo", data={"csrf_token": csrf_token(student_client, "/")}
    )
    assert review_count(app) == 0
    with app.app_context():
        assert db.session.scalar(select(func.count(Card.id))) == 0
    again = student_client.get(response.headers["Location"]).get_data(as_text=True)
    assert shown_question(again)[0] == question_id


def test_a_flashcard_is_rated_by_the_student(app, student_client, tiny):
    with app.app_context():
        question_id = db.session.scalar(select(Question.id).where(Question.key == "card"))
    page = student_client.get(f"/study/tiny?q={question_id}").get_data(as_text=True)
    assert "الرقائق والطاقة والعمالة" in page  # the back, behind "show the answer"
    student_client.post(
        "/study/tiny/answer", data=answer_form(app, student_client, page, rating="4")
    )
    with app.app_context():
        assert db.session.scalar(select(Review)).rating == 4


def test_a_malformed_answer_is_refused_with_a_message_and_records_nothing(
    app, student_client, tiny
):
    page = student_client.get("/study/tiny").get_data(as_text=True)
    response = student_client.post(
        "/study/tiny/answer", data=answer_form(app, student_client, page, choice="99")
    )
    assert response.status_code == 302
    follow = student_client.get(response.headers["Location"]).get_data(as_text=True)
    assert 'class="flash error"' in follow
    assert review_count(app) == 0


def test_the_progress_bar_moves_after_an_answer(app, student_client, tiny):
    page = student_client.get("/study/tiny").get_data(as_text=True)
    assert 'value="0"' in page
    result, _ = result_of(
        student_client.post(
            "/study/tiny/answer", data=answer_form(app, student_client, page, choice="0")
        )
    )
    value = int(re.search(r'<progress id="today-progress" max="100" value="(\d+)"', result)[1])
    assert 0 < value < 100


def test_nobody_sees_another_students_answer(app, client, make_user, tiny):
    from tests.conftest import sign_in

    first, second = make_user(), make_user()
    sign_in(client, first)
    page = client.get("/study/tiny").get_data(as_text=True)
    _, location = result_of(
        client.post("/study/tiny/answer", data=answer_form(app, client, page, choice="0"))
    )
    client.post("/auth/logout", data={"csrf_token": csrf_token(client, "/")})
    sign_in(client, second)
    assert client.get(location).status_code == 404


def test_studying_needs_an_account(client, tiny):
    assert client.get("/study/tiny").status_code == 302


def test_a_learning_step_due_soon_is_shown_early_when_nothing_else_is_left(
    app, student_client, tiny
):
    """As in Anki: the 1- and 10-minute learning steps come back without waiting."""
    for _ in range(3):
        page = student_client.get("/study/tiny").get_data(as_text=True)
        student_client.post(
            "/study/tiny/answer",
            data=answer_form(app, student_client, page, choice="0", answer="x", rating="3"),
        )
    page = student_client.get("/study/tiny").get_data(as_text=True)
    assert 'name="question_id"' in page  # a learning card, due in minutes, shown now


def test_when_only_later_steps_are_left_the_page_says_when_to_come_back(
    app, student_client, tiny, monkeypatch
):
    # At noon: a learning step ten minutes after the answer must fall inside the student's
    # day, which ends at the 04:00 rollover (run just before it, the step is tomorrow's).
    noon = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
    monkeypatch.setattr("studyapp.web.clock.now", lambda: noon)
    monkeypatch.setattr("studyapp.services.study.LEARN_AHEAD", timedelta(0))
    for _ in range(3):
        page = student_client.get("/study/tiny").get_data(as_text=True)
        student_client.post(
            "/study/tiny/answer",
            data=answer_form(app, student_client, page, choice="0", answer="x", rating="3"),
        )
    student_client.post(
        "/language/en", data={"csrf_token": csrf_token(student_client, "/"), "next": "/"}
    )
    page = student_client.get("/study/tiny").get_data(as_text=True)
    assert "Done for now." in page and "The next one is due at" in page


def test_a_question_rejected_after_its_page_was_shown_is_no_longer_answered(
    app, student_client, tiny
):
    """Its result page would show an answer the teacher has withdrawn."""
    page = student_client.get("/study/tiny").get_data(as_text=True)
    question_id, _ = shown_question(page)
    with app.app_context():
        db.session.get(Question, question_id).status = "rejected"
        db.session.commit()
    form = answer_form(app, student_client, page, choice="0", answer="x", rating="3")
    response = student_client.post("/study/tiny/answer", data=form)
    assert response.status_code == 404 and "سارة فريار" not in response.get_data(as_text=True)
    assert review_count(app) == 0


def test_an_answer_naming_a_question_of_another_set_is_refused(app, student_client, tiny, seed_set):
    with app.app_context():
        seed = question_sets.get_published(seed_set)
        elsewhere = db.session.scalar(select(Question.id).where(Question.set_id == seed.id))
    page = student_client.get("/study/tiny").get_data(as_text=True)
    form = answer_form(app, student_client, page, choice="0", question_id=str(elsewhere))
    assert student_client.post("/study/tiny/answer", data=form).status_code == 404
    assert review_count(app) == 0
