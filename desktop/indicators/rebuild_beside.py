"""A first derivation of many months on two processors: the later half of the months' branch rows, then the
branch spans, computed beside - by a second connection on a thread of its own - while the caller's connection
computes the earlier half, then the districts' and the province's months.

Only for a file nobody else has open (the demo's, before it is given its name: ``open_database(alone=True)``)
and whose rows the work reads are committed (the raw rows before :meth:`RebuildBeside.rebuild`, the branch rows
before :meth:`RebuildBeside.roll_up`: one transaction each). The second connection reads them from the file,
read-only, and writes what it computes into a scratch file beside it (``<database>-rebuild``: its schema is the
tables it writes alone, so every other table's name resolves to the attached database). Its rows are then
written into the caller's tables, in the caller's transaction (the branch rows before the indexes the rebuild
dropped are built again), and the scratch file removed. The rows are those of one
:func:`~desktop.indicators.aggregate.rebuild_months` over every month and one
:func:`~desktop.indicators.rollup.rebuild_rollups`: a rebuild of some months reads only raw rows, the backlog at
its first month counted from the cases, and the spans read only branch rows
(tests/indicators/test_rebuild_beside.py compares every row).

SQLite runs a statement without Python's global lock, so the two connections use both processors
(docs/indicators.md, "Half the months derived beside", has the measurements).

In rollback-journal mode (a file opened ``alone``) a writer that spills pages to the file must first wait for
every reader to finish: the caller's connection keeps its changed pages in memory meanwhile (``cache_spill``
off, a few tens of megabytes for half the derived rows).
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import StaticPool

from desktop.indicators.aggregate import rebuild_months
from desktop.indicators.branch_spans import SPAN_TABLES, refresh_branch_spans
from desktop.indicators.rollup import rebuild_rollups

#: The tables :func:`rebuild_months` writes (everything else it reads is raw; the spans' are SPAN_TABLES).
DERIVED_TABLES = ("indicator_month", "disposition_histogram")
SCRATCH_SUFFIX = "-rebuild"


def scratch_path(database: Path) -> Path:
    """Where the second connection writes its months: beside the database, removed with a killed run's
    temporary files (desktop/store/backup.py ``remove_leftovers``)."""
    return database.with_name(database.name + SCRATCH_SUFFIX)


class RebuildBeside:
    """The scratch file's life: ``with RebuildBeside(database) as beside:`` around the caller's transaction,
    :meth:`rebuild` or :meth:`roll_up` inside it. The caller's connection reads the scratch file's rows attached
    (``INSERT … SELECT``: a row-by-row copy through Python took four times as long), and SQLite detaches a
    database only outside the transaction that read it: on leaving the block, after the caller's transaction
    has ended, the scratch file is detached and removed."""

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
        beside = _Beside(self.database, self.scratch, DERIVED_TABLES,
                         lambda side: rebuild_months(side, None, later))

        def join_and_copy(connection: Connection) -> None:  # the rows in before the indexes are built
            self._join_and_copy(connection, beside)

        with _beside_the_caller(connection, beside):
            rebuild_months(connection, None, earlier, before_indexes=join_and_copy)

    def roll_up(self, connection: Connection) -> None:
        """:func:`rebuild_rollups` in ``connection``'s transaction, the branch spans computed by a second
        connection from the database's committed branch rows while this one writes the districts' and the
        province's months."""
        beside = _Beside(self.database, self.scratch, SPAN_TABLES, refresh_branch_spans)
        with _beside_the_caller(connection, beside):
            rebuild_rollups(connection, spans=False)
            self._join_and_copy(connection, beside)

    def _join_and_copy(self, connection: Connection, beside: _Beside) -> None:
        """Wait for ``beside``, then its scratch rows into the caller's tables (by name: the scratch's columns
        are the caller's)."""
        beside.join()
        beside.raise_failure()
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute(f"ATTACH DATABASE ? AS {_SCRATCH_SCHEMA}", (str(self.scratch),))
        self._attached_to = raw
        for table in beside.tables:
            columns = ", ".join(f'"{row[1]}"' for row in raw.execute(
                f'PRAGMA {_SCRATCH_SCHEMA}.table_info("{table}")'))
            raw.execute(f'INSERT INTO main."{table}" ({columns}) SELECT {columns} FROM {_SCRATCH_SCHEMA}."{table}"')


@contextmanager
def _beside_the_caller(connection: Connection, beside: _Beside) -> Iterator[None]:
    """``beside`` started for the block, which the caller's connection runs without spilling pages to the file
    (see the module's docstring); on a failure the second connection is stopped, and it has always ended when
    the block is left."""
    beside.start()
    try:
        with _no_cache_spill(connection):
            yield
    except BaseException:
        beside.interrupt()
        raise
    finally:
        beside.join()


_SCRATCH_SCHEMA = "rebuild_beside"


class _Beside(threading.Thread):
    """The second connection: ``work`` over ``database``'s committed rows, the ``tables`` it writes made (empty)
    in ``scratch``; what it raised is kept for the caller."""

    def __init__(self, database: Path, scratch: Path, tables: Sequence[str],
                 work: Callable[[Connection], object]) -> None:
        super().__init__(name="rebuild beside", daemon=True)
        self.database, self.scratch, self.tables, self.work = database, scratch, tuple(tables), work
        self.failure: BaseException | None = None
        self._stopped = threading.Event()

    def run(self) -> None:
        try:
            self._work()
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread by raise_failure
            self.failure = error

    def _work(self) -> None:
        # The council's figures, like the database they come from: the owner's only (an empty file is an empty
        # database to SQLite).
        os.close(os.open(self.scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        raw = sqlite3.connect(str(self.scratch), isolation_level=None, check_same_thread=False, uri=True)
        # Asked every million virtual-machine steps (a few milliseconds): a true answer ends the statement
        # running, and every one after it, at once (sqlite3_interrupt would spare a statement begun later).
        raw.set_progress_handler(self._stopped.is_set, 1_000_000)
        try:
            # A scratch file: nothing in it outlives this work, so no journal and no waiting for the disk.
            for pragma in ("PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF"):
                raw.execute(pragma).fetchall()
            raw.execute("ATTACH DATABASE ? AS source", (f"{self.database.resolve().as_uri()}?mode=ro",))
            for (sql,) in raw.execute(
                    "SELECT sql FROM source.sqlite_master WHERE type = 'table' AND name IN"
                    f" ({', '.join(repr(name) for name in self.tables)})").fetchall():
                raw.execute(sql)  # the tables and their keys; no secondary index (nothing reads them by one)
            engine = create_engine("sqlite://", creator=lambda: raw, poolclass=StaticPool)
            with engine.connect() as connection:
                connection.exec_driver_sql("BEGIN")
                self.work(connection)
                connection.exec_driver_sql("COMMIT")
            engine.dispose(close=False)
        finally:
            raw.close()

    def interrupt(self) -> None:
        """Stop the work within milliseconds (the caller's failed: its rows are not wanted)."""
        self._stopped.set()

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
