"""A background job that ends while the draft page is being read, after the teacher wrote a
question, or after another worker took it over: the page shows the job still running, or its
report together with its drafts, never a finished job without them; no drafts are lost."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select

from studyapp.domain.generation import GenerationError
from studyapp.domain.text import split_sentences
from studyapp.extensions import db
from studyapp.generation_worker import Worker
from studyapp.models import GenerationJob
from studyapp.services import generation
from tests.conftest import csrf_token, sign_in

ENGLISH = (
    "The town of Millbrook opened a new library on Monday.\n\n"
    "The library holds 40,000 books and was designed by the architect Nora Quill.\n\n"
    "It cost 3 million dollars, paid by the regional council."
)
ARABIC = (
    "افتتحت بلدة الواحة مكتبة جديدة يوم الاثنين.\n\n"
    "تضم المكتبة أربعين ألف كتاب، وصممتها المهندسة سلمى النجار.\n\n"
    "وبلغت كلفتها ثلاثة ملايين دولار دفعها المجلس الإقليمي."
)


def _paste(client, article: str) -> str:  # type: ignore[no-untyped-def]
    data = {"title": "Library", "article": article, "tags": ""}
    data["csrf_token"] = csrf_token(client, "/teach/sets/new")
    response = client.post("/teach/sets/new", data=data)
    assert response.status_code == 302, response.get_data(as_text=True)
    return response.headers["Location"].rsplit("/", 1)[-1]


def _run_worker(app) -> None:  # type: ignore[no-untyped-def]
    """Another thread's worker claims the waiting job and commits its outcome."""
    failures: list[BaseException] = []

    def work() -> None:
        try:
            Worker(app).run_one()
        except BaseException as error:  # reported in the test's thread
            failures.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive() and not failures, failures


@contextmanager
def _job_ends_before_read(app, number: int) -> Iterator[list[bool]]:  # type: ignore[no-untyped-def]
    """While active, the worker finishes the job just before this thread's `number`th read."""
    fired: list[bool] = []
    reads = 0
    me = threading.get_ident()
    with app.app_context():
        engine = db.engine

    def before(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        nonlocal reads
        if (
            threading.get_ident() != me
            or fired
            or not statement.lstrip().upper().startswith("SELECT")
        ):
            return
        reads += 1
        if reads == number:
            fired.append(True)
            _run_worker(app)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield fired
    finally:
        event.remove(engine, "before_cursor_execute", before)


@pytest.mark.parametrize("article", [ENGLISH, ARABIC], ids=["english", "arabic"])
def test_a_job_ending_during_any_read_of_the_draft_page_never_shows_it_done_without_drafts(
    make_app, make_user, article
):
    app = make_app(BACKGROUND_GENERATION_CHARS=50)  # no worker thread: the test runs it
    client = app.test_client()
    sign_in(client, make_user("teacher"))
    client.post("/language/en", data={"csrf_token": csrf_token(client, "/"), "next": "/"})
    number = 0
    while True:
        number += 1
        slug = _paste(client, article)
        with _job_ends_before_read(app, number) as fired:
            page = html.unescape(client.get(f"/teach/sets/{slug}").get_data(as_text=True))
        if not fired:
            _run_worker(app)  # the page made fewer reads: every moment was tried
            break
        with app.app_context():
            job = db.session.scalars(select(GenerationJob).order_by(GenerationJob.id)).all()[-1]
            assert job.status == "done"
        if "Proposing questions" not in page:
            assert "Show the source sentence" in page, f"done without drafts at read {number}"
    assert number > 2


@pytest.mark.parametrize("article", [ENGLISH, ARABIC], ids=["english", "arabic"])
def test_a_question_written_while_the_job_runs_stays_and_the_drafts_follow_it(
    make_app, make_user, article
):
    app = make_app(BACKGROUND_GENERATION_CHARS=50)
    client = app.test_client()
    sign_in(client, make_user("teacher"))
    client.post("/language/en", data={"csrf_token": csrf_token(client, "/"), "next": "/"})
    slug = _paste(client, article)
    first = split_sentences(article)[0]
    written = {
        "type": "flashcard",
        "category": "fact",
        "prompt": "Written by hand while the model thinks",
        "back": first.text,
        "source": f"{first.start}:{first.end}",
        "explanation": "",
        "csrf_token": csrf_token(client, f"/teach/sets/{slug}"),
    }
    response = client.post(f"/teach/sets/{slug}/questions/new", data=written)
    assert response.status_code == 302, response.get_data(as_text=True)
    _run_worker(app)
    page = html.unescape(client.get(f"/teach/sets/{slug}").get_data(as_text=True))
    assert "Proposing questions" not in page
    assert "Written by hand while the model thinks" in page
    assert page.count("Show the source sentence") > 1
    with app.app_context():
        job = db.session.scalar(select(GenerationJob))
        assert job.status == "done"
        questions = sorted(job.question_set.questions, key=lambda q: q.position)
        assert questions[0].prompt == "Written by hand while the model thinks"
        assert [q.status for q in questions[1:]] == ["draft"] * (len(questions) - 1)
        assert len({q.key for q in questions}) == len(questions)


def test_a_worker_whose_job_was_taken_over_neither_ends_it_nor_loses_the_new_drafts(
    make_app, make_user, monkeypatch
):
    app = make_app(BACKGROUND_GENERATION_CHARS=50, GENERATION_STALE_SECONDS=0)
    client = app.test_client()
    sign_in(client, make_user("teacher"))
    client.post("/language/en", data={"csrf_token": csrf_token(client, "/"), "next": "/"})
    slug = _paste(client, ENGLISH)
    real = generation.run

    def stalls_then_fails(*args: Any, **kwargs: Any) -> Any:
        """While this worker waits on its model, another takes the job over and ends it."""
        monkeypatch.setattr(generation, "run", real)
        _run_worker(app)
        raise GenerationError("the model's server went away")

    monkeypatch.setattr(generation, "run", stalls_then_fails)
    _run_worker(app)
    page = html.unescape(client.get(f"/teach/sets/{slug}").get_data(as_text=True))
    assert "Proposing questions" not in page
    assert "Show the source sentence" in page
    with app.app_context():
        job = db.session.scalar(select(GenerationJob))
        assert (job.status, job.attempts) == ("done", 2)
