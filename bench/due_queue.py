"""The study page's statements stay index-backed: next_item (the due card) and progress (the
day's counts) with 100,000 cards and 1,000,000 reviews against the same with 1,000 cards (and
10,000 reviews), on SQLite and PostgreSQL.

    .venv/bin/python bench/due_queue.py                 # SQLite in a temporary file
    BENCH_DATABASE_URL=postgresql://postgres@127.0.0.1/bench .venv/bin/python bench/due_queue.py

The PostgreSQL database is a scratch one: its schema is dropped and made again. Every user
has 100 cards on one 100-question set, with 10 reviews each; the big database has 1,000
users, the small one 10. Target: the big one at most 1.5x slower, for each of the two.
Prints the due-card query's plans.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from flask import Flask
from flask_migrate import upgrade
from sqlalchemy import create_engine, insert, make_url, text

from studyapp import create_app
from studyapp.config import database_url
from studyapp.domain.scheduling import end_of_day, start_of_day
from studyapp.extensions import db
from studyapp.models import Card, Question, QuestionSet, User
from studyapp.services import study, study_progress

QUESTIONS = 100
REVIEWS_PER_CARD = 10
NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
REVIEW_COLUMNS = (
    "id, card_id, user_id, seq, rating, correct, score, response, elapsed_ms, reviewed_at"
)


def fill(users: int) -> None:
    """`users` students with a card on every question and REVIEWS_PER_CARD reviews per card."""
    rng = random.Random(users)
    connection = db.session.connection()
    connection.execute(
        insert(User.__table__),
        [
            dict(
                id=n,
                email=f"s{n}@example.org",
                display_name=f"S{n}",
                password_hash="-",
                role="student",
                locale="ar",
                timezone="UTC",
                new_cards_per_day=20,
                desired_retention=0.9,
                created_at=NOW - timedelta(days=60),
            )
            for n in range(1, users + 1)
        ],
    )
    connection.execute(
        insert(QuestionSet.__table__),
        [dict(id=1, slug="s", title="S", language="ar", article="-", status="published",
              tags=[], created_at=NOW, updated_at=NOW)],
    )  # fmt: skip
    connection.execute(
        insert(Question.__table__),
        [
            dict(id=q, set_id=1, key=f"q{q}", position=q, type="truefalse", category="fact",
                 prompt="-", answer=True, source_start=0, source_end=1, status="approved",
                 answer_version=1)
            for q in range(1, QUESTIONS + 1)
        ],
    )  # fmt: skip
    cards = [
        dict(
            id=(u - 1) * QUESTIONS + q,
            user_id=u,
            question_id=q,
            state=2,
            stability=5.0,
            difficulty=5.0,
            due=NOW + timedelta(hours=rng.uniform(-240, 240)),
            last_review=NOW - timedelta(days=3),
            reps=REVIEWS_PER_CARD,
            answer_version=1,
            created_at=NOW - timedelta(days=30),
        )
        for u in range(1, users + 1)
        for q in range(1, QUESTIONS + 1)
    ]
    connection.execute(insert(Card.__table__), cards)
    reviews = (
        (
            (card["id"] - 1) * REVIEWS_PER_CARD + seq + 1,
            card["id"],
            card["user_id"],
            seq,
            3,
            True,
            1.0,
            "true",
            4000,
            NOW - timedelta(days=30 - 3 * seq, seconds=card["id"]),
        )
        for card in cards
        for seq in range(REVIEWS_PER_CARD)
    )
    raw = connection.connection.driver_connection
    if connection.dialect.name == "postgresql":
        with raw.cursor().copy(f"COPY reviews ({REVIEW_COLUMNS}) FROM STDIN") as copy:
            for row in reviews:
                copy.write_row(row)
    else:
        raw.executemany(
            f"INSERT INTO reviews ({REVIEW_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?)",
            ((*row[:9], row[9].strftime("%Y-%m-%d %H:%M:%S.%f")) for row in reviews),
        )
    db.session.commit()
    with db.engine.begin() as connection:
        connection.execute(text("ANALYZE"))


def due_query_plan() -> list[str]:
    """The database's plan for next_item's due-card query, for user 1."""
    compiled = study._due_statement().compile(db.engine)
    params = compiled.construct_params(
        {
            "user_id": 1,
            "set_id": 1,
            "now": NOW,
            "ahead": NOW + study.LEARN_AHEAD,
            "day_end": end_of_day(NOW, "UTC"),
            "horizon": max(NOW + study.LEARN_AHEAD, end_of_day(NOW, "UTC")),
            "start": start_of_day(NOW, "UTC"),
        }
    )
    connection = db.session.connection()
    explain = "EXPLAIN QUERY PLAN " if connection.dialect.name == "sqlite" else "EXPLAIN "
    rows = connection.exec_driver_sql(explain + str(compiled), _driver_params(compiled, params))
    return [" ".join(str(part) for part in row) for row in rows]


def _driver_params(compiled, params):  # type: ignore[no-untyped-def]
    processors = compiled._bind_processors  # noqa: SLF001  (UTCDateTime -> driver value)
    values = {k: processors[k](v) if k in processors else v for k, v in params.items()}
    if compiled.positional:
        return tuple(values[name] for name in compiled.positiontup)
    return values


def time_page(calls: int) -> dict[str, list[float]]:
    """Milliseconds of next_item and of progress for users picked at random (the same in every
    database): the two lookups of a study page that scan a student's cards."""
    rng = random.Random(7)
    qset = db.session.get(QuestionSet, 1)
    users = [db.session.get(User, rng.randint(1, 10)) for _ in range(calls)]
    times: dict[str, list[float]] = {"next_item": [], "progress": []}
    for user in users:
        started = time.perf_counter()
        item = study.next_item(user, qset, now=NOW)
        middle = time.perf_counter()
        counts = study_progress.progress(user, qset, now=NOW)
        times["next_item"].append(1000 * (middle - started))
        times["progress"].append(1000 * (time.perf_counter() - middle))
        assert item is not None and item.card is not None and counts.remaining > 0
    return times


