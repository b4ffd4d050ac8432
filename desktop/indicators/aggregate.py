"""Rebuild the derived tables ``indicator_month`` and ``disposition_histogram`` from the raw rows: the entry
points (:func:`rebuild_months`, :func:`rebuild_from`, :func:`rebuild_all`) and the months they cover.

Set-based SQL only (no Python loop per case): a few temporary tables describe the months being rebuilt
(desktop/indicators/rebuild_temp_tables.py). The rules (which month a case counts in, source precedence, last
hour) are in docs/indicators.md, "Store and aggregation decisions" and "Completeness". Runs inside the caller's
transaction.

Every branch-month of the rebuilt span gets a source first, then its untyped row
(desktop/indicators/rebuild_sources.py); where a case listing is the source, the case-listing partials give the
typed rows and the histogram (desktop/indicators/rebuild_cases.py, keyed by desktop/indicators/rebuild_keys.py).
(docs/indicators.md "Bulk speed" has the measurements.)"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from desktop.domain.indicators.office_hours import OfficeHours
from desktop.indicators.rebuild_cases import CASE_STEPS, collect_cases, collect_segments
from desktop.indicators.rebuild_progress import REBUILD_WEIGHTS, OnStep, Steps
from desktop.indicators.rebuild_sources import collect_sources, write_untyped_rows
from desktop.indicators.rebuild_temp_tables import TEMP_TABLES, branch_filter, create_temp_tables
from desktop.indicators.rollup import rebuild_rollups
from desktop.store.settings import OFFICE_HOURS_KEY


def _connection(connection_or_session: Connection | Session) -> Connection:
    if isinstance(connection_or_session, Session):
        connection_or_session.flush()
        return connection_or_session.connection()
    return connection_or_session


def _office_hours(connection: Connection) -> OfficeHours:
    stored = connection.execute(text("SELECT value FROM setting WHERE key = :key"), {"key": OFFICE_HOURS_KEY})
    value = stored.scalar()
    return OfficeHours.from_json(json.loads(value) if isinstance(value, str) else value)


#: The page cache while rebuilding (KiB), which also sizes SQLite's in-memory sort runs. Measured over a million
#: cases: 8 MB sorts the registration and disposal months ~15 % faster than 64 MB (smaller runs stay in the
#: processor's cache, the merge is cheap) and the whole rebuild takes 0.5-0.8 s less CPU; 4-16 MB are alike.
#: Sorts spill to temporary files and the database is not memory-mapped, so memory stays well under the
#: import's budget (< 500 MB).
_PRAGMAS = {"cache_size": -8192}


def _fast_pragmas(connection: Connection) -> dict[str, int]:
    saved = {}
    for pragma, value in _PRAGMAS.items():
        saved[pragma] = connection.exec_driver_sql(f"PRAGMA {pragma}").scalar()
        connection.exec_driver_sql(f"PRAGMA {pragma}={value}")
    return saved


#: The derived tables whose secondary indexes a bulk rebuild drops and re-creates (their primary keys stay: the
#: upserts need them, and WITHOUT ROWID - migration 0017 - the key is the table itself). Inserting a branch's rows in key order puts them at random places in the (month, ...)
#: indexes; over a million-case listing one sort per index afterwards saves ~0.8 s of CPU (the histogram's
#: covering index: 2.2 s of inserts become 0.9 s + 0.8 s to build it).
_DERIVED_TABLES = ("indicator_month", "disposition_histogram")


def _drop_bulk_indexes(connection: Connection, branch_ids: set[int] | None) -> list[str]:
    """When the rebuild is about to delete or write more rows than the derived tables keep besides (a first
    listing, a new listing of every branch, a rebuild of everything), drop their secondary indexes before the
    delete; returns the statements that re-create them. Inside the caller's transaction: a rollback restores
    them. The estimate of the new rows is the branch-months with a source (each gets one untyped row at least,
    a listing's four or more)."""
    run = connection.exec_driver_sql
    coming = run("SELECT count(*) FROM _rb_src").scalar() or 0
    total = run("SELECT count(*) FROM indicator_month").scalar() or 0
    going = run("SELECT count(*) FROM indicator_month WHERE month_index IN (SELECT month_index FROM _rb_month)"
                f"{branch_filter('indicator_month', branch_ids)}").scalar() or 0
    if total - going >= max(coming, going):
        return []
    dropped = []
    for name, sql in run(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN"
            f" ({', '.join(repr(table) for table in _DERIVED_TABLES)}) ORDER BY name").all():
        run(f'DROP INDEX "{name}"')
        dropped.append(sql)
    return dropped


def rebuild_months(
    connection_or_session: Connection | Session, branch_ids: set[int] | None, month_indexes: Iterable[int],
    on_step: OnStep | None = None, before_indexes: Callable[[Connection], None] | None = None,
) -> None:
    """Recompute ``indicator_month`` and ``disposition_histogram`` of ``month_indexes`` for ``branch_ids``
    (every branch when ``None``): the touched rows are deleted, then rebuilt from the raw tables. ``on_step``
    hears how far it has got (desktop/indicators/rebuild_progress.py). ``before_indexes`` is called once the
    rows are written, before the secondary indexes a bulk rebuild dropped are built again: the rows of other
    months computed elsewhere go in then (desktop/indicators/rebuild_beside.py)."""
    touched = set(month_indexes)
    steps = Steps(on_step, REBUILD_WEIGHTS)
    if not touched or (branch_ids is not None and not branch_ids):
        steps.finished()
        return
    # Backlogs are running sums: months between two touched ones are rebuilt too (same result if unchanged).
    months = list(range(min(touched), max(touched) + 1))
    connection = _connection(connection_or_session)
    saved = _fast_pragmas(connection)
    create_temp_tables(connection, branch_ids, months, _office_hours(connection))
    run = connection.exec_driver_sql
    try:
        steps.started()
        collect_sources(connection, branch_ids)  # from the raw tables only
        steps.ended("sources")
        dropped = _drop_bulk_indexes(connection, branch_ids)
        for table in ("indicator_month", "disposition_histogram"):
            run(
                f"DELETE FROM {table} WHERE month_index IN (SELECT month_index FROM _rb_month)"
                f"{branch_filter(table, branch_ids)}"
            )
        steps.ended("delete")
        # No branch-month of the span takes its figures from case listings (monthly statistics before the
        # first listing, say): the cases are not read at all.
        if run("SELECT EXISTS (SELECT 1 FROM _rb_src WHERE source = 'cases' OR origin = 'cases')").scalar():
            moved = collect_segments(connection, branch_ids)
            collect_cases(connection, branch_ids, moved, steps)
        else:
            steps.ended(*CASE_STEPS)
        write_untyped_rows(connection, branch_ids)
        steps.ended("untyped rows")
        if before_indexes is not None:
            before_indexes(connection)
        for sql in dropped:  # before anything reads the tables by them (the roll-ups do)
            run(sql)
        steps.finished()
    finally:
        for name in TEMP_TABLES:
            run(f"DROP TABLE IF EXISTS temp.{name}")
        for pragma, value in saved.items():
            run(f"PRAGMA {pragma}={value}")


def data_months(connection_or_session: Connection | Session) -> tuple[int, int] | None:
    """The first and last month index the province has data for: months covered by a case listing, months with
    monthly statistics or satisfaction. The last one is "the province's latest data month": every branch has
    derived rows up to it (carried forward when its own data stops earlier)."""
    connection = _connection(connection_or_session)
    bounds: list[int] = []
    for table, low_column, high_column in (("case_listing_span", "first_month", "last_month"),
                                           ("branch_month_stat", "month_index", "month_index"),
                                           ("satisfaction_month", "month_index", "month_index")):
        low, high = connection.execute(text(f"SELECT min({low_column}), max({high_column}) FROM {table}")).one()
        if low is not None:
            bounds += [low, high]
    return (min(bounds), max(bounds)) if bounds else None


def latest_derived_month(connection_or_session: Connection | Session) -> int | None:
    connection = _connection(connection_or_session)
    return connection.execute(text("SELECT max(month_index) FROM indicator_month")).scalar()


def last_dependent_month(connection_or_session: Connection | Session, branch_ids: set[int], month: int) -> int | None:
    """The last month whose figures for ``branch_ids`` can depend on their monthly statistics of ``month`` or
    earlier: the month before the latest of the branches' next months with a source of their own (covered by
    a case listing or with monthly statistics - from there on the stocks come from that source, not carried
    forward from before). None when a branch has no such month: stocks carry forward to the latest month."""
    connection = _connection(connection_or_session)
    after = month + 1
    rows = connection.execute(text(
        "SELECT b.value, (SELECT min(max(s.first_month, :after)) FROM case_listing_span s WHERE s.branch_id = b.value"
        "   AND s.last_month >= :after),"
        "  (SELECT min(t.month_index) FROM branch_month_stat t WHERE t.branch_id = b.value AND t.month_index >= :after)"
        " FROM json_each(:branches) b"), {"after": after, "branches": json.dumps(sorted(branch_ids))}).all()
    nexts = [min(m for m in (listing, monthly) if m is not None) if listing is not None or monthly is not None
             else None for _, listing, monthly in rows]
    if not nexts or any(m is None for m in nexts):
        return None
    return max(nexts) - 1  # type: ignore[type-var]


def rebuild_from(
    connection_or_session: Connection | Session, branch_ids: set[int] | None, first_month: int,
    last_month: int | None = None, on_step: OnStep | None = None,
) -> list[int]:
    """Rebuild ``branch_ids`` (every branch when ``None``) from ``first_month`` through the province's latest
    data month (or ``last_month`` when the caller knows that nothing later depends on what changed, see
    :func:`last_dependent_month`); when the latest data month moved on, the other branches get their new months
    too (carried forward), and nothing else of theirs is touched. Returns the months rebuilt for
    ``branch_ids``. ``on_step`` hears how far the rebuild of ``branch_ids`` has got (the other branches' new
    months, carried forward, are quick)."""
    previous = latest_derived_month(connection_or_session)
    span = data_months(connection_or_session)
    if span is None:
        return []
    last = span[1] if last_month is None or previous is None or span[1] > previous else min(last_month, span[1])
    months = list(range(min(first_month, last), last + 1))
    if branch_ids is not None and previous is not None and span[1] > previous:
        # The latest month moved on: the changed branches, too, need every new month, including those before
        # `first_month` (their stocks carried forward into a month that had no derived row yet).
        months = list(range(min(first_month, previous + 1, last), last + 1))
        connection = _connection(connection_or_session)
        others = {row[0] for row in connection.execute(text("SELECT id FROM branch"))} - set(branch_ids)
        if others:
            rebuild_months(connection, others, range(previous + 1, span[1] + 1))
    elif branch_ids is not None and previous is None:
        branch_ids = None  # nothing derived yet: every branch from the start
        months = list(range(min(first_month, span[0]), span[1] + 1))
    rebuild_months(connection_or_session, branch_ids, months, on_step)
    return months


def rebuild_all(connection_or_session: Connection | Session) -> list[int]:
    """Rebuild every month of every branch that has data (after office hours change, or for the demo)."""
    connection = _connection(connection_or_session)
    span = data_months(connection)
    connection.exec_driver_sql("DELETE FROM indicator_month")
    connection.exec_driver_sql("DELETE FROM disposition_histogram")
    if span is None:
        months: list[int] = []
    else:
        months = rebuild_from(connection, None, span[0])
    rebuild_rollups(connection)  # districts' and province's months (desktop/indicators/rollup.py)
    return months
