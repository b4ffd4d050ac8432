"""The full integrity check of a database file: ``PRAGMA integrity_check`` read only, table by table so that a
progress bar can say how far it got (then one ``quick_check`` over the whole file), or in one pass; stopped when
the one waiting for it is cancelled. What follows from its answer - refusing writes to a damaged file, checking
before the first write, ahead of a long read - is desktop/store/health.py."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Protocol

from desktop.store.interrupt import raw_statements_stop_when, was_interrupted

#: How many problems are kept from a failed check.
PROBLEMS_KEPT = 20


class CheckProgress(Protocol):
    """What the check reports to (``desktop.tasks.TaskProgress`` is one): ``step`` may raise to stop."""

    def step(self, done: int, total: int, message: str = "") -> None: ...

    @property
    def is_cancelled(self) -> bool: ...


class IntegrityCheckCancelled(Exception):
    """The check was stopped before it finished (the window closed); nothing was learnt."""


def check_integrity(path: Path, progress: CheckProgress | None = None, *, table_by_table: bool = True) -> list[str]:
    """The full ``PRAGMA integrity_check`` of the file at ``path``, read only; empty when it is healthy.

    ``table_by_table``: it runs table by table (each table with its indexes, largest last) so that ``progress``
    can say how far it got, then once over the whole file without the per-row index comparison
    (``quick_check``), which finds what a per-table check cannot: pages lost or used twice, a damaged free
    list. Otherwise in one pass (:func:`_check_in_one_pass`): the same findings, sooner, but no step to show
    between its start and its end. Raises :class:`IntegrityCheckCancelled` when ``progress.is_cancelled`` turns
    true meanwhile."""
    try:
        connection = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    cancelled = (lambda: progress.is_cancelled) if progress is not None else (lambda: False)
    try:
        with raw_statements_stop_when(connection, cancelled, steps=_STEPS_BETWEEN_CHECKS):
            if table_by_table:
                return _check_table_by_table(connection, progress)
            return _check_in_one_pass(connection, progress)
    except sqlite3.DatabaseError as error:
        if cancelled():
            if progress is not None:
                progress.step(0, 0, "")  # a TaskProgress raises its own TaskCancelled here
            raise IntegrityCheckCancelled() from error
        if was_interrupted(error):  # nobody cancelled: Ctrl+C, which the handler's module swallows
            raise KeyboardInterrupt from None
        if getattr(error, "sqlite_errorcode", None) in DAMAGE_CODES or not isinstance(error, sqlite3.OperationalError):
            return [str(error)]
        raise  # busy, out of memory…: the check could not be made, which says nothing about the file
    finally:
        connection.close()


def _check_table_by_table(connection: sqlite3.Connection, progress: CheckProgress | None) -> list[str]:
    tables = _tables_by_size(connection)
    total = sum(weight for _name, weight in tables) * 6 // 5 + 1  # the final whole-file pass: a sixth or so
    done = 0
    for name, weight in tables:
        _report(progress, done, total, name)
        problems = _rows(connection, f'PRAGMA integrity_check("{_quoted(name)}")')
        if problems:
            return problems
        done += weight
    _report(progress, done, total, "")
    problems = _rows(connection, f"PRAGMA quick_check({PROBLEMS_KEPT})")
    if problems:
        return problems
    _report(progress, total, total, "")
    return []


def _check_in_one_pass(connection: sqlite3.Connection, progress: CheckProgress | None) -> list[str]:
    """The whole file in one ``PRAGMA integrity_check``: what the table-by-table check and its closing
    ``quick_check`` find together, a sixth faster (every b-tree is walked once, not twice: 3.6 s against
    4.3 s on the large demo). Its steps are not known: ``progress`` hears 0 of 0 until it is done."""
    _report(progress, 0, 0, "")
    problems = _rows(connection, f"PRAGMA integrity_check({PROBLEMS_KEPT})")
    if problems:
        return problems
    _report(progress, 1, 1, "")
    return []


DAMAGE_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB
#: On the main thread (the command line's checks), SQLite virtual-machine steps between two looks at "was the
#: check cancelled?" (Ctrl+C): 4 % of the check's time.
_STEPS_BETWEEN_CHECKS = 1_000


def _rows(connection: sqlite3.Connection, pragma: str) -> list[str]:
    rows = [str(row[0]) for row in connection.execute(pragma).fetchmany(PROBLEMS_KEPT)]
    return [] if rows == ["ok"] else rows


def _report(progress: CheckProgress | None, done: int, total: int, table: str) -> None:
    if progress is not None:
        progress.step(done, total, table)


def _quoted(name: str) -> str:
    return name.replace('"', '""')


def _tables_by_size(connection: sqlite3.Connection) -> list[tuple[str, int]]:
    """Every table with a cheap weight for the progress bar: its highest rowid (a B-tree descent, not a
    count), at least 1; a WITHOUT ROWID table (no rowid: the big derived ones, migrations 0016-0017) its
    ``count(*)`` - a walk of its smallest b-tree, milliseconds even for the 800,000 rows of a million-case
    import, and pages the check reads next anyway. Smallest first, so the bar moves at once."""
    tables = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    weighted = []
    for name, sql in tables.fetchall():
        rowid_free = (sql or "").rstrip().upper().endswith("WITHOUT ROWID")
        weight = "count(*)" if rowid_free else "max(rowid)"
        highest = connection.execute(f'SELECT {weight} FROM "{_quoted(name)}"').fetchone()[0]
        weighted.append((name, max(int(highest or 0), 1)))
    return sorted(weighted, key=lambda item: (item[1], item[0]))
