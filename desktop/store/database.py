"""Opening a Rasad database: checks before touching the file, connection pragmas, migrations, sessions.

``open_database`` first looks at an existing file through a separate query-only connection, reading only
what costs the same for any size — the header, the schema, the schema revision — so a foreign, truncated,
newer or visibly damaged database is refused without a single byte of it being written. Only then is the
engine created (WAL, synchronous=FULL, foreign keys ON, busy timeout on every connection) and the schema
migrated to head.

The full ``PRAGMA integrity_check`` grows with the file (seconds for a province-sized one), so it is not on
the way to the first screen: ``Database.health`` (desktop/store/health.py) runs it in the background, on
demand, and at the latest before the first write — until it has passed, nothing is written, unless the file
is exactly as a passing check or a trusted process left it (desktop/store/check_record.py). A database that
needs migrating is checked in full first, since migrating writes.

Two kinds of transaction, so that several processes can share a file (docs/architecture.md, "Concurrent use"):
``Database.session()`` writes — it begins with ``BEGIN IMMEDIATE`` and waits a bounded time for the write
lock (:mod:`desktop.store.busy`); ``Database.reading()`` and plain ``engine.connect()`` only read — a
deferred snapshot that in WAL mode never waits for, nor fails because of, a writer.
"""

from __future__ import annotations

import functools
import json
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from desktop.store import busy
from desktop.store.changelog import install_change_log
from desktop.store.check_record import FileIdentity, identity_of, is_recorded_as_checked
from desktop.store.errors import (
    DatabaseCorruptError,
    DatabaseNotFoundError,
    DatabaseUnreadableError,
    ForeignDatabaseError,
    NotADatabaseError,
)
from desktop.store.evidence import DEFAULT_MAX_BYTES, EvidenceStore
from desktop.store.health import CheckProgress, DatabaseHealth, check_integrity
from desktop.store.revision import HEAD_REVISION

MEMORY = ":memory:"
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
#: Execution option of the engine that write sessions use: their transactions begin IMMEDIATE.
WRITE_OPTION = "rasad_write"


class DatabaseClosedError(RuntimeError):
    """A session asked of a database already closed: a job that outlived its window (a programming slip
    elsewhere, never the user's doing)."""


class Database:
    """An open database: its engine, a session factory with the change log installed, and where its
    evidence files live. ``user_name`` is written to the change log unless a session names another user."""

    def __init__(
        self, engine: Engine, path: Path | None, *, user_name: str = "", evidence_dir: Path | None,
        checked: bool = True, trusted: FileIdentity | None = None,
    ) -> None:
        self.engine = engine
        self.path = path
        self.user_name = user_name
        self.user_login = ""  # the signed-in account's login, written beside user_name in the change log
        self.evidence_dir = evidence_dir
        #: ``checked=False``: an existing file opened without its full integrity check (see health.py).
        #: ``trusted``: the file's identity when it is known sound without a check here (health.py).
        self.health = DatabaseHealth(path, checked=checked, trusted=trusted)
        event.listen(engine, "before_cursor_execute", self.health.before_cursor_execute)
        # After _make_engine's own "begin" listener, so the write lock is already held when it runs.
        event.listen(engine, "begin", self._on_begin)
        event.listen(engine, "handle_error", self.health.handle_error)
        self.sessionmaker: sessionmaker[Session] = sessionmaker(bind=engine, expire_on_commit=False)
        install_change_log(self.sessionmaker, lambda: self.user_name, lambda: self.user_login)
        event.listen(self.sessionmaker, "before_flush", _refuse_writes_when_reading)
        self._writer = engine.execution_options(**{WRITE_OPTION: True})
        self._closed = False

    @contextmanager
    def session(self, *, user_name: str | None = None) -> Iterator[Session]:
        """One write transaction: committed when the block ends normally, rolled back when it raises.

        It takes the write lock first (``BEGIN IMMEDIATE``), waiting at most :func:`busy.wait_limit`
        seconds, else :class:`~desktop.store.busy.DatabaseBusyError`; nothing is half-written."""
        if self._closed:
            raise DatabaseClosedError("the database is closed")
        with self.sessionmaker(bind=self._writer) as session:
            if user_name:
                session.info["user_name"] = user_name
            try:
                with session.begin():
                    yield session
            finally:
                self.health.write_ended()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """One read-only transaction: a consistent snapshot that never waits for a writing process (WAL).
        Flushing a change in it is a programming error (RuntimeError)."""
        if self._closed:
            raise DatabaseClosedError("the database is closed")
        with self.sessionmaker() as session:
            session.info["reading"] = True
            with session.begin():
                yield session

    def evidence_store(self, max_bytes: int = DEFAULT_MAX_BYTES) -> EvidenceStore:
        if self.evidence_dir is None:
            raise RuntimeError("this database has no evidence folder (in-memory; pass evidence_dir)")
        return EvidenceStore(self.evidence_dir, max_bytes)

    def close(self) -> None:
        """Close every pooled connection (the last one checkpoints the WAL into the file)."""
        self._closed = True
        self.health.close(self.engine.dispose)

    def _on_begin(self, connection: Any) -> None:
        if connection.get_execution_options().get(WRITE_OPTION):
            self.health.write_began()

    def __enter__(self) -> Database:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({str(self.path) if self.path else MEMORY!r})"


