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
every branch (all of them on a first import or a rebuild) are written all at once and their percentiles computed
with numpy (desktop/indicators/span_percentiles.py): the same rows and floats as span by span (docs/indicators.md,
"A full build").
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterable, Mapping

from sqlalchemy import Connection

from desktop.domain.indicators.definitions import (
    INDICATORS,
    STOCK_FIELDS,
    SUMMED_FIELDS,
    percentile_from_histogram,
)
from desktop.domain.indicators.periods import first_month_index, last_month_index, period_containing_month
from desktop.domain.jalali import PeriodKind
from desktop.gc_pause import collector_paused

SPAN_TABLES = ("indicator_branch_span", "indicator_branch_span_list")
#: The case type of the rows summing every type (a case type is never ``*``: it is a type's name or '').
ALL_TYPES = "*"
SPAN_KINDS = (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR)
WINDOWS = tuple(sorted({definition.window_months for definition in INDICATORS if definition.window_months}))
_FLOWS = tuple(name for name in SUMMED_FIELDS if name not in STOCK_FIELDS)
_COLUMNS = ", ".join((*_FLOWS, *STOCK_FIELDS, "scheduling_days_max"))
_SUMS = ", ".join((*(f"sum(im.{name})" for name in _FLOWS),
                   *(f"coalesce(sum(CASE WHEN im.month_index = :last THEN im.{name} END), 0)" for name in STOCK_FIELDS),
                   "max(im.scheduling_days_max)"))
_COMPLETE = "im.case_type = '' AND im.source IN ('cases', 'monthly')"  # desktop.store.models.COMPLETE_SOURCES


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


