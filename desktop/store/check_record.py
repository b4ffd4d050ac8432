"""The record of a database file that passed its full integrity check and was changed since only by Rasad.

The full ``PRAGMA integrity_check`` takes seconds on a province-sized file, and a process checks before its
first write (desktop/store/health.py). Re-checking a file nobody else has touched since it was last checked
is wasted time — a `report status` from the command line writes one audit event and would wait 3 s for it.
So a process that knows the file's state is sound leaves a small record beside it (``<db>-checked``): the
file's identity as the operating system reports it. A later process whose file still has exactly that identity
skips the full check before writing; any difference means the full check runs as before.

**When a record is written** (always by atomic replace, never half-written):

* after a full check passed, when the file did not change while it ran;
* when a process closes the database, if its "chain" is intact: it began from a checked state (a passing
  check, a matching record, a file it created or migrated after checking it) and, at the start of each of its
  own write transactions — the SQLite write lock held — and again just before closing, the file was exactly as
  its own previous transaction left it. Anything else (another process writing meanwhile, a copy dropped in,
  an editor) breaks the chain: nothing is recorded and the next process checks in full.

Records are only written and only trusted while the write-ahead log is empty or absent, i.e. when the main
file holds everything: the log's status time changes whenever another process merely opens it, so it cannot
take part in an identity, and a pending log belongs to some other process still at work.

**What the identity catches**: device, inode, size, modification *and status-change* times of the main file
(nanoseconds). Any write through the file system changes the status-change time (``st_ctime``), and nobody but
the kernel sets it, so a page overwritten and its modification time put back (``touch -d``) is caught, as is a
file copied or moved in (another inode) or a restored backup.

**What it does not catch**, and is left to the full check that still runs in the window's background, before
every backup and restore, and on demand (``db check``): damage that bypasses the file system — a failing disk
or memory corrupting bytes in place — and a foreign write within the same file-system clock tick (a few
milliseconds) as Rasad's own last write, or while the system clock is set back to that instant.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

#: Appended to the database's file name, as SQLite names its -wal and -shm files.
RECORD_SUFFIX = "-checked"
#: A record is a few hundred bytes; anything longer is not one of ours and is not parsed.
_MAX_RECORD_BYTES = 4096
_FORMAT = 1


@dataclass(frozen=True)
class FileIdentity:
    """What the operating system says about a database file and its write-ahead log."""

    device: int
    inode: int
    size: int
    mtime_ns: int
    ctime_ns: int
    #: The -wal file's size and modification time; (0, 0) when it is absent or empty (SQLite creates an empty
    #: one whenever a connection first reads, so the two are the same state).
    wal_size: int = 0
    wal_mtime_ns: int = 0

    @property
    def wal_empty(self) -> bool:
        return self.wal_size == 0


def identity_of(path: Path) -> FileIdentity | None:
    """The identity of the database at ``path`` now, or None when it cannot be read."""
    try:
        main = os.stat(path)
    except OSError:
        return None
    try:
        wal = os.stat(f"{path}-wal")
        wal_size, wal_mtime = (wal.st_size, wal.st_mtime_ns) if wal.st_size else (0, 0)
    except FileNotFoundError:
        wal_size, wal_mtime = 0, 0
    except OSError:
        return None
    return FileIdentity(main.st_dev, main.st_ino, main.st_size, main.st_mtime_ns, main.st_ctime_ns,
                        wal_size, wal_mtime)


def record_path(path: Path) -> Path:
    return path.with_name(path.name + RECORD_SUFFIX)


def read_record(path: Path) -> FileIdentity | None:
    """The identity recorded beside ``path`` as checked, or None (no record, unreadable, not ours)."""
    try:
        with record_path(path).open("rb") as file:
            raw = file.read(_MAX_RECORD_BYTES + 1)
        if len(raw) > _MAX_RECORD_BYTES:
            return None
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("format") != _FORMAT:
            return None
        fields = data["identity"]
        return FileIdentity(**{name: int(fields[name]) for name in FileIdentity.__dataclass_fields__})
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_recorded_as_checked(path: Path) -> FileIdentity | None:
    """The file's identity if a record says exactly this state was checked (and its log is empty), else None."""
    now = identity_of(path)
    if now is None or not now.wal_empty:
        return None
    return now if read_record(path) == now else None


def write_record(path: Path, identity: FileIdentity) -> None:
    """Record ``identity`` as checked, replacing any earlier record atomically. A record is only a shortcut:
    a folder that cannot take it (read-only media) just means the next process checks in full."""
    if not identity.wal_empty:
        return
    text = json.dumps({"format": _FORMAT, "identity": asdict(identity)})
    target = record_path(path)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=target.name + ".", dir=target.parent)
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(text)
        os.replace(temporary, target)
    except OSError:
        forget_record(path)
    finally:
        try:
            os.unlink(temporary)  # gone already once replaced
        except OSError:
            pass


def forget_record(path: Path) -> None:
    """Remove the record (the file was found damaged): a stale record must never outlive a failed check."""
    try:
        record_path(path).unlink(missing_ok=True)
    except OSError:
        pass
