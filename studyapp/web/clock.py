"""The time every page is drawn at: one clock, which a test holds still or moves."""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)
