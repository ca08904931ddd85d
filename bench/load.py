"""Load on the app under gunicorn, as `make serve` runs it; one JSON line at the end.

    make bench                                  # a fresh SQLite file
    DATABASE_URL=postgresql://postgres@127.0.0.1/bench make bench
    STUDENTS=200 SECONDS=60 CAPACITY_SECONDS=15 .venv/bin/python -m bench.load

Two loads, after the students are signed up and signed in (scrypt is slow on purpose and
stays out of the timed part):

- people: STUDENTS students study for SECONDS, 2 to 5 s between actions. One round is the
  question page and the answer, whose response is the result page (acknowledged by its
  Content-Location, /study/<slug>/reviews/<id>). p50/p95 cover every request of theirs.
- capacity: 16 clients without pauses, first studying (answers_per_s), then /healthz.

lost_reviews: acknowledged answers whose review row is not in the database afterwards.
Targets (2 cores): errors 0, lost_reviews 0, p95 < 50 ms, answers_per_s >= 10% of healthz_per_s.

The client shares the machine with the server, so it is kept lean (HTTP/1.1 keep-alive over
asyncio streams, no HTTP library) and its CPU use is printed beside the server's on stderr:
a figure the client's own CPU would distort says so there.
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
from urllib.parse import urlencode, urlsplit

from sqlalchemy import create_engine, insert, text

from bench import server
from studyapp.config import database_url
from studyapp.models import User

PASSWORD = "bench password 1"
CLIENTS = 16
TIMEOUT_S = 30
# A connection idle this long is let go before the server's keepalive (5 s) would close it,
# so that no request is sent on a connection the server is closing at the same moment.
IDLE_S = 3
FIELD = r'name="{}"[^>]*value="([^"]*)"'
WORDS = ["الطاقة", "الرقائق", "أوراكل", "energy", "chips", ""]


class HTTPError(Exception):
    pass


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


class Browser:
    """One student's browser: a cookie jar and one keep-alive connection, one request at a time."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.cookies: dict[str, str] = {}
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.idle_since = 0.0

    async def request(self, method: str, path: str, form: dict | None = None) -> Response:
        if self.writer is not None and time.monotonic() - self.idle_since > IDLE_S:
            self.close()
        try:
            async with asyncio.timeout(TIMEOUT_S):
                if self.writer is None:
                    self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
                self.writer.write(self._encode(method, path, form))
                response = await self._read_response()
        except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as error:
            self.close()
            raise HTTPError(repr(error)) from error
        if response.headers.get("connection", "").lower() == "close":
            self.close()
        self.idle_since = time.monotonic()
        return response

    def _encode(self, method: str, path: str, form: dict | None) -> bytes:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}"]
        if self.cookies:
            lines.append("Cookie: " + "; ".join(f"{k}={v}" for k, v in self.cookies.items()))
        body = b""
        if form is not None:
            body = urlencode(form, doseq=True).encode()
            lines.append("Content-Type: application/x-www-form-urlencoded")
            lines.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body

    async def _read_response(self) -> Response:
        assert self.reader is not None
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
        status = int(head[0].split(" ", 2)[1])
        headers: dict[str, str] = {}
        for line in head[1:]:
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            if name == "set-cookie":
                self._store_cookie(value)
            elif name:
                headers[name] = value
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while size := int((await self.reader.readuntil(b"\r\n")).split(b";")[0], 16):
                body += (await self.reader.readexactly(size + 2))[:-2]
            await self.reader.readuntil(b"\r\n")
        elif "content-length" in headers:
            body = await self.reader.readexactly(int(headers["content-length"]))
        else:
            body = await self.reader.read()
            headers["connection"] = "close"
        return Response(status, headers, body)

    def _store_cookie(self, header: str) -> None:
        pair, _, attributes = header.partition(";")
        name, _, value = pair.strip().partition("=")
        if "max-age=0" in attributes.lower().replace(" ", "") or "1970" in attributes:
            self.cookies.pop(name, None)
        else:
            self.cookies[name] = value

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


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
    browser: Browser, tally: Tally, method: str, url: str, expect: int, form: dict | None = None
) -> Response | None:
    started = time.perf_counter()
    try:
        response = await browser.request(method, url, form)
    except HTTPError as error:
        tally.error(f"{method} {url}: {error}")
        return None
    tally.latencies.append(time.perf_counter() - started)
    if response.status != expect:
        tally.error(f"{method} {url}: {response.status}")
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
    choices = re.findall(r'name="choice" value="([0-9a-f]+)"', page)
    ranks = re.findall(r'name="rank-([0-9a-f]+)"', page)
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
    browser: Browser, slug: str, tally: Tally, rng: random.Random, think: float
) -> bool | None:
    """Question page, (think), answer; the answer's response is its result page, whose
    Content-Location names the review. False on the done page, None on error."""
    page = await request(browser, tally, "GET", f"/study/{slug}", 200)
    if page is None:
        return None
    form = answer_form(page.text, rng)
    if form is None:
        return False
    if think:
        await asyncio.sleep(think)
    answered = await request(browser, tally, "POST", f"/study/{slug}/answer", 200, form)
    if answered is None:
        return None
    review = re.search(r"/reviews/(\d+)$", answered.headers.get("content-location", ""))
    if review is None or "data-address" not in answered.text:
        tally.error(f"answer not acknowledged: {answered.headers.get('content-location')}")
        return None
    tally.acknowledged.add(int(review.group(1)))
    return True


