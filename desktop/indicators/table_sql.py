"""The SQL an indicator table is read with, from ``indicator_month``.

Each table is ONE aggregate query (``GROUP BY`` the unit; flows summed over the period's months, stocks taken
at its last month, the scheduling maximum as ``MAX``) plus, for the 90th percentile only, one histogram query
(desktop/indicators/indicator_table.py runs them and computes the values from the summed totals).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.indicators.definitions import STOCK_FIELDS, SUMMED_FIELDS
from desktop.domain.indicators.periods import first_month_index, last_month_index
from desktop.domain.jalali import JalaliPeriod

LEVELS: tuple[str, ...] = ("province", "district", "branch")
UNIT_COLUMN = {"province": "d.province_id", "district": "b.district_id", "branch": "im.branch_id"}
FLOWS = tuple(name for name in SUMMED_FIELDS if name not in STOCK_FIELDS)


COMPLETE = "im.source IN ('cases', 'monthly')"  # desktop.store.models.COMPLETE_SOURCES


#: From this many months on, a table reads ``indicator_month`` in its primary key's order (branch, month) rather
#: through the (month, branch) index: the rows come grouped by branch, with no row fetched out of order and no
#: sort (a year of 3,000 branches: half the time). For fewer months the month index reads far fewer rows.
BRANCH_ORDER_MONTHS = 3


def filters(case_type: str | None, parent: tuple[str, int] | None, *, with_untyped: bool = False,
             branch_order: bool = False) -> str:
    # The unary + keeps SQLite from choosing the month index for the range (its documented way to say so).
    where = f" WHERE {'+' if branch_order else ''}im.month_index BETWEEN :first AND :last"
    if case_type is not None:
        # The untyped row of every branch-month carries its source: completeness does not depend on the type.
        where += " AND im.case_type IN (:case_type, '')" if with_untyped else " AND im.case_type = :case_type"
    if parent is not None:
        where += f" AND {within(parent[0], ':parent')}"
    return where


def within(level: str, parameter: str) -> str:
    """``im`` rows of the branches of one unit, named by ``parameter``. For a district (or a province) the
    branch ids are listed first, so that SQLite reads each branch's months through the primary key instead of
    every branch's rows of the months (a district of 75 branches: 1/40 of the rows)."""
    if check_level(level) == "branch":
        return f"im.branch_id = {parameter}"
    if level == "district":
        return f"im.branch_id IN (SELECT w.id FROM branch w WHERE w.district_id = {parameter})"
    return (f"im.branch_id IN (SELECT w.id FROM branch w JOIN district wd ON wd.id = w.district_id"
            f" WHERE wd.province_id = {parameter})")


def _branch_scope(connection: Connection, level: str, unit_id: int) -> tuple[str, int] | None:
    """The branch filter of a unit's trend series: none for the province when it is the only one in the file
    (every branch is then in it; listing its 3,000 branches made SQLite read each branch's months one by one,
    about 1.4x the time of reading the months' rows as they lie)."""
    if level == "province" and connection.execute(text("SELECT count(*) FROM province")).scalar() == 1:
        return None
    return (level, unit_id)


#: Below this many incoming cases ``disposed * 100.0 / incoming < 100`` exactly when ``disposed < incoming``.
_EXACT_CLEARANCE_BELOW = 10**15


def narrowed_to_possibly_at_risk(sql: str, names: Sequence[str], last: int, run: int, params: dict[str, Any]) -> str:
    """``sql`` (unit, month, the sums of ``names``, per unit-month) narrowed to the units that may meet an
    early-warning rule over the ``run`` months ending with ``last``
    (desktop/domain/indicators/early_warning.py): each of them with a month-end backlog above the month
    before's, or each with incoming cases and fewer disposed of than came in. A month without rows is NULL
    here and fails every comparison, as it breaks a run there. A condition the rules imply (the caller still
    applies them): the backlog is compared as integers (the rule compares floats of them: a rise there is a
    rise here); the clearance ``disposed * 100.0 / incoming < 100`` holds exactly when ``disposed < incoming``
    while ``incoming`` is below ``_EXACT_CLEARANCE_BELOW`` (the rounded quotient could reach 100 from below only
    past ~10**16 incoming cases): a unit with more is let through whatever it disposed of."""
    missing = {"pending_end", "incoming", "disposed"} - set(names)
    if missing:
        raise ValueError(f"the early-warning rules need {', '.join(sorted(missing))}")

    def at(column: str, back: int) -> str:  # the unit's value in month ``last - back`` (NULL: no rows)
        params[f"_risk_month_{back}"] = last - back
        return f"max(CASE WHEN month = :_risk_month_{back} THEN {column} END)"

    grew = " AND ".join(f"{at('pending_end', back)} > {at('pending_end', back + 1)}" for back in range(run))
    low = " AND ".join(f"{at('incoming', back)} > 0 AND ({at('disposed', back)} < {at('incoming', back)}"
                       f" OR {at('incoming', back)} >= {_EXACT_CLEARANCE_BELOW})" for back in range(run))
    columns = ", ".join(("unit", "month", *names))
    return (f"WITH m({columns}) AS ({sql}) SELECT * FROM m WHERE unit IN"
            f" (SELECT unit FROM m GROUP BY unit HAVING ({grew}) OR ({low}))")