def _json(values: Iterable[int]) -> str:
    return "[" + ",".join(str(int(value)) for value in values) + "]"


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
    *, at_once: bool = True, histograms_changed: bool = True,
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
    percentiles (the sums change, the merged histograms do not); new spans compute theirs."""
    run = connection.exec_driver_sql
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
        _prepare_p90(raw, [(span, scope) for span, _parts, with_p90, scope in work if with_p90 and span not in kept],
                     at_once, [(span, scope) for span, _parts, _with_p90, scope in work if span in kept])
    try:
        # Spans read from the months first: the composed ones read their quarters' rows. The spans written for
        # every branch (new ones: every span of a first import or a rebuild) in one statement each way.
        whole = [(span, parts) for span, parts, _with_p90, scope in work if scope is None and at_once]
        if whole:
            _list_pairs(raw, min(first for (first, _), _ in whole), max(last for (_, last), _ in whole))
        _write_whole_spans(raw, [span for span, parts in whole if parts is None], None)
        for (first, last), parts, with_p90, scope in sorted(work, key=lambda item: (item[1] is not None, item[0])):
            if parts is None and not (scope is None and at_once):
                _write_span(raw, first, last, with_p90, scope, parts)
        _write_whole_spans(raw, [span for span, parts in whole if parts is not None],
                           {span: parts for span, parts in whole if parts is not None})
        for (first, last), parts, with_p90, scope in sorted(work, key=lambda item: item[0]):
            if parts is not None and not (scope is None and at_once):
                _write_span(raw, first, last, with_p90, scope, parts)
    finally:
        for table in ("_bs_p90", "_bs_map", "_bs_span", "_bs_types"):
            raw.execute(f"DROP TABLE IF EXISTS temp.{table}")


def rebuild_branch_spans(connection: Connection) -> None:
    """Recompute every span from the branch rows."""
    for table in SPAN_TABLES:
        connection.exec_driver_sql(f"DELETE FROM {table}")
    refresh_branch_spans(connection)


def _write_span(raw: sqlite3.Connection, first: int, last: int, with_p90: bool, branches: list[int] | None,
                parts: list[tuple[int, int]] | None) -> None:
    """Rewrite one span's rows for ``branches`` (every branch when None): from its quarter spans ``parts`` (flows
    and completeness summed, stocks those of the part ending at ``last``, the maximum of the maxima), or from the
    branch months; with the 90th percentile :func:`_prepare_p90` put in ``_bs_p90`` when ``with_p90``."""
    named: dict[str, object] = {}
    scope = ""
    if branches is not None:
        scope = " AND {}branch_id IN (SELECT value FROM json_each(:branches))"
        named["branches"] = _json(branches)
    raw.execute(f"DELETE FROM indicator_branch_span WHERE first_month = {int(first)} AND last_month = {int(last)}"
                + scope.format(""), named)
    columns = (f"INSERT INTO indicator_branch_span (first_month, last_month, case_type, branch_id, {_COLUMNS},"
               " complete_months, complete_list, p90)")
    # The grouped rows (every column but p90), then the percentile looked up by its key (NULL: no histogram).
    if with_p90:
        head = ("SELECT g.*, p.p90 FROM (", ") g LEFT JOIN temp._bs_p90 p ON p.first_month = "
                f"{int(first)} AND p.last_month = {int(last)} AND p.case_type = g.t AND p.branch_id = g.b")
    else:
        head = ("SELECT g.*, NULL FROM (", ") g")
    where = f" WHERE im.month_index BETWEEN {int(first)} AND {int(last)}{scope.format('im.')}"
    if parts is not None:
        listed = " OR ".join(f"(q.first_month = {int(a)} AND q.last_month = {int(b)})" for a, b in parts)
        sums = ", ".join((*(f"sum(q.{name})" for name in _FLOWS),
                          *(f"coalesce(sum(CASE WHEN q.last_month = {int(last)} THEN q.{name} END), 0)"
                            for name in STOCK_FIELDS), "max(q.scheduling_days_max)"))
        raw.execute(f"{columns} {head[0]}SELECT {int(first)}, {int(last)}, q.case_type AS t, q.branch_id AS b,"
                    f" {sums}, sum(q.complete_months), group_concat(q.complete_list) FROM indicator_branch_span q"
                    f" WHERE ({listed}){scope.format('q.')} GROUP BY q.branch_id, q.case_type{head[1]}", named)
    else:
        sums = _SUMS.replace(":last", str(int(last)))
        # No rows of the untyped '' alone: no table asks for it (it is not a case type), and they were two
        # fifths of the rows written on an import.
        raw.execute(f"{columns} {head[0]}SELECT {int(first)}, {int(last)}, im.case_type AS t, im.branch_id AS b,"
                    f" {sums}, 0, NULL FROM indicator_month im{where} AND im.case_type <> ''"
                    f" GROUP BY im.branch_id, im.case_type{head[1]}", named)
        raw.execute(f"{columns} {head[0]}SELECT {int(first)}, {int(last)}, '{ALL_TYPES}' AS t, im.branch_id AS b,"
                    f" {sums}, sum({_COMPLETE}), group_concat(CASE WHEN {_COMPLETE} THEN im.month_index END)"
                    f" FROM indicator_month im{where} GROUP BY im.branch_id{head[1]}", named)


def _list_pairs(raw: sqlite3.Connection, first: int, last: int) -> None:
    """``_bs_types``: the (case type, branch) pairs with rows in the months ``first..last`` (a branch has a third of
    the types in the demo), and all types (``*``) of every branch with rows there - the groups
    :func:`_write_whole_spans` can write for spans within those months, for the months' and the composed spans.
    Only the months the spans cover: a pair with rows elsewhere alone would be probed month by month (quarter by
    quarter) for nothing - monthly statistics before the case listings write untyped rows only, and probing
    every listing's (type, branch) pair through their 34 months cost ~0.3 s of the 100,000-row monthly import."""
    raw.execute("DROP TABLE IF EXISTS temp._bs_types")
    raw.execute("CREATE TEMP TABLE _bs_types (case_type TEXT, branch_id INTEGER,"
                " PRIMARY KEY (case_type, branch_id)) WITHOUT ROWID")
    months = f"month_index BETWEEN {int(first)} AND {int(last)}"
    raw.execute(f"INSERT INTO _bs_types SELECT DISTINCT case_type, branch_id FROM indicator_month WHERE {months}"
                f" AND case_type <> '' UNION ALL SELECT DISTINCT '{ALL_TYPES}', branch_id FROM indicator_month"
                f" WHERE {months}")