async def person(browser: Browser, slug: str, stop_at: float, tally: Tally, seed: int) -> None:
    rng = random.Random(seed)
    await asyncio.sleep(rng.uniform(0, 5))  # students do not all arrive in the same second
    while time.monotonic() < stop_at:
        await study_round(browser, slug, tally, rng, think=rng.uniform(2, 5))
        await asyncio.sleep(rng.uniform(2, 5))


async def capacity_client(pool: list[Browser], slug: str, stop_at: float, tally: Tally) -> None:
    """Study without pauses; a student with nothing left hands over to the next one."""
    rng = random.Random(len(pool))
    while time.monotonic() < stop_at and pool:
        browser = pool.pop()
        while time.monotonic() < stop_at:
            if await study_round(browser, slug, tally, rng, think=0) is False:
                break
        else:
            pool.append(browser)


async def healthz_client(browser: Browser, stop_at: float, tally: Tally) -> None:
    while time.monotonic() < stop_at:
        await request(browser, tally, "GET", "/healthz", 200)


async def sign_in(browser: Browser, email: str, limit: asyncio.Semaphore) -> None:
    async with limit:
        page = await browser.request("GET", "/auth/login")
        token = re.search(FIELD.format("csrf_token"), page.text).group(1)  # type: ignore[union-attr]
        form = {"email": email, "password": PASSWORD, "csrf_token": token}
        response = await browser.request("POST", "/auth/login", form)
        if response.status != 302:
            raise RuntimeError(f"sign-in of {email} failed: {response.status}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


class CPUMeter:
    """Cores the client, the server and PostgreSQL kept busy during each phase, and the load
    average."""

    def __init__(self, process) -> None:  # type: ignore[no-untyped-def]
        self.process = process
        self.phases: dict[str, dict[str, float]] = {}

    def start(self) -> None:
        self.started = (
            time.monotonic(),
            time.process_time(),
            server.cpu_seconds(self.process),
            server.database_cpu_seconds(),
        )

    def stop(self, phase: str, requests: int) -> None:
        wall, client, served, database = self.started
        wall = time.monotonic() - wall
        client = time.process_time() - client
        served = server.cpu_seconds(self.process) - served
        database = server.database_cpu_seconds() - database
        self.phases[phase] = {
            "client_cores": round(client / wall, 2),
            "server_cores": round(served / wall, 2),
            "database_cores": round(database / wall, 2),
            "server_ms_per_request": round(1000 * served / max(requests, 1), 2),
            "database_ms_per_request": round(1000 * database / max(requests, 1), 2),
            "client_ms_per_request": round(1000 * client / max(requests, 1), 2),
            "load_average": round(os.getloadavg()[0], 1),
        }


async def run(base: str, emails: list[str], slug: str, seconds: float, capacity: float,
              meter: CPUMeter) -> dict:  # fmt: skip
    address = urlsplit(base)
    browsers = [Browser(address.hostname, address.port) for _ in emails]  # type: ignore[arg-type]
    limit = asyncio.Semaphore(8)
    await asyncio.gather(*(sign_in(b, e, limit) for b, e in zip(browsers, emails, strict=True)))

    people = Tally()
    meter.start()
    stop_at = time.monotonic() + seconds
    await asyncio.gather(*(person(b, slug, stop_at, people, i) for i, b in enumerate(browsers)))
    meter.stop("people", len(people.latencies))

    studying, healthz = Tally(), Tally()
    pool = list(browsers)
    random.Random(0).shuffle(pool)
    meter.start()
    started = time.monotonic()
    await asyncio.gather(
        *(capacity_client(pool, slug, started + capacity, studying) for _ in range(CLIENTS))
    )
    answers_per_s = len(studying.acknowledged) / (time.monotonic() - started)
    meter.stop("capacity", len(studying.latencies))
    meter.start()
    started = time.monotonic()
    await asyncio.gather(
        *(healthz_client(b, started + capacity, healthz) for b in browsers[:CLIENTS])
    )
    healthz_per_s = len(healthz.latencies) / (time.monotonic() - started)
    meter.stop("healthz", len(healthz.latencies))
    for browser in browsers:
        browser.close()
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
        meter = CPUMeter(process)
        try:
            server.flask(env, "questions", "load")
            slug = server.flask(env, "questions", "list").splitlines()[0].split("\t")[0]
            emails = make_students(database_url(url), students)
            base = f"http://127.0.0.1:{env['PORT']}"
            result = asyncio.run(run(base, emails, slug, seconds, capacity, meter))
        finally:
            server.stop(process)
        acknowledged = result.pop("acknowledged")
        result["lost_reviews"] = lost_reviews(database_url(url), acknowledged)
    for line in result.pop("first_errors"):
        print("error:", line, file=sys.stderr)
    print("cpu:", json.dumps(meter.phases), file=sys.stderr)
    keys = ["students", "seconds", "answers", "p50_ms", "p95_ms", "errors", "lost_reviews"]
    keys += ["answers_per_s", "healthz_per_s"]
    print(json.dumps({key: result[key] for key in keys}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
