"""Nothing lost: the app under gunicorn, on a SQLite file in WAL mode, killed mid-load.

Also the races a live server sees and the test client cannot: the same answer posted twice
at once, and two students answering the same question at once.
"""

from __future__ import annotations

import random
import re
import signal
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bench import server
from bench.load import PASSWORD, answer_form, make_students

pytestmark = pytest.mark.skipif(
    not (server.BIN / "gunicorn").exists(), reason="gunicorn is not installed"
)


class Live:
    def __init__(self, tmp_path: Path) -> None:
        self.path = tmp_path / "live.sqlite"
        self.url = f"sqlite:///{self.path}"
        self.env = server.server_env(
            self.url,
            server.free_port(),
            STUDYAPP_INSTANCE_PATH=str(tmp_path),
            WORKERS="2",
            THREADS="4",
        )
        self.base = f"http://127.0.0.1:{self.env['PORT']}"
        self.clients: list[httpx.Client] = []
        self.process = server.start(self.env)
        server.flask(self.env, "questions", "load")
        self.slug = server.flask(self.env, "questions", "list").split("\t")[0]

    def student(self, email: str) -> httpx.Client:
        client = httpx.Client(base_url=self.base, timeout=30)
        self.clients.append(client)
        page = client.get("/auth/login").text
        token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
        data = {"email": email, "password": PASSWORD, "csrf_token": token}
        assert client.post("/auth/login", data=data).status_code == 302
        return client

    def close(self) -> None:
        for client in self.clients:
            client.close()
        server.stop(self.process)

    def question_form(self, client: httpx.Client, rng: random.Random) -> dict:
        page = client.get(f"/study/{self.slug}")
        assert page.status_code == 200
        form = answer_form(page.text, rng)
        assert form is not None, "the student has nothing left to study"
        return form

    def reviews(self, query: str = "SELECT id FROM reviews") -> list[tuple]:
        with sqlite3.connect(self.path) as connection:
            return connection.execute(query).fetchall()


def is_acknowledged(response: httpx.Response) -> bool:
    """Whether the server answered with the result page of a recorded review."""
    named = response.headers.get("content-location", "")
    return response.status_code == 200 and re.search(r"/reviews/(\d+)$", named) is not None


def review_id(response: httpx.Response) -> int:
    """The review an answer's result page names (its Content-Location)."""
    assert is_acknowledged(response), (response.status_code, response.headers)
    address = response.headers["content-location"]
    assert f'data-address="{address}"' in response.text, "not the result page of that review"
    return int(re.search(r"/reviews/(\d+)$", address).group(1))  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    app = Live(tmp_path_factory.mktemp("live"))
    yield app
    app.close()


def post_at_once(posts: list[tuple[httpx.Client, str, dict]]) -> list[httpx.Response]:
    """Every post sent from its own thread, released at the same moment."""
    start = threading.Barrier(len(posts))
    responses: list[httpx.Response | None] = [None] * len(posts)

    def send(index: int, client: httpx.Client, url: str, form: dict) -> None:
        start.wait()
        responses[index] = client.post(url, data=form)

    threads = [threading.Thread(target=send, args=(i, *post)) for i, post in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(responses), "a post got no answer"
    return responses  # type: ignore[return-value]


def test_the_same_answer_posted_twice_at_once_records_one_review(live: Live):
    (email,) = make_students(live.url, 1)
    browser = live.student(email)  # a double click: one session, two posts of one page
    rng = random.Random(1)
    for _ in range(5):
        form = live.question_form(browser, rng)
        url = f"/study/{live.slug}/answer"
        responses = post_at_once([(browser, url, form), (browser, url, form)])
        ids = {review_id(response) for response in responses}
        assert len(ids) == 1, "both posts must lead to the one review"
        count = live.reviews(
            "SELECT count(*) FROM reviews JOIN cards ON cards.id = reviews.card_id"
            f" WHERE cards.question_id = {form['question_id']} AND reviews.seq = {form['seq']}"
            f" AND reviews.user_id = (SELECT user_id FROM reviews WHERE id = {ids.pop()})"
        )
        assert count == [(1,)]


def test_two_students_answering_the_same_question_at_once_do_not_interfere(live: Live):
    emails = make_students(live.url, 2)
    clients = [live.student(email) for email in emails]
    rng = random.Random(2)
    forms = [live.question_form(client, rng) for client in clients]
    assert forms[0]["question_id"] == forms[1]["question_id"]  # both start at the first
    url = f"/study/{live.slug}/answer"
    responses = post_at_once([(c, url, f) for c, f in zip(clients, forms, strict=True)])
    ids = [review_id(response) for response in responses]
    assert ids[0] != ids[1]
    owners = live.reviews(
        "SELECT users.email FROM reviews JOIN users ON users.id = reviews.user_id"
        f" WHERE reviews.id IN ({ids[0]}, {ids[1]}) ORDER BY reviews.id = {ids[1]}"
    )
    assert [email for (email,) in owners] == emails
    for client, review in zip(clients, ids, strict=True):
        assert client.get(f"/study/{live.slug}/reviews/{review}").status_code == 200


def test_a_killed_server_keeps_every_acknowledged_answer(tmp_path: Path):
    live = Live(tmp_path)
    try:
        clients = [live.student(email) for email in make_students(live.url, 8)]
        acknowledged: set[int] = set()
        lock = threading.Lock()

        def study(client: httpx.Client, seed: int) -> None:
            rng = random.Random(seed)
            while True:
                try:
                    page = client.get(f"/study/{live.slug}")
                    form = answer_form(page.text, rng)
                    if form is None:
                        return
                    response = client.post(f"/study/{live.slug}/answer", data=form)
                except httpx.HTTPError:
                    return  # the server is gone
                if is_acknowledged(response):
                    with lock:
                        acknowledged.add(review_id(response))

        threads = [threading.Thread(target=study, args=(c, n)) for n, c in enumerate(clients)]
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 60
        while len(acknowledged) < 40 and time.monotonic() < deadline:
            time.sleep(0.05)
        server.stop(live.process, signal.SIGKILL)  # mid-load: answers are in flight
        for thread in threads:
            thread.join(timeout=60)
        assert len(acknowledged) >= 40, "the load did not get going"

        live.process = server.start(live.env)
        stored = {review for (review,) in live.reviews()}
        assert acknowledged <= stored, f"lost: {sorted(acknowledged - stored)}"
        assert live.reviews("PRAGMA integrity_check") == [("ok",)]
        assert live.reviews("PRAGMA journal_mode") == [("wal",)]
        # The restarted server carries on where the students left off.
        assert clients[0].get(f"/study/{live.slug}").status_code == 200
    finally:
        live.close()
