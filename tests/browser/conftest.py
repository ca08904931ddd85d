"""Browser tests: the system Chromium driven by Playwright against the app served in a thread.

pytest-flask's live_server forks a process that inherits the parent's connection pool (the
PostgreSQL sockets the tests' own sessions use) and is restarted for every test; a werkzeug
server in a thread shares the session-scoped `app`, its engine and the per-test table
cleanup of tests/conftest.py, on every database backend `app` is built for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import Page
from werkzeug.serving import make_server

from studyapp.extensions import db
from studyapp.models import Question

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "artifacts"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args() -> dict[str, Any]:
    """The Debian Chromium: `playwright install` downloads browsers, which cannot work here.

    A missing browser fails the tests (it does not skip them): `make test` installs it.
    """
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, or apt-get install chromium")
    return {
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session")
def server(app: Flask) -> Iterator[str]:
    """The app served on a free local port for the whole session; yields its base URL."""
    httpd = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, name="studyapp-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_port}"
    finally:
        httpd.shutdown()
        thread.join(timeout=10)
        httpd.server_close()


@pytest.fixture(scope="session")
def base_url(server: str) -> str:
    """Pages are opened by path (page.goto("/auth/login")); replaces pytest-playwright's own
    base_url fixture, which reads a command-line option."""
    return server


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "viewport": {"width": 1280, "height": 900}}


def record_errors(page: Page, errors: list[str]) -> None:
    """Script failures, Content-Security-Policy refusals and failed responses, into `errors`."""
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: (
            errors.append(message.text)
            if message.type == "error" and "Failed to load resource" not in message.text
            else None
        ),
    )
    page.on(
        "response",
        lambda response: (
            errors.append(f"{response.status} {response.url}") if response.status >= 400 else None
        ),
    )


@pytest.fixture
def console_errors(page: Page) -> list[str]:
    """Errors the page logs: script failures and Content-Security-Policy refusals show here."""
    errors: list[str] = []
    record_errors(page, errors)
    return errors


@pytest.fixture
def watch_errors() -> Callable[[Page, list[str]], None]:
    """record_errors, for a page of another browser context."""
    return record_errors


@pytest.fixture
def question_id(app: Flask) -> Callable[[str], int]:
    """The database id of a seed question, from its key in the question file."""

    def find(key: str) -> int:
        with app.app_context():
            question = db.session.scalar(db.select(Question).filter_by(key=key))
            assert question is not None, f"no question {key!r} in the seed set"
            return question.id

    return find


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
