"""The database's health: the full integrity check, and refusing writes to a file it found damaged.

Opening a database reads only what is bounded (header, schema, revision — see ``database._check_existing``),
so opening costs the same for a 30 MB and a 300 MB file. The full ``PRAGMA integrity_check`` — seconds on a
province-sized file — runs instead:

* in the window's background once it is usable (``desktop/ui/health_check.py``), and on demand ("Check
  database", ``python -m desktop db check``);
* before every backup and restore (``desktop/store/backup.py`` checks the copy it makes);
* ahead, in a thread of its own, when a command reads for seconds before its one write (a report:
  :meth:`DatabaseHealth.check_ahead`), so that the write waits only for what is left of it;
* at the latest before the first write of a process: :meth:`DatabaseHealth.guard_write` runs it then if
  nobody has yet — unless the file is exactly as it was when a check passed or a trusted process last closed it
  (the record beside it, desktop/store/check_record.py), so no process writes into a file whose present state
  was not checked or made by Rasad from a checked state.

While the check finds problems every write is refused with :class:`DatabaseDamagedError` (a Persian message
in the window and the command line); reading goes on so that people can still see their data and restore a
backup. The refusal is enforced for every SQL statement the engine executes (``before_cursor_execute``), not
by the pages, so no service can forget it.

The check itself (table by table with its progress, or in one pass; cancellable) is
desktop/store/integrity_check.py; this module holds the file's state and what follows from it.
"""

from __future__ import annotations

import enum
import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store.check_record import FileIdentity, forget_record, identity_of, write_record
from desktop.store.errors import STORE_CONTEXT, StoreError
from desktop.store.integrity_check import (
    DAMAGE_CODES,
    CheckProgress,
    IntegrityCheckCancelled,
    check_integrity,
)
from desktop.store.restore_reasons import damage_reason

log = logging.getLogger(__name__)
_WRITE_STATEMENT = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|VACUUM|REINDEX)\b",
                              re.IGNORECASE)
_WITH_WRITE = re.compile(r"\b(INSERT|UPDATE|DELETE|REPLACE)\b", re.IGNORECASE)


class HealthStatus(enum.Enum):
    UNCHECKED = "unchecked"
    HEALTHY = "healthy"
    DAMAGED = "damaged"


@dataclass(frozen=True)
class HealthReport:
    status: HealthStatus
    problems: tuple[str, ...] = ()
    seconds: float = 0.0  # how long the full check took

    @property
    def is_damaged(self) -> bool:
        return self.status is HealthStatus.DAMAGED


class DatabaseDamagedError(StoreError):
    """A write into a database whose integrity check found problems. ``problems``, SQLite's findings, are said in
    words (desktop/store/restore_reasons.py: damaged pages, indexes out of step); their own English is logged once,
    when they are found (:meth:`DatabaseHealth.mark_damaged`), and shown by ``db check --details``."""

    def __init__(self, path: Path | None, problems: Sequence[str]) -> None:
        self.path = path
        self.problems = tuple(problems)
        super().__init__(
            STORE_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Store",
                "The database “{path}” is damaged: {reason}. No change is saved into it; restore its newest backup.",
            ),
            {"path": str(path) if path else ":memory:", "reason": damage_reason(path, self.problems)},
        )


def _log_found(path: Path | None, problems: Sequence[str]) -> None:
    """SQLite's own findings, kept for whoever looks into the damage (the window's log file; at INFO, so that a
    command line, which has no log, does not print them before its sentence); the user is told in words
    (:class:`DatabaseDamagedError`)."""
    log.info("the database %s is damaged: %s", path, "; ".join(problems))


def is_write(statement: str) -> bool:
    """Does this SQL statement change the database? (Reads, pragmas and transaction control do not.)"""
    if _WRITE_STATEMENT.match(statement):
        return True
    return statement.lstrip()[:4].upper() == "WITH" and bool(_WITH_WRITE.search(statement))


