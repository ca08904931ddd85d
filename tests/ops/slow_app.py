"""The app with one route more, for tests/ops/test_timeout.py alone: a request that runs as
long as it is asked to, as a long generation would."""

from __future__ import annotations

import time

from flask import Flask

from studyapp import create_app as create_studyapp


def create_app() -> Flask:
    app = create_studyapp()

    @app.get("/test-only/busy/<float:seconds>")
    def busy(seconds: float) -> str:
        time.sleep(seconds)
        return "done"

    return app
