"""Engine settings that the URL cannot carry."""

from __future__ import annotations

import sqlite3
from typing import Any

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine

_configured = False


def configure_engine(app: Flask) -> None:
    """SQLite: WAL (readers never block the writer, and a killed server loses no commit),
    foreign keys on, and a busy timeout instead of 'database is locked' under load."""
    global _configured
    if _configured:
        return
    event.listen(Engine, "connect", _sqlite_pragmas)
    _configured = True


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def commit_then_render() -> None:
    """Commit without expiring what the session has loaded, for a page rendered after its
    commit: on SQLite the write lock is held until the commit, so rendering inside the
    transaction would keep every other writer waiting, and expired objects would be loaded
    again, a query each."""
    from .extensions import db

    session = db.session()
    session.expire_on_commit = False
    try:
        session.commit()
    finally:
        session.expire_on_commit = True