class DatabaseHealth:
    """The health of one open database in this process, shared by every thread using it.

    ``UNCHECKED`` after opening an existing file; ``HEALTHY`` for a file created now or an in-memory
    database. :meth:`check` runs the full check (one at a time: a second caller waits and gets the same
    answer); :meth:`guard_write` is called before every statement the engine executes.

    ``trusted`` is the file's identity when this process starts from a state known to be sound without a check
    of its own (a matching record, a file it just created or migrated): writes then need no check first,
    though the background check still runs. From there the "chain" follows this process's own write
    transactions (:meth:`write_began`, :meth:`write_ended`) so that closing can record the state it leaves,
    or learns that someone else changed the file meanwhile and records nothing (check_record.py)."""

    def __init__(self, path: Path | None, *, checked: bool, trusted: FileIdentity | None = None) -> None:
        self.path = path
        self._report = HealthReport(HealthStatus.HEALTHY if checked or path is None else HealthStatus.UNCHECKED)
        self._lock = threading.Lock()
        self._listeners: list[Callable[[HealthReport], None]] = []
        #: Writes need no check first: the file was found exactly as recorded checked (or made by us).
        self.cleared_by_record = trusted is not None and not checked
        self._chain_lock = threading.Lock()
        self._chain = trusted  # the file as this process's own last change left it; None: not known
        self._writing = threading.local()
        #: How a check that a first write must wait for is shown (the command line: a line on its terminal);
        #: None: not shown. The window runs its check in the background and shows it in its status bar.
        self.show_first_write_check: Callable[[], AbstractContextManager[CheckProgress]] | None = None
        self._ahead: _CheckAhead | None = None

    @property
    def report(self) -> HealthReport:
        return self._report

    @property
    def chain_intact(self) -> bool:
        return self._chain is not None

    def check(self, progress: CheckProgress | None = None) -> HealthReport:
        """Run the full integrity check now and remember its answer."""
        with self._lock:
            return self._check_locked(progress)

    def ensure_checked(self, progress: CheckProgress | None = None, *, table_by_table: bool = True) -> HealthReport:
        """The answer of a full check, running one only if none has finished in this process yet
        (``table_by_table``: :func:`check_integrity`)."""
        if self._report.status is not HealthStatus.UNCHECKED:
            return self._report
        with self._lock:
            if self._report.status is not HealthStatus.UNCHECKED:  # another thread finished it meanwhile
                return self._report
            return self._check_locked(progress, table_by_table=table_by_table)

    def check_ahead(self) -> bool:
        """Start, in a thread of its own, the check that a first write would wait for, when it would: a command
        that reads for seconds before its one write (a report: 2.7 s of figures, then its audit record) then
        waits for what is left of it, not for all of it (the large demo copied in: 6.1 s → 3.5 s). SQLite runs
        it without the interpreter's lock, beside the command's own work. Stopped by :meth:`close` if no write
        came; a check that could not finish leaves the first write to run its own. Whether a check runs ahead
        (the caller may then leave the processor to it)."""
        if (self.path is None or self._ahead is not None or self.cleared_by_record
                or self._report.status is not HealthStatus.UNCHECKED):
            return self._ahead is not None
        self._ahead = _CheckAhead(self)
        return True

    def _check_locked(self, progress: CheckProgress | None, *, table_by_table: bool = True) -> HealthReport:
        if self.path is None:
            return self._report
        started = time.perf_counter()
        before = identity_of(self.path)
        problems = check_integrity(self.path, progress, table_by_table=table_by_table)
        after = identity_of(self.path)
        status = HealthStatus.DAMAGED if problems else HealthStatus.HEALTHY
        self._report = HealthReport(status, tuple(problems), time.perf_counter() - started)
        if problems:
            _log_found(self.path, problems)
            self._break_chain()
        elif before is not None and before == after:
            # What was checked is what is on disk: a sound starting point, worth recording.
            with self._chain_lock:
                self._chain = after
            write_record(self.path, after)
        for listener in list(self._listeners):
            listener(self._report)
        return self._report

    def _break_chain(self) -> None:
        with self._chain_lock:
            self._chain = None
        if self.path is not None:
            forget_record(self.path)

    def write_began(self) -> None:
        """This process holds SQLite's write lock for one of its write transactions: the file must be as its
        own last change left it, else someone else wrote meanwhile and this process cannot vouch for it."""
        if self.path is None:
            return
        self._writing.active = True
        with self._chain_lock:
            if self._chain is not None and identity_of(self.path) != self._chain:
                self._chain = None

    def write_ended(self) -> None:
        """This process's write transaction committed or rolled back: what the file is now is its doing."""
        if self.path is None or not getattr(self._writing, "active", False):
            return
        self._writing.active = False
        with self._chain_lock:
            if self._chain is not None:
                self._chain = identity_of(self.path)

    def close(self, dispose: Callable[[], None]) -> None:
        """Close the database through ``dispose`` and, if the chain held to the end, record the state left."""
        if self._ahead is not None:
            self._ahead.stop()
        intact = False
        if self.path is not None and self._report.status is not HealthStatus.DAMAGED:
            with self._chain_lock:
                intact = self._chain is not None and identity_of(self.path) == self._chain
        dispose()  # the last connection checkpoints the log into the file and removes it
        if intact and self.path is not None:
            left = identity_of(self.path)
            if left is not None and left.wal_empty:  # another process still at work leaves its log: no record
                write_record(self.path, left)

    def mark_damaged(self, problems: Sequence[str]) -> None:
        """Another check (a backup's) or a read found problems: refuse writes from now on."""
        if tuple(problems) != self._report.problems:  # a read meeting the same damaged page again: logged once
            _log_found(self.path, problems)
        self._report = HealthReport(HealthStatus.DAMAGED, tuple(problems))
        self._break_chain()
        for listener in list(self._listeners):
            listener(self._report)

    def add_listener(self, listener: Callable[[HealthReport], None]) -> None:
        """``listener(report)`` after every finished check, in the thread that ran it."""
        self._listeners.append(listener)

    def guard_write(self, statement: str) -> None:
        """Refuse ``statement`` if it writes and the database is damaged; check first if nobody has."""
        if not is_write(statement):
            return
        report = self._report
        if report.status is HealthStatus.UNCHECKED and not self.cleared_by_record:
            if self.show_first_write_check is None:
                report = self.ensure_checked()
            else:
                with self.show_first_write_check() as progress:
                    if self._ahead is not None:  # what is left of the check started ahead, on the same line
                        self._ahead.show_on(progress)
                    report = self.ensure_checked(progress)
        if report.status is HealthStatus.DAMAGED:
            raise DatabaseDamagedError(self.path, report.problems)

    def before_cursor_execute(self, connection: Any, cursor: Any, statement: str, parameters: Any,
                              context: Any, executemany: bool) -> None:
        """SQLAlchemy's engine event: every statement passes here before it reaches SQLite."""
        self.guard_write(statement)

    def handle_error(self, context: Any) -> BaseException | None:
        """SQLAlchemy's engine event: a statement that reached a damaged page (a read can, now that opening
        does not check the whole file) marks the database damaged and raises :class:`DatabaseDamagedError`
        — a translated message rather than a driver traceback."""
        original = context.original_exception
        if isinstance(original, sqlite3.DatabaseError) and getattr(original, "sqlite_errorcode", None) in DAMAGE_CODES:
            self.mark_damaged([str(original)])
            return DatabaseDamagedError(self.path, [str(original)])
        return None