def _write_whole_spans(raw: sqlite3.Connection, spans: list[tuple[int, int]],
                      parts: Mapping[tuple[int, int], list[tuple[int, int]]] | None) -> None:
    """Rewrite every branch's rows of ``spans`` in one statement each way: what :func:`_write_span` writes span
    by span - the same sums of the same rows added in the same order, so the same floats and lists - from the
    branch months (``parts`` None) or from the quarter spans ``parts[span]``.

    Nothing is sorted: span by span, case type by case type, branch by branch (the pairs with rows, or every
    branch for all types; ``CROSS JOIN`` fixes that nesting), each month's (quarter's) row is found by its key,
    month after month (quarter after quarter), so the rows come grouped in the order of the table's primary key
    (first, last, case type, branch) - appended - and, within a group, in the order a span's own statement adds
    them: a case type's months in month order (one row each); all types (``*``) month by month along the month's
    (month, branch) index, which orders a branch-month's rows by case type (the table's key ends the index's
    entries: WITHOUT ROWID, migration 0017) - the order a refresh of some branches adds them in along the primary
    key, so both write the same floats; a composed span's quarters in order."""
    if not spans:
        return
    for table in ("_bs_map", "_bs_span"):
        raw.execute(f"DROP TABLE IF EXISTS temp.{table}")
    raw.execute("CREATE TEMP TABLE _bs_span (first_month INTEGER, last_month INTEGER,"
                " PRIMARY KEY (first_month, last_month)) WITHOUT ROWID")
    raw.execute("CREATE TEMP TABLE _bs_map (first_month INTEGER, last_month INTEGER, part_first INTEGER,"
                " part_last INTEGER, PRIMARY KEY (first_month, last_month, part_first, part_last)) WITHOUT ROWID")
    raw.executemany("INSERT INTO _bs_span VALUES (?, ?)", spans)
    if parts is None:
        mapped = [(first, last, month, month) for first, last in spans for month in range(first, last + 1)]
    else:
        mapped = [(first, last, a, b) for first, last in spans for a, b in parts[(first, last)]]
    raw.executemany("INSERT INTO _bs_map VALUES (?, ?, ?, ?)", mapped)
    for first, last in spans:
        raw.execute("DELETE FROM indicator_branch_span WHERE first_month = ? AND last_month = ?", (first, last))
    columns = (f"INSERT INTO indicator_branch_span (first_month, last_month, case_type, branch_id, {_COLUMNS},"
               " complete_months, complete_list, p90)")
    # The percentile looked up by its key (NULL: no histogram, or a span without it).
    p90 = ("(SELECT p.p90 FROM temp._bs_p90 p WHERE p.first_month = s.first_month AND p.last_month = s.last_month"
           " AND p.case_type = {} AND p.branch_id = {}.branch_id)")
    spans_types_branches = ("temp._bs_span s CROSS JOIN temp._bs_types t CROSS JOIN temp._bs_map m"
                            " ON m.first_month = s.first_month AND m.last_month = s.last_month")
    if parts is not None:
        sums = ", ".join((*(f"sum(q.{name})" for name in _FLOWS),
                          *(f"coalesce(sum(CASE WHEN q.last_month = s.last_month THEN q.{name} END), 0)"
                            for name in STOCK_FIELDS), "max(q.scheduling_days_max)"))
        raw.execute(f"{columns} SELECT s.first_month, s.last_month, t.case_type, t.branch_id, {sums},"
                    f" sum(q.complete_months), group_concat(q.complete_list), {p90.format('t.case_type', 't')}"
                    f" FROM {spans_types_branches} CROSS JOIN indicator_branch_span q"
                    " ON q.first_month = m.part_first AND q.last_month = m.part_last AND q.case_type = t.case_type"
                    " AND q.branch_id = t.branch_id GROUP BY s.first_month, s.last_month, t.case_type, t.branch_id")
        return
    sums = _SUMS.replace(":last", "s.last_month")
    raw.execute(f"{columns} SELECT s.first_month, s.last_month, t.case_type, t.branch_id, {sums}, 0, NULL,"
                f" {p90.format('t.case_type', 't')} FROM {spans_types_branches} CROSS JOIN indicator_month im"
                " ON im.branch_id = t.branch_id AND im.month_index = m.part_first AND im.case_type = t.case_type"
                f" WHERE t.case_type <> '{ALL_TYPES}' GROUP BY s.first_month, s.last_month, t.case_type, t.branch_id")
    # All types: the branch's months of the span in one range of the primary key (branch, month, case type) -
    # month by month, a month's rows in case type order, as the month-by-month look-ups along the (month,
    # branch) index gave them (that index's entries end with the key), but one search per branch and span
    # instead of two per month (0.42 -> 0.2 s for the 33,000 quarter rows of the monthly benchmark's import).
    raw.execute(f"{columns} SELECT s.first_month, s.last_month, '{ALL_TYPES}', b.branch_id, {sums}, sum({_COMPLETE}),"
                f" group_concat(CASE WHEN {_COMPLETE} THEN im.month_index END), {p90.format(repr(ALL_TYPES), 'b')}"
                " FROM temp._bs_span s CROSS JOIN temp._bs_types b CROSS JOIN indicator_month im"
                " ON im.branch_id = b.branch_id AND im.month_index BETWEEN s.first_month AND s.last_month"
                f" WHERE b.case_type = '{ALL_TYPES}' GROUP BY s.first_month, s.last_month, b.branch_id")


