"""Stopping a long statement when the user cancels: SQLite's progress handler, asked every so many steps of its
virtual machine, aborts the running statement once ``cancelled()`` is true.

A use case that checks for cancellation only between its steps cannot stop inside one: the branch-month rebuild
of a million-case listing is a handful of statements of seconds each, so Cancel used to wait for the one
running. With the handler the statement ends with SQLITE_INTERRUPT within milliseconds, the caller turns that
into its own cancellation, and the transaction rolls back as on any error."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Virtual-machine steps between two questions: ~1 ms of work here, a negligible cost (one Python call).
STEPS_BETWEEN_CHECKS = 20_000


@contextmanager
def statements_stop_when(session: Session, cancelled: Callable[[], bool]) -> Iterator[None]:
    """While the block runs, any statement of ``session``'s connection is aborted soon after ``cancelled()``."""
    raw = session.connection().connection.driver_connection
    raw.set_progress_handler(lambda: 1 if cancelled() else 0, STEPS_BETWEEN_CHECKS)
    try:
        yield
    finally:
        raw.set_progress_handler(None, STEPS_BETWEEN_CHECKS)


def was_interrupted(error: BaseException) -> bool:
    """Whether ``error`` (SQLAlchemy's or the driver's) is a statement aborted by the progress handler.

    When nobody cancelled, that is Ctrl+C: Python raises KeyboardInterrupt inside the handler (the main thread
    runs it), and the sqlite3 module swallows the exception and aborts the statement instead. Callers then raise
    KeyboardInterrupt again, so that the command line ends as on any Ctrl+C (exit code 130), not in a traceback."""
    original = getattr(error, "orig", error)
    return isinstance(original, sqlite3.OperationalError) and \
        getattr(original, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT
