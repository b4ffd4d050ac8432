"""Errors of the storage layer. Each carries an English, NOOP-marked message and its parameters; the UI
translates ``(error.context, error.message)`` and fills in ``error.params``."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

STORE_CONTEXT = "Store"
EVIDENCE_CONTEXT = "Evidence"


class StoreError(DomainError):
    """A database could not be opened or migrated."""


class DatabaseNotFoundError(StoreError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            STORE_CONTEXT,
            QT_TRANSLATE_NOOP("Store", "The database file “{path}” does not exist."),
            {"path": str(path)},
        )


class DatabaseUnreadableError(StoreError):
    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        super().__init__(
            STORE_CONTEXT,
            QT_TRANSLATE_NOOP("Store", "The database file “{path}” cannot be read: {reason}"),
            {"path": str(path), "reason": reason},
        )


class NotADatabaseError(StoreError):
    """The file is not an SQLite database at all."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            STORE_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Store", "The file “{path}” is not a Rasad database (it is not an SQLite file)."
            ),
            {"path": str(path)},
        )


class ForeignDatabaseError(StoreError):
    """An SQLite database with tables, but not made by Rasad: it is left alone rather than filled with ours."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            STORE_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Store", "The file “{path}” is an SQLite database of another program, not of Rasad."
            ),
            {"path": str(path)},
        )


class DatabaseCorruptError(StoreError):
    """``PRAGMA integrity_check`` did not answer 'ok', or the file's header or schema could not be read.
    ``problems`` holds SQLite's first findings: logged, and said in words (cut short, indexes out of step, damaged
    pages: desktop/store/restore_reasons.py), never in SQLite's English."""

    def __init__(self, path: Path | None, problems: Sequence[str]) -> None:
        # Here, not at the top: restore_reasons imports this module for its context.
        from desktop.store.restore_reasons import damage_reason

        self.path = path
        self.problems = tuple(problems)
        logging.getLogger(__name__).info("the database %s is damaged and was not opened: %s", path,
                                            "; ".join(self.problems))
        super().__init__(
            STORE_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Store",
                "The database “{path}” is damaged and was not opened: {reason}. Restore its newest backup.",
            ),
            {"path": str(path) if path else ":memory:", "reason": damage_reason(path, self.problems)},
        )


class NewerDatabaseError(StoreError):
    """The database was written by a newer Rasad (its schema revision is unknown here). It is not opened
    and never downgraded."""

    def __init__(self, revision: str, head: str) -> None:
        self.revision = revision
        self.head = head
        super().__init__(
            STORE_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Store",
                "This database was created by a newer version of Rasad (schema {revision}; this version knows up "
                "to {head}). Please update Rasad to open it.",
            ),
            {"revision": revision, "head": head},
        )


class MigrationFailedError(StoreError):
    def __init__(self, problems: Sequence[str]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            STORE_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Store", "Updating the database structure failed; nothing was changed. Details: {problems}"
            ),
            {"problems": "; ".join(self.problems)},
        )


class EvidenceError(DomainError):
    """An evidence file could not be stored."""


class EvidenceTooLargeError(EvidenceError):
    def __init__(self, name: str, size_bytes: int, limit_bytes: int) -> None:
        self.name = name
        self.size_bytes = size_bytes
        self.limit_bytes = limit_bytes
        super().__init__(
            EVIDENCE_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Evidence", "The file “{name}” is {size_mb} MB; evidence files may be at most {limit_mb} MB."
            ),
            {
                "name": name,
                "size_bytes": size_bytes,
                "limit_bytes": limit_bytes,
                "size_mb": _megabytes(size_bytes),
                "limit_mb": _megabytes(limit_bytes),
            },
        )


class EvidenceEmptyError(EvidenceError):
    """A file of no bytes: an export that failed, a download cut short - never a document that proves anything."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            EVIDENCE_CONTEXT,
            QT_TRANSLATE_NOOP(
                "Evidence", "The file “{name}” is empty (0 bytes): there is nothing in it to keep as evidence. "
                            "Choose the document itself; if it was saved or downloaded, do so again."
            ),
            {"name": name},
        )


class EvidenceUnreadableError(EvidenceError):
    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        super().__init__(
            EVIDENCE_CONTEXT,
            QT_TRANSLATE_NOOP("Evidence", "The file “{name}” cannot be read: {reason}"),
            {"name": name, "reason": reason},
        )


def _megabytes(size_bytes: int) -> str:
    """Size in MB with one decimal, never rounding a too-large file down to the limit (26.01 → "26.1")."""
    tenths = -(-size_bytes * 10 // (1024 * 1024))
    return f"{tenths // 10}.{tenths % 10}" if tenths % 10 else str(tenths // 10)


class DatabaseClosedError(RuntimeError):
    """(Here, not in database.py, so that the window's background tasks know it without importing SQLAlchemy
    before the first paint.) A session asked of a database already closed: a job that outlived its window - say, the figures of a
    page being remembered when the window closed. Never the user's doing: background jobs end quietly on it
    (desktop/ui/tasks.py), pages do not report it (desktop/ui/pages/page_support.py)."""
