"""Fixtures shared by the web, service and browser tests (domain tests need none of them).

The app is session-scoped (pytest-flask's live_server needs that) and built once per
database: SQLite always, PostgreSQL too when TEST_DATABASE_URL is set. The schema comes from
the migrations, as in production; every test starts from empty tables.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from flask_migrate import upgrade
from sqlalchemy import text

from studyapp import create_app
from studyapp.domain.question_files import load_directory
from studyapp.extensions import db
from studyapp.models import User
from studyapp.services import accounts, question_sets

REPO = Path(__file__).resolve().parent.parent
PASSWORD = "correct horse battery"

BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get("TEST_DATABASE_URL") else [])


@pytest.fixture(scope="session", params=BACKENDS)
def app(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Flask]:
    config: dict[str, object] = {
        "TESTING": True,
        "SECRET_KEY": "test-" + request.param,
        "SERVER_NAME": None,
        # tests/security/test_rate_limit.py turns it on in an app of its own.
        "RATELIMIT_ENABLED": False,
    }
    schema = None
    if request.param == "sqlite":
        config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + str(
            tmp_path_factory.mktemp("db") / "test.sqlite"
        )
    else:
        # A schema of this run's own, so that two runs on one database never meet.
        schema = f"test_{uuid.uuid4().hex[:12]}"
        config["SQLALCHEMY_DATABASE_URI"] = os.environ["TEST_DATABASE_URL"]
        config["SQLALCHEMY_ENGINE_OPTIONS"] = {
            "pool_pre_ping": True,
            "connect_args": {"options": f"-csearch_path={schema}"},
        }
    app = create_app(config)
    app.instance_path = str(tmp_path_factory.mktemp("instance"))
    with app.app_context():
        if schema:
            with db.engine.begin() as connection:
                connection.execute(text(f"CREATE SCHEMA {schema}"))
        upgrade()
    yield app
    with app.app_context():
        db.session.remove()
        if schema:
            with db.engine.begin() as connection:
                connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        db.engine.dispose()


@pytest.fixture
def make_app(app: Flask) -> Iterator[Callable[..., Flask]]:
    """Another app on the test database, with settings of its own: make_app(KEY=value)."""
    made: list[Flask] = []

    def make(**settings: object) -> Flask:
        config = {
            "TESTING": True,
            "SECRET_KEY": "another",
            "RATELIMIT_ENABLED": False,
            "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
            "SQLALCHEMY_ENGINE_OPTIONS": app.config["SQLALCHEMY_ENGINE_OPTIONS"],
            **settings,
        }
        made.append(create_app(config))
        return made[-1]

    yield make
    for other in made:
        with other.app_context():
            db.engine.dispose()


@pytest.fixture(autouse=True)
def _push_request_context() -> None:
    """Replaces pytest-flask's: one request context shared by a whole test would also share
    `g` across the test client's requests, and with it the signed-in user and the locale."""


@pytest.fixture(autouse=True)
def _empty_tables(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every test that uses the app starts from empty tables."""
    if "app" not in request.fixturenames:
        yield
        return
    app: Flask = request.getfixturevalue("app")
    yield
    with app.app_context():
        db.session.remove()
        tables = [t.name for t in reversed(db.metadata.sorted_tables)]
        with db.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
            else:
                for table in tables:
                    connection.execute(text(f"DELETE FROM {table}"))


@pytest.fixture
def app_ctx(app: Flask) -> Iterator[Flask]:
    with app.app_context():
        yield app


@pytest.fixture
def seed_set(app: Flask):  # type: ignore[no-untyped-def]
    """The question sets of questions/ loaded, as `make run` loads them."""
    with app.app_context():
        for set_file in load_directory(REPO / "questions"):
            question_sets.sync(set_file)
        db.session.commit()
        return question_sets.all_sets()[0].slug


@pytest.fixture
def make_user(app: Flask) -> Callable[..., User]:
    """Create a user: make_user(role="teacher", email=...); returns it detached, with its id."""
    count = 0

    def make(role: str = "student", email: str | None = None, **fields: str) -> User:
        nonlocal count
        count += 1
        with app.app_context():
            user = accounts.sign_up(
                email=email or f"{role}{count}@example.org",
                password=PASSWORD,
                display_name=fields.get("display_name", f"{role.title()} {count}"),
                role=role,
                locale=fields.get("locale", "ar"),
                timezone=fields.get("timezone", "UTC"),
            )
            db.session.commit()
            db.session.refresh(user)
            db.session.expunge(user)
            return user

    return make


def csrf_token(client: FlaskClient, path: str = "/auth/login") -> str:
    """The CSRF token a real browser would find in a page's form."""
    page = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page)
    assert match, f"no CSRF token in {path}"
    return match.group(1)


def sign_in(client: FlaskClient, user: User) -> None:
    response = client.post(
        "/auth/login",
        data={"email": user.email, "password": PASSWORD, "csrf_token": csrf_token(client)},
    )
    assert response.status_code == 302, response.get_data(as_text=True)


@pytest.fixture
def student_client(client: FlaskClient, make_user: Callable[..., User]) -> FlaskClient:
    client.user = make_user("student")  # type: ignore[attr-defined]
    sign_in(client, client.user)  # type: ignore[attr-defined]
    return client
