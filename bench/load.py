"""Load on the app under gunicorn, as `make serve` runs it; one JSON line at the end.

    make bench                                  # a fresh SQLite file
    DATABASE_URL=postgresql://postgres@127.0.0.1/bench make bench
    STUDENTS=200 SECONDS=60 CAPACITY_SECONDS=15 .venv/bin/python bench/load.py

Two loads, after the students are signed up and signed in (scrypt is slow on purpose and
stays out of the timed part):

- people: STUDENTS students study for SECONDS, 2 to 5 s between actions. One round is the
  question page, the answer (acknowledged by a 302 to /reviews/<id>) and the result page.
  p50/p95 cover every request of theirs.
- capacity: 16 clients without pauses, first studying (answers_per_s), then /healthz.

lost_reviews: acknowledged answers whose review row is not in the database afterwards.
Targets (2 cores): errors 0, lost_reviews 0, p95 < 50 ms, answers_per_s >= 10% of healthz_per_s.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import create_engine, insert, text

# Run as a script, bench/ comes first on the path, where queue.py would hide the standard
# library's queue (asyncio and httpx import it): put the repository there instead.
sys.path[0] = str(Path(__file__).resolve().parents[1])

from bench import server  # noqa: E402
from studyapp.config import database_url  # noqa: E402
from studyapp.models import User  # noqa: E402

PASSWORD = "bench password 1"
CLIENTS = 16
FIELD = r'name="{}"[^>]*value="([^"]*)"'
WORDS = ["الطاقة", "الرقائق", "أوراكل", "energy", "chips", ""]


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    acknowledged: set[int] = field(default_factory=set)
    first_errors: list[str] = field(default_factory=list)

    def error(self, what: str) -> None:
        self.errors += 1
        if len(self.first_errors) < 5:
            self.first_errors.append(what)


async def request(
    client: httpx.AsyncClient, tally: Tally, method: str, url: str, expect: int, **kwargs
) -> httpx.Response | None:
    started = time.perf_counter()
    try:
        response = await client.request(method, url, **kwargs)
    except httpx.HTTPError as error:
        tally.error(f"{method} {url}: {error!r}")
        return None
    tally.latencies.append(time.perf_counter() - started)
    if response.status_code != expect:
        tally.error(f"{method} {url}: {response.status_code}")
        return None
    return response


def answer_form(page: str, rng: random.Random) -> dict[str, str | list[str]] | None:
    """The form a student would send for the question on the page; None on the done page."""
    kind = re.search(r'data-question-type="(\w+)"', page)
    if kind is None:
        return None
    form: dict[str, str | list[str]] = {
        name: re.search(FIELD.format(name), page).group(1)  # type: ignore[union-attr]
        for name in ("csrf_token", "question_id", "seq", "shown_at")
    }
    choices = re.findall(r'name="choice" value="(\d+)"', page)
    ranks = re.findall(r'name="rank-(\d+)"', page)
    match kind.group(1):
        case "mcq":
            form["choice"] = rng.choice(choices)
        case "multi":
            form["choice"] = rng.sample(choices, rng.randint(1, len(choices)))
        case "order":
            positions = [str(n) for n in range(1, len(ranks) + 1)]
            rng.shuffle(positions)
            form.update({f"rank-{i}": p for i, p in zip(ranks, positions, strict=True)})
        case "truefalse":
            form["answer"] = rng.choice(["true", "false"])
        case "flashcard":
            form["rating"] = str(rng.randint(1, 4))
        case _:
            form["answer"] = rng.choice(WORDS)
    return form


async def study_round(
    client: httpx.AsyncClient, slug: str, tally: Tally, rng: random.Random, think: float
) -> bool | None:
    """Question page, (think), answer, result page. False on the done page, None on error."""
    page = await request(client, tally, "GET", f"/study/{slug}", 200)
    if page is None:
        return None
    form = answer_form(page.text, rng)
    if form is None:
        return False
    if think:
        await asyncio.sleep(think)
    answered = await request(client, tally, "POST", f"/study/{slug}/answer", 302, data=form)
    if answered is None:
        return None
    review = re.search(r"/reviews/(\d+)$", answered.headers.get("location", ""))
    if review is None:
        tally.error(f"answer not acknowledged: {answered.headers.get('location')}")
        return None
    tally.acknowledged.add(int(review.group(1)))
    await request(client, tally, "GET", answered.headers["location"], 200)
    return True


async def person(client: httpx.AsyncClient, slug: str, stop_at: float, tally: Tally, seed: int):
    rng = random.Random(seed)
    await asyncio.sleep(rng.uniform(0, 5))  # students do not all arrive in the same second
    while time.monotonic() < stop_at:
        await study_round(client, slug, tally, rng, think=rng.uniform(2, 5))
        await asyncio.sleep(rng.uniform(2, 5))


async def capacity_client(pool: list[httpx.AsyncClient], slug: str, stop_at: float, tally: Tally):
    """Study without pauses; a student with nothing left hands over to the next one."""
    rng = random.Random(len(pool))
    while time.monotonic() < stop_at and pool:
        client = pool.pop()
        while time.monotonic() < stop_at:
            if await study_round(client, slug, tally, rng, think=0) is False:
                break
        else:
            pool.append(client)


async def healthz_client(client: httpx.AsyncClient, stop_at: float, tally: Tally) -> None:
    while time.monotonic() < stop_at:
        await request(client, tally, "GET", "/healthz", 200)


async def sign_in(client: httpx.AsyncClient, email: str, limit: asyncio.Semaphore) -> None:
    async with limit:
        page = await client.get("/auth/login")
        token = re.search(FIELD.format("csrf_token"), page.text).group(1)  # type: ignore[union-attr]
        data = {"email": email, "password": PASSWORD, "csrf_token": token}
        response = await client.post("/auth/login", data=data)
        if response.status_code != 302:
            raise RuntimeError(f"sign-in of {email} failed: {response.status_code}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


async def run(base: str, emails: list[str], slug: str, seconds: float, capacity: float) -> dict:
    # The client lets an idle connection go before the server's keepalive (5 s) would, so that
    # no request is sent on a connection the server is closing at the same moment.
    limits = httpx.Limits(max_connections=4, max_keepalive_connections=2, keepalive_expiry=3)
    clients = [
        httpx.AsyncClient(base_url=base, timeout=30, limits=limits) for _ in range(len(emails))
    ]
    signing_in = asyncio.Semaphore(8)
    await asyncio.gather(*(sign_in(c, e, signing_in) for c, e in zip(clients, emails, strict=True)))

    people = Tally()
    stop_at = time.monotonic() + seconds
    await asyncio.gather(*(person(c, slug, stop_at, people, i) for i, c in enumerate(clients)))

    studying, healthz = Tally(), Tally()
    pool = list(clients)
    random.Random(0).shuffle(pool)
    started = time.monotonic()
    await asyncio.gather(
        *(capacity_client(pool, slug, started + capacity, studying) for _ in range(CLIENTS))
    )
    answers_per_s = len(studying.acknowledged) / (time.monotonic() - started)
    started = time.monotonic()
    await asyncio.gather(
        *(healthz_client(c, started + capacity, healthz) for c in clients[:CLIENTS])
    )
    healthz_per_s = len(healthz.latencies) / (time.monotonic() - started)
    for client in clients:
        await client.aclose()
    return {
        "students": len(emails),
        "seconds": seconds,
        "answers": len(people.acknowledged),
        "p50_ms": round(1000 * percentile(people.latencies, 0.50), 1),
        "p95_ms": round(1000 * percentile(people.latencies, 0.95), 1),
        "errors": people.errors + studying.errors + healthz.errors,
        "acknowledged": people.acknowledged | studying.acknowledged,
        "answers_per_s": round(answers_per_s, 1),
        "healthz_per_s": round(healthz_per_s, 1),
        "first_errors": people.first_errors + studying.first_errors + healthz.first_errors,
    }


def make_students(url: str, count: int) -> list[str]:
    """Students straight into the database, sharing one password hash (scrypt is slow)."""
    from werkzeug.security import generate_password_hash

    run_id = os.urandom(4).hex()
    emails = [f"bench-{run_id}-{n}@example.org" for n in range(count)]
    password_hash = generate_password_hash(PASSWORD)
    now = datetime.now(UTC)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            insert(User.__table__),
            [
                dict(
                    email=email,
                    display_name=f"Student {n}",
                    password_hash=password_hash,
                    role="student",
                    locale="ar",
                    timezone="UTC",
                    new_cards_per_day=1000,  # the capacity load answers far more than 20
                    desired_retention=0.9,
                    created_at=now,
                )
                for n, email in enumerate(emails)
            ],
        )
    engine.dispose()
    return emails


def lost_reviews(url: str, acknowledged: set[int]) -> int:
    engine = create_engine(url)
    with engine.connect() as connection:
        stored = set(connection.scalars(text("SELECT id FROM reviews")))
    engine.dispose()
    return len(acknowledged - stored)


def main() -> int:
    students = int(os.environ.get("STUDENTS", 200))
    seconds = float(os.environ.get("SECONDS", 60))
    capacity = float(os.environ.get("CAPACITY_SECONDS", 15))
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-") as scratch:
        url = os.environ.get("DATABASE_URL") or f"sqlite:///{scratch}/bench.sqlite"
        env = server.server_env(url, server.free_port(), STUDYAPP_INSTANCE_PATH=scratch)
        process = server.start(env)
        try:
            server.flask(env, "questions", "load")
            slug = server.flask(env, "questions", "list").splitlines()[0].split("\t")[0]
            emails = make_students(database_url(url), students)
            result = asyncio.run(
                run(f"http://127.0.0.1:{env['PORT']}", emails, slug, seconds, capacity)
            )
        finally:
            server.stop(process)
        acknowledged = result.pop("acknowledged")
        result["lost_reviews"] = lost_reviews(database_url(url), acknowledged)
    for line in result.pop("first_errors"):
        print("error:", line, file=sys.stderr)
    keys = ["students", "seconds", "answers", "p50_ms", "p95_ms", "errors", "lost_reviews"]
    keys += ["answers_per_s", "healthz_per_s"]
    print(json.dumps({key: result[key] for key in keys}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