def open_database(
    path: Path | str,
    *,
    create: bool = True,
    user_name: str = "",
    evidence_dir: Path | None = None,
    progress: CheckProgress | None = None,
) -> Database:
    """Open (or, with ``create``, create) the database at ``path`` and migrate it to this app's schema.

    ``":memory:"`` opens a private in-memory database (tests); it has no evidence folder unless
    ``evidence_dir`` is given. For a file, evidence lives in ``<database folder>/evidence``.

    Raises :class:`DatabaseNotFoundError`, :class:`DatabaseUnreadableError`, :class:`NotADatabaseError`,
    :class:`ForeignDatabaseError`, :class:`DatabaseCorruptError` or :class:`NewerDatabaseError`
    (all :class:`~desktop.domain.messages.DomainError`) without having written to the file.
    ``progress`` hears of the one step that can take long: the full check before migrating an older file.
    """
    trusted: FileIdentity | None = None
    if str(path) == MEMORY:
        engine = _make_engine(URL.create("sqlite", database=MEMORY), memory=True)
        file_path = None
        revision = None
        checked = True
    else:
        file_path = Path(path).expanduser().absolute()
        revision = None
        if file_path.exists():
            revision = _check_existing(file_path)
            checked = revision != HEAD_REVISION
            if not checked:
                trusted = is_recorded_as_checked(file_path)
            else:
                # Migrating writes: the whole file is checked first (instant for an empty file, once per new
                # version of Rasad for an older one).
                problems = check_integrity(file_path, progress)
                if problems:
                    raise DatabaseCorruptError(file_path, problems)
        elif not create:
            raise DatabaseNotFoundError(file_path)
        else:
            file_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _create_owner_only(file_path)
            checked = True
        engine = _make_engine(URL.create("sqlite", database=str(file_path)), memory=False)
        if evidence_dir is None:
            evidence_dir = file_path.parent / "evidence"
    try:
        if revision != HEAD_REVISION:
            from desktop.store.migrate import upgrade_to_head

            upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        raise
    if checked and file_path is not None:
        trusted = identity_of(file_path)  # created, or checked then migrated, by this process
    return Database(engine, file_path, user_name=user_name, evidence_dir=evidence_dir, checked=checked,
                    trusted=trusted)


def _create_owner_only(path: Path) -> None:
    """Create the empty database file readable by its owner only (0600); SQLite gives its -wal and -shm files
    the same permissions. An empty file is an empty database to SQLite."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # created meanwhile by another process: SQLite opens it as it is
        return
    os.close(descriptor)


def _make_engine(url: URL, *, memory: bool) -> Engine:
    options: dict[str, Any] = {"json_serializer": functools.partial(json.dumps, ensure_ascii=False)}
    if memory:
        options.update(poolclass=StaticPool, connect_args={"check_same_thread": False})
    engine = create_engine(url, **options)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", functools.partial(_on_begin, None if memory else Path(url.database or "")))
    event.listen(engine, "commit", _on_end)
    event.listen(engine, "rollback", _on_end)
    return engine


def _on_connect(dbapi_connection: sqlite3.Connection, connection_record: object) -> None:
    # SQLAlchemy, not the sqlite3 module, decides when transactions begin (see _on_begin): reads are then
    # inside the transaction too, and DDL in migrations is transactional.
    dbapi_connection.isolation_level = None
    for pragma in (
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
    ):
        dbapi_connection.execute(pragma).fetchall()


def _on_begin(path: Path | None, connection: Any) -> None:
    if connection.get_execution_options().get(WRITE_OPTION):
        busy.begin_immediate(connection.connection.driver_connection, path, BUSY_TIMEOUT_MS)
        connection.info["rasad_note"] = path
    else:
        connection.exec_driver_sql("BEGIN")


def _on_end(connection: Any) -> None:
    if "rasad_note" in connection.info:
        busy.release(connection.info.pop("rasad_note"))


def _refuse_writes_when_reading(session: Session, flush_context: object, instances: object) -> None:
    if session.info.get("reading") and (session.new or session.dirty or session.deleted):
        raise RuntimeError("a reading session cannot write; use Database.session()")


def _check_existing(path: Path) -> str | None:
    """Refuse a file that is not a Rasad database of a known revision, reading it only, in a time that does
    not grow with the file: its header, its schema and its revision (the full check is in health.py).

    Returns the file's schema revision (None for an empty or never-migrated file)."""
    if path.is_dir():
        raise NotADatabaseError(path)
    try:
        with path.open("rb") as file:
            header = file.read(_HEADER_BYTES)
    except OSError as error:
        raise DatabaseUnreadableError(path, error.strerror or str(error)) from error
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