class _CheckAhead:
    """The check :meth:`DatabaseHealth.check_ahead` started: its thread, its progress (kept, and passed on to
    whoever waits for it), and its stop."""

    def __init__(self, health: DatabaseHealth) -> None:
        self._stop = threading.Event()
        self._shown_on: CheckProgress | None = None
        self._last = (0, 0, "")
        self._thread = threading.Thread(target=self._run, args=(health,), name="rasad-check-ahead", daemon=True)
        self._thread.start()

    @property
    def is_cancelled(self) -> bool:
        return self._stop.is_set()

    def step(self, done: int, total: int, message: str = "") -> None:
        self._last = (done, total, message)
        shown = self._shown_on
        if shown is not None:
            shown.step(done, total, message)

    def show_on(self, progress: CheckProgress) -> None:
        self._shown_on = progress
        progress.step(*self._last)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self, health: DatabaseHealth) -> None:
        try:
            # In one pass: nobody watches it (a write that comes to wait for it says "checking", without a
            # share), and on two cores beside the command's own work the sooner it ends the less that write waits.
            health.ensure_checked(self, table_by_table=False)
        except (IntegrityCheckCancelled, sqlite3.Error, OSError):
            pass  # stopped, or the check could not be made now: a first write runs its own


__all__ = ["CheckProgress", "DatabaseDamagedError", "DatabaseHealth", "HealthReport", "HealthStatus",
           "IntegrityCheckCancelled", "check_integrity", "is_write"]
