"""Writing the rows of ``indicator_branch_span`` (which spans, and when: desktop/indicators/branch_spans.py): a
span's flows, stocks, scheduling maximum and completeness summed from the branch months or from its quarter
spans, with the 90th percentile desktop/indicators/span_p90.py computed; span by span for some branches, or
every branch's rows of many spans in one statement each way."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping

from desktop.domain.indicators.definitions import STOCK_FIELDS, SUMMED_FIELDS
from desktop.indicators.span_p90 import json_list
from desktop.indicators.span_read import ALL_TYPES

_FLOWS = tuple(name for name in SUMMED_FIELDS if name not in STOCK_FIELDS)
_COLUMNS = ", ".join((*_FLOWS, *STOCK_FIELDS, "scheduling_days_max"))
_SUMS = ", ".join((*(f"sum(im.{name})" for name in _FLOWS),
                   *(f"coalesce(sum(CASE WHEN im.month_index = :last THEN im.{name} END), 0)" for name in STOCK_FIELDS),
                   "max(im.scheduling_days_max)"))
_COMPLETE = "im.case_type = '' AND im.source IN ('cases', 'monthly')"  # desktop.store.models.COMPLETE_SOURCES


def write_span(raw: sqlite3.Connection, first: int, last: int, with_p90: bool, branches: list[int] | None,
               parts: list[tuple[int, int]] | None) -> None:
    """Rewrite one span's rows for ``branches`` (every branch when None): from its quarter spans ``parts`` (flows
    and completeness summed, stocks those of the part ending at ``last``, the maximum of the maxima), or from the
    branch months; with the 90th percentile :func:`desktop.indicators.span_p90.prepare_p90` put in ``_bs_p90``
    when ``with_p90``."""
    named: dict[str, object] = {}
    scope = ""
    if branches is not None:
        scope = " AND {}branch_id IN (SELECT value FROM json_each(:branches))"
        named["branches"] = json_list(branches)
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


def list_pairs(raw: sqlite3.Connection, first: int, last: int) -> None:
    """``_bs_types``: the (case type, branch) pairs with rows in the months ``first..last`` (a branch has a third of
    the types in the demo), and all types (``*``) of every branch with rows there - the groups
    :func:`write_whole_spans` can write for spans within those months, for the months' and the composed spans.
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


def write_whole_spans(raw: sqlite3.Connection, spans: list[tuple[int, int]],
                     parts: Mapping[tuple[int, int], list[tuple[int, int]]] | None) -> None:
    """Rewrite every branch's rows of ``spans`` in one statement each way: what :func:`write_span` writes span
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
