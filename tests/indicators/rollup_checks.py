"""Independent checks of the district and province roll-ups (desktop/indicators/rollup.py), shared by the tests.

* :func:`assert_rollups_match_branch_rows`: the roll-up rows a database holds equal a full recomputation from its
  branch rows (``rebuild_rollups`` in a transaction that is rolled back);
* :func:`table_signature` / :func:`trend_signature`: everything a table or trend shows, with float sums rounded,
  so that a table answered from the roll-ups can be compared with the one the service computes from the
  branch rows (``IndicatorService(use_rollups=False)``, the computation from before the roll-ups).
"""

from __future__ import annotations

from typing import Any

from desktop.indicators.rollup import rebuild_rollups
from desktop.indicators.rollup_read import coverage_rows
from desktop.indicators.views import IndicatorTable, IndicatorTrend
from desktop.store.database import Database


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 6)
    if isinstance(value, tuple):
        return tuple(_rounded(item) for item in value)
    return value


def rollup_state(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    with database.engine.connect() as connection:
        return {table: [_rounded(row) for row in rows] for table, rows in coverage_rows(connection).items()}


def assert_rollups_match_branch_rows(database: Database) -> None:
    """The roll-ups equal the ones a full recomputation from the branch rows writes (which is rolled back)."""
    stored = rollup_state(database)
    with database.engine.connect() as connection:
        transaction = connection.begin()
        try:
            rebuild_rollups(connection)
            fresh = {table: [_rounded(row) for row in rows] for table, rows in coverage_rows(connection).items()}
        finally:
            transaction.rollback()
    for table in fresh:
        missing = sorted(set(fresh[table]) - set(stored[table]), key=repr)[:5]
        extra = sorted(set(stored[table]) - set(fresh[table]), key=repr)[:5]
        assert stored[table] == fresh[table], f"{table}: missing {missing}, stale {extra}"


def table_signature(table: IndicatorTable, *, histogram: bool = True) -> tuple[Any, ...]:
    """Everything the table shows; ``histogram=False`` leaves out the merged histogram carried in the rows'
    totals (a branch table from the spans carries its 90th percentile computed, not the histogram)."""
    rows = tuple(
        (row.unit_id, row.code, row.name, row.parent_name, _rounded(row.value), row.rank, row.is_best, row.is_worst,
         row.complete, row.missing_months, row.branches, row.complete_branches, row.incomplete_branches,
         _rounded(tuple(sorted((k, v) for k, v in vars(row.totals).items() if k != "histogram"))),
         tuple(sorted(row.totals.histogram.items())) if histogram else ())
        for row in table.rows)
    return (table.definition.code, table.level, table.period, table.case_type, table.months, rows)


def trend_signature(trend: IndicatorTrend) -> tuple[Any, ...]:
    return (trend.definition.code, trend.periods,
            tuple((s.level, s.unit_id, s.name, _rounded(s.values), s.complete) for s in trend.series))
