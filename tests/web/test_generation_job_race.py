"""A background job that ends while the draft page is being read: the page shows the job
still running, or its report together with its drafts, never a finished job without them."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select

from studyapp.extensions import db
from studyapp.generation_worker import Worker
from studyapp.models import GenerationJob
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
