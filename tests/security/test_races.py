"""Requests sent at the same moment that each pass a check-then-insert: the database's unique
constraints decide, and the losers get a clear answer, never a 500 or a duplicate."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import QuestionSet, QuizAttempt, User
from studyapp.services import quizzes
from tests.conftest import csrf_token
from tests.security.test_authorization import SEED, build_world, client_of


def at_once(calls: list[Callable[[], Any]]) -> list[Any]:
    """Run the calls in threads released together; their results in order."""
    barrier = threading.Barrier(len(calls))
    results: list[Any] = [None] * len(calls)

    def run(index: int) -> None:
        barrier.wait()
        results[index] = calls[index]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def count(app, model, *where) -> int:  # type: ignore[no-untyped-def]
    with app.app_context():
        return db.session.scalar(select(func.count(model.id)).where(*where)) or 0


def test_simultaneous_sign_ups_with_one_e_mail_make_one_account(app):
    clients = [app.test_client() for _ in range(8)]
    for client in clients:
        client.post("/language/en", data={"csrf_token": csrf_token(client, "/"), "next": "/"})
    forms = [
        {
            "display_name": f"Twin {i}",
            "email": "twin@example.org",
            "password": "a long password",
            "confirm": "a long password",
            "role": "student",
            "csrf_token": csrf_token(client, "/auth/signup"),
        }
        for i, client in enumerate(clients)
    ]
    responses = at_once(
        [
            lambda c=client, f=form: c.post("/auth/signup", data=f)
            for client, form in zip(clients, forms, strict=True)
        ]
    )
    # Sign-up answers a taken e-mail as it answers a new one (it must not tell which e-mails
    # have accounts), so all eight are sent on alike; the database keeps one account.
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [302] * 8, statuses
    assert len({r.headers["Location"] for r in responses}) == 1
    assert count(app, User) == 1


def test_two_teachers_creating_sets_with_one_title_at_once_both_get_one(app, make_user):
    teachers = [client_of(app, make_user("teacher")) for _ in range(2)]
    forms = [
        {"title": "Same title", "article": SEED, "tags": "", "csrf_token": csrf_token(t, "/")}
        for t in teachers
    ]
    responses = at_once(
        [
            lambda t=teacher, f=form: t.post("/teach/sets/new", data=f)
            for teacher, form in zip(teachers, forms, strict=True)
        ]
    )
    assert [r.status_code for r in responses] == [302, 302]
    assert responses[0].headers["Location"] != responses[1].headers["Location"]
    with app.app_context():
        slugs = set(db.session.scalars(select(QuestionSet.slug)))
    assert len(slugs) == 2 and "same-title" in slugs


def test_simultaneous_starts_of_a_class_quiz_make_one_attempt(
    app, make_user, seed_set, monkeypatch: pytest.MonkeyPatch
):
    world = build_world(app, make_user, seed_set)
    newcomer = make_user("student")
    client = client_of(app, newcomer)
    joined = client.post(
        "/classes/join",
        data={"code": world.ids["join_code"], "csrf_token": csrf_token(client, "/classes/join")},
    )
    assert joined.status_code == 302
    # Every start checks for an earlier attempt before any of them has stored one.
    checked = threading.Barrier(8, timeout=10)
    original = quizzes.is_student_of

    def is_student_of_after_all_checked(*args: Any) -> bool:
        try:
            checked.wait()
        except threading.BrokenBarrierError:
            pass
        return original(*args)

    monkeypatch.setattr(quizzes, "is_student_of", is_student_of_after_all_checked)
    clients = [client_of(app, newcomer) for _ in range(8)]
    url = f"/quiz/class/{world.ids['class_quiz_id']}/start"
    tokens = [csrf_token(c, "/") for c in clients]
    responses = at_once(
        [
            lambda c=c, t=t: c.post(url, data={"csrf_token": t})
            for c, t in zip(clients, tokens, strict=True)
        ]
    )
    assert [r.status_code for r in responses] == [302] * 8
    assert len({r.headers["Location"] for r in responses}) == 1
    assert count(app, QuizAttempt, QuizAttempt.user_id == newcomer.id) == 1
