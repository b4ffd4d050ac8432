"""The files of backups and restores on disk: their names, copying a database with SQLite's backup API, folding
a write-ahead log in, the second name a replaced database keeps, syncing to disk and owner-only permissions
(the steps themselves are desktop/store/backup.py)."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

#: ``<database file's stem>-YYYYMMDD-HHMMSS[-N].sqlite3``: named after the database it is of, so that the backups of
#: several databases kept in one folder are told apart at a glance (``rasad-…`` before, whatever the database; the
#: default database is ``rasad.sqlite3``, so its backups keep that name). The name is for people and for choosing
#: what a rotation may remove; whose backup it is, is read inside it (desktop/store/backup_origin.py).
BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<sequence>\d+))?\.sqlite3$")
_AFTER_STEM = re.compile(r"^\d{8}-\d{6}(?:-\d+)?\.sqlite3$")
BEFORE_RESTORE_SUFFIX = ".before-restore"


def move_to_a_free_name(temporary: Path, final: Path, folder: Path, now: datetime, stem: str) -> Path:
    """Give the checked copy its name without ever replacing another backup: two backups in the same second (two
    commands, the window's schedule and a command) both found the same name free, and the second replaced the
    first. A hard link fails when the name is taken; where links are not possible, a rename after the check."""
    while True:
        try:
            os.link(temporary, final)
        except FileExistsError:
            final = free_name(folder, now, stem, after=final)
            continue
        except OSError:  # no hard links here (some network or FAT drives)
            os.replace(temporary, final)
            return final
        temporary.unlink()
        return final


def owner_only(path: Path) -> None:
    """Readable and writable by the owner only (0600; a folder 0700): the database, backups and evidence hold
    the council's data. No effect on Windows, where a user's profile folder is private already."""
    if os.name == "nt":
        return
    os.chmod(path, 0o700 if Path(path).is_dir() else 0o600)


def read_only_uri(path: Path) -> str:
    return Path(path).absolute().as_uri() + "?mode=ro"


def copy_database(source_uri: str, destination: Path) -> None:
    """The whole source in one backup step (one read transaction), then made a single file."""
    destination.unlink(missing_ok=True)
    source = sqlite3.connect(source_uri, uri=True)
    target = sqlite3.connect(destination)
    try:
        source.backup(target)  # pages=-1: every page in one step
        target.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        target.close()
        source.close()


def fold_wal(target: Path) -> None:
    """Fold any write-ahead log into ``target`` and make it a single file (``journal_mode=DELETE``), so that the
    file alone is the whole database: its second name is then complete, and no stale ``-wal`` is left to be
    applied to the restored file."""
    if not target.exists():
        for suffix in ("-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        return
    connection = sqlite3.connect(target)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        connection.close()


def free_kept_name(target: Path) -> Path:
    number = 1
    while True:
        candidate = target.with_name(f"{target.name}{BEFORE_RESTORE_SUFFIX}-{number}")
        if not candidate.exists():
            return candidate
        number += 1


def keep_previous(target: Path, kept: Path) -> Path:
    """Give the current database a second name without ever removing the first."""
    try:
        os.link(target, kept)
    except OSError:  # no hard links here (some network or FAT drives): a copy, renamed when complete
        partial = kept.with_name(f".{kept.name}.{os.getpid()}.part")
        shutil.copyfile(target, partial)
        fsync(partial)
        os.replace(partial, kept)
    owner_only(kept)
    return kept


def free_name(folder: Path, now: datetime, stem: str, after: Path | None = None) -> Path:
    """The first name of a backup of the database ``<stem>.sqlite3`` at ``now`` not taken (and not ``after`` or
    before it, one just found taken)."""
    stamp = now.astimezone(UTC).strftime("%Y%m%d-%H%M%S")
    candidate = folder / f"{stem}-{stamp}.sqlite3"
    number = 1
    while candidate.exists() or (after is not None and number <= sequence_of(after)):
        number += 1
        candidate = folder / f"{stem}-{stamp}-{number}.sqlite3"
    return candidate


def named_for(name: str, stem: str) -> bool:
    """Whether ``name`` is a backup's name given after the database file ``<stem>.…``."""
    return name.startswith(f"{stem}-") and _AFTER_STEM.match(name[len(stem) + 1:]) is not None


def sequence_of(path: Path) -> int:
    match = BACKUP_NAME.match(path.name)
    return int(match.group("sequence") or 1) if match else 0


def fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