def _prepare_p90(raw: sqlite3.Connection, spans: list[tuple[tuple[int, int], list[int] | None]],
                 at_once: bool = True, kept: list[tuple[tuple[int, int], list[int] | None]] = ()) -> None:
    """Fill the temporary ``_bs_p90`` with the 90th percentile of each branch's (and type's) merged histogram over
    each span of ``spans`` (its branches, every one when None), by the function the service computes it with, so
    the stored value is the one a table from the branch rows shows.

    The histograms are read once, not once per span: the months are cut into "atoms" at every span's first and
    after its last month (quarters here, and the latest month alone), each atom's histograms summed once, and a
    span's histogram is the sum of its atoms' (a year: four quarters, not twelve months read again). Spans that
    share no month (different years) are computed one group after the other, so that only one group's
    histograms are held at a time. When a span is computed for every branch (and ``at_once``), the group's rows
    are read into arrays instead and every percentile computed at once, with the function's own operations
    (:mod:`desktop.indicators.span_percentiles`).

    The spans of ``kept`` (stored ones whose histograms did not change) take their stored values instead (a
    year's 90th percentiles of every branch read again and computed: ~0.25 s of a monthly import)."""
    raw.execute("DROP TABLE IF EXISTS temp._bs_p90")
    # Appended in the order computed, then indexed by its key (one sort in SQLite: a keyed table filled in
    # that order cost twice as much). A key is there once: each span's values come from a dict's keys.
    raw.execute("CREATE TEMP TABLE _bs_p90 (first_month INTEGER, last_month INTEGER, case_type TEXT,"
                " branch_id INTEGER, p90 REAL)")
    _fill_p90(raw, spans, at_once)
    for (first, last), scope in kept:
        named = {} if scope is None else {"branches": _json(scope)}
        raw.execute("INSERT INTO _bs_p90 (first_month, last_month, case_type, branch_id, p90)"
                    " SELECT first_month, last_month, case_type, branch_id, p90 FROM indicator_branch_span"
                    f" WHERE first_month = {int(first)} AND last_month = {int(last)} AND p90 IS NOT NULL"
                    + ("" if scope is None else " AND branch_id IN (SELECT value FROM json_each(:branches))"), named)
    raw.execute("CREATE INDEX temp._bs_p90_key ON _bs_p90 (first_month, last_month, case_type, branch_id, p90)")


