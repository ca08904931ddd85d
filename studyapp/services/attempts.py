"""Counters of failed attempts that expire, shared by every worker and app server: in Redis
when there is one, else in the database (never in a worker's memory, where each worker would
count alone)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import case, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db
from ..models import AttemptCounter


class Counters(Protocol):
    def add(self, key: str, window: float, now: datetime) -> int:
        """Count one more attempt; the count ends `window` seconds after its first attempt."""

    def held(self, key: str, now: datetime) -> tuple[int, float]:
        """(count, seconds until it ends), or (0, 0) when there is none."""

    def hold(self, key: str, seconds: float, now: datetime) -> None:
        """A mark that lasts `seconds` from now, whatever was there before."""

    def clear(self, key: str) -> None: ...

    def tidy(self, now: datetime) -> None:
        """Forget counters that have ended."""


class DatabaseCounters:
    """One row per key; upserts add atomically, so two workers never lose a count."""

    def add(self, key: str, window: float, now: datetime) -> int:
        column = AttemptCounter.__table__.c
        ends = now + timedelta(seconds=window)
        expired = column.expires_at <= now
        on_conflict = {
            "count": case((expired, 1), else_=column.count + 1),
            "expires_at": case((expired, ends), else_=column.expires_at),
        }
        return self._upsert(key, ends, on_conflict)

    def held(self, key: str, now: datetime) -> tuple[int, float]:
        row = db.session.execute(
            select(AttemptCounter.count, AttemptCounter.expires_at).where(
                AttemptCounter.key == key, AttemptCounter.expires_at > now
            )
        ).first()
        return (row.count, (row.expires_at - now).total_seconds()) if row else (0, 0.0)

    def hold(self, key: str, seconds: float, now: datetime) -> None:
        ends = now + timedelta(seconds=seconds)
        self._upsert(key, ends, {"count": 1, "expires_at": ends})

    def clear(self, key: str) -> None:
        db.session.execute(delete(AttemptCounter).where(AttemptCounter.key == key))

    def tidy(self, now: datetime) -> None:
        """Delete expired counters; rows another request holds are left for the next time,
        so that tidying never waits on (nor deadlocks with) a request counting its own."""
        stale = select(AttemptCounter.key).where(AttemptCounter.expires_at <= now).limit(200)
        stale = stale.with_for_update(skip_locked=True)
        db.session.execute(delete(AttemptCounter).where(AttemptCounter.key.in_(stale)))

    def _upsert(self, key: str, expires_at: datetime, on_conflict: dict[str, object]) -> int:
        """Insert the key with a count of 1, or update its row as `on_conflict` says."""
        column = AttemptCounter.__table__.c
        dialect = postgresql if db.session.get_bind().dialect.name == "postgresql" else sqlite
        statement = (
            dialect.insert(AttemptCounter)
            .values(key=key, count=1, expires_at=expires_at)
            .on_conflict_do_update(index_elements=[column.key], set_=on_conflict)
            .returning(column.count)
        )
        return int(db.session.execute(statement).scalar_one())


class RedisCounters:
    """The same counters in Redis, which expires them itself."""

    def __init__(self, client, prefix: str) -> None:  # type: ignore[no-untyped-def]
        self.client = client
        self.prefix = prefix

    def add(self, key: str, window: float, now: datetime) -> int:
        pipe = self.client.pipeline(transaction=True)
        pipe.set(self.prefix + key, 0, px=max(1, int(window * 1000)), nx=True)
        pipe.incr(self.prefix + key)
        return int(pipe.execute()[1])

    def held(self, key: str, now: datetime) -> tuple[int, float]:
        pipe = self.client.pipeline(transaction=True)
        pipe.get(self.prefix + key)
        pipe.pttl(self.prefix + key)
        count, left_ms = pipe.execute()
        return (int(count), left_ms / 1000) if count is not None and left_ms > 0 else (0, 0.0)

    def hold(self, key: str, seconds: float, now: datetime) -> None:
        self.client.set(self.prefix + key, 1, px=max(1, int(seconds * 1000)))

    def clear(self, key: str) -> None:
        self.client.delete(self.prefix + key)

    def tidy(self, now: datetime) -> None:
        """Redis expires keys itself."""
