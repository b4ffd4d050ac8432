"""The checks made before a database file is opened, with ``sqlite3`` alone: reading only what costs the same for
any size — the 100-byte header, the schema, the Alembic revision — a foreign, truncated, newer or visibly damaged
file is refused without a byte of it written. ``open_database`` (desktop/store/database.py) makes them before its
engine exists; the window makes them before it shows a remembered overview (desktop/store/view_snapshots.py),
so neither path needs SQLAlchemy to refuse a file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop.domain.system_errors import describe_os_error
from desktop.store.errors import (
    DatabaseCorruptError,
    DatabaseUnreadableError,
    ForeignDatabaseError,
    NotADatabaseError,
)
from desktop.store.revision import HEAD_REVISION

SQLITE_HEADER = b"SQLite format 3\x00"
#: Milliseconds every connection waits for a lock held by another (the write lock's own wait is in busy.py).
BUSY_TIMEOUT_MS = 5000
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


def check_existing(path: Path) -> str | None:
    """Refuse a file that is not a Rasad database of a known revision, reading it only, in a time that does
    not grow with the file: its header, its schema and its revision (the full check is in health.py).

    Returns the file's schema revision (None for an empty or never-migrated file)."""
    if path.is_dir():
        raise NotADatabaseError(path)
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_BYTES)
    except OSError as error:
        raise DatabaseUnreadableError(path, describe_os_error(error)) from error
    if not header:
        return None  # SQLite treats an empty file as an empty database
    if not header.startswith(SQLITE_HEADER):
        raise NotADatabaseError(path)
    problem = _header_problem(path, header)
    if problem:
        raise DatabaseCorruptError(path, [problem])
    # Read-write but query-only, not mode=ro: a read-only connection to a WAL database leaves -wal/-shm
    # files behind, while this one, as the last to close, removes them again. It also recovers a hot
    # journal left by a crash, as any SQLite reader must.
    try:
        connection = sqlite3.connect(path.as_uri() + "?mode=rw", uri=True)
    except sqlite3.Error as error:
        raise DatabaseUnreadableError(path, str(error)) from error
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA query_only=ON")
        # Reading the schema parses every CREATE statement: a damaged first page or schema fails here.
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revisions: list[str] = []
        if "alembic_version" in tables:
            revisions = [row[0] for row in connection.execute("SELECT version_num FROM alembic_version")]
            if revisions != [HEAD_REVISION]:
                from desktop.store.migrate import check_not_newer

                for revision in revisions:
                    check_not_newer(revision)
        elif {name for name in tables if not name.startswith("sqlite_")}:
            raise ForeignDatabaseError(path)
        return revisions[0] if len(revisions) == 1 else None
    except sqlite3.DatabaseError as error:
        code = getattr(error, "sqlite_errorcode", None)
        if code == _SQLITE_NOTADB:
            raise NotADatabaseError(path) from error
        if code == _SQLITE_CORRUPT or not isinstance(error, sqlite3.OperationalError):
            raise DatabaseCorruptError(path, [str(error)]) from error
        raise DatabaseUnreadableError(path, str(error)) from error
    finally:
        connection.close()


_HEADER_BYTES = 100


def _header_problem(path: Path, header: bytes) -> str | None:
    """What the 100-byte header says is wrong with the file, if anything (a cut-off copy, a bad page size)."""
    if len(header) < _HEADER_BYTES:
        return "the file is shorter than an SQLite header"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"invalid page size {page_size}"
    pages = int.from_bytes(header[28:32], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    wal = Path(f"{path}-wal")
    wal_holds_pages = wal.exists() and wal.stat().st_size > 0
    # The in-header size is trustworthy only when written by the same change as the counter; pages still in
    # a write-ahead log may legitimately be missing from the main file.
    if pages and valid_for == change_counter and not wal_holds_pages:
        expected = pages * page_size
        actual = path.stat().st_size
        if actual < expected:
            return f"the file is cut short: {actual} bytes of {expected}"
    return None

