"""Why a backup or a restore is refused, in sentences of the user's language (context "Store"): SQLite's and the
system's own words are kept only as the detail (desktop/store/backup.py raises these)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.system_errors import SQLITE_FOLDER_CODES, describe_os_error, folder_problem
from desktop.store.errors import STORE_CONTEXT, StoreError


class BackupError(StoreError):
    """A backup could not be written or a restore could not be done; nothing was replaced. ``problems``:
    what the integrity check found, when that is why."""

    problems: tuple[str, ...] = ()


def backup_failed(path: Path, reason: str, problems: Sequence[str] = ()) -> BackupError:
    error = BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "The backup “{path}” could not be made: {reason}"), {"path": str(path), "reason": reason})
    error.problems = tuple(problems)
    return error


def backup_not_made(folder: Path, error: OSError | sqlite3.Error) -> BackupError:
    """The backup folder could not be written in: said of the folder chosen (read-only, full, missing), never of
    the temporary file the copy was being written to."""
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP("Store", "The backup could not be made: {problem}."),
                       {"problem": folder_problem(folder, error)})


def is_folder_problem(error: OSError | sqlite3.Error) -> bool:
    """Whether ``error`` is the folder's (the system's error, or SQLite's full, read-only or I/O error)."""
    return isinstance(error, OSError) or getattr(error, "sqlite_errorcode", None) in SQLITE_FOLDER_CODES


def restore_failed(path: Path, reason: str) -> BackupError:
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "The backup “{path}” cannot be restored: {reason}"), {"path": str(path), "reason": reason})


def damaged_backup(path: Path, detail: str) -> BackupError:
    """A backup whose pages cannot all be read (cut short on a removable disk, a bad sector): SQLite's own words
    are kept as the detail, the sentence is the user's."""
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "The backup “{path}” is damaged and cannot be restored ({detail}). Nothing was restored; choose "
                 "another backup."), {"path": str(path), "detail": detail})


def restore_error(path: Path, error: OSError | sqlite3.Error) -> BackupError:
    """A restore's failure in words the user reads: a file that is no database at all (a bundle, a document picked
    by mistake) or a damaged one said so in SQLite's English ("file is not a database", "database disk image is
    malformed"); the system's own reasons are kept."""
    if isinstance(error, sqlite3.DatabaseError) and "file is not a database" in str(error):
        return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
            "Store", "The file “{path}” is not a Rasad backup: it is not a database file. Nothing was restored."),
            {"path": str(path)})
    if isinstance(error, OSError):
        return restore_failed(path, describe_os_error(error))
    if isinstance(error, sqlite3.DatabaseError):
        return damaged_backup(path, str(error))
    return restore_failed(path, str(error))


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
    """A healthy SQLite file of another program."""
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "The file “{path}” is not a Rasad backup: it is a database of another program. Nothing was "
                 "restored."), {"path": str(path)})


def newer_backup(path: Path, revision: str | None) -> BackupError:
    return BackupError(STORE_CONTEXT, QT_TRANSLATE_NOOP(
        "Store", "The backup “{path}” cannot be restored: it was made by a newer version of Rasad (schema "
                 "{revision}). Update Rasad, then restore it."), {"path": str(path), "revision": revision})
