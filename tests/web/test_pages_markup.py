"""What the pages send, checked without a browser: unique ids, a select-all question sent
with nothing ticked, static files' names and cache life."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import Question, QuestionSet, Review, User
from studyapp.services import classes
from studyapp.web.i18n import content_direction
from tests.conftest import csrf_token, sign_in
from tests.web.test_quiz import attempt_id_of, start
from tests.web.test_teach import approved_set


def test_the_class_page_gives_every_element_its_own_id(app: Flask, client, make_user, seed_set):
    teacher = make_user("teacher")
    with app.app_context():
        room = classes.create_class(db.session.get(User, teacher.id), "الصف الأول")
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == seed_set))
        qset.owner_id = teacher.id
        db.session.commit()
        class_id = room.id
    sign_in(client, teacher)
    page = client.get(f"/teach/classes/{class_id}").get_data(as_text=True)
    ids = Counter(re.findall(r'\sid="([^"]+)"', page))
    assert [name for name, count in ids.items() if count > 1] == []
    assert re.search(r'<label for="quiz-set_id">', page)  # each label still names its select


@pytest.mark.parametrize("page", ["settings", "set review", "quiz question"])
def test_a_page_with_several_forms_gives_every_element_its_own_id(
    app: Flask, client, make_user, seed_set, page
):
    """Each form carries its CSRF token; a page of several forms names no id twice."""
    sign_in(client, make_user("teacher"))
    if page == "settings":
        path = "/account/"
    elif page == "set review":
        path = f"/teach/sets/{approved_set(app, client)}"
    else:
        path = f"/quiz/attempts/{attempt_id_of(start(client, seed_set))}"
    html = BeautifulSoup(client.get(path).get_data(as_text=True), "html.parser")
    assert len(html.find_all("form")) > 1
    ids = Counter(element["id"] for element in html.find_all(id=True))
    assert [name for name, count in ids.items() if count > 1] == []


def test_a_select_all_answer_with_nothing_ticked_is_asked_again_and_not_recorded(
    app: Flask, student_client: FlaskClient, seed_set
):
    with app.app_context():
        question = db.session.scalar(select(Question).filter_by(key="compute-needs"))
        question_id = question.id
    path = f"/study/{seed_set}?q={question_id}"
    response = student_client.post(
        f"/study/{seed_set}/answer",
        data={"question_id": question_id, "seq": 0, "csrf_token": csrf_token(student_client, path)},
    )
    assert response.status_code == 302 and f"q={question_id}" in response.headers["Location"]
    page = student_client.get(response.headers["Location"]).get_data(as_text=True)
    assert "اختر إجابة واحدة على الأقل، ثم تحقّق." in page  # "Tick at least one answer"
    with app.app_context():
        assert db.session.scalar(select(func.count(Review.id))) == 0


def test_static_files_have_hashed_names_cached_for_a_year(client: FlaskClient):
    page = client.get("/auth/login").get_data(as_text=True)
    stylesheet = re.search(r'href="(/static/css/app\.[0-9a-f]{12}\.css)"', page)
    script = re.search(r'src="(/static/js/app\.[0-9a-f]{12}\.js)"', page)
    assert stylesheet and script
    for path in (stylesheet.group(1), script.group(1)):
        with client.get(path) as response:
            assert response.status_code == 200
            assert "max-age=31536000" in response.headers["Cache-Control"]
            assert "immutable" in response.headers["Cache-Control"]
    css = client.get(stylesheet.group(1)).get_data(as_text=True)
    fonts = re.findall(r'url\("\.\./fonts/([^"]+)"\)', css)
    assert fonts and all(re.search(r"\.[0-9a-f]{12}\.woff2$", font) for font in fonts)
    with client.get(f"/static/fonts/{fonts[0]}") as font:
        assert font.status_code == 200 and "immutable" in font.headers["Cache-Control"]
    # A name without its hash (an old page, a bookmark) still works, checked every time.
    plain = client.get("/static/css/app.css")
    assert plain.status_code == 200 and "no-cache" in plain.headers["Cache-Control"]


@pytest.mark.parametrize(
    ("text", "language", "direction"),
    [
        ("60 Minutes", "ar", "ltr"),  # English in an Arabic set: its own letters decide
        ("20 مليار دولار", "en", "rtl"),
        ("OpenAI ومراكز البيانات", "ar", "rtl"),  # mixed: the set's language decides
        ("OpenAI and مراكز", "en", "ltr"),
        ("1948", "ar", "auto"),  # no letters: left to the browser
    ],
)
def test_user_content_reads_in_the_direction_of_its_letters(text, language, direction):
    assert content_direction(text, language) == direction


def test_an_arabic_sets_choices_read_right_to_left_in_an_english_page(
    app: Flask, client: FlaskClient, make_user, seed_set
):
    """The prompt of an Arabic set is right-to-left in any interface; its choices too, so
    the radio buttons and their keys stand on the side the text starts from."""
    sign_in(client, make_user("student", locale="en"))
    with app.app_context():
        question = db.session.scalar(
            select(Question)
            .join(QuestionSet)
            .where(QuestionSet.slug == seed_set, Question.type == "mcq")
        )
        question_id = question.id
    page = client.get(f"/study/{seed_set}?q={question_id}").get_data(as_text=True)
    assert '<html lang="en" dir="ltr">' in page
    assert re.search(r'<ol class="choices" dir="rtl" lang="ar">', page)
