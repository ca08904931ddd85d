"""The worker timeout is real: gunicorn, as `make serve` runs it with one thread per worker,
cuts off a request that runs longer than `timeout` and goes on serving."""

from __future__ import annotations

import time
from pathlib import Path

import httpx
import pytest

from bench import server

pytestmark = pytest.mark.skipif(
    not (server.BIN / "gunicorn").exists(), reason="gunicorn is not installed"
)

TIMEOUT_S = 2


def test_a_request_longer_than_the_timeout_is_cut_off_and_the_server_keeps_serving(
    tmp_path: Path,
):
    env = server.server_env(
        f"sqlite:///{tmp_path / 'timeout.sqlite'}",
        server.free_port(),
        STUDYAPP_INSTANCE_PATH=str(tmp_path),
        WORKERS="1",  # the one worker is held: serving afterwards needs a new one
        THREADS="1",
        WORKER_TIMEOUT=str(TIMEOUT_S),
    )
    process = server.start(env, app="tests.ops.slow_app:create_app()")
    base = f"http://127.0.0.1:{env['PORT']}"
    try:
        with httpx.Client(base_url=base, timeout=20) as client:
            assert client.get("/test-only/busy/0.1").text == "done"  # short requests finish

            started = time.monotonic()
            try:
                outcome = client.get("/test-only/busy/30.0").status_code
            except httpx.TransportError as error:
                outcome = error
            elapsed = time.monotonic() - started
            # Cut off by the server (gunicorn answers 500 for the killed request), not given
            # up on by the client, and long before the request would have finished.
            assert outcome == 500, repr(outcome)
            assert TIMEOUT_S <= elapsed < TIMEOUT_S + 8, elapsed

            # A new worker answers in the killed one's place.
            server.wait_until_ready(f"{base}/healthz", process, timeout=20)
            assert client.get("/healthz").status_code == 200
            assert client.get("/test-only/busy/0.1").text == "done"
            assert process.poll() is None
    finally:
        server.stop(process)