def _fill_p90(raw: sqlite3.Connection, spans: list[tuple[tuple[int, int], list[int] | None]], at_once: bool
              ) -> None:
    if not spans:
        return
    scopes = {span: None if scope is None else set(scope) for span, scope in spans}
    everyone = any(scope is None for scope in scopes.values())
    # A span for every branch (a first import, a rebuild, a new span), or for a quarter of the branches or more
    # (monthly statistics of every branch): every branch's rows read into arrays. A few branches: dicts of
    # theirs (importing numpy and reading everyone's rows would cost more).
    many = everyone or 4 * len(set().union(*scopes.values())) >= raw.execute(  # type: ignore[arg-type]
        "SELECT count(*) FROM branch").fetchone()[0]
    if many and at_once:
        from desktop.indicators.span_percentiles import read_histogram_rows, span_percentiles

        for group in _overlapping_groups(sorted(scopes)):
            rows = read_histogram_rows(raw, min(first for first, _ in group), max(last for _, last in group))
            for first, last in group:
                raw.executemany("INSERT INTO _bs_p90 (first_month, last_month, case_type, branch_id, p90)"
                                " VALUES (?, ?, ?, ?, ?)",
                                span_percentiles(rows, first, last, scopes[(first, last)], ALL_TYPES))
        return
    listed = "" if everyone else _json(sorted(set().union(*scopes.values())))  # type: ignore[arg-type]
    for group in _overlapping_groups(sorted(scopes)):
        bounds = sorted({first for first, _ in group} | {last + 1 for _, last in group})
        # One atom per pair of consecutive bounds; each atom: (branch, case type) -> bucket -> count.
        atoms: list[dict[tuple[int, str], dict[int, int]]] = []
        for start, stop in itertools.pairwise(bounds):
            atoms.append(_read_histograms(raw, start, stop - 1, listed))
        index = {bound: position for position, bound in enumerate(bounds)}
        values: list[tuple[int, int, str, int, float | None]] = []
        for first, last in group:
            _span_percentiles(atoms[index[first]:index[last + 1]], first, last, scopes[(first, last)], values)
        raw.executemany("INSERT INTO _bs_p90 (first_month, last_month, case_type, branch_id, p90)"
                        " VALUES (?, ?, ?, ?, ?)", values)


