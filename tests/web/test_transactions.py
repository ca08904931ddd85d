"""How a request's transaction ends: the view's commit, else COMMIT after reads only, else
ROLLBACK. A request that changed something without committing must leave nothing behind."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from flask import Flask, abort
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from studyapp.extensions import db
from studyapp.models import User


def new_user(email: str) -> User:
    return User(email=email, display_name="X", password_hash="-", role="student")


@pytest.fixture
def routes_app(make_app: Callable[..., Flask]) -> Flask:
    """An app with views that read, write and refuse, added before its first request."""
    other = make_app(WTF_CSRF_ENABLED=False)

    @other.post("/t/flushed-then-refused")
    def flushed_then_refused():  # type: ignore[no-untyped-def]
        db.session.add(new_user("flushed@example.org"))
        db.session.flush()
        abort(400)

    @other.post("/t/added-then-refused")
    def added_then_refused():  # type: ignore[no-untyped-def]
        db.session.add(new_user("added@example.org"))
        return "refused", 422

    @other.post("/t/failed")
    def failed():  # type: ignore[no-untyped-def]
        db.session.add(new_user("failed@example.org"))
        db.session.flush()
        raise RuntimeError("a bug in the view")

    @other.post("/t/committed")
    def committed():  # type: ignore[no-untyped-def]
        db.session.add(new_user("committed@example.org"))
        db.session.commit()
        return "ok"

    @other.get("/t/read")
    def read():  # type: ignore[no-untyped-def]
        return str(db.session.scalar(select(func.count(User.id))))

    @other.get("/t/prepared")
    def prepared():  # type: ignore[no-untyped-def]
        db.session.scalar(select(User).where(User.email == "nobody@example.org"))
        return str(db.session.scalar(text("SELECT count(*) FROM pg_prepared_statements")))

    return other


def emails(app: Flask) -> list[str]:
    with app.app_context():
        return list(db.session.scalars(select(User.email).order_by(User.email)))


@pytest.mark.parametrize(
    ("path", "status"),
    [("/t/flushed-then-refused", 400), ("/t/added-then-refused", 422), ("/t/failed", 500)],
)
def test_a_request_that_does_not_commit_leaves_nothing_behind(
    routes_app: Flask, path: str, status: int
):
    routes_app.config["PROPAGATE_EXCEPTIONS"] = False  # a bug shows the 500 page
    assert routes_app.test_client().post(path).status_code == status
    assert emails(routes_app) == []


def test_a_view_that_commits_keeps_its_change(routes_app: Flask):
    assert routes_app.test_client().post("/t/committed").status_code == 200
    assert emails(routes_app) == ["committed@example.org"]


def test_a_request_that_only_read_ends_with_commit_not_rollback(routes_app: Flask):
    ended: list[str] = []

    def on_commit(session: Session) -> None:
        ended.append("commit")

    def on_rollback(session: Session) -> None:
        ended.append("rollback")

    event.listen(Session, "after_commit", on_commit)
    event.listen(Session, "after_rollback", on_rollback)
    try:
        assert routes_app.test_client().get("/t/read").get_data(as_text=True) == "0"
    finally:
        event.remove(Session, "after_commit", on_commit)
        event.remove(Session, "after_rollback", on_rollback)
    assert ended == ["commit"]


def test_postgresql_keeps_prepared_statements_across_read_only_requests(
    routes_app: Flask, request: pytest.FixtureRequest
):
    """psycopg prepares a statement on its fifth use and forgets them all on ROLLBACK: with
    read-only pages ending in ROLLBACK, nothing stayed prepared (each statement parsed and
    planned on every request)."""
    if routes_app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite"):
        pytest.skip("prepared statements are psycopg's, on PostgreSQL")
    client = routes_app.test_client()
    counts = [int(client.get("/t/prepared").get_data(as_text=True)) for _ in range(8)]
    assert counts[-1] >= 1, counts
