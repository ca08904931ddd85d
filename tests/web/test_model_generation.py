"""The paste page with and without a school's model, and the background job end to end:
paste -> job (with progress) -> drafts with their sources and the count of what was dropped."""

from __future__ import annotations

import html
import re
import time
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.generation_worker import running
from studyapp.models import GenerationJob
from tests.conftest import csrf_token, sign_in
from tests.model import replies as recorded
from tests.model.server import Reply, model_server_fixture

model_server = pytest.fixture(model_server_fixture)


def english(client) -> None:  # type: ignore[no-untyped-def]
    client.post("/language/en", data={"csrf_token": csrf_token(client, "/"), "next": "/"})


@pytest.fixture
def serving(make_app):  # type: ignore[no-untyped-def]
    """serving(**settings): a signed-in teacher's client on an app whose worker thread runs
    background jobs, as every served process does."""
    made = []

    def build(teacher, **settings):  # type: ignore[no-untyped-def]
        app = make_app(GENERATION_WORKER=True, GENERATION_POLL_SECONDS=0.05, **settings)
        made.append(app)
        client = app.test_client()
        sign_in(client, teacher)
        english(client)
        return client

    yield build
    for app in made:
        worker = running(app) if app.extensions.get("studyapp.generation_worker") else None
        if worker is not None:
            worker.stop()
            worker.join(timeout=10)


def paste(client, article=recorded.ARTICLE, **fields) -> str:  # type: ignore[no-untyped-def]
    data = {"title": "Water plan", "article": article, "tags": "", **fields}
    data["csrf_token"] = csrf_token(client, "/teach/sets/new")
    response = client.post("/teach/sets/new", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)
    return unquote(response.headers["Location"].rsplit("/", 1)[-1])


def finished(client, slug, seconds=60.0) -> str:  # type: ignore[no-untyped-def]
    """The draft page once the job is over (the machine may be busy: allow a minute)."""
    deadline = time.monotonic() + seconds
    while True:
        page = html.unescape(client.get(f"/teach/sets/{slug}").get_data(as_text=True))
        if "Proposing questions" not in page or time.monotonic() > deadline:
            return page
        time.sleep(0.1)


def test_without_a_model_the_paste_page_says_the_rules_run_here(client, make_user):
    sign_in(client, make_user("teacher"))
    english(client)
    page = html.unescape(client.get("/teach/sets/new").get_data(as_text=True))
    assert "studyapp's own rules, on this server: the article is sent nowhere" in page
    assert 'name="generator"' not in page


def test_with_a_model_the_paste_page_names_the_server_the_article_goes_to(
    serving, make_user, model_server
):
    client = serving(make_user("teacher"), **model_server.config())
    page = client.get("/teach/sets/new").get_data(as_text=True)
    words = re.sub(r"<[^>]+>", "", page)  # the model and server stand in <bdi> elements
    assert f"recorded on 127.0.0.1:{model_server.port}" in words
    assert "the article is sent to that server" in page
    assert 'name="generator"' in page and 'selected value="llm"' in page


def test_a_pasted_article_becomes_grounded_drafts_through_a_background_job(
    serving, make_user, model_server
):
    model_server.replies = [Reply(recorded.MIXED_BAG, delay=0.6)]
    client = serving(make_user("teacher"), **model_server.config(LLM_TIMEOUT=20))
    slug = paste(client)
    page = client.get(f"/teach/sets/{slug}").get_data(as_text=True)
    assert "Proposing questions" in page
    assert 'http-equiv="refresh"' in page
    page = finished(client, slug)
    assert "The model proposed 10 questions, 4 were kept;" in page
    assert "; 2 cited nothing in the article;" in page
    assert "; 2 did not follow the question format;" in page
    assert "1 had an answer its source sentence does not hold" in page
    assert "Proposing questions" not in page and 'http-equiv="refresh"' not in page
    assert page.count("Show the source sentence") == 4
    assert "Who said every school will have clean drinking water by 2028?" in page
    assert "How many new teachers will be hired?" not in page


def test_a_model_that_times_out_leaves_the_rules_drafts_and_says_so(
    serving, make_user, model_server
):
    model_server.replies = [Reply(recorded.GOOD, delay=3.0)]
    client = serving(make_user("teacher"), **model_server.config(LLM_TIMEOUT=0.5))
    slug = paste(client)
    page = finished(client, slug)
    assert "did not answer within 0.5 seconds" in page
    assert "The questions below come from studyapp's own rules." in page
    assert "Show the source sentence" in page


def test_the_teacher_may_choose_the_rules_for_one_article(serving, make_user, model_server):
    client = serving(make_user("teacher"), **model_server.config())
    slug = paste(client, generator="rules")
    page = client.get(f"/teach/sets/{slug}").get_data(as_text=True)
    assert "Show the source sentence" in page and "Proposing questions" not in page
    assert model_server.requests == []


def test_a_long_article_goes_to_the_background_with_the_rules_too(serving, make_user):
    client = serving(make_user("teacher"), BACKGROUND_GENERATION_CHARS=100)
    slug = paste(client)
    page = finished(client, slug)
    assert "Show the source sentence" in page
    assert "The model proposed" not in page


def test_a_job_that_failed_says_so_and_the_article_is_still_there(app, client, make_user):
    sign_in(client, make_user("teacher"))
    english(client)
    long_article = "\n".join([recorded.ARTICLE] * 120)  # past BACKGROUND_GENERATION_CHARS
    slug = paste(client, article=long_article)
    page = html.unescape(client.get(f"/teach/sets/{slug}").get_data(as_text=True))
    assert "Proposing questions" in page  # no worker runs in this app: the job waits
    with app.app_context():
        job = db.session.scalar(select(GenerationJob))
        job.status, job.report = "failed", {"fallback": "crashed"}
        db.session.commit()
    page = html.unescape(client.get(f"/teach/sets/{slug}").get_data(as_text=True))
    assert "Proposing questions failed. The article is kept" in page
    assert "paste it again as a new set" in page
    assert "The city council of Harbourton approved a new water plan" in page
