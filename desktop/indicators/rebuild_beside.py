"""A first rebuild of many months on two processors: the later half of the months computed beside, by a
second connection on a thread of its own, while the caller's connection computes the earlier half.

Only for a file nobody else has open (the demo's, before it is given its name: ``open_database(alone=True)``)
and whose raw rows are committed: the second connection reads them from the file, read-only, and writes the
derived rows of its months into a scratch file beside it (``<database>-rebuild``: its schema is the two derived
tables alone, so every other table's name resolves to the attached database). Its rows are then written into
the caller's tables, in the caller's transaction, before the indexes the rebuild dropped are built again, and
the scratch file removed. The derived rows are those of one :func:`~desktop.indicators.aggregate.rebuild_months`
over every month: a rebuild of some months reads only raw rows, the backlog at its first month counted from
the cases (tests/indicators/test_rebuild_beside.py compares every row).

SQLite runs a statement without Python's global lock, so the two connections use both processors: the large
demo's rebuild, 8.5 s on one connection, takes about 6.5 s (docs/indicators.md, "Half the months derived
beside").

In rollback-journal mode (a file opened ``alone``) a writer that spills pages to the file must first wait for
every reader to finish: the caller's connection keeps its changed pages in memory meanwhile (``cache_spill``
off, a few tens of megabytes for half the derived rows).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import StaticPool

from desktop.indicators.aggregate import rebuild_months

#: The tables :func:`rebuild_months` writes (everything else it reads is raw).
DERIVED_TABLES = ("indicator_month", "disposition_histogram")
SCRATCH_SUFFIX = "-rebuild"


def scratch_path(database: Path) -> Path:
    """Where the second connection writes its months: beside the database, removed with a killed run's
    temporary files (desktop/store/backup.py ``remove_leftovers``)."""
    return database.with_name(database.name + SCRATCH_SUFFIX)


class RebuildBeside:
    """The scratch file's life: ``with RebuildBeside(database) as beside:`` around the caller's transaction,
    :meth:`rebuild` inside it. The caller's connection reads the scratch file's rows attached (``INSERT …
    SELECT``: a row-by-row copy through Python took four times as long), and SQLite detaches a database only
    outside the transaction that read it: on leaving the block, after the caller's transaction has ended, the
    scratch file is detached and removed."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self.scratch = scratch_path(database)
        self._attached_to: sqlite3.Connection | None = None

    def __enter__(self) -> RebuildBeside:
        _remove(self.scratch)
        return self

    def __exit__(self, *exc_info: object) -> None:
        try:
            if self._attached_to is not None:
                with suppress(sqlite3.Error):  # a connection closed by a failure: nothing attached any more
                    self._attached_to.execute(f"DETACH DATABASE {_SCRATCH_SCHEMA}")
                self._attached_to = None
        finally:
            _remove(self.scratch)

    def rebuild(self, connection: Connection, months: Sequence[int]) -> None:
        """:func:`rebuild_months` of every branch for ``months`` (consecutive, at least two), in
        ``connection``'s transaction, the later half computed by a second connection reading the database's
        committed raw rows."""
        ordered = sorted(months)
        # Halves: each connection reads every case once per partial whatever its months, so the halves cost
        # about the same (a third of the months here, two thirds there, measured no better).
        earlier, later = ordered[: len(ordered) // 2], ordered[len(ordered) // 2:]
        beside = _Beside(self.database, self.scratch, later)
        beside.start()

        def join_and_copy(connection: Connection) -> None:  # the rows in before the indexes are built
            beside.join()
            beside.raise_failure()
            self._copy_rows(connection)

        try:
            with _no_cache_spill(connection):
                rebuild_months(connection, None, earlier, before_indexes=join_and_copy)
        except BaseException:
            beside.interrupt()
            raise
        finally:
            beside.join()

    def _copy_rows(self, connection: Connection) -> None:
        """The scratch file's rows into the caller's tables (by name: the scratch's columns are the caller's)."""
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute(f"ATTACH DATABASE ? AS {_SCRATCH_SCHEMA}", (str(self.scratch),))
        self._attached_to = raw
        for table in DERIVED_TABLES:
            columns = ", ".join(f'"{row[1]}"' for row in raw.execute(
                f'PRAGMA {_SCRATCH_SCHEMA}.table_info("{table}")'))
            raw.execute(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM {_SCRATCH_SCHEMA}."{table}"')


_SCRATCH_SCHEMA = "rebuild_beside"


class _Beside(threading.Thread):
    """The second connection's rebuild of ``months`` into ``scratch``; what it raised is kept for the caller."""

    def __init__(self, database: Path, scratch: Path, months: Sequence[int]) -> None:
        super().__init__(name="rebuild beside", daemon=True)
        self.database, self.scratch, self.months = database, scratch, list(months)
        self.failure: BaseException | None = None
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()
        self._interrupted = False

    def run(self) -> None:
        try:
            self._rebuild()
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread by raise_failure
            self.failure = error

    def _rebuild(self) -> None:
        # The council's figures, like the database they come from: the owner's only (an empty file is an empty
        # database to SQLite).
        os.close(os.open(self.scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        raw = sqlite3.connect(str(self.scratch), isolation_level=None, check_same_thread=False, uri=True)
        with self._lock:
            self._connection = raw
            if self._interrupted:
                raw.interrupt()
        try:
            # A scratch file: nothing in it outlives this rebuild, so no journal and no waiting for the disk.
            for pragma in ("PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF"):
                raw.execute(pragma).fetchall()
            raw.execute("ATTACH DATABASE ? AS source", (f"{self.database.resolve().as_uri()}?mode=ro",))
            for (sql,) in raw.execute(
                    "SELECT sql FROM source.sqlite_master WHERE type = 'table' AND name IN"
                    f" ({', '.join(repr(name) for name in DERIVED_TABLES)})").fetchall():
                raw.execute(sql)  # the tables and their keys; no secondary index (nothing reads them by one)
            engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
            with engine.connect() as connection:
                connection.exec_driver_sql("BEGIN")
                rebuild_months(connection, None, self.months)
                connection.exec_driver_sql("COMMIT")
            engine.dispose(close=False)
        finally:
            with self._lock:
                self._connection = None
            raw.close()

    def interrupt(self) -> None:
        """Stop the rebuild at its next step (the caller's failed: its rows are not wanted)."""
        with self._lock:
            self._interrupted = True
            if self._connection is not None:
                self._connection.interrupt()

    def raise_failure(self) -> None:
        if self.failure is not None:
            raise self.failure


@contextmanager
def _no_cache_spill(connection: Connection) -> Iterator[None]:
    saved = connection.exec_driver_sql("PRAGMA cache_spill").scalar()
    connection.exec_driver_sql("PRAGMA cache_spill=OFF")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_spill={int(saved)}")


def _remove(scratch: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{scratch}{suffix}").unlink(missing_ok=True)
