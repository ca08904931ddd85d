"""gunicorn settings for `make serve`: WORKERS, THREADS, WORKER_TIMEOUT, HOST and PORT override
the defaults.

Nothing a worker needs lives in another worker's memory: sessions are signed cookies, the
database holds the study state, and sign-in attempts are counted in Redis when REDIS_URL is set.
"""

import os

cores = os.cpu_count() or 1

wsgi_app = "studyapp:create_app()"
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
# Two processes per core, one thread each (docs/benchmarks.md, 2 cores): one process per
# core left a core idle whenever the keep-alive connections landed unevenly on them; a second
# thread per process spent more CPU per request on both databases, and so did more processes
# on SQLite. Each worker holds its own database connections.
workers = int(os.environ.get("WORKERS") or min(2 * cores, 8))
threads = int(os.environ.get("THREADS") or 1)
# With one thread, the sync worker: the arbiter kills a worker whose request runs longer than
# `timeout` and starts another (tests/ops/test_timeout.py). The gthread worker's main thread
# keeps reporting alive while a request thread is stuck, so under it the timeout never fires
# and a request is bounded only by the app's own limits (docs/deployment.md).
worker_class = "sync" if threads == 1 else "gthread"
timeout = int(os.environ.get("WORKER_TIMEOUT") or 30)
graceful_timeout = 20
# gthread only (the sync worker closes the connection after each response): longer than a
# student's pause between pages would cost a new connection per page; behind nginx its
# upstream keepalive decides.
keepalive = 5
accesslog = os.environ.get("ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info")


def post_worker_init(worker):  # type: ignore[no-untyped-def]
    """Start the background generation thread as the worker starts, so that jobs queued
    before a restart are resumed without waiting for a request (studyapp/generation_worker.py)."""
    from studyapp import generation_worker

    generation_worker.running(worker.wsgi)
