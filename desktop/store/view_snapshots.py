"""The overview remembered between starts, shown only while it is current (tables in models/snapshots.py).

Reading needs nothing but ``sqlite3`` — the window reads the snapshot before SQLAlchemy is even imported — and
first makes the same bounded checks of header, schema and revision as opening does (desktop/store/opening.py):
a file that opening would refuse is never read for a snapshot. A snapshot is returned only when everything it
was computed for still holds: the page (with its payload's format), the scope, the day, the app's version, the
schema revision and the data generation (bumped by every write transaction: desktop/store/engine.py).

Scope: only ``system``, the view of a database without accounts. With accounts, the sign-in comes first and what
a person may see depends on who signs in: no snapshot is read or written.

Writing (``remember``) goes through the engine as a bookkeeping write: it does not bump the generation, waits a
moment at most for the write lock (skipped when busy), is skipped unless the database's health is already known
(a check passed, or the file is as a trusted process left it) — it never runs the full check itself — and only
stores a snapshot still current when it commits.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.messages import DomainError
from desktop.store.opening import BUSY_TIMEOUT_MS, check_existing
from desktop.store.revision import HEAD_REVISION

if TYPE_CHECKING:
    from desktop.store.database import Database

log = logging.getLogger(__name__)

#: Every write transaction's first writing statement runs this first, in the same transaction
#: (desktop/store/engine.py), and so does a restore on the restored copy (desktop/store/backup.py): a snapshot
#: computed at an older generation is then no longer shown. An upsert, so a missing row (never expected after
#: migration 0014) cannot let a write through uncounted.
BUMP_GENERATION = ("INSERT INTO data_generation (id, generation) VALUES (1, 1) "
                   "ON CONFLICT (id) DO UPDATE SET generation = generation + 1")
#: The only scope remembered: a database without accounts, seen by the system principal.
SYSTEM_SCOPE = "system"
#: Seconds a snapshot's write waits for the write lock before it is skipped.
WRITE_WAIT_SECONDS = 0.2
#: A payload larger than this is not stored (nor read back): a remembered view is a few kilobytes.
MAX_PAYLOAD_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class SnapshotKey:
    """What a snapshot must have been computed for to be shown."""

    page: str  # the page and its payload's format, e.g. "home/1"
    day: date  # the "today" of the services that computed it
    app_version: str
    scope: str = SYSTEM_SCOPE
    revision: str = HEAD_REVISION


@dataclass(frozen=True)
class RememberedView:
    """A current snapshot's payload and the data generation it was computed at (the window tells a change made
    since the snapshot was read from a missed invalidation)."""

    payload: bytes
    generation: int


def read_current(path: Path, key: SnapshotKey) -> bytes | None:
    """The payload remembered for ``key`` in the database at ``path`` if it is current, else None
    (:func:`read_remembered` without the generation)."""
    remembered = read_remembered(path, key)
    return remembered.payload if remembered is not None else None


def read_remembered(path: Path, key: SnapshotKey) -> RememberedView | None:
    """The view remembered for ``key`` in the database at ``path`` if it is current, else None.

    None too for a file opening would refuse, one that must be migrated, one with accounts, or any error: the
    caller then opens the database the normal way, which says what is wrong.

    Call it before this process opens the database (as the window does): the header is read through a plain
    file descriptor, and closing one releases every POSIX lock this process's SQLite connections hold on the
    file — another process closing last would then delete the write-ahead log under them."""
    try:
        path = Path(path).expanduser().absolute()
        if key.scope != SYSTEM_SCOPE or not path.is_file():
            return None
    except (OSError, RuntimeError) as error:  # a name too long, an unknown ~user: opening says what is wrong
        log.debug("no remembered view: %s", error)
        return None
    try:
        if check_existing(path) != key.revision:
            return None
    except (DomainError, OSError) as error:
        log.debug("no remembered view: %s", error)
        return None
    return _read(path, key)


def read_without_checks(path: Path, key: SnapshotKey) -> bytes | None:
    """:func:`read_current` without the bounded checks of header, schema and revision (made before by the
    caller, or by this process's own open database): only SQLite touches the file."""
    remembered = _read(path, key)
    return remembered.payload if remembered is not None else None


def _read(path: Path, key: SnapshotKey) -> RememberedView | None:
    try:
        connection = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=rw", uri=True)
    except sqlite3.Error as error:
        log.debug("no remembered view: %s", error)
        return None
    try:
        connection.isolation_level = None
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA query_only=ON")
        connection.execute("BEGIN")  # one consistent read: the generation and the snapshot of the same moment
        if connection.execute("SELECT 1 FROM account LIMIT 1").fetchone() is not None:
            return None
        row = connection.execute(
            "SELECT s.payload, s.generation FROM view_snapshot s, data_generation g "
            "WHERE s.page = ? AND s.scope = ? AND s.day = ? AND s.app_version = ? AND s.revision = ? "
            "AND g.id = 1 AND s.generation = g.generation "
            # Only a blob is a payload: length() of a number is its digits' count, and bytes(10**12) is a
            # terabyte of zeros; bytes() of a text raises (a row written by hand or by another tool).
            "AND typeof(s.payload) = 'blob' AND length(s.payload) <= ?",
            (key.page, key.scope, key.day.isoformat(), key.app_version, key.revision, MAX_PAYLOAD_BYTES),
        ).fetchone()
        if row is None or not isinstance(row[0], bytes) or not isinstance(row[1], int):
            return None
        return RememberedView(row[0], row[1])
    except sqlite3.Error as error:
        log.debug("no remembered view: %s", error)
        return None
    finally:
        connection.close()


def generation_now(database: Database) -> int:
    """The data generation at this moment (read before computing a view: a write meanwhile makes the view
    stale, never the reverse)."""
    from sqlalchemy import text

    with database.engine.connect() as connection:
        value = connection.execute(text("SELECT generation FROM data_generation WHERE id = 1")).scalar()
    return int(value or 0)


def can_remember(database: Database) -> bool:
    """Writing now needs no integrity check first and is not refused: the health is known good."""
    from desktop.store.health import HealthStatus

    health = database.health
    status = health.report.status
    return database.path is not None and (
        status is HealthStatus.HEALTHY or (status is HealthStatus.UNCHECKED and health.cleared_by_record))


def remember(database: Database, key: SnapshotKey, generation: int, payload: bytes, now: datetime) -> bool:
    """Store ``payload`` as the snapshot for ``key`` computed at ``generation``. True when stored; False when
    skipped: the health not yet known, the write lock busy, a write since ``generation``, accounts, too large."""
    from sqlalchemy import text

    from desktop.store.busy import DatabaseBusyError

    if key.scope != SYSTEM_SCOPE or len(payload) > MAX_PAYLOAD_BYTES or not can_remember(database):
        return False
    try:
        with database.bookkeeping(wait_seconds=WRITE_WAIT_SECONDS) as connection:
            stored = connection.execute(text(
                "INSERT OR REPLACE INTO view_snapshot "
                "(page, scope, day, app_version, revision, generation, payload, written_at) "
                "SELECT :page, :scope, :day, :version, :revision, :generation, :payload, :now "
                "WHERE (SELECT generation FROM data_generation WHERE id = 1) = :generation "
                "AND NOT EXISTS (SELECT 1 FROM account)"),
                {"page": key.page, "scope": key.scope, "day": key.day.isoformat(), "version": key.app_version,
                 "revision": key.revision, "generation": generation, "payload": payload,
                 "now": now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")}).rowcount
    except DatabaseBusyError:
        log.info("the overview was not remembered: the database is busy")
        return False
    return bool(stored)