def check_level(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    return level


FROM_BRANCH_ROWS = (
    " FROM indicator_month im JOIN branch b ON b.id = im.branch_id JOIN district d ON d.id = b.district_id"
)


def table_query(
    level: str,
    period: JalaliPeriod,
    case_type: str | None = None,
    parent: tuple[str, int] | None = None,
    stock_month: int | None = None,
    first_month: int | None = None,
) -> tuple[str, dict[str, Any]]:
    """The aggregate SQL behind :meth:`IndicatorService.table` and its named parameters (usable with sqlite3).

    One pass: per branch (flows summed over the months, stocks at ``stock_month`` - default the period's last
    month -, the months whose source is complete), then per unit (sums, and how many of its branches are
    complete over all ``:expected`` months, or those from the month it opened). Flows start at ``first_month``
    (default the period's first)."""
    unit = UNIT_COLUMN[check_level(level)]
    typed = "1" if case_type is None else "im.case_type = :case_type"
    flows = [f"sum(CASE WHEN {typed} THEN im.{name} END) AS {name}" for name in FLOWS]
    stocks = [f"sum(CASE WHEN {typed} AND im.month_index = :stock THEN im.{name} END) AS {name}"
              for name in STOCK_FIELDS]
    inner = ", ".join([
        f"im.branch_id AS branch_id, {unit} AS unit_id", *flows, *stocks,
        f"max(CASE WHEN {typed} THEN im.scheduling_days_max END) AS scheduling_days_max",
        # Every branch-month with a source has exactly one untyped row, labelled with it: no DISTINCT needed.
        # Only the months the branch is expected to report in count: from the month it opened on.
        f"sum(im.case_type = '' AND {COMPLETE} AND im.month_index >= coalesce(b.opened_month, 0)) AS complete_months",
        "max(:expected - max(coalesce(b.opened_month, 0) - :first, 0)) AS expected_months",
        # A unit of one branch names its missing months (read by the outer max() only then).
        f"group_concat(CASE WHEN im.case_type = '' AND {COMPLETE} THEN im.month_index END) AS complete_list",
        f"max({typed}) AS has_rows",
    ])
    outer = ", ".join([
        "unit_id", *(f"sum({name}) AS {name}" for name in (*FLOWS, *STOCK_FIELDS)),
        "max(scheduling_days_max) AS scheduling_days_max", "max(has_rows) AS has_rows",
        "count(*) AS branches_with_rows", "sum(complete_months >= expected_months) AS complete_branches",
        "group_concat(CASE WHEN complete_months >= expected_months THEN branch_id END) AS complete_ids",
        "max(complete_list) AS complete_list",
        # every branch's months with statistics, repeats and all: the months some branch of the unit has them
        "group_concat(complete_list) AS statistics_months",
    ])
    params = _params(period, case_type, parent)
    params["stock"] = params["last"] if stock_month is None else stock_month
    if first_month is not None:
        params["first"] = first_month
    params["last"] = min(params["last"], params["stock"])
    params["expected"] = params["stock"] - params["first"] + 1
    branch_order = params["stock"] - params["first"] + 1 >= BRANCH_ORDER_MONTHS
    sql = (
        f"SELECT {outer} FROM (SELECT {inner}{FROM_BRANCH_ROWS}"
        f"{filters(case_type, parent, with_untyped=True, branch_order=branch_order)}"
        " GROUP BY im.branch_id) GROUP BY unit_id"
    )
    return sql, params


def histogram_query(
    level: str, period: JalaliPeriod, case_type: str | None = None, parent: tuple[str, int] | None = None
) -> tuple[str, dict[str, Any]]:
    """The merged disposition histogram per unit (only the 90th-percentile indicator needs it)."""
    unit = UNIT_COLUMN[check_level(level)]
    sql = (
        f"SELECT {unit}, im.bucket, sum(im.count) FROM disposition_histogram im"
        " JOIN branch b ON b.id = im.branch_id JOIN district d ON d.id = b.district_id"
        f"{filters(case_type, parent)} GROUP BY {unit}, im.bucket"
    )
    return sql, _params(period, case_type, parent)


def _params(period: JalaliPeriod, case_type: str | None, parent: tuple[str, int] | None) -> dict[str, Any]:
    params: dict[str, Any] = {"first": first_month_index(period), "last": last_month_index(period)}
    if case_type is not None:
        params["case_type"] = case_type
    if parent is not None:
        params["parent"] = parent[1]
    return params


def branch_monthly(
    connection: Connection, level: str, unit_id: int, first: int, last: int, case_type: str | None,
    with_histogram: bool,
) -> tuple[dict[int, Sequence[Any]], dict[int, dict[int, int]]]:
    """A unit's measures (and histograms) per month, summed over its branch rows."""
    scope = _branch_scope(connection, level, unit_id)
    flows = ", ".join(f"sum(im.{name})" for name in FLOWS)
    stocks = ", ".join(f"sum(im.{name})" for name in STOCK_FIELDS)
    sql = (
        f"SELECT im.month_index, {flows}, {stocks}, max(im.scheduling_days_max) FROM indicator_month im"
        f"{filters(case_type, scope)} GROUP BY im.month_index"
    )
    params: dict[str, Any] = {"first": first, "last": last, "parent": unit_id}
    if case_type is not None:
        params["case_type"] = case_type
    monthly = {row[0]: row for row in connection.execute(text(sql), params)}
    hist: dict[int, dict[int, int]] = {}
    if with_histogram:
        hist_sql = (
            "SELECT im.month_index, im.bucket, sum(im.count) FROM disposition_histogram im"
            f"{filters(case_type, scope)} GROUP BY im.month_index, im.bucket"
        )
        for month, bucket, count in connection.execute(text(hist_sql), params):
            hist.setdefault(month, {})[bucket] = count
    return monthly, hist
