"""Limits on article length, import size and request size, each with a clear error and
nothing half-written. Request bodies over MAX_CONTENT_LENGTH for sign-in, answers and article
uploads are in tests/security/test_headers_and_cookies.py and tests/web/test_teach.py.

The limits are set small here: a refused body over about 500 KB would be spooled to a
temporary file that the test client leaves open.
"""

from __future__ import annotations

import io
import re
import zipfile

import pytest
import yaml
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select

from studyapp.domain.documents import MAX_UNPACKED_BYTES
from studyapp.extensions import db
from studyapp.models import QuestionSet
from tests.conftest import csrf_token
from tests.security.test_authorization import client_of, post

LIMIT = 200
SENTENCE = "The council met on Monday in the old town hall. "
TOO_LONG_MESSAGE = f"The article is too long: at most {LIMIT} characters."


def article_of(length: int) -> str:
    """Sentences cut to exactly `length` characters, ending on a letter (nothing to trim)."""
    text = (SENTENCE * (length // len(SENTENCE) + 2))[: length - 1]
    return text.rstrip() + "x" * (length - len(text.rstrip()))


@pytest.fixture
def teacher(app: Flask, make_user, monkeypatch: pytest.MonkeyPatch) -> FlaskClient:  # type: ignore[no-untyped-def]
    monkeypatch.setitem(app.config, "MAX_ARTICLE_CHARS", LIMIT)
    client = client_of(app, make_user("teacher"))
    client.post("/language/en", data={"csrf_token": csrf_token(client, "/"), "next": "/"})
    return client


def sets_stored(app: Flask) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(QuestionSet.id))) or 0


def error_on(field: str, page: str) -> bool:
    return bool(re.search(rf'name="{field}".*?{re.escape(TOO_LONG_MESSAGE)}', page, re.S))


def test_a_pasted_article_at_the_limit_is_taken(app, teacher):
    response = post(teacher, "/teach/sets/new", title="At the limit", article=article_of(LIMIT))
    assert response.status_code == 302
    assert sets_stored(app) == 1


def test_a_pasted_article_over_the_limit_is_an_error_on_its_field_and_creates_nothing(app, teacher):
    response = post(teacher, "/teach/sets/new", title="Long", article=article_of(LIMIT + 1))
    assert response.status_code == 400
    assert error_on("article", response.get_data(as_text=True))
    assert sets_stored(app) == 0


def test_an_uploaded_article_over_the_limit_is_refused_the_same_way(app, teacher):
    response = teacher.post(
        "/teach/sets/new",
        data={
            "title": "Long upload",
            "upload": (io.BytesIO(article_of(LIMIT + 1).encode()), "long.txt"),
            "csrf_token": csrf_token(teacher, "/teach/sets/new"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    assert TOO_LONG_MESSAGE in response.get_data(as_text=True)
    assert sets_stored(app) == 0


def test_an_edited_article_over_the_limit_is_an_error_and_the_article_stays(app, teacher):
    kept = article_of(LIMIT)
    slug = post(teacher, "/teach/sets/new", title="Kept", article=kept).headers["Location"]
    slug = slug.rsplit("/", 1)[-1]
    response = post(teacher, f"/teach/sets/{slug}/article", article=article_of(LIMIT + 1))
    assert response.status_code == 400
    assert error_on("article", response.get_data(as_text=True))
    with app.app_context():
        assert db.session.scalar(select(QuestionSet.article)) == kept


def import_file(client: FlaskClient, name: str, content: bytes):  # type: ignore[no-untyped-def]
    return client.post(
        "/teach/import",
        data={
            "upload": (io.BytesIO(content), name),
            "csrf_token": csrf_token(client, "/teach/import"),
        },
        content_type="multipart/form-data",
    )


def yaml_set(article: str) -> bytes:
    quote = article[:20]
    return yaml.safe_dump(
        {
            "slug": "long-import",
            "title": "Long import",
            "language": "en",
            "article": article,
            "questions": [
                {
                    "id": "q1",
                    "type": "flashcard",
                    "category": "fact",
                    "prompt": "Where did the council meet?",
                    "answer": "In the old town hall",
                    "source": {"quote": quote},
                }
            ],
        }
    ).encode()


def test_an_imported_article_over_the_limit_is_refused_as_a_pasted_one_is(app, teacher):
    """An import is no way round the article limit: the article page could not then be saved."""
    assert import_file(teacher, "ok.yaml", yaml_set(article_of(LIMIT))).status_code == 302
    response = import_file(teacher, "long.yaml", yaml_set(article_of(LIMIT + 1)))
    assert response.status_code == 400
    assert TOO_LONG_MESSAGE in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(QuestionSet.article)) == article_of(LIMIT)


def test_an_import_file_over_the_request_limit_gets_the_413_page(app, teacher, monkeypatch):
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 16 * 1024)
    monkeypatch.setitem(app.config, "MAX_ARTICLE_CHARS", 100_000)
    response = import_file(teacher, "big.yaml", yaml_set(article_of(16 * 1024)))
    assert response.status_code == 413
    page = response.get_data(as_text=True)
    assert "<html" in page and "What you sent is too large." in page
    assert sets_stored(app) == 0


def test_a_pasted_article_over_the_request_limit_gets_the_413_page(app, teacher, monkeypatch):
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 16 * 1024)
    response = post(teacher, "/teach/sets/new", title="Big", article=article_of(16 * 1024))
    assert response.status_code == 413
    assert "What you sent is too large." in response.get_data(as_text=True)
    assert sets_stored(app) == 0


def test_a_413_asked_for_as_json_is_json(app, teacher, monkeypatch):
    monkeypatch.setitem(app.config, "MAX_CONTENT_LENGTH", 1024)
    response = teacher.post(
        "/teach/sets/new",
        data={"title": "Big", "article": "x" * 2048},
        headers={"Accept": "application/json"},
    )
    assert response.status_code == 413
    assert response.get_json()["error"] == "Request Entity Too Large"


def upload_article(client: FlaskClient, name: str, content: bytes):  # type: ignore[no-untyped-def]
    return client.post(
        "/teach/sets/new",
        data={
            "title": "Word file",
            "upload": (io.BytesIO(content), name),
            "csrf_token": csrf_token(client, "/teach/sets/new"),
        },
        content_type="multipart/form-data",
    )


def word_file(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_file_becomes_the_article(app, teacher):
    response = upload_article(teacher, "article.docx", word_file([SENTENCE, "Omar voted no."]))
    assert response.status_code == 302
    with app.app_context():
        assert "Omar voted no." in db.session.scalar(select(QuestionSet.article))


def test_a_small_word_file_that_unpacks_to_gigabytes_is_refused_unread(app, teacher):
    """A zip bomb: a few kilobytes sent, far more XML to parse than any article needs."""
    paragraph = "<w:p><w:r><w:t>" + "a" * 1000 + "</w:t></w:r></w:p>"
    padding = paragraph * (MAX_UNPACKED_BYTES // len(paragraph))
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(word_file(["x"]))) as model,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for member in model.infolist():
            part = model.read(member)
            if member.filename == "word/document.xml":
                part = part.replace(b"<w:body>", b"<w:body>" + padding.encode(), 1)
            bomb.writestr(member, part)
    assert len(out.getvalue()) < 200 * 1024
    response = upload_article(teacher, "bomb.docx", out.getvalue())
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert re.search(r'name="upload".*?unpacks to far more than an article', page, re.S)
    assert sets_stored(app) == 0
