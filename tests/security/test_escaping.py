"""Markup a teacher or a student types is shown as text on every page: the article, its
highlighted source sentence, titles, tags, questions, choices, answers, explanations, class
and student names, whether typed into the pages or brought in by a YAML or GIFT file.
Exports are text files, downloaded, never pages.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from studyapp.domain.text import split_sentences
from studyapp.extensions import db
from studyapp.models import ClassQuiz, Classroom, Question, QuestionSet
from tests.conftest import csrf_token
from tests.security.test_authorization import client_of, open_class_quiz, post, some_answer

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
BREAK = '"><b>bold</b>'

# Each payload: what must never reach a page as it is, and what it looks like escaped.
RAW = {"script": "<script>alert(1)", "img": "<img src", "bold": "<b>bold</b>"}
ESCAPED = {
    "script": "&lt;script&gt;alert(1)&lt;/script&gt;",
    "img": "&lt;img src",
    "bold": "&lt;b&gt;bold&lt;/b&gt;",
}
ALL = ("script", "img", "bold")

TITLE = f"Council {SCRIPT}"
TAGS = f"{IMG}, {BREAK}"
ARTICLE = (
    "The council met on Monday in the old town hall.\n\n"
    f"Maria Lopez said {SCRIPT} the plan would work, {IMG} she added, "
    f"and {BREAK} was her word for it.\n\n"
    "The budget was ten million dollars for the year. Omar Haddad voted against the plan."
)
MARKED_SENTENCE = next(s for s in split_sentences(ARTICLE) if "Maria" in s.text)
CLASS_NAME = f"Class {IMG} {BREAK}"
STUDENT_NAME = f"Sam {SCRIPT}"

MCQ = {
    "type": "mcq",
    "category": "fact",
    "prompt": f"Who said {SCRIPT}?",
    "choices": f"Maria {IMG}\nOmar {BREAK}\nLina",
    "right": f"Maria {IMG}",
    "source": f"{MARKED_SENTENCE.start}:{MARKED_SENTENCE.end}",
    "explanation": f"She said {BREAK} and {SCRIPT}.",
}
SHORT = {
    "type": "short",
    "category": "fact",
    "prompt": f"What word did Maria use {IMG}?",
    "right": f"bold {BREAK}",
    "source": f"{MARKED_SENTENCE.start}:{MARKED_SENTENCE.end}",
    "explanation": f"Her word was {SCRIPT}.",
}


def problems(page: str, *kinds: str) -> list[str]:
    """What is wrong with a page: raw markup of any payload, or a payload not shown escaped."""
    found = [f"raw {RAW[kind]!r}" for kind in ALL if RAW[kind] in page]
    if '"><b>' in page:
        found.append("an attribute broken out of")
    found += [f"no escaped {RAW[kind]!r}" for kind in kinds if ESCAPED[kind] not in page]
    return found


def check(client: FlaskClient, path: str, *kinds: str, status: int = 200) -> str:
    response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    page = response.get_data(as_text=True)
    assert not problems(page, *kinds), (path, problems(page, *kinds))
    return page


def highlighted(page: str) -> list[str]:
    return re.findall(r"<mark>([^<]*)</mark>", page)


@dataclass
class Marked:
    """T's set with markup everywhere, published and assigned to T's class, S in it."""

    teacher: FlaskClient
    student: FlaskClient
    slug: str
    set_id: int
    mcq_id: int
    short_id: int
    class_id: int
    class_quiz_id: int


def the_set(slug: str) -> QuestionSet:
    return db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))


@pytest.fixture
def marked(app: Flask, make_user) -> Marked:  # type: ignore[no-untyped-def]
    teacher = client_of(app, make_user("teacher"))
    student = client_of(app, make_user("student", display_name=STUDENT_NAME))
    created = post(teacher, "/teach/sets/new", title=TITLE, article=ARTICLE, tags=TAGS)
    assert created.status_code == 302, created.get_data(as_text=True)
    slug = unquote(created.headers["Location"].rsplit("/", 1)[-1])
    for form in (MCQ, SHORT):
        saved = post(teacher, f"/teach/sets/{slug}/questions/new", **form)
        assert saved.status_code == 302, saved.get_data(as_text=True)
    assert post(teacher, f"/teach/sets/{slug}/publish", published="1").status_code == 302
    class_path = post(teacher, "/teach/classes/new", name=CLASS_NAME).headers["Location"]
    class_id = int(class_path.rsplit("/", 1)[-1])
    with app.app_context():
        qset = the_set(slug)
        by_type = {q.type: q.id for q in qset.questions if q.status == "approved"}
        set_id, code = qset.id, db.session.get(Classroom, class_id).join_code
    open_class_quiz(teacher, class_id, set_id)
    joined = post(student, "/classes/join", code=code)
    assert joined.status_code == 302
    with app.app_context():
        class_quiz_id = db.session.scalar(select(ClassQuiz.id))
    return Marked(
        teacher, student, slug, set_id, by_type["mcq"], by_type["short"], class_id, class_quiz_id
    )


def end_class_quiz(app: Flask, marked: Marked) -> None:
    """Close the class quiz: while it is open its questions are not studied by its class."""
    with app.app_context():
        class_quiz = db.session.get(ClassQuiz, marked.class_quiz_id)
        class_quiz.closes_at = datetime.now(UTC) - timedelta(minutes=1)
        db.session.commit()


def answer(app: Flask, client: FlaskClient, path: str, question_id: int, **fields: Any):  # type: ignore[no-untyped-def]
    """Answer as the page showing the question lets one (its choices' values are opaque)."""
    shown = path.removesuffix("/answer")
    page = client.get(f"{shown}?q={question_id}" if shown.startswith("/study/") else shown)
    with app.app_context():
        given = fields or some_answer(db.session.get(Question, question_id), page.text)
    return post(client, path, question_id=str(question_id), **given)


def check_result(client: FlaskClient, answered, *kinds: str) -> str:  # type: ignore[no-untyped-def]
    """A study answer's result page, as the answer's own response and again at its address."""
    assert answered.status_code == 200, answered.status_code
    page = answered.get_data(as_text=True)
    assert not problems(page, *kinds), ("the answer's response", problems(page, *kinds))
    check(client, answered.headers["Content-Location"], *kinds)
    return page


def test_the_article_page_shows_the_markup_as_text(marked):
    page = check(marked.student, f"/sets/{marked.slug}/article", *ALL)
    assert ESCAPED["script"] in page.split("<body", 1)[0]  # the title in <head> too


def test_the_study_pages_and_the_highlighted_source_show_the_markup_as_text(app, marked):
    student, slug = marked.student, marked.slug
    end_class_quiz(app, marked)
    check(student, f"/study/{slug}?q={marked.mcq_id}", *ALL)  # prompt, choices, title
    check(student, f"/study/{slug}?q={marked.short_id}", "img")
    result = answer(app, student, f"/study/{slug}/answer", marked.mcq_id)
    page = check_result(student, result, *ALL)
    assert [problems(mark, *ALL) for mark in highlighted(page)] == [[]]
    typed = f"{IMG} was it"
    result = answer(app, student, f"/study/{slug}/answer", marked.short_id, answer=typed)
    page = check_result(student, result, *ALL)
    assert "&lt;img src=x onerror=alert(1)&gt; was it" in page  # the student's own answer


def test_the_progress_and_home_pages_show_the_markup_as_text(app, marked):
    end_class_quiz(app, marked)
    answer(app, marked.student, f"/study/{marked.slug}/answer", marked.mcq_id)
    for path in ("/", "/progress/", f"/progress/{marked.slug}"):
        check(marked.student, path, "script")  # the title and the student's own name


def test_the_quiz_pages_and_the_review_highlight_show_the_markup_as_text(app, marked):
    student, slug = marked.student, marked.slug
    check(student, "/quiz/", "script", "img", "bold")  # the set, the class quiz's class
    check(student, f"/quiz/sets/{slug}", "script")
    end_class_quiz(app, marked)
    started = post(student, f"/quiz/sets/{slug}", question_count="2", time_limit="")
    attempt = started.headers["Location"]
    for _ in range(2):
        page = check(student, attempt)
        asked = int(re.search(r'name="question_id" value="(\d+)"', page).group(1))  # type: ignore[union-attr]
        fields = {"answer": IMG} if asked == marked.short_id else {}
        answer(app, student, f"{attempt}/answer", asked, **fields)
    review = check(student, f"{attempt}/review", *ALL)
    marks = highlighted(review)
    assert len(marks) == 2 and not [problems(mark, *ALL) for mark in marks if problems(mark, *ALL)]


def test_the_teachers_pages_and_the_review_highlight_show_the_markup_as_text(marked):
    teacher, slug = marked.teacher, marked.slug
    check(teacher, "/teach/", *ALL)  # title, tags, class name
    review = check(teacher, f"/teach/sets/{slug}?q={marked.mcq_id}", *ALL)
    assert [problems(mark, *ALL) for mark in highlighted(review)] == [[]]
    check(teacher, f"/teach/sets/{slug}/questions/{marked.mcq_id}/edit", *ALL)
    check(teacher, f"/teach/sets/{slug}/questions/{marked.short_id}/edit", *ALL)
    check(teacher, f"/teach/sets/{slug}/questions/new", *ALL)  # the source sentences
    check(teacher, f"/teach/sets/{slug}/article", *ALL)
    check(teacher, f"/teach/sets/{slug}/details", *ALL)


def test_the_class_pages_show_class_and_student_names_as_text(app, marked):
    teacher, class_id = marked.teacher, marked.class_id
    end_class_quiz(app, marked)
    answer(app, marked.student, f"/study/{marked.slug}/answer", marked.mcq_id)
    check(teacher, f"/teach/classes/{class_id}", *ALL)  # class name, student's name
    check(teacher, f"/teach/classes/{class_id}/sets/{marked.set_id}", *ALL)
    check(teacher, f"/quiz/classes/{class_id}/new", *ALL)
    check(teacher, f"/quiz/class-quizzes/{marked.class_quiz_id}/results", *ALL)


def test_joining_a_class_names_it_as_text(app, make_user, marked):
    newcomer = client_of(app, make_user("student"))
    with app.app_context():
        code = db.session.get(Classroom, marked.class_id).join_code
    joined = post(newcomer, "/classes/join", code=code)
    check(newcomer, joined.headers["Location"], "img", "bold")  # the flash message


def test_a_refused_question_form_shows_what_was_typed_as_text(marked):
    refused = post(
        marked.teacher,
        f"/teach/sets/{marked.slug}/questions/new",
        **{**MCQ, "right": f"Nobody {BREAK}"},
    )
    assert refused.status_code == 400
    assert not problems(refused.get_data(as_text=True), *ALL)


@pytest.mark.parametrize("fmt", ["yaml", "gift", "csv"])
def test_a_set_exports_as_a_plain_text_download(marked, fmt):
    response = marked.teacher.get(f"/teach/sets/{marked.slug}/export.{fmt}")
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "alert(1)" in response.get_data(as_text=True)  # text, as the teacher wrote it


def test_a_class_exports_as_a_csv_download(app, marked):
    end_class_quiz(app, marked)
    answer(app, marked.student, f"/study/{marked.slug}/answer", marked.mcq_id)
    path = f"/teach/classes/{marked.class_id}/sets/{marked.set_id}/export.csv"
    response = marked.teacher.get(path)
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"].startswith("attachment;")
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert STUDENT_NAME in response.get_data(as_text=True)


def imported(teacher: FlaskClient, name: str, text: str) -> str:
    response = teacher.post(
        "/teach/import",
        data={
            "upload": (io.BytesIO(text.encode("utf-8")), name),
            "csrf_token": csrf_token(teacher, "/teach/import"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    slug = unquote(response.headers["Location"].rsplit("/", 1)[-1])
    assert post(teacher, f"/teach/sets/{slug}/publish", published="1").status_code == 302
    return slug


def study_every_page_of(
    app: Flask, client: FlaskClient, slug: str, *, has_article: bool = True
) -> None:
    """The imported set's pages, for its teacher, who may also study it. A GIFT file is not
    an article: its set has no article page, and its result pages highlight nothing."""
    with app.app_context():
        question_id = the_set(slug).questions[0].id
    review = check(client, f"/teach/sets/{slug}?q={question_id}", *ALL)
    assert not problems(" ".join(highlighted(review)), "script")
    check(client, f"/teach/sets/{slug}/questions/{question_id}/edit", *ALL)
    check(
        client,
        f"/sets/{slug}/article",
        *(ALL if has_article else ()),
        status=200 if has_article else 404,
    )
    check(client, f"/study/{slug}?q={question_id}", *ALL)
    result = answer(app, client, f"/study/{slug}/answer", question_id)
    page = check_result(client, result, *ALL)
    assert not problems(" ".join(highlighted(page)), *(["script"] if has_article else []))


def test_a_yaml_import_shows_its_markup_as_text(app, make_user):
    teacher = client_of(app, make_user("teacher"))
    text = yaml.safe_dump(
        {
            "slug": "imported-markup",
            "title": f"Imported {SCRIPT}",
            "language": "en",
            "tags": [IMG, BREAK],
            "article": ARTICLE,
            "questions": [
                {
                    "id": "q1",
                    "type": "mcq",
                    "category": "fact",
                    "prompt": f"Who said {SCRIPT}?",
                    "choices": [f"Maria {IMG}", f"Omar {BREAK}", "Lina"],
                    "answer": f"Maria {IMG}",
                    "source": {"quote": MARKED_SENTENCE.text},
                    "explanation": f"She said {BREAK}.",
                }
            ],
        },
        allow_unicode=True,
    )
    study_every_page_of(app, teacher, imported(teacher, "markup.yaml", text))


def test_a_gift_import_shows_its_markup_as_text(app, make_user):
    teacher = client_of(app, make_user("teacher"))
    # GIFT escapes = with a backslash.
    text = (
        "// slug: gift-markup\n// language: en\n"
        f"$CATEGORY: $course$/top/Gift {SCRIPT}\n\n"
        "::q1:: Who said <script>alert(1)</script>? {\n"
        "\t=Maria <img src\\=x onerror\\=alert(1)>\n"
        f"\t~Omar {BREAK}\n\t~Lina\n\t####She said {BREAK}.\n}}\n"
    )
    study_every_page_of(app, teacher, imported(teacher, "markup.gift", text), has_article=False)
