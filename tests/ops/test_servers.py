"""Several app servers, for real: two gunicorns as `make serve` runs them, on two ports, sharing
one PostgreSQL database and Redis, as two machines behind one proxy would.

A browser may land on either server for any request: its session, its failed sign-ins and its
answers must not depend on which. Needs TEST_DATABASE_URL (PostgreSQL) and Redis at
TEST_REDIS_URL (default redis://127.0.0.1:6379/0); the test works in a schema and under a key
prefix of its own, and removes both afterwards.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from sqlalchemy import create_engine, text

from bench import server
from bench.load import PASSWORD, answer_form, make_students
from studyapp.config import database_url
from tests.ops.test_kill import is_acknowledged, review_id

pytestmark = pytest.mark.skipif(
    not (server.BIN / "gunicorn").exists(), reason="gunicorn is not installed"
)

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def reachable_postgresql() -> str:
    url = os.environ.get("TEST_DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql")):
        pytest.skip("several app servers need PostgreSQL: set TEST_DATABASE_URL")
    engine = create_engine(database_url(url), connect_args={"connect_timeout": 2})
    try:
        with engine.connect():
            pass
    except Exception as error:  # noqa: BLE001 - any failure to connect means: not there
        pytest.skip(f"PostgreSQL at TEST_DATABASE_URL is unreachable: {error}")
    finally:
        engine.dispose()
    return url


def reachable_redis():  # type: ignore[no-untyped-def]
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as error:
        pytest.skip(f"several app servers need Redis; {REDIS_URL} is unreachable: {error}")
    return client


class Servers:
    """Two app servers on one database and one Redis, and the students' browsers."""

    def __init__(self, tmp_path: Path) -> None:
        postgresql = reachable_postgresql()
        self.redis = reachable_redis()
        self.schema = f"servers_{uuid.uuid4().hex[:12]}"
        self.prefix = f"test-servers-{uuid.uuid4().hex}:"
        self.admin = create_engine(database_url(postgresql))
        with self.admin.begin() as connection:
            connection.execute(text(f"CREATE SCHEMA {self.schema}"))
        separator = "&" if "?" in postgresql else "?"
        self.url = f"{postgresql}{separator}options={quote(f'-csearch_path={self.schema}')}"
        self.database = create_engine(database_url(self.url))
        # What both servers read from instance/config.py: this test's Redis keys, and a delay
        # after the first failure so that the shared count shows within a few attempts.
        (tmp_path / "config.py").write_text(
            f"ATTEMPT_KEY_PREFIX = {self.prefix!r}\n"
            "ATTEMPT_LIMITS = {'free_failures': 1, 'max_delay': 60}\n"
        )
        shared = dict(
            STUDYAPP_INSTANCE_PATH=str(tmp_path),
            SECRET_KEY="servers-" + uuid.uuid4().hex,  # one key for every server
            REDIS_URL=REDIS_URL,
            WORKERS="2",
            THREADS="1",
        )
        self.envs = [server.server_env(self.url, server.free_port(), **shared) for _ in range(2)]
        self.bases = [f"http://127.0.0.1:{env['PORT']}" for env in self.envs]
        self.processes: list[subprocess.Popen[bytes]] = []
        self.processes.append(server.start(self.envs[0]))
        self.processes.append(server.start(self.envs[1], migrate=False))
        server.flask(self.envs[0], "questions", "load")
        self.slug = server.flask(self.envs[0], "questions", "list").split("\t")[0]
        self.clients: list[httpx.Client] = []

    def browser(self) -> httpx.Client:
        """A browser that may send each request to either server (one cookie jar for both:
        cookies do not depend on the port)."""
        client = httpx.Client(timeout=30)
        self.clients.append(client)
        return client

    def sign_in(
        self, browser: httpx.Client, base: str, email: str, password: str = PASSWORD
    ) -> httpx.Response:
        page = browser.get(f"{base}/auth/login").text
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        data = {"email": email, "password": password, "csrf_token": token}
        return browser.post(f"{base}/auth/login", data=data)

    def student(self, email: str) -> httpx.Client:
        browser = self.browser()
        assert self.sign_in(browser, random.choice(self.bases), email).status_code == 302
        return browser

    def reviews_of(self, emails: list[str]) -> set[int]:
        query = text(
            "SELECT reviews.id FROM reviews JOIN users ON users.id = reviews.user_id"
            " WHERE users.email = ANY(:emails)"
        )
        with self.database.connect() as connection:
            return set(connection.scalars(query, {"emails": emails}))

    def close(self) -> None:
        for client in self.clients:
            client.close()
        for process in self.processes:
            server.stop(process)
        self.database.dispose()
        with self.admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {self.schema} CASCADE"))
        self.admin.dispose()
        for key in self.redis.scan_iter(match=f"{self.prefix}*"):
            self.redis.delete(key)
        self.redis.close()


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    both = Servers(tmp_path_factory.mktemp("servers"))
    yield both
    both.close()


