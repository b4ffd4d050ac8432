"""Pre-aggregated branch figures over multi-month spans (migration 0016, docs/indicators.md "Branch spans").

A branch table of a quarter, half or year (or of a rolling indicator) summed 3,000 branches × up to 12 months ×
every case type per view, and the 90th percentile read every branch's histogram buckets of every month (about
350 ms for a year). ``indicator_branch_span`` holds, per span, branch and case type (``*`` = all types), the
period's figures as :func:`desktop.indicators.table_sql.table_query` computes them from the branch rows, and the
90th percentile itself, computed by the service's own function on the merged histogram.

The spans (``wanted_spans``): for every quarter, half and year that holds a month with data, its months up to
the latest month with data (a period still under way: what its table reads); the rolling window of every
indicator that has one ending with the latest month (a past year's window is the year itself); and the latest
month alone (the month the indicators page opens on). Other spans (an earlier month, the rolling window of an
earlier month, quarter or half, a period with no data) are read from the branch rows as before.

``refresh_branch_spans`` is called by :func:`desktop.indicators.rollup.refresh_rollups` (so by every write path):
spans that no longer exist are deleted (the latest month moved on), new spans are written for every branch, and
the existing spans overlapping the months rebuilt are rewritten for the branches rebuilt. The spans written for
every branch (all of them on a first import or a rebuild) are written all at once
(desktop/indicators/span_rows.py) and their percentiles computed with numpy (desktop/indicators/span_p90.py,
desktop/indicators/span_percentiles.py): the same rows and floats as span by span (docs/indicators.md, "A full
build"). A table reads the spans through desktop/indicators/span_read.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import Connection

from desktop.domain.indicators.definitions import INDICATORS
from desktop.domain.indicators.periods import first_month_index, last_month_index, period_containing_month
from desktop.domain.jalali import PeriodKind
from desktop.gc_pause import collector_paused
from desktop.indicators.rebuild_progress import ROLLUP_WEIGHTS, Steps
from desktop.indicators.span_p90 import prepare_p90
from desktop.indicators.span_rows import list_pairs, write_span, write_whole_spans

SPAN_TABLES = ("indicator_branch_span", "indicator_branch_span_list")
SPAN_KINDS = (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR)
WINDOWS = tuple(sorted({definition.window_months for definition in INDICATORS if definition.window_months}))


def wanted_spans(low: int, high: int) -> dict[tuple[int, int], bool]:
    """(first month, last month) -> whether its 90th percentile is kept (a period's span, not only a rolling
    window), for the data months ``low..high``."""
    # The latest month alone: the month the indicators page opens on (all types summed once, not per view).
    spans: dict[tuple[int, int], bool] = {(high, high): True}
    for kind in SPAN_KINDS:
        month = low
        while month <= high:
            period = period_containing_month(kind, month)
            first, stock = first_month_index(period), min(last_month_index(period), high)
            spans[(first, stock)] = True
            month = last_month_index(period) + 1
    # The rolling windows ending with the latest month (every period under way shows them; a past year's is the
    # year itself). A past quarter's or half's window is read from the branch months (each one written on every
    # import cost more than it saves).
    for window in WINDOWS:
        spans.setdefault((high - window + 1, high), False)
    return spans


def _quarter_of(month: int) -> tuple[int, int]:
    quarter = period_containing_month(PeriodKind.QUARTER, month)
    return first_month_index(quarter), last_month_index(quarter)


def _quarter_parts(first: int, last: int, wanted: Mapping[tuple[int, int], bool], low: int
                   ) -> list[tuple[int, int]] | None:
    """The quarter spans ``first..last`` is made of (each quarter up to ``last``), when it starts a quarter and
    is longer than one and every quarter with data is a wanted span; None otherwise (read from the months)."""
    if _quarter_of(first)[0] != first or _quarter_of(first)[1] >= last:
        return None
    parts = []
    month = first
    while month <= last:
        start, end = _quarter_of(month)
        part = (start, min(end, last))
        if part[1] >= low:  # a quarter wholly before the data has no rows: it adds nothing
            if part not in wanted:
                return None
            parts.append(part)
        month = end + 1
    return parts


def refresh_branch_spans(
    connection: Connection, months: Iterable[int] | None = None, branch_ids: Iterable[int] | None = None,
    *, at_once: bool = True, histograms_changed: bool = True, steps: Steps | None = None,
) -> None:
    """Bring ``indicator_branch_span`` in line with ``indicator_month`` after the rows of ``branch_ids`` (every
    branch when None) were rebuilt for ``months`` (every month when None). Inside the caller's transaction.

    Quarters (and the spans that do not start a quarter) are summed from the branch months; halves, years and
    rolling windows made of whole quarters from the quarters' rows just written (a third of the reading); the
    90th percentile from the months' histograms. The spans written for every branch (all of them on a first
    import or a rebuild) are written all at once, their percentiles computed with numpy; ``at_once=False``
    writes them span by span like the others, percentiles from dicts (the reference the tests compare with).

    ``histograms_changed`` False: the rebuild wrote and deleted no histogram row of ``branch_ids`` in ``months``
    (monthly statistics before the case listings, say), so a stored span rewritten for them keeps its 90th
    percentiles (the sums change, the merged histograms do not); new spans compute theirs. ``steps`` (the
    roll-ups') hears as the percentiles and the rows are done."""
    run = connection.exec_driver_sql
    steps = steps or Steps(None, ROLLUP_WEIGHTS)
    low, high = run("SELECT min(month_index), max(month_index) FROM indicator_month").one()
    if low is None:
        for table in SPAN_TABLES:
            run(f"DELETE FROM {table}")
        return
    wanted = wanted_spans(low, high)
    stored = {(first, last): bool(p90) for first, last, p90 in run(
        "SELECT first_month, last_month, with_p90 FROM indicator_branch_span_list")}
    for first, last in set(stored) - set(wanted):
        for table in SPAN_TABLES:
            run(f"DELETE FROM {table} WHERE first_month = ? AND last_month = ?", (first, last))
    run("DELETE FROM indicator_branch_span WHERE branch_id NOT IN (SELECT id FROM branch)")
    rebuilt = None if months is None else sorted(set(months))
    branches = None if branch_ids is None else sorted(set(branch_ids))
    work: list[tuple[tuple[int, int], list[tuple[int, int]] | None, bool, list[int] | None]] = []
    for span, with_p90 in wanted.items():
        first, last = span
        parts = _quarter_parts(first, last, wanted, low)
        if span not in stored or stored[span] != with_p90:
            work.append((span, parts, with_p90, None))
            run("INSERT OR REPLACE INTO indicator_branch_span_list (first_month, last_month, with_p90)"
                " VALUES (?, ?, ?)", (first, last, int(with_p90)))
        elif (rebuilt is None or any(first <= month <= last for month in rebuilt)) and (branches is None or branches):
            work.append((span, parts, with_p90, branches))
    raw = connection.connection.driver_connection
    assert raw is not None
    # Every 90th percentile first (one read of the histograms), then the rows with it: one write per row. The
    # histograms are hundreds of thousands of small dicts and no reference cycle: the cyclic garbage collector
    # would only scan them, and everything else the process holds (an import's or the demo's objects), again and
    # again (measured: about a third of this step inside the demo), so it is paused meanwhile.
    kept = set() if histograms_changed else {span for span, _parts, with_p90, _scope in work
                                             if with_p90 and stored.get(span) is True}
    with collector_paused():
        prepare_p90(raw, [(span, scope) for span, _parts, with_p90, scope in work if with_p90 and span not in kept],
                    at_once, [(span, scope) for span, _parts, _with_p90, scope in work if span in kept])
    steps.ended("percentiles")
    try:
        # Spans read from the months first: the composed ones read their quarters' rows. The spans written for
        # every branch (new ones: every span of a first import or a rebuild) in one statement each way.
        whole = [(span, parts) for span, parts, _with_p90, scope in work if scope is None and at_once]
        if whole:
            list_pairs(raw, min(first for (first, _), _ in whole), max(last for (_, last), _ in whole))
        write_whole_spans(raw, [span for span, parts in whole if parts is None], None)
        for (first, last), parts, with_p90, scope in sorted(work, key=lambda item: (item[1] is not None, item[0])):
            if parts is None and not (scope is None and at_once):
                write_span(raw, first, last, with_p90, scope, parts)
        write_whole_spans(raw, [span for span, parts in whole if parts is not None],
                          {span: parts for span, parts in whole if parts is not None})
        for (first, last), parts, with_p90, scope in sorted(work, key=lambda item: item[0]):
            if parts is not None and not (scope is None and at_once):
                write_span(raw, first, last, with_p90, scope, parts)
    finally:
        for table in ("_bs_p90", "_bs_map", "_bs_span", "_bs_types"):
            raw.execute(f"DROP TABLE IF EXISTS temp.{table}")


def rebuild_branch_spans(connection: Connection) -> None:
    """Recompute every span from the branch rows."""
    for table in SPAN_TABLES:
        connection.exec_driver_sql(f"DELETE FROM {table}")
    refresh_branch_spans(connection)