def _overlapping_groups(spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """``spans`` (sorted) in groups whose month ranges overlap (chains of overlapping spans)."""
    groups: list[list[tuple[int, int]]] = []
    reach = None
    for span in spans:
        if reach is None or span[0] > reach:
            groups.append([])
            reach = span[1]
        groups[-1].append(span)
        reach = max(reach, span[1])
    return groups


def _read_histograms(raw: sqlite3.Connection, first: int, last: int, branches: str
                     ) -> dict[tuple[int, str], dict[int, int]]:
    """(branch, case type) -> bucket -> count summed over the months ``first..last`` (of ``branches``, a JSON
    list, or every branch when empty). Read month by month and type by type along the histogram's
    (month, type, branch, bucket) index: no sort, and no case type string per row."""
    scope = "" if not branches else " AND branch_id IN (SELECT value FROM json_each(?))"
    histograms: dict[tuple[int, str], dict[int, int]] = {}
    for month in range(first, last + 1):
        types = [row[0] for row in raw.execute(
            "SELECT DISTINCT case_type FROM disposition_histogram WHERE month_index = ?", (month,))]
        for case_type in types:
            parameters = (month, case_type, branches) if branches else (month, case_type)
            current = None
            histogram: dict[int, int] = {}
            for branch_id, bucket, count in raw.execute(
                    "SELECT branch_id, bucket, count FROM disposition_histogram WHERE month_index = ?"
                    f" AND case_type = ?{scope}", parameters):
                if branch_id != current:
                    current = branch_id
                    histogram = histograms.setdefault((branch_id, case_type), {})
                histogram[bucket] = histogram.get(bucket, 0) + count
    return histograms


def _span_percentiles(atoms: list[dict[tuple[int, str], dict[int, int]]], first: int, last: int,
                      branches: set[int] | None, values: list[tuple[int, int, str, int, float | None]]) -> None:
    """Append (first, last, case type, branch, p90) of every branch (of ``branches``) with a histogram in the
    span made of ``atoms``: per case type (not the untyped ''), and all types merged (``*``)."""
    if len(atoms) == 1:
        keys: Iterable[tuple[int, str]] = atoms[0]
    else:
        keys = set().union(*atoms)
    by_branch: dict[int, list[tuple[str, dict[int, int]]]] = {}
    for key in keys:
        branch_id, case_type = key
        if branches is not None and branch_id not in branches:
            continue
        found = [atom[key] for atom in atoms if key in atom]
        histogram = found[0] if len(found) == 1 else _merged(found)
        by_branch.setdefault(branch_id, []).append((case_type, histogram))
    for branch_id, typed in by_branch.items():
        p90 = None
        for case_type, histogram in typed:
            if case_type != "":
                p90 = percentile_from_histogram(histogram, 0.9)
                values.append((first, last, case_type, branch_id, p90))
        if len(typed) > 1 or typed[0][0] == "":
            p90 = percentile_from_histogram(_merged([histogram for _, histogram in typed]), 0.9)
        # (a single type: its histogram is the merged one, and so is its percentile)
        values.append((first, last, ALL_TYPES, branch_id, p90))


def _merged(histograms: list[dict[int, int]]) -> dict[int, int]:
    merged = dict(histograms[0])
    for histogram in histograms[1:]:
        for bucket, count in histogram.items():
            merged[bucket] = merged.get(bucket, 0) + count
    return merged


def span_stored(connection: Connection, first: int, last: int, needs_p90: bool) -> bool:
    """Whether ``indicator_branch_span`` holds the span (and its 90th percentile when asked)."""
    row = connection.exec_driver_sql(
        "SELECT with_p90 FROM indicator_branch_span_list WHERE first_month = ? AND last_month = ?",
        (first, last)).first()
    return row is not None and (bool(row[0]) or not needs_p90)


def span_table_query(
    case_type: str | None, parent: tuple[str, int] | None, first: int, last: int,
) -> tuple[str, dict[str, object]]:
    """Every branch's row of the span (within ``parent``), with the columns the branch-row
    :func:`desktop.indicators.table_sql.table_query` gives a branch - measures, ``has_rows``, ``complete_ids`` (the
    branch's id when complete in every month), ``complete_list`` - and ``p90``."""
    params: dict[str, object] = {"first": first, "last": last, "expected": last - first + 1}
    typed = "a" if case_type is None else "t"  # all types: the ``*`` row itself
    measures = ", ".join(f"{typed}.{name} AS {name}" for name in (*SUMMED_FIELDS, "scheduling_days_max", "p90"))
    if case_type is None:
        source, has_rows = "indicator_branch_span a", "1"
    else:
        source = ("indicator_branch_span a LEFT JOIN indicator_branch_span t ON t.first_month = a.first_month"
                  " AND t.last_month = a.last_month AND t.case_type = :case_type AND t.branch_id = a.branch_id")
        has_rows = "t.branch_id IS NOT NULL"
        params["case_type"] = case_type
    where = f" WHERE a.first_month = :first AND a.last_month = :last AND a.case_type = '{ALL_TYPES}'"
    if parent is not None:
        params["parent"] = parent[1]
        where += {
            "branch": " AND a.branch_id = :parent",
            "district": " AND a.branch_id IN (SELECT w.id FROM branch w WHERE w.district_id = :parent)",
            "province": " AND a.branch_id IN (SELECT w.id FROM branch w JOIN district wd ON wd.id = w.district_id"
                        " WHERE wd.province_id = :parent)",
        }[parent[0]]
    sql = (f"SELECT a.branch_id AS unit_id, {measures}, {has_rows} AS has_rows,"
           " CASE WHEN a.complete_months = :expected THEN a.branch_id END AS complete_ids,"
           f" a.complete_list AS complete_list FROM {source}{where}")
    return sql, params
