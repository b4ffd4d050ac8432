"""Why SQLite could not read a backup being restored, or a database being backed up, in a sentence of the user's
language (context "Store"):
SQLite's own English ("database disk image is malformed", an integrity check's "Page 2987: btreeInitPage()
returns error code 11", "disk I/O error") goes to the log only (at INFO: the window's log file keeps it, and a
command line, which has no log, does not print it before its sentence as Python's last-resort handler would). Each reason is a message field of
desktop/store/backup_refusals.py's sentences, which name the file.

The common failures of a backup carried on removable disks: a copy cut short (its header says how long it should
be), pages damaged in place, a disk that cannot be read (taken out midway), a file that may not be read."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from desktop.domain.byte_sizes import byte_size
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.errors import STORE_CONTEXT

log = logging.getLogger(__name__)

#: SQLite's primary result codes (https://sqlite.org/rescode.html); its extended codes keep them in the low byte.
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_CANTOPEN, SQLITE_FULL, SQLITE_NOTADB = 8, 10, 11, 14, 13, 26

CUT_SHORT = QT_TRANSLATE_NOOP(
    "Store", "it was cut short and only {size} of its {expected} are there (a copy interrupted, or its disk taken "
             "out too early)")
DAMAGED_PAGES = QT_TRANSLATE_NOOP("Store", "some of its pages are damaged (on its disk, or while it was copied)")
DISK_NOT_READ = QT_TRANSLATE_NOOP("Store", "its disk could not be read (taken out, or failing)")
CANNOT_OPEN = QT_TRANSLATE_NOOP("Store", "there is no permission to read it")
COPY_DAMAGED = QT_TRANSLATE_NOOP(
    "Store", "the copy written beside the database failed its check (that disk may be failing; the details are in "
             "the program's log)")
NOT_READ = QT_TRANSLATE_NOOP("Store", "SQLite could not read it (the details are in the program's log)")
#: The database's own damage, found by the check of the copy a backup makes of it (nothing was copied wrongly: the
#: backup API copies its pages as they are), by its own check, or by a read that reached it.
DATABASE_PAGES_DAMAGED = QT_TRANSLATE_NOOP("Store", "some of its pages are damaged (its disk may be failing)")
#: The check's "row 12 missing from index ix_…", "wrong # of entries in index …": the tables' rows read, but the
#: indexes the program finds them by say otherwise.
INDEXES_OUT_OF_STEP = QT_TRANSLATE_NOOP(
    "Store", "some of its indexes no longer match its rows (a write cut short, or its disk failing)")
#: A database whose header says it is longer than the file (opening reads that much only).
DATABASE_CUT_SHORT = QT_TRANSLATE_NOOP(
    "Store", "it was cut short and only {size} of its {expected} are there (a copy interrupted, or its disk failing)")
#: What SQLite's check says of an index out of step with its table (its words: sqlite3.c, "integrity_check").
_INDEX_WORDS = ("missing from index", "wrong # of entries in index", "non-unique entry in UNIQUE index")


def primary_code(error: BaseException) -> int | None:
    """SQLite's primary result code of ``error`` (None for an error that carries none)."""
    code = getattr(error, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def is_not_a_database(error: BaseException) -> bool:
    return isinstance(error, sqlite3.DatabaseError) and (
        primary_code(error) == SQLITE_NOTADB or "file is not a database" in str(error))


def unreadable_reason(backup: Path, error: sqlite3.Error | Sequence[str]) -> DomainError:
    """Why ``backup`` cannot be read: ``error`` is SQLite's exception, or what its integrity check found (text).
    The raw text is logged."""
    raw = str(error) if isinstance(error, BaseException) else "; ".join(error)
    log.info("the backup %s cannot be restored: %s", backup, raw)
    size, expected = _sizes(backup)
    if expected is not None and size < expected:
        return _reason(CUT_SHORT, size=byte_size(size), expected=byte_size(expected))
    code = primary_code(error) if isinstance(error, BaseException) else None
    if code == SQLITE_IOERR:
        return _reason(DISK_NOT_READ)
    if code == SQLITE_CANTOPEN:
        return _reason(CANNOT_OPEN)
    if code == SQLITE_CORRUPT or not isinstance(error, BaseException) or "malformed" in raw:
        return _reason(DAMAGED_PAGES)  # an integrity check's findings are damaged pages, whatever their words
    return _reason(NOT_READ)


#: SQLite's extended codes of a file that could not be read: IOERR_READ, IOERR_SHORT_READ, IOERR_CORRUPTFS (the
#: last what a disk answering a read with EIO gave, tried on a loop device cut short under its file system).
_READ_ERRORS = frozenset({266, 522, 8458})


def is_read_error(error: BaseException) -> bool:
    """Whether SQLite's ``error`` says a file could not be read from its disk (not written)."""
    return getattr(error, "sqlite_errorcode", None) in _READ_ERRORS


def is_damage(error: BaseException) -> bool:
    """Whether SQLite's ``error`` says the file it read is damaged (or no database at all)."""
    return primary_code(error) in (SQLITE_CORRUPT, SQLITE_NOTADB) or "malformed" in str(error)


def database_damage(database: Path, problems: Sequence[str]) -> DomainError:
    """Why no backup of ``database`` was made when its copy failed its check: ``problems``, what the check found
    (SQLite's words, "Page 5: btreeInitPage() returns error code 11"), are logged and said in words
    (:func:`damage_reason`)."""
    log.info("no backup of the database %s was made: it failed its check: %s", database, "; ".join(problems))
    return damage_reason(database, problems)


def damage_reason(database: Path | None, problems: Sequence[str]) -> DomainError:
    """What is wrong with ``database`` in the user's words, from ``problems``, SQLite's findings (its check's lines,
    a read's error, opening's header check): cut short, indexes out of step with their rows, or damaged pages.
    Nothing is logged here: whoever found the problems logs them once (the message is made for every refused
    write)."""
    if any(problem.startswith(("the file is cut short", "the file is shorter than")) for problem in problems):
        size, expected = _sizes(database) if database is not None else (0, None)
        if expected is not None and size < expected:
            return _reason(DATABASE_CUT_SHORT, size=byte_size(size), expected=byte_size(expected))
    if problems and all(any(words in problem for words in _INDEX_WORDS) for problem in problems):
        return _reason(INDEXES_OUT_OF_STEP)
    return _reason(DATABASE_PAGES_DAMAGED)


def copy_damaged(backup: Path, problems: list[str]) -> DomainError:
    """The restored copy, whole when it was checked first, failed its last check (written beside the database)."""
    log.info("restoring %s: the restored copy failed its check: %s", backup, "; ".join(problems))
    return _reason(COPY_DAMAGED)


def _reason(message: str, **params: object) -> DomainError:
    return DomainError(STORE_CONTEXT, message, params)


def _sizes(path: Path) -> tuple[int, int | None]:
    """The file's size, and the size its header says the database has (page size × page count; None when the
    header cannot tell: not read, or of a database that never wrote its count)."""
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            header = file.read(100)
    except OSError:
        return 0, None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return size, None
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    # The count is valid only when the change counter matches the version-valid-for number (SQLite's file format).
    if not pages or header[24:28] != header[92:96]:
        return size, None
    return size, page_size * pages
