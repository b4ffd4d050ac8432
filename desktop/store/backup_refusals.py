"""Why a backup or a restore is refused, in sentences of the user's language (context "Store"), naming the file
(desktop/store/backup.py raises these). A restore's reasons are sentences too (desktop/store/restore_reasons.py):
SQLite's own English goes to the log; the system's reasons are said in both languages where known."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.domain.system_errors import SQLITE_FOLDER_CODES, describe_os_error, folder_problem
from desktop.store.errors import STORE_CONTEXT, StoreError
from desktop.store.restore_reasons import (
    SQLITE_FULL,
    SQLITE_IOERR,
    SQLITE_READONLY,
    database_damage,
    is_damage,
    is_not_a_database,
    is_read_error,
    primary_code,
    unreadable_reason,
)

log = logging.getLogger(__name__)


class BackupError(StoreError):
    """A backup could not be written or a restore could not be done; nothing was replaced. ``problems``:
    what the integrity check found, when that is why."""

    problems: tuple[str, ...] = ()


def damaged_database(database: Path, problems: Sequence[str]) -> BackupError:
    """No backup of ``database``: the copy, the database as of one instant, failed its check, so the database
    itself is damaged (its service refuses writes to it from then on). ``problems``, SQLite's words, are kept for
    the database's health and the log, never said."""
    error = BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "No backup was made: the database “{path}” failed its check: {reason}. No change is saved into it from "
                 "now on; restore its newest backup."),
        {"path": str(database), "reason": database_damage(database, problems)})
    error.problems = tuple(problems)
    return error


def backup_not_copied(database: Path, error: sqlite3.Error) -> BackupError:
    """SQLite could not copy ``database`` (not for its backup folder: :func:`backup_not_made` says that): a damaged
    database, or a reason said in the log only."""
    if is_damage(error):
        return damaged_database(database, [str(error)])
    log.info("no backup of the database %s was made: %s", database, error)
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "No backup was made: SQLite could not copy the database “{path}” (the details are in the "
                 "program's log)."), {"path": str(database)})


def source_not_read(database: Path, error: sqlite3.Error) -> BackupError | None:
    """The refusal when SQLite's ``error`` while copying ``database`` is a read its own disk did not answer (said of
    the folder before), not damage its check would find; None when it is not. SQLite's bare I/O error does not say
    which file it was: the database is then read through once more to tell."""
    if not (is_read_error(error) or (primary_code(error) == SQLITE_IOERR and not readable_through(database))):
        return None
    log.info("no backup of the database %s was made: it could not be read: %s", database, error)
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "No backup was made: the database “{path}” could not be read from its own disk, which may be failing "
                 "(the backup folder is not at fault). Have that disk checked, and keep the newest backups safe."),
        {"path": str(database)})


def readable_through(path: Path) -> bool:
    """Whether every byte of ``path`` can be read (only after a copy failed: seconds for a province's file)."""
    try:
        with path.open("rb") as file:
            while file.read(1 << 20):
                pass
    except OSError:
        return False
    return True


def backup_not_made(folder: Path, error: OSError | sqlite3.Error) -> BackupError:
    """The backup folder could not be written in: said of the folder chosen (read-only, full, missing), never of
    the temporary file the copy was being written to."""
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP("Store", "The backup could not be made: {problem}."),
                       {"problem": folder_problem(folder, error)})


def is_folder_problem(error: OSError | sqlite3.Error) -> bool:
    """Whether ``error`` is the folder's (the system's error, or SQLite's full, read-only or I/O error, whichever
    extended code it carries: a write's IOERR_WRITE or IOERR_FSYNC is the disk's as much as a bare IOERR)."""
    return isinstance(error, OSError) or primary_code(error) in SQLITE_FOLDER_CODES


def restore_failed(path: Path, reason: str | DomainError) -> BackupError:
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "The backup “{path}” cannot be restored: {reason}"), {"path": str(path), "reason": reason})


def damaged_backup(path: Path, reason: DomainError) -> BackupError:
    """A backup whose pages cannot all be read (cut short on a removable disk, a bad sector): ``reason`` says how,
    in the user's words (desktop/store/restore_reasons.py)."""
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "The backup “{path}” cannot be restored: {detail}. Nothing was restored; choose another backup."),
        {"path": str(path), "detail": reason})


def restore_error(path: Path, error: OSError | sqlite3.Error, folder: Path | None = None) -> BackupError:
    """A restore's failure in words the user reads: a file that is no database at all (a bundle, a document picked
    by mistake), a damaged one (how, if it can be told), the database's ``folder`` that could not be written in
    (full, read-only), or the system's own reason; SQLite's English only in the log."""
    if is_not_a_database(error):
        log.info("the backup %s cannot be restored: %s", path, error)
        return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
            "Store", "The file “{path}” is not a Rasad backup: it is not a database file. Nothing was restored."),
            {"path": str(path)})
    if isinstance(error, OSError):
        return restore_failed(path, describe_os_error(error))
    if folder is not None and primary_code(error) in (SQLITE_FULL, SQLITE_READONLY):  # the copy beside the database
        log.info("the backup %s cannot be restored into %s: %s", path, folder, error)
        return restore_failed(path, folder_problem(folder, error))
    return damaged_backup(path, unreadable_reason(path, error))


def missing_backup(path: Path) -> BackupError:
    """No backup file at ``path``: a folder picked for the file, or nothing there at all."""
    if path.is_dir():
        return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
            "Store", "“{path}” is a folder, not a backup file: choose one of the backup files in it."),
            {"path": str(path)})
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "The backup “{path}” cannot be restored: there is no such file (was its disk removed?)."),
        {"path": str(path)})


def not_a_rasad_backup(path: Path) -> BackupError:
    """A healthy SQLite file of another program, or an empty file (which SQLite takes for an empty database)."""
    with contextlib.suppress(OSError):
        if path.stat().st_size == 0:
            return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
                "Store", "The file “{path}” is empty (0 bytes): it is not a Rasad backup. Nothing was restored."),
                {"path": str(path)})
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "The file “{path}” is not a Rasad backup: it is a database of another program. Nothing was "
                 "restored."), {"path": str(path)})


def newer_backup(path: Path, revision: str | None) -> BackupError:
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "The backup “{path}” cannot be restored: it was made by a newer version of Rasad (schema "
                 "{revision}). Update Rasad, then restore it."), {"path": str(path), "revision": revision})
