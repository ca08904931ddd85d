"""The thread in each app process that runs background generation jobs.

Started by the first request a process serves (so `flask db upgrade` and other commands
start none, and each gunicorn worker, forked or not, starts its own). It claims jobs from the
database (services/generation_jobs.py), so any number of processes on any number of machines
share the queue; jobs queued or abandoned before a restart are picked up by the next claim.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
import threading

from flask import Flask

from .extensions import db
from .services import generation_jobs

log = logging.getLogger(__name__)
_EXTENSION = "studyapp.generation_worker"


class Worker(threading.Thread):
    def __init__(self, app: Flask) -> None:
        super().__init__(name="studyapp-generation", daemon=True)
        self.app = app
        self.wake = threading.Event()
        self.stopping = threading.Event()
        self.pid = os.getpid()

    def run(self) -> None:
        poll = float(self.app.config["GENERATION_POLL_SECONDS"])
        while not self.stopping.is_set():
            try:
                worked = self.run_one()
            except Exception:  # a bad job must not end the thread; it is retried or fails
                log.exception("background generation failed")
                worked = False
            if not worked:
                self.wake.wait(poll)
                self.wake.clear()

    def run_one(self) -> bool:
        """Claim and run one job; False when none was waiting."""
        name = f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
        with self.app.app_context():
            try:
                job_id = generation_jobs.claim(name, self.app.config)
                if job_id is None:
                    return False
                generation_jobs.run_claimed(job_id, self.app.config)
                return True
            finally:
                db.session.remove()

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()


def enabled(app: Flask) -> bool:
    setting = app.config.get("GENERATION_WORKER")
    return (not app.testing) if setting is None else bool(setting)


def running(app: Flask) -> Worker | None:
    """This process's worker, started on first use when enabled."""
    if not enabled(app):
        return None
    worker: Worker | None = app.extensions.get(_EXTENSION)
    if worker is None or worker.pid != os.getpid() or not worker.is_alive():
        worker = Worker(app)
        app.extensions[_EXTENSION] = worker
        worker.start()
    return worker


def wake(app: Flask) -> None:
    """A job was just queued: this process's worker looks now rather than at its next poll."""
    worker = running(app)
    if worker is not None:
        worker.wake.set()


def register(app: Flask) -> None:
    @app.before_request
    def start_worker() -> None:
        running(app)