def test_a_session_signed_in_on_one_server_works_on_the_other(servers: Servers):
    (email,) = make_students(servers.url, 1)
    first, second = servers.bases
    browser = servers.browser()
    assert servers.sign_in(browser, first, email).status_code == 302
    page = browser.get(f"{second}/study/{servers.slug}")
    assert page.status_code == 200 and 'data-question-type="' in page.text

    # Signing out on the second ends the session on the first too, even for a copy of the
    # cookie kept from before (the session version lives in the database).
    copy = httpx.Client(cookies=browser.cookies, timeout=30)
    servers.clients.append(copy)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    assert browser.post(f"{second}/auth/logout", data={"csrf_token": token}).status_code == 302
    replayed = copy.get(f"{first}/study/{servers.slug}")
    assert replayed.status_code == 302 and "/auth/login" in replayed.headers["location"]


def test_failed_sign_ins_on_one_server_count_on_the_other(servers: Servers):
    (email,) = make_students(servers.url, 1)
    browser = servers.browser()
    first, second = servers.bases
    # One free failure, then each failure doubles the wait: 1 s, 2 s, 4 s. Two failures on
    # each server; a server counting alone would have held the account 1 s, long over.
    for n, wait in enumerate([0, 1.1, 2.1, 0]):
        assert servers.sign_in(browser, servers.bases[n % 2], email, "wrong").status_code == 400
        time.sleep(wait)
    held = servers.sign_in(browser, first, email)  # the right password, on the first again
    assert held.status_code == 429, held.status_code
    assert int(held.headers["Retry-After"]) >= 3
    assert servers.sign_in(servers.browser(), second, email).status_code == 429


class Load:
    """Students answering, each request sent to whichever live server the proxy picks."""

    def __init__(self, servers: Servers, students: int) -> None:
        self.servers = servers
        self.emails = make_students(servers.url, students)
        self.browsers = [servers.student(email) for email in self.emails]
        self.live = list(servers.bases)
        self.acknowledged: set[int] = set()
        self.refused: list[str] = []  # answers the server took and did not acknowledge
        self.unanswered = 0  # posts whose connection broke: acknowledged or not, nobody knows
        self.lock = threading.Lock()
        self.stop = threading.Event()

    def pick(self, rng: random.Random) -> str:
        with self.lock:
            return rng.choice(self.live)

    def study(self, browser: httpx.Client, seed: int) -> None:
        rng = random.Random(seed)
        slug = self.servers.slug
        while not self.stop.is_set():
            base = self.pick(rng)
            try:
                form = answer_form(browser.get(f"{base}/study/{slug}").text, rng)
                if form is None:
                    return
                base = self.pick(rng)  # the answer may go to the other server
                response = browser.post(f"{base}/study/{slug}/answer", data=form)
            except httpx.TransportError:
                with self.lock:  # the proxy takes a server that fails out of rotation
                    if base in self.live and len(self.live) > 1:
                        self.live.remove(base)
                    self.unanswered += 1
                continue
            with self.lock:
                if is_acknowledged(response):
                    self.acknowledged.add(review_id(response))
                else:
                    self.refused.append(f"{response.status_code} from {base}")

    def run_until(self, done) -> None:  # type: ignore[no-untyped-def]
        threads = [
            threading.Thread(target=self.study, args=(browser, n))
            for n, browser in enumerate(self.browsers)
        ]
        for thread in threads:
            thread.start()
        try:
            done()
        finally:
            self.stop.set()
            for thread in threads:
                thread.join(timeout=60)

    def wait_for(self, answers: int, seconds: float = 60) -> None:
        deadline = time.monotonic() + seconds
        while len(self.acknowledged) < answers and time.monotonic() < deadline:
            time.sleep(0.05)
        assert len(self.acknowledged) >= answers, f"only {len(self.acknowledged)} answers"


def test_a_load_across_both_servers_loses_no_acknowledged_review(servers: Servers):
    load = Load(servers, 8)
    load.run_until(lambda: load.wait_for(150))
    assert load.refused == [] and load.unanswered == 0
    assert servers.reviews_of(load.emails) == load.acknowledged


def test_killing_one_server_loses_no_acknowledged_review(servers: Servers):
    load = Load(servers, 8)

    def kill_mid_load() -> None:
        load.wait_for(60)
        server.stop(servers.processes[0], signal.SIGKILL)  # master and workers at once
        before = len(load.acknowledged)
        load.wait_for(before + 60)  # the other server carries on alone

    load.run_until(kill_mid_load)
    assert load.live == servers.bases[1:], "the killed server was never noticed"
    assert load.refused == []
    stored = servers.reviews_of(load.emails)
    assert load.acknowledged <= stored, f"lost: {sorted(load.acknowledged - stored)}"
    # Anything more is an answer stored as its connection broke, never acknowledged.
    assert len(stored - load.acknowledged) <= load.unanswered
