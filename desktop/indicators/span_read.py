"""Reading the pre-aggregated branch spans (``indicator_branch_span``, written by
desktop/indicators/branch_spans.py): whether a span is stored, and a branch table's rows from it."""

from __future__ import annotations

from sqlalchemy import Connection

from desktop.domain.indicators.definitions import SUMMED_FIELDS

#: The case type of the rows summing every type (a case type is never ``*``: it is a type's name or '').
ALL_TYPES = "*"


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
