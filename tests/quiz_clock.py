"""The time the pages read (studyapp.web.clock.now), held still and moved by a test."""

from __future__ import annotations

from datetime import datetime

import pytest


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def hold_quiz_time(monkeypatch: pytest.MonkeyPatch, now: datetime) -> Clock:
    clock = Clock(now)
    monkeypatch.setattr("studyapp.web.clock.now", clock)
    return clock