def prepare(url: str, users: int) -> tuple[Flask, dict[str, Any]]:
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": "bench"})
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            with db.engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE"))
                connection.execute(text("CREATE SCHEMA public"))
        upgrade()
        started = time.perf_counter()
        fill(users)
        time_page(50)  # warm the statement cache and the database's own
        summary = {
            "cards": users * QUESTIONS,
            "reviews": users * QUESTIONS * REVIEWS_PER_CARD,
            "fill_s": round(time.perf_counter() - started, 1),
            "plan": due_query_plan(),
        }
        db.session.remove()
    return app, summary


def small_url(url: str) -> str:
    """A second scratch PostgreSQL database next to the given one, made when missing."""
    parsed = make_url(url)
    name = f"{parsed.database}_small"
    engine = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        query = text("SELECT 1 FROM pg_database WHERE datname = :name")
        exists = connection.scalar(query, {"name": name})
        if not exists:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    engine.dispose()
    return parsed.set(database=name).render_as_string(hide_password=False)


def main() -> int:
    given = os.environ.get("BENCH_DATABASE_URL")
    with tempfile.TemporaryDirectory(prefix="studyapp-queue-") as scratch:
        if given:
            urls = {10: small_url(database_url(given)), 1000: database_url(given)}
        else:
            urls = {users: f"sqlite:///{scratch}/queue-{users}.sqlite" for users in (10, 1000)}
        prepared = {users: prepare(url, users) for users, url in urls.items()}
        # Rounds taken in turn, so that a busy moment of the machine falls on both sizes.
        times: dict[int, dict[str, list[float]]] = {
            users: {"next_item": [], "progress": []} for users in (10, 1000)
        }
        for _ in range(10):
            for users, (app, _summary) in prepared.items():
                with app.app_context():
                    for name, values in time_page(50).items():
                        times[users][name] += values
                    db.session.remove()
        for app, _summary in prepared.values():
            with app.app_context():
                db.engine.dispose()
    small, big = (prepared[users][1] for users in (10, 1000))
    for users, summary in ((10, small), (1000, big)):
        for name, values in times[users].items():
            summary[f"{name}_ms"] = round(statistics.median(values), 3)
        print(f"{summary['cards']} cards: plan of the due-card query", file=sys.stderr)
        for line in summary.pop("plan"):
            print("   ", line, file=sys.stderr)
    ratios = {name: round(big[f"{name}_ms"] / small[f"{name}_ms"], 2) for name in times[10]}
    print(json.dumps({"small": small, "big": big, "ratio": ratios, "target": 1.5}))
    return 0 if max(ratios.values()) <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
