"""Two years of generated case listings and satisfaction surveys for every demo branch, then the indicators.

Deterministic from the seed: the rows are drawn in ``case_draws.py`` (in a second process, ``case_drawer.py``)
and written here with multi-row INSERTs (not the ORM) under one ``import_batch`` of kind ``demo``; their indicators
are derived after (:func:`derive_figures`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import UTC, date, datetime, time

from sqlalchemy.orm import Session

from desktop.demo.case_drawer import CaseDrawer, LaidOutChunk
from desktop.demo.case_draws import BranchRow, CaseWindow
from desktop.domain.indicators.periods import month_bounds, month_index_of
from desktop.gc_pause import collector_paused
from desktop.indicators.aggregate import rebuild_months
from desktop.indicators.rebuild_beside import RebuildBeside
from desktop.indicators.rollup import rebuild_rollups
from desktop.store.bulk_rows import RowBatches, insert_batches
from desktop.store.database import Database
from desktop.store.models import ImportBatch

MONTHS = 24
#: Page cache while the cases are inserted (negative: KiB, as SQLite's PRAGMA cache_size takes it).
_BULK_CACHE_KIB = -131_072


def case_window(as_of: date) -> CaseWindow:
    """The two years of months up to the month before ``as_of``."""
    last_month = month_index_of(as_of) - 1
    months = tuple(range(last_month - MONTHS + 1, last_month + 1))
    return CaseWindow(months=months, bounds=tuple(month_bounds(month) for month in months))


def case_drawer(session: Session, *, seed: int, as_of: date, per_branch_month: float) -> CaseDrawer:
    """The drawer of every branch's cases (its ``with`` starts the drawing): made once the branches exist."""
    branches: list[BranchRow] = [tuple(row) for row in session.connection().exec_driver_sql(
        "SELECT id, code, unit_type FROM branch ORDER BY id")]
    return CaseDrawer(branches, seed=seed, window=case_window(as_of), per_branch_month=per_branch_month)


def write_cases(session: Session, drawer: CaseDrawer, *, seed: int, as_of: date) -> int:
    """Write the drawn cases and satisfaction rows of every branch (their figures: :func:`derive_figures`).
    Returns the number of cases written."""
    window = case_window(as_of)
    batch = ImportBatch(
        kind="demo",
        file_name="demo",
        sha256=hashlib.sha256(f"demo-cases:{seed}:{as_of.isoformat()}".encode()).hexdigest(),
        imported_by="demo",
        imported_at=datetime.combine(as_of, time(12, 0), tzinfo=UTC),
        first_month=window.months[0],
        last_month=window.months[-1],
    )
    session.add(batch)
    session.flush()
    connection = session.connection()
    # A million rows go into case_record's four indexes, one of them (disposed_on) in random order: with
    # SQLite's default 8 MB page cache most of those inserts reload index pages. A larger cache for the
    # length of this bulk insert cut its CPU time by about a quarter (measured on the large demo).
    cache_before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size={_BULK_CACHE_KIB}")
    # A million rows as tuples and no reference cycle: the cyclic garbage collector would only scan them (and the
    # session's objects) over and over, so it is paused for the loop (reference counting still frees everything).
    try:
        with collector_paused():
            written, surveys = _write_cases(connection, batch.id, drawer.chunks())
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size={int(cache_before)}")
    connection.exec_driver_sql(
        "INSERT INTO satisfaction_month (branch_id, month_index, responses, average, batch_id)"
        f" VALUES (?, ?, ?, ?, {int(batch.id)})",
        surveys,
    )
    batch.rows_read = batch.rows_written = written
    # The demo is one case listing of every branch over the window (docs/indicators.md, "Completeness").
    connection.exec_driver_sql(
        "INSERT INTO case_listing_span (batch_id, branch_id, first_month, last_month, snapshot)"
        " SELECT ?, id, ?, ?, 1 FROM branch",
        (batch.id, window.months[0], window.months[-1]),
    )
    return written


def derive_figures(session: Session, *, as_of: date) -> None:
    """The indicators of the demo's months, from the rows :func:`write_cases` wrote, in the session's
    transaction."""
    connection = session.connection()
    rebuild_months(connection, None, list(case_window(as_of).months))  # the demo's history starts with them
    rebuild_rollups(connection)  # districts' and province's months


def derive_figures_beside(database: Database, *, as_of: date, user_name: str) -> None:
    """:func:`derive_figures` in a file nobody else has open, whose cases are committed: half the branch months,
    then the branch spans, derived by a second connection on the other processor (two transactions,
    desktop/indicators/rebuild_beside.py)."""
    assert database.path is not None and database.alone
    months = list(case_window(as_of).months)
    with RebuildBeside(database.path) as beside, database.session(user_name=user_name) as session:
        beside.rebuild(session.connection(), months)
    with RebuildBeside(database.path) as beside, database.session(user_name=user_name) as session:
        beside.roll_up(session.connection())


def _drop_case_indexes(connection) -> list[str]:  # noqa: ANN001 - a SQLAlchemy Connection
    """Drop case_record's own indexes (not the one behind its UNIQUE constraint) and return the statements
    that create them again, exactly as the migrations made them. Building an index once over a million sorted
    keys is far cheaper than keeping it up to date through a million inserts in random order (disposed_on):
    the inserts and the rebuild together took well under what the inserts alone took (measured on the large
    demo). Inside the demo's one transaction: a failure leaves no index missing."""
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'case_record' AND sql IS NOT NULL"
    ).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    return [sql for _name, sql in indexes]


def _write_cases(connection, batch_id: int, chunks: Iterable[LaidOutChunk]  # noqa: ANN001 - a SQLAlchemy Connection
                 ) -> tuple[int, list[tuple[object, ...]]]:
    """The case rows of ``chunks`` into case_record, a few hundred to an INSERT (bulk_rows.py), its own indexes
    built once after them; returns how many were written and the survey rows (the last chunk)."""
    recreate_indexes = _drop_case_indexes(connection)
    raw = connection.connection.driver_connection
    head = ("INSERT INTO case_record (case_number, branch_id, case_type, registered_on, referred_at,"
            " first_hearing_on, hearings, disposed_on, batch_id) VALUES ")
    values = f"(?, ?, ?, ?, ?, ?, ?, ?, {int(batch_id)})"  # the batch once in the statement, not per row
    written, surveys = 0, []
    for _kind, rows in chunks:
        if isinstance(rows, RowBatches):  # the case rows; the surveys come last, as rows
            insert_batches(raw, head, values, rows)
            written += len(rows.whole) * rows.per_statement + len(rows.rest)
        else:
            surveys = rows
    for statement in recreate_indexes:
        connection.exec_driver_sql(statement)
    return written, surveys
