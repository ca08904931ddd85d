"""Engine and session settings that the URL cannot carry."""

from __future__ import annotations

import sqlite3
from typing import Any

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import ORMExecuteState, Session

_configured = False
# Set in Session.info when the session has sent an INSERT, UPDATE or DELETE.
WROTE = "studyapp.wrote"


def configure_engine(app: Flask) -> None:
    """SQLite: WAL (readers never block the writer, and a killed server loses no commit),
    foreign keys on, a busy timeout instead of 'database is locked' under load, and pages
    read through a memory map: every commit by another worker empties a connection's page
    cache, and mapped pages are not copied back into it (about 8% less CPU per study request
    with four workers). Sessions mark whether they wrote (end_reads_with_commit)."""
    global _configured
    if _configured:
        return
    event.listen(Engine, "connect", _sqlite_pragmas)
    event.listen(Session, "after_flush", _mark_written)
    event.listen(Session, "do_orm_execute", _mark_written_by_statement)
    event.listen(Session, "after_transaction_end", _forget_writes)
    _configured = True


def _sqlite_pragmas(dbapi_connection: Any, connection_record: Any) -> None:
    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.close()


def _mark_written(session: Session, flush_context: Any) -> None:
    session.info[WROTE] = True


def _mark_written_by_statement(state: ORMExecuteState) -> None:
    if state.is_insert or state.is_update or state.is_delete:
        state.session.info[WROTE] = True


def _forget_writes(session: Session, transaction: Any) -> None:
    if transaction.parent is None:  # the outermost transaction, not a savepoint
        session.info.pop(WROTE, None)


def end_reads_with_commit(app: Flask) -> None:
    """A request that only read ends its transaction with COMMIT rather than ROLLBACK.

    For the database the two are the same when nothing was written. But psycopg forgets every
    prepared statement on ROLLBACK, so with read-only pages ending in one, PostgreSQL parsed
    and planned each statement again on almost every request: its CPU per study request fell
    from about 2.1 to 0.9 ms with this (docs/benchmarks.md). A request that wrote and did not
    commit, or that failed, still ends with ROLLBACK: registered after Flask-SQLAlchemy, this
    runs before its session teardown.
    """
    from .extensions import db

    @app.teardown_appcontext
    def commit_reads(error: BaseException | None) -> None:
        if error is not None or not db.session.registry.has():
            return
        session = db.session()
        if not session.in_transaction() or session.info.get(WROTE):
            return
        if session.new or session.dirty or session.deleted:
            return  # changes the view chose not to commit: they must not be flushed here
        # Nothing to expire: the session is closed next, and what was loaded stays readable.
        _commit_keeping_loaded(session)


def commit_then_render() -> None:
    """Commit without expiring what the session has loaded, for a page rendered after its
    commit: on SQLite the write lock is held until the commit, so rendering inside the
    transaction would keep every other writer waiting, and expired objects would be loaded
    again, a query each."""
    from .extensions import db

    _commit_keeping_loaded(db.session())


def _commit_keeping_loaded(session: Session) -> None:
    session.expire_on_commit = False
    try:
        session.commit()
    finally:
        session.expire_on_commit = True


def columns_connection() -> Connection:
    """The session's connection, for a statement that loads columns rather than entities.

    Through it a small count costs about a third less than through session.execute, whose ORM
    layer such a statement does not use. Pending changes are flushed first, as session.execute
    would flush them, so the statement sees them.
    """
    from .extensions import db

    session = db.session()
    if session.autoflush:
        session.flush()
    return session.connection()
