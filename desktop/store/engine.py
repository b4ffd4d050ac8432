"""The engine of a Rasad database and the listeners on its connections and transactions.

Every connection is set up alike (WAL or, for a file opened ``alone``, a rollback journal; synchronous=FULL,
foreign keys ON, the busy timeout), and SQLAlchemy, not the sqlite3 module, begins the transactions: a write
session's with ``BEGIN IMMEDIATE``, taking the write lock at once and waiting a bounded time for it
(:mod:`desktop.store.busy`), a read's with a plain deferred ``BEGIN``. The execution options here tell the two
apart (and a write that changes no data). The listeners that bump the data generation at a write
transaction's first writing statement and refuse a write in a reading session are here too; the
:class:`~desktop.store.database.Database` (desktop/store/database.py) installs them on its engine and sessions.
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import StaticPool

from desktop.store import busy
from desktop.store.health import is_write
from desktop.store.opening import BUSY_TIMEOUT_MS
from desktop.store.view_snapshots import BUMP_GENERATION

#: Execution option of the engine that write sessions use: their transactions begin IMMEDIATE.
WRITE_OPTION = "rasad_write"
#: Execution option of a write that changes no data (a remembered view): the data generation is not bumped.
UNVERSIONED_OPTION = "rasad_unversioned"
#: Execution option: seconds this write transaction waits for the write lock (instead of busy.wait_limit()).
WAIT_OPTION = "rasad_wait"
#: Execution option of the engine that reading sessions use: a writing statement on it is refused.
READING_OPTION = "rasad_reading"
_BUMPED = "rasad_generation_bumped"


def make_engine(url: URL, *, memory: bool, journal_mode: str = "WAL") -> Engine:
    options: dict[str, Any] = {"json_serializer": functools.partial(json.dumps, ensure_ascii=False)}
    if memory:
        options.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = create_engine(url, **options)
    event.listen(engine, "connect", connect_listener(journal_mode))
    event.listen(engine, "begin", functools.partial(_on_begin, None if memory else Path(url.database or "")))
    event.listen(engine, "commit", _on_end)
    event.listen(engine, "rollback", _on_end)
    event.listen(engine, "rollback_savepoint", _on_savepoint_rollback)
    return engine


@functools.cache
def connect_listener(journal_mode: str) -> Callable[[sqlite3.Connection, object], None]:
    """The engine's "connect" listener for ``journal_mode`` (one object per mode, so it can be removed)."""
    return functools.partial(_on_connect, journal_mode=journal_mode)


def _on_connect(dbapi_connection: sqlite3.Connection, connection_record: object, *, journal_mode: str) -> None:
    # SQLAlchemy, not the sqlite3 module, decides when transactions begin (see _on_begin): reads are then
    # inside the transaction too, and DDL in migrations is transactional.
    dbapi_connection.isolation_level = None
    for pragma in (
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        f"PRAGMA journal_mode={journal_mode}",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
    ):
        dbapi_connection.execute(pragma).fetchall()


def _on_begin(path: Path | None, connection: Any) -> None:
    options = connection.get_execution_options()
    if options.get(WRITE_OPTION):
        busy.begin_immediate(connection.connection.driver_connection, path, BUSY_TIMEOUT_MS,
                             limit=options.get(WAIT_OPTION))
        connection.info["rasad_note"] = path
    else:
        connection.connection.driver_connection.execute("BEGIN")  # a read: no event of ours needs to see it


def _on_end(connection: Any) -> None:
    if connection.invalidated:  # Ctrl+C during a statement: SQLAlchemy dropped the connection, its info with it
        busy.release_this_threads_locks()
        return
    connection.info.pop(_BUMPED, None)
    if "rasad_note" in connection.info:
        busy.release(connection.info.pop("rasad_note"))


def _on_savepoint_rollback(connection: Any, name: str, context: Any) -> None:
    # The bump may have been undone with the savepoint: the next write bumps again.
    connection.info.pop(_BUMPED, None)


def bump_generation(connection: Any, cursor: Any, statement: str, parameters: Any, context: Any,
                     executemany: bool) -> None:
    """Engine event, after the health guard: the first writing statement of a write transaction bumps the data
    generation in the same transaction. Writes made afterwards on the same transaction's sqlite3 connection
    (the importer's ``executemany``) are inside the same transaction, so they are counted too; migrations are
    not write sessions, and a remembered view names its schema revision anyway."""
    if connection.info.get(_BUMPED) or not is_write(statement):
        return
    options = connection.get_execution_options()
    if not options.get(WRITE_OPTION) or options.get(UNVERSIONED_OPTION):
        return
    connection.info[_BUMPED] = True
    cursor.connection.execute(BUMP_GENERATION)


def refuse_write_statements_when_reading(connection: Any, cursor: Any, statement: str, parameters: Any,
                                          context: Any, executemany: bool) -> None:
    if connection.get_execution_options().get(READING_OPTION) and is_write(statement):
        raise RuntimeError("a reading session cannot write; use Database.session()")


def refuse_writes_when_reading(session: Session, flush_context: object, instances: object) -> None:
    if session.info.get("reading") and (session.new or session.dirty or session.deleted):
        raise RuntimeError("a reading session cannot write; use Database.session()")
