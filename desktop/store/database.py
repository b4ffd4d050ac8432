"""Opening a Rasad database: checks before touching the file, migrations, sessions.

``open_database`` first looks at an existing file through a separate query-only connection, reading only
what costs the same for any size — the header, the schema, the schema revision — so a foreign, truncated,
newer or visibly damaged database is refused without a single byte of it being written. Only then is the
engine created (WAL, synchronous=FULL, foreign keys ON, busy timeout on every connection:
desktop/store/engine.py) and the schema migrated to head.

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

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import URL, Connection, Engine, event
from sqlalchemy.orm import Session, sessionmaker

from desktop.store.changelog import install_change_log
from desktop.store.check_record import FileIdentity, identity_of, is_recorded_as_checked
from desktop.store.engine import (
    READING_OPTION,
    UNVERSIONED_OPTION,
    WAIT_OPTION,
    WRITE_OPTION,
    bump_generation,
    connect_listener,
    make_engine,
    refuse_write_statements_when_reading,
    refuse_writes_when_reading,
)
from desktop.store.errors import (  # DatabaseClosedError: imported from here by name elsewhere
    DatabaseClosedError,
    DatabaseCorruptError,
    DatabaseNotFoundError,
    DatabaseUnreadableError,
    NotADatabaseError,
)
from desktop.store.evidence import DEFAULT_MAX_BYTES, EvidenceStore
from desktop.store.head_schema import create_at_head
from desktop.store.health import DatabaseHealth
from desktop.store.integrity_check import CheckProgress, check_integrity
from desktop.store.open_lock import SharedOpen
from desktop.store.opening import check_existing
from desktop.store.revision import HEAD_REVISION

MEMORY = ":memory:"


class Database:
    """An open database: its engine, a session factory with the change log installed, and where its
    evidence files live. ``user_name`` is written to the change log unless a session names another user."""

    def __init__(
        self, engine: Engine, path: Path | None, *, user_name: str = "", evidence_dir: Path | None,
        checked: bool = True, trusted: FileIdentity | None = None, journal_mode: str = "WAL",
    ) -> None:
        self.engine = engine
        #: "WAL", or "DELETE" for a file opened ``alone`` until :meth:`use_wal` (see :func:`open_database`).
        self.journal_mode = journal_mode
        self.path = path
        self.user_name = user_name
        self.user_login = ""  # the signed-in account's login, written beside user_name in the change log
        #: Run first in every write transaction of :meth:`session`, under the write lock: the signed-in account
        #: still as it was at sign-in (desktop/accounts/live.py; raising refuses the transaction, nothing
        #: written). None while nobody is signed in.
        self.before_write: Callable[[Session], None] | None = None
        self.evidence_dir = evidence_dir
        #: ``checked=False``: an existing file opened without its full integrity check (see health.py).
        #: ``trusted``: the file's identity when it is known sound without a check here (health.py).
        self.health = DatabaseHealth(path, checked=checked, trusted=trusted)
        #: This process's shared hold on the file while it is open (none in memory): open_database sets it.
        self.opened: SharedOpen | None = None
        # First: a write in a reading session is refused before the health guard could start a full check.
        event.listen(engine, "before_cursor_execute", refuse_write_statements_when_reading)
        event.listen(engine, "before_cursor_execute", self.health.before_cursor_execute)
        # After the health guard: a damaged file is refused before the counter is touched.
        event.listen(engine, "before_cursor_execute", bump_generation)
        # After make_engine's own "begin" listener, so the write lock is already held when it runs.
        event.listen(engine, "begin", self._on_begin)
        event.listen(engine, "handle_error", self.health.handle_error)
        self.sessionmaker: sessionmaker[Session] = sessionmaker(bind=engine, expire_on_commit=False)
        install_change_log(self.sessionmaker, lambda: self.user_name, lambda: self.user_login)
        event.listen(self.sessionmaker, "before_flush", refuse_writes_when_reading)
        self._writer = engine.execution_options(**{WRITE_OPTION: True})
        self._reader = engine.execution_options(**{READING_OPTION: True})
        self._closed = False

    @contextmanager
    def session(self, *, user_name: str | None = None, signed_in: bool = True) -> Iterator[Session]:
        """One write transaction: committed when the block ends normally, rolled back when it raises.

        It takes the write lock first (``BEGIN IMMEDIATE``), waiting at most :func:`busy.wait_limit`
        seconds, else :class:`~desktop.store.busy.DatabaseBusyError`; nothing is half-written. Then
        :attr:`before_write` checks the signed-in account, unless ``signed_in`` is False: a transaction no
        signed-in user acts in (signing in, a recovery code, recording a refusal)."""
        if self._closed:
            raise DatabaseClosedError("the database is closed")
        with self.sessionmaker(bind=self._writer) as session:
            if user_name:
                session.info["user_name"] = user_name
            try:
                with session.begin():
                    if signed_in and self.before_write is not None:
                        self.before_write(session)
                    yield session
            finally:
                self.health.write_ended()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """One read-only transaction: a consistent snapshot that never waits for a writing process (WAL).
        Flushing a change in it, or executing any writing statement, is a programming error (RuntimeError): it
        would be committed without the write lock and without bumping the data generation, so a remembered
        overview would still be shown over the changed data."""
        if self._closed:
            raise DatabaseClosedError("the database is closed")
        with self.sessionmaker(bind=self._reader) as session:
            session.info["reading"] = True
            with session.begin():
                yield session

    @contextmanager
    def bookkeeping(self, *, wait_seconds: float) -> Iterator[Connection]:
        """A short write transaction that changes no data (a remembered view): it does not bump the data
        generation, and waits at most ``wait_seconds`` for the write lock, else
        :class:`~desktop.store.busy.DatabaseBusyError` with nothing written. Still refused on a damaged file,
        and still checked first if nothing vouches for the file — callers that must never wait for the full
        check look at :attr:`health` before."""
        if self._closed:
            raise DatabaseClosedError("the database is closed")
        engine = self._writer.execution_options(**{UNVERSIONED_OPTION: True, WAIT_OPTION: wait_seconds})
        try:
            with engine.begin() as connection:
                yield connection
        finally:
            self.health.write_ended()

    def evidence_store(self, max_bytes: int = DEFAULT_MAX_BYTES) -> EvidenceStore:
        if self.evidence_dir is None:
            raise RuntimeError("this database has no evidence folder (in-memory; pass evidence_dir)")
        return EvidenceStore(self.evidence_dir, max_bytes)

    def check_ahead(self) -> bool:
        """Start the full check a first write would wait for now, beside the caller's reading
        (:meth:`DatabaseHealth.check_ahead`). A first connection is made before: it turns a file in rollback
        mode (a backup restored by hand) to WAL, which changes the file - after the check had begun, that
        change would keep its answer from being recorded. Whether a check runs ahead."""
        with self.engine.connect():
            pass
        return self.health.check_ahead()

    @property
    def alone(self) -> bool:
        """A file opened ``alone`` (:func:`open_database`) and not yet put in WAL mode: nobody else opens it."""
        return self.path is not None and self.journal_mode != "WAL"

    def use_wal(self) -> None:
        """Put a file opened ``alone`` (:func:`open_database`) in WAL mode, as every Rasad database is, once its
        bulk writes are committed. Between transactions (SQLite changes the mode only outside one), as a change
        of this process's own, so the record of the file's checked state (health.py) follows it."""
        if self.path is None or self.journal_mode == "WAL":
            return
        self.health.write_began()
        try:
            connection = self.engine.raw_connection()  # the driver's: no transaction of SQLAlchemy's begun
            try:
                connection.driver_connection.execute("PRAGMA journal_mode=WAL").fetchall()
            finally:
                connection.close()
        finally:
            self.health.write_ended()
        event.remove(self.engine, "connect", connect_listener(self.journal_mode))
        event.listen(self.engine, "connect", connect_listener("WAL"))
        self.journal_mode = "WAL"

    def close(self) -> None:
        """Close every pooled connection (the last one checkpoints the WAL into the file), then let a restore
        have the file (desktop/store/open_lock.py)."""
        self._closed = True
        try:
            self.health.close(self.engine.dispose)
        finally:
            if self.opened is not None:
                self.opened.release()
                self.opened = None

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
    alone: bool = False,
) -> Database:
    """Open (or, with ``create``, create) the database at ``path`` and migrate it to this app's schema.

    ``":memory:"`` opens a private in-memory database (tests); it has no evidence folder unless
    ``evidence_dir`` is given. For a file, evidence lives in ``<database folder>/evidence``.

    Raises :class:`DatabaseNotFoundError`, :class:`DatabaseUnreadableError`, :class:`NotADatabaseError`,
    :class:`ForeignDatabaseError`, :class:`DatabaseCorruptError` or :class:`NewerDatabaseError`
    (all :class:`~desktop.domain.messages.DomainError`) without having written to the file.
    ``alone``: the file is created here, and no other process opens it before the caller has called
    :meth:`Database.use_wal` and closed it (the demo's temporary file, named when whole): it is written with a
    rollback journal meanwhile, so each page goes to the file once instead of into the write-ahead log first and
    again into the file at the checkpoint (the large demo's 262 MB: about 0.8 s of CPU and 1.2 s of wall time
    less). Ignored for a file that exists.
    ``progress`` hears of the two steps that can take long, both for an older file only: the full check, table
    by table, then the migration itself as one step of unknown length (``0, 0``: a busy indicator; seconds on a
    province-sized file, e.g. 0017 rebuilding the derived tables).
    """
    trusted: FileIdentity | None = None
    opened: SharedOpen | None = None
    journal_mode = "WAL"
    if str(path) == MEMORY:
        engine = make_engine(URL.create("sqlite", database=MEMORY), memory=True)
        file_path = None
        revision = None
        checked = True
    else:
        file_path, exists = _locate(path)
        revision = None
        if create and not exists:
            file_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Held while the file is open here: a restore (desktop/store/open_lock.py) waits for it, and this waits
        # for a restore under way.
        opened = SharedOpen(file_path) if exists or create else None
        try:
            journal_mode = "DELETE" if alone and create and not exists else "WAL"
            engine, checked, trusted, revision = _open_file(file_path, exists, create, progress, journal_mode)
        except BaseException:
            if opened is not None:
                opened.release()
            raise
        if evidence_dir is None:
            evidence_dir = file_path.parent / "evidence"
    try:
        if revision is None:  # a new file (or an empty one): the schema at head in one script, when there is one
            revision = _create_at_head(engine)
        if revision != HEAD_REVISION:
            from desktop.store.migrate import upgrade_to_head

            if revision is not None and progress is not None:
                progress.step(0, 0, "")  # the check is done, the migration's length is not known
            upgrade_to_head(engine)
    except BaseException:
        engine.dispose()
        if opened is not None:
            opened.release()
        raise
    if checked and file_path is not None:
        trusted = identity_of(file_path)  # created, or checked then migrated, by this process
    database = Database(engine, file_path, user_name=user_name, evidence_dir=evidence_dir, checked=checked,
                        trusted=trusted, journal_mode=journal_mode)
    database.opened = opened
    return database


def _open_file(file_path: Path, exists: bool, create: bool, progress: CheckProgress | None, journal_mode: str
               ) -> tuple[Engine, bool, FileIdentity | None, str | None]:
    """The engine of an existing file (its header and schema checked, the whole file when it must migrate) or
    of a new one: (engine, checked, trusted identity, schema revision)."""
    trusted: FileIdentity | None = None
    revision = None
    if exists:
        revision = check_existing(file_path)
        if revision is None and not create and file_path.stat().st_size == 0:
            # An empty file is an empty database to SQLite, and migrating would make it a Rasad database: not
            # for a caller that opens an existing one (`db check` had turned an empty file into a province).
            raise NotADatabaseError(file_path)
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
    engine = make_engine(URL.create("sqlite", database=str(file_path)), memory=False, journal_mode=journal_mode)
    return engine, checked, trusted, revision


def _create_at_head(engine: Engine) -> str | None:
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        connection.rollback()  # no transaction of SQLAlchemy's open: the script has its own
        return create_at_head(raw)


def _locate(path: Path | str) -> tuple[Path, bool]:
    """The absolute path and whether a file is there; a name the system refuses (too long, an unknown ``~user``)
    is the user's to correct: :class:`DatabaseUnreadableError`, not a traceback."""
    try:
        file_path = Path(path).expanduser().absolute()
    except RuntimeError as error:
        raise DatabaseUnreadableError(Path(path), str(error)) from error
    try:
        return file_path, file_path.exists()
    except OSError as error:
        raise DatabaseUnreadableError(file_path, error.strerror or str(error)) from error


def _create_owner_only(path: Path) -> None:
    """Create the empty database file readable by its owner only (0600); SQLite gives its -wal and -shm files
    the same permissions. An empty file is an empty database to SQLite."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # created meanwhile by another process: SQLite opens it as it is
        return
    os.close(descriptor)
