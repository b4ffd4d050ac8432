"""Stopping a long statement when the user cancels: the running statement is aborted soon after ``cancelled()``
turns true, with SQLITE_INTERRUPT.

A use case that checks for cancellation only between its steps cannot stop inside one: the branch-month rebuild
of a million-case listing is a handful of statements of seconds each, so Cancel used to wait for the one
running. Now the statement ends within milliseconds, the caller turns that into its own cancellation, and the
transaction rolls back as on any error.

How depends on the thread. On the main thread, SQLite's progress handler asks ``cancelled()`` every so many
steps of its virtual machine: the only way Ctrl+C reaches a running statement (Python raises KeyboardInterrupt
inside the handler). On any other thread a watcher thread asks every 50 ms and calls the connection's
``interrupt()``: a handler is a Python call, which needs the interpreter's lock, and the thread holding it (the
window's, a command's main thread) keeps it for up to 5 ms at a time - the whole-file check of the large demo
took 24.6 s instead of 3.3 s beside a busy thread with a handler every 1,000 steps, 9.5 s with one every
100,000."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: Virtual-machine steps between two questions on the main thread: ~1 ms of work here, a negligible cost (one
#: Python call).
STEPS_BETWEEN_CHECKS = 20_000
#: How often the watcher of a statement running on another thread asks.
WATCH_SECONDS = 0.05


@contextmanager
def statements_stop_when(session: Session, cancelled: Callable[[], bool]) -> Iterator[None]:
    """While the block runs, any statement of ``session``'s connection is aborted soon after ``cancelled()``."""
    raw = session.connection().connection.driver_connection
    with raw_statements_stop_when(raw, cancelled):
        yield


@contextmanager
def raw_statements_stop_when(connection: sqlite3.Connection, cancelled: Callable[[], bool], *,
                             steps: int = STEPS_BETWEEN_CHECKS) -> Iterator[None]:
    """While the block runs, any statement of ``connection`` (used by this thread) is aborted soon after
    ``cancelled()``: by the progress handler every ``steps`` steps on the main thread, by a watcher thread
    elsewhere."""
    if threading.current_thread() is threading.main_thread():
        connection.set_progress_handler(lambda: 1 if cancelled() else 0, steps)
        try:
            yield
        finally:
            connection.set_progress_handler(None, steps)
        return
    finished = threading.Event()

    def watch() -> None:
        while not finished.wait(WATCH_SECONDS):
            if cancelled():
                connection.interrupt()
                return

    watcher = threading.Thread(target=watch, name="rasad-statement-watch", daemon=True)
    watcher.start()
    try:
        yield
    finally:
        finished.set()
        watcher.join()


def was_interrupted(error: BaseException) -> bool:
    """Whether ``error`` (SQLAlchemy's or the driver's) is a statement aborted by the progress handler.

    When nobody cancelled, that is Ctrl+C: Python raises KeyboardInterrupt inside the handler (the main thread
    runs it), and the sqlite3 module swallows the exception and aborts the statement instead. Callers then raise
    KeyboardInterrupt again, so that the command line ends as on any Ctrl+C (exit code 130), not in a traceback."""
    original = getattr(error, "orig", error)
    return isinstance(original, sqlite3.OperationalError) and \
        getattr(original, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT
