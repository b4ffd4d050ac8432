"""Who has a database file open, and the restore that must be alone with it.

A restore swaps a new file in under the database's name (:func:`desktop.store.backup.restore_backup`). A process
that has the old file open keeps writing into it - lost - and, worse, its write-ahead log is named after the path:
``<database>-wal`` beside the new file, applied to it by the next process to open it (SQLite does not tell one
file's log from another's). A restore while another command wrote left a file that failed its integrity check,
though the restore said it succeeded.

So every Rasad process holds a shared lock on ``<database>.open-lock`` for as long as it has the database open
(:func:`desktop.store.database.open_database` takes it, ``Database.close`` lets it go), and a restore holds it
exclusively from before it folds the old file's log until the new file is in place: it waits for the others to
close the database (bounded by ``RASAD_BUSY_WAIT``, said after two seconds) and is refused with exit code 5 when
they do not; a process opening the database meanwhile waits for the restore and then opens the new file. The
locks are the operating system's (``flock`` here, ``LockFileEx`` on Windows, through portalocker): a process that
dies lets go of them.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import portalocker

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store import busy
from desktop.store.errors import STORE_CONTEXT, StoreError

SUFFIX = ".open-lock"
#: Between two tries of a lock someone else holds.
POLL_SECONDS = 0.1

IN_USE = QT_TRANSLATE_NOOP(
    "Store", "{file} is open in another Rasad window or command; waited {seconds} s. Close it there, then restore "
             "the backup again.")
BEING_RESTORED = QT_TRANSLATE_NOOP(
    "Store", "A backup is being restored into {file}; waited {seconds} s. Open it again when the restore is done.")

_exclusive: set[Path] = set()  # the databases this process is restoring (its own opens meanwhile need no lock)
_exclusive_guard = threading.Lock()


class DatabaseInUseError(busy.DatabaseBusyError):
    """The lock could not be had within the wait limit (exit code 5, like a busy database)."""

    def __init__(self, path: Path, seconds: float, message: str) -> None:
        self.path = path
        self.holder = None
        StoreError.__init__(self, STORE_CONTEXT, message, {"file": str(path), "seconds": round(seconds)})


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


class SharedOpen:
    """This process has ``database`` open: held until :meth:`release`."""

    def __init__(self, database: Path) -> None:
        database = database.absolute()
        self.database = database
        self._file: IO[bytes] | None = None
        if database in _exclusive:  # opened by the restore itself (it checks the copy it is about to swap in)
            return
        try:
            self._file = _acquire(database, portalocker.LockFlags.SHARED, BEING_RESTORED)
        except PermissionError:  # a folder this user may not write (a read-only medium): nobody restores there
            self._file = None

    def release(self) -> None:
        if self._file is not None:
            _release(self._file, lock_path(self.database))
            self._file = None


@contextlib.contextmanager
def alone_with(database: Path) -> Iterator[None]:
    """Hold ``database`` exclusively: no other process has it open while the block runs."""
    database = database.absolute()
    file = _acquire(database, portalocker.LockFlags.EXCLUSIVE, IN_USE)
    with _exclusive_guard:
        _exclusive.add(database)
    try:
        yield
    finally:
        with _exclusive_guard:
            _exclusive.discard(database)
        _release(file, lock_path(database))


def _acquire(database: Path, kind: portalocker.LockFlags, message: str) -> IO[bytes]:
    path = lock_path(database)
    limit = busy.wait_limit()
    started = time.monotonic()
    told = False
    while True:
        file = os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o600), "r+b")
        try:
            portalocker.lock(file, kind | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.LockException:
            file.close()
            waited = time.monotonic() - started
            if waited >= limit:
                raise DatabaseInUseError(database, waited, message) from None
            if not told and waited >= busy.NOTICE_AFTER_SECONDS:
                busy.notify_wait(busy.OPEN_ELSEWHERE, limit)
                told = True
            time.sleep(POLL_SECONDS)
            continue
        if _is_the_file_at(file, path):
            return file
        _release(file, path, remove=False)  # removed by its last holder meanwhile: lock the one there now


def _is_the_file_at(file: IO[bytes], path: Path) -> bool:
    try:
        return os.fstat(file.fileno()).st_ino == os.stat(path).st_ino
    except FileNotFoundError:
        return False


def _release(file: IO[bytes], path: Path, *, remove: bool = True) -> None:
    """Let go of the lock; the last holder removes the lock file (nothing is left beside a closed database). A
    process that opened it meanwhile finds it gone once it holds its lock, and takes the new one instead."""
    try:
        if remove:
            try:
                portalocker.lock(file, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING)
            except portalocker.LockException:
                pass  # others hold it too
            else:
                with contextlib.suppress(OSError):  # (an open file cannot be removed on Windows: it stays)
                    path.unlink()
        portalocker.unlock(file)
    finally:
        file.close()
