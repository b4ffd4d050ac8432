"""Several processes on one database: writers queue for SQLite's write lock up front, for a bounded time.

Every write transaction starts with ``BEGIN IMMEDIATE`` (see :mod:`desktop.store.engine`): it takes the
write lock before it reads anything, so it never has to upgrade a read snapshot later — the upgrade that
fails at once, whatever the busy timeout, when another process committed in between ("database is locked").
Reading transactions stay deferred and, in WAL mode, never wait for a writer.

Taking the lock is retried until :func:`wait_limit` seconds have passed; after a few seconds the process's
:func:`set_wait_notice` callback is told once (the command line prints "waiting for …"), and when the time
runs out :class:`DatabaseBusyError` says what holds the database, as far as its lock-holder note tells: the
holder writes ``<database>-writer`` (process id, what it is doing and on which file, since when) while it holds
the lock. What it is doing is a code (:data:`WINDOW`, a command's words such as ``import`` or ``backup
restore``), said in words by desktop/store/busy_words.py: "an import of the file cases.csv", not the command line.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store.errors import STORE_CONTEXT, StoreError

#: Environment variable: how many seconds a write waits for the lock at most (default below).
WAIT_VARIABLE = "RASAD_BUSY_WAIT"
DEFAULT_WAIT_SECONDS = 60.0
#: After this long the wait is reported (once) through the wait notice.
NOTICE_AFTER_SECONDS = 2.0
#: One attempt's share of the wait: SQLite's own busy handler sleeps and retries within it.
ATTEMPT_MS = 500
NOTE_SUFFIX = "-writer"
#: The activity of the window's process (a command line's is its command's words: "import", "backup restore").
WINDOW = "window"


@dataclass(frozen=True)
class LockHolder:
    """What the lock-holder note says (None fields: unknown): ``activity`` a code (:data:`WINDOW`, a command's
    words; before codes, "python -m desktop import"), ``subject`` the file it works on, if any."""

    pid: int | None = None
    activity: str = ""
    since: datetime | None = None
    subject: str = ""


#: What a wait notice hears while a restore waits for others to close the database, or an opener for a restore.
OPEN_ELSEWHERE = LockHolder(activity="open elsewhere")


class DatabaseBusyError(StoreError):
    """The write lock could not be had within the wait limit: another process keeps writing."""

    def __init__(self, path: Path | None, seconds: float, holder: LockHolder | None) -> None:
        self.path = path
        self.holder = holder
        params: dict[str, object] = {"seconds": round(seconds)}
        if holder is None or holder.pid is None:
            message = QT_TRANSLATE_NOOP(
                "Store", "The database is busy with another program's change; waited {seconds} s. Try again "
                         "when it is done.")
        else:
            message = QT_TRANSLATE_NOOP(
                "Store", "The database is busy with {activity} (process {pid}, since {since}); waited {seconds} s. "
                         "Try again when it is done.")
            from desktop.store.busy_words import activity_words

            params.update(activity=activity_words(holder), pid=holder.pid,
                          since=holder.since.astimezone().strftime("%H:%M:%S") if holder.since else "?")
        super().__init__(STORE_CONTEXT, message, params)


_activity = "Rasad"
_subject = ""
_doing = threading.local()  # .activity: what this thread's job does (doing), over the process's activity
_held = threading.local()  # .paths: the files this thread holds a write transaction on
_own_limit = threading.local()  # .seconds: this thread's cap on the wait (limit_this_threads_wait)
_notice: Callable[[LockHolder | None, float], None] | None = None


def set_activity(text: str, subject: str = "") -> None:
    """What this process does, for the lock-holder note other processes read: a code (:data:`WINDOW`, a command's
    words, "import"), and the file it works on (``subject``: the file imported, the backup restored)."""
    global _activity, _subject
    _activity, _subject = text, subject


@contextlib.contextmanager
def doing(activity: str, subject: str = "") -> Iterator[None]:
    """Writes begun in the calling thread meanwhile say they are ``activity`` on ``subject`` (the window's import
    or restore in the background), not what the process as a whole does (the window)."""
    previous = getattr(_doing, "activity", None)
    _doing.activity = (activity, subject)
    try:
        yield
    finally:
        _doing.activity = previous


def set_wait_notice(callback: Callable[[LockHolder | None, float], None] | None) -> None:
    """``callback(holder, limit_seconds)`` is called once per wait that lasts over NOTICE_AFTER_SECONDS."""
    global _notice
    _notice = callback


def notify_wait(holder: LockHolder | None, limit: float) -> None:
    """Tell the wait notice (if any) that this process waits for the database (another kind of lock's wait)."""
    if _notice is not None:
        _notice(holder, limit)


def limit_this_threads_wait(seconds: float | None) -> float | None:
    """Writes begun in the calling thread wait at most ``seconds`` for the lock (None: no cap of its own);
    returns the cap it replaces. The window's thread sets one: it cannot repaint while it waits, so it had
    better give up soon and say what holds the database than stand frozen for the whole limit."""
    previous = getattr(_own_limit, "seconds", None)
    _own_limit.seconds = seconds
    return previous


def wait_limit() -> float:
    """Seconds a write waits for the lock: ``RASAD_BUSY_WAIT`` when it is a number ≥ 0, else the default;
    never more than the calling thread's own cap (:func:`limit_this_threads_wait`)."""
    try:
        value = float(os.environ.get(WAIT_VARIABLE, ""))
    except ValueError:
        value = DEFAULT_WAIT_SECONDS
    if value < 0:
        value = DEFAULT_WAIT_SECONDS
    own = getattr(_own_limit, "seconds", None)
    return value if own is None else min(value, own)


def begin_immediate(connection: sqlite3.Connection, path: Path | None, restore_ms: int, *,
                    limit: float | None = None) -> None:
    """``BEGIN IMMEDIATE`` on ``connection``, retried until the wait limit; writes the lock-holder note.

    A second write transaction on the same file in the same thread would wait for the first, which waits for
    it: that is a programming error, raised at once rather than after the wait. ``limit``: seconds to wait
    instead of :func:`wait_limit` (a write that may as well be skipped waits less)."""
    held: set[Path] = _held.__dict__.setdefault("paths", set())
    if path is not None and path in held:
        raise RuntimeError(f"a write transaction on {path} is already open in this thread (nested sessions)")
    limit = wait_limit() if limit is None else limit
    started = time.monotonic()
    noticed = False
    while True:
        remaining = limit - (time.monotonic() - started)
        attempt = max(0, min(ATTEMPT_MS, int(remaining * 1000)))
        connection.execute(f"PRAGMA busy_timeout={attempt}")
        try:
            connection.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as error:
            if not _is_busy(error):
                raise
            waited = time.monotonic() - started
            if waited >= limit:
                connection.execute(f"PRAGMA busy_timeout={restore_ms}")
                raise DatabaseBusyError(path, waited, read_holder(path)) from None
            if not noticed and waited >= NOTICE_AFTER_SECONDS and _notice is not None:
                noticed = True
                _notice(read_holder(path), limit)
            if attempt == 0:
                time.sleep(0.01)
    connection.execute(f"PRAGMA busy_timeout={restore_ms}")
    if path is not None:
        held.add(path)
    _write_note(path)


def release_this_threads_locks() -> None:
    """Every write transaction this thread held ended with its connection (invalidated): remove their notes."""
    for path in list(_held.__dict__.get("paths", ())):
        release(path)


def release(path: Path | None) -> None:
    """The write transaction ended: remove this process's note (never another's)."""
    _held.__dict__.setdefault("paths", set()).discard(path)
    note = _note_path(path)
    if note is None:
        return
    holder = read_holder(path)
    if holder is not None and holder.pid == os.getpid():
        with contextlib.suppress(OSError):
            note.unlink()


def read_holder(path: Path | None) -> LockHolder | None:
    """The note of the process holding the lock, or None (no note, unreadable, or its process is gone)."""
    note = _note_path(path)
    if note is None:
        return None
    try:
        data = json.loads(note.read_text(encoding="utf-8")[:4096])
        pid = int(data["pid"])
        activity = str(data.get("activity", ""))[:200]
        since = datetime.fromisoformat(data["since"]) if data.get("since") else None
        subject = str(data.get("subject", ""))[:1000]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if pid != os.getpid() and not _alive(pid):
        return None
    return LockHolder(pid, activity, since, subject)


def _write_note(path: Path | None) -> None:
    note = _note_path(path)
    if note is None:
        return
    activity, subject = getattr(_doing, "activity", None) or (_activity, _subject)
    text = json.dumps({"pid": os.getpid(), "activity": activity, "subject": subject,
                       "since": datetime.now(UTC).isoformat()}, ensure_ascii=False)
    with contextlib.suppress(OSError):  # the note only helps a waiting process to say more; never required
        descriptor = os.open(note, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)


def _note_path(path: Path | None) -> Path | None:
    return None if path is None else path.with_name(path.name + NOTE_SUFFIX)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, another user's
    return True


def _is_busy(error: sqlite3.OperationalError) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(error) or "busy" in str(error)
