"""Reading the pre-aggregated district and province months (desktop/indicators/rollup.py writes them): the
queries behind a district or province table, trend and coverage, none of which reads a branch row.

A district's or province's table is one ``GROUP BY unit`` over ``indicator_rollup_month`` (flows summed over the
months, stocks at the stock month, the scheduling maximum as ``MAX`` - the same sums as the branch-row query,
done once at write time per month), its completeness one read of ``indicator_rollup_coverage`` (per unit and
month: complete branches, the ids of the others), and the 90th percentile one ``GROUP BY`` over
``indicator_rollup_histogram``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.indicators.definitions import STOCK_FIELDS, SUMMED_FIELDS
from desktop.domain.indicators.periods import month_period
from desktop.indicators import driver_rows

ROLLUP_LEVELS = ("district", "province")
_FLOWS = tuple(name for name in SUMMED_FIELDS if name not in STOCK_FIELDS)


def uses_rollups(level: str, parent: tuple[str, int] | None) -> bool:
    """Whether a table of ``level`` within ``parent`` is answered from the roll-ups: a district or province
    table of the whole file, of a province, or a district's own row. (A district table "within a branch" keeps
    the branch rows: its one branch's figures under its district's name.)"""
    if level == "district":
        return parent is None or parent[0] in ("province", "district")
    if level == "province":
        return parent is None or parent[0] == "province"
    return False


def _unit_filter(level: str, parent: tuple[str, int] | None) -> str:
    if parent is None:
        return ""
    if level == "district" and parent[0] == "province":
        return " AND r.unit_id IN (SELECT w.id FROM district w WHERE w.province_id = :parent)"
    return " AND r.unit_id = :parent"


def rollup_table_query(
    level: str, case_type: str | None, parent: tuple[str, int] | None, first: int, stock: int,
) -> tuple[str, dict[str, Any]]:
    """The measures of every unit of ``level`` over ``first..stock`` (stocks at ``stock``), as the branch-row
    :func:`desktop.indicators.table_sql.table_query` gives them; ``has_rows`` tells a unit without any row of the
    case type (no value) from a zero."""
    stocks = [f"sum(CASE WHEN r.month_index = :stock THEN r.{name} END) AS {name}" for name in STOCK_FIELDS]
    columns = ", ".join([
        "r.unit_id AS unit_id", *(f"sum(r.{name}) AS {name}" for name in _FLOWS), *stocks,
        "max(r.scheduling_days_max) AS scheduling_days_max", "1 AS has_rows",
    ])
    where = " WHERE r.level = :level AND r.month_index BETWEEN :first AND :stock"
    params: dict[str, Any] = {"level": level, "first": first, "stock": stock}
    if case_type is not None:
        where += " AND r.case_type = :case_type"
        params["case_type"] = case_type
    if parent is not None:
        params["parent"] = parent[1]
    sql = f"SELECT {columns} FROM indicator_rollup_month r{where}{_unit_filter(level, parent)} GROUP BY r.unit_id"
    return sql, params


def rollup_histogram_query(
    level: str, case_type: str | None, parent: tuple[str, int] | None, first: int, last: int,
) -> tuple[str, dict[str, Any]]:
    """The merged disposition histogram per unit over ``first..last``."""
    where = " WHERE r.level = :level AND r.month_index BETWEEN :first AND :last"
    params: dict[str, Any] = {"level": level, "first": first, "last": last}
    if case_type is not None:
        where += " AND r.case_type = :case_type"
        params["case_type"] = case_type
    if parent is not None:
        params["parent"] = parent[1]
    sql = (f"SELECT r.unit_id, r.bucket, sum(r.count) FROM indicator_rollup_histogram r{where}"
           f"{_unit_filter(level, parent)} GROUP BY r.unit_id, r.bucket")
    return sql, params


def rollup_coverage_query(
    level: str, parent: tuple[str, int] | None, first: int, stock: int,
) -> tuple[str, dict[str, Any]]:
    """Per unit and month of ``first..stock``: complete branches, the ids of the others and how many it had
    then (its branches opened by that month)."""
    params: dict[str, Any] = {"level": level, "first": first, "stock": stock}
    if parent is not None:
        params["parent"] = parent[1]
    sql = ("SELECT r.unit_id, r.month_index, r.complete_branches, r.incomplete_ids, r.branches"
           " FROM indicator_rollup_coverage r"
           f" WHERE r.level = :level AND r.month_index BETWEEN :first AND :stock{_unit_filter(level, parent)}")
    return sql, params


def rollup_months_with_statistics(connection: Connection, level: str, first: int,
                                  stock: int) -> dict[int, frozenset[int]]:
    """unit id -> the months of ``first..stock`` in which some branch of it has statistics of its own (a case
    listing or monthly statistics, not carried forward), for the units of ``level`` that have any."""
    months: dict[int, set[int]] = {}
    for unit_id, month in connection.execute(text(
            "SELECT unit_id, month_index FROM indicator_rollup_coverage WHERE level = :level"
            " AND month_index BETWEEN :first AND :stock AND complete_branches > 0"),
            {"level": level, "first": first, "stock": stock}):
        months.setdefault(int(unit_id), set()).add(int(month))
    return {unit_id: frozenset(found) for unit_id, found in months.items()}


def member_counts(connection: Connection, level: str) -> dict[int, int]:
    """unit id -> how many branches it has now (from the district index of ``branch``)."""
    if level == "district":
        sql = "SELECT district_id, count(*) FROM branch GROUP BY district_id"
    else:
        sql = ("SELECT d.province_id, sum(n) FROM (SELECT district_id, count(*) AS n FROM branch GROUP BY"
               " district_id) JOIN district d ON d.id = district_id GROUP BY d.province_id")
    return {unit_id: int(count) for unit_id, count in connection.execute(text(sql))}


def _ids(listed: str | None) -> set[int]:
    return {int(part) for part in listed.split(",")} if listed else set()


@dataclass(frozen=True)
class Membership:
    """How many branches every unit of a level has now, from ``branch`` (the denominator of "97 of 100 branches
    complete"), and the branches the roll-ups were not written with: what a level's completeness needs besides
    the coverage rows. The service keeps it per data generation (desktop/indicators/read_cache.py). Never
    modified once built."""

    #: unit id -> branches
    counts: Mapping[int, int]
    #: (unit id, branch id) of every branch whose district is not the one its roll-ups were written with
    unrolled: tuple[tuple[int, int], ...]
    #: (unit id, branch id, the month it opened) of every branch that opened after the records began
    opened: tuple[tuple[int, int, int], ...] = ()

    def count_at(self, unit_id: int, month: int) -> int:
        """How many of the unit's branches had opened by ``month``: a period's denominator, ending then."""
        return self.counts.get(unit_id, 0) - sum(1 for unit, _branch, start in self.opened
                                                 if unit == unit_id and start > month)

    def open_by(self, unit_id: int, branch_id: int, month: int) -> bool:
        return all(start <= month for unit, branch, start in self.opened if (unit, branch) == (unit_id, branch_id))


def read_membership(connection: Connection, level: str) -> Membership:
    """:class:`Membership` of ``level`` (district or province)."""
    column = "b.district_id" if level == "district" else "d.province_id"
    opened = tuple((int(unit), int(branch), int(month)) for unit, branch, month in connection.execute(text(
        f"SELECT {column}, b.id, b.opened_month FROM branch b JOIN district d ON d.id = b.district_id"
        " WHERE b.opened_month IS NOT NULL")))
    return Membership(member_counts(connection, level), tuple(_unrolled_branches(connection, level)), opened)


def branch_codes(connection: Connection, ids: Iterable[int]) -> dict[int, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    rows = connection.execute(text("SELECT id, code FROM branch WHERE id IN (SELECT value FROM json_each(:ids))"),
                              {"ids": "[" + ",".join(map(str, wanted)) + "]"})
    return {branch_id: code for branch_id, code in rows}


def rollup_coverage(
    connection: Connection, level: str, parent: tuple[str, int] | None, units: Iterable[int], first: int,
    stock: int, membership: Membership | None = None,
) -> dict[int, tuple[int, int, tuple[str, ...], tuple[str, ...]]]:
    """unit id -> (complete branches, branches, missing month codes of a one-branch unit, incomplete branch
    codes) over the months ``first..stock`` - the same four the branch-row computation gives. A branch is
    complete when it is complete in every month; a month without a coverage row (outside the derived months)
    has none complete. ``membership``: the level's, when the caller has it (read here otherwise) - it must be
    of the same snapshot as ``connection``."""
    known = read_membership(connection, level) if membership is None else membership
    sql, params = rollup_coverage_query(level, parent, first, stock)
    months = range(first, stock + 1)
    seen: dict[int, set[int]] = {}
    incomplete: dict[int, set[int]] = {}
    bad_months: dict[int, set[int]] = {}
    before_opening: dict[int, set[int]] = {}  # months in which none of the unit's branches had opened yet
    for unit_id, month, _complete, listed, branches in driver_rows.rows(connection, sql, params):
        seen.setdefault(unit_id, set()).add(month)
        if not branches:
            before_opening.setdefault(unit_id, set()).add(month)
        if listed:
            incomplete.setdefault(unit_id, set()).update(_ids(listed))
            bad_months.setdefault(unit_id, set()).add(month)
    for unit_id, branch_id in known.unrolled:
        # In the unit now but not in its roll-ups (added or moved since they were written, outside the paths that
        # refresh them): nothing of it is known, so it is incomplete in every month - never counted complete.
        if known.open_by(unit_id, branch_id, stock):
            incomplete.setdefault(unit_id, set()).add(branch_id)
            bad_months.setdefault(unit_id, set()).update(months)
    whole: list[int] = [unit_id for unit_id in units
                        if known.count_at(unit_id, stock) and len(seen.get(unit_id, ())) < len(months)]
    members_of_whole = {unit_id: {branch_id: code for branch_id, code in members.items()
                                  if known.open_by(unit_id, branch_id, stock)}
                        for unit_id, members in _members_of(connection, level, whole).items()}
    codes = branch_codes(connection, set().union(*incomplete.values()) if incomplete else ())
    result: dict[int, tuple[int, int, tuple[str, ...], tuple[str, ...]]] = {}
    for unit_id in units:
        total = known.count_at(unit_id, stock)  # the branches opened by the period's end
        if unit_id in members_of_whole:  # a month without a row: every branch incomplete
            names = tuple(sorted(members_of_whole[unit_id].values()))
            complete = 0
        else:
            names = tuple(sorted(codes[b] for b in incomplete.get(unit_id, ()) if b in codes))
            complete = total - len(names)
        missing: tuple[str, ...] = ()
        if total == 1:
            good = seen.get(unit_id, set()) - bad_months.get(unit_id, set())
            missing = tuple(month_period(month).code for month in months
                            if month not in good and month not in before_opening.get(unit_id, ()))
        result[unit_id] = (complete, total, missing, names)
    return result


def _unrolled_branches(connection: Connection, level: str) -> list[tuple[int, int]]:
    """(unit id, branch id) of every branch whose district is not the one the roll-ups were written with."""
    column = "b.district_id" if level == "district" else "d.province_id"
    return [(int(unit_id), int(branch_id)) for unit_id, branch_id in connection.execute(text(
        f"SELECT {column}, b.id FROM branch b JOIN district d ON d.id = b.district_id"
        " LEFT JOIN indicator_rollup_branch r ON r.branch_id = b.id WHERE r.district_id IS NOT b.district_id"))]


def _members_of(connection: Connection, level: str, units: Sequence[int]) -> dict[int, dict[int, str]]:
    if not units:
        return {}
    column = "b.district_id" if level == "district" else "d.province_id"
    rows = connection.execute(text(
        f"SELECT {column}, b.id, b.code FROM branch b JOIN district d ON d.id = b.district_id"
        f" WHERE {column} IN (SELECT value FROM json_each(:units))"),
        {"units": "[" + ",".join(map(str, units)) + "]"})
    members: dict[int, dict[int, str]] = {}
    for unit_id, branch_id, code in rows:
        members.setdefault(unit_id, {})[branch_id] = code
    return members


def rollup_complete_months(connection: Connection, level: str, unit_id: int, first: int, last: int) -> set[int]:
    """The months of ``first..last`` in which every branch of the unit is complete (none for a unit without
    branches)."""
    membership = read_membership(connection, level)
    if not membership.counts.get(unit_id):
        return set()
    rows = connection.execute(text(
        "SELECT month_index, complete_branches FROM indicator_rollup_coverage WHERE level = :level"
        " AND unit_id = :unit AND month_index BETWEEN :first AND :last AND incomplete_ids IS NULL"),
        {"level": level, "unit": unit_id, "first": first, "last": last})
    # Every branch it has now that had opened by the month (one added since the roll-ups were written is not in
    # them, so the month is not complete); a month before any of them opened expects nothing.
    return {month for month, complete in rows if complete == membership.count_at(unit_id, month)}


def rollup_monthly(
    connection: Connection, level: str, unit_id: int, first: int, last: int, case_type: str | None,
    with_histogram: bool,
) -> tuple[dict[int, Sequence[Any]], dict[int, dict[int, int]]]:
    """A unit's measures per month of ``first..last`` (month, flows..., stocks..., scheduling max) and, when
    asked, its histogram per month - the rows of a trend series."""
    params: dict[str, Any] = {"level": level, "unit": unit_id, "first": first, "last": last}
    typed = ""
    if case_type is not None:
        typed = " AND case_type = :case_type"
        params["case_type"] = case_type
    where = f" WHERE level = :level AND unit_id = :unit AND month_index BETWEEN :first AND :last{typed}"
    sums = ", ".join(f"sum({name})" for name in (*_FLOWS, *STOCK_FIELDS))
    monthly = {row[0]: row for row in connection.execute(text(
        f"SELECT month_index, {sums}, max(scheduling_days_max) FROM indicator_rollup_month{where}"
        " GROUP BY month_index"), params)}
    histograms: dict[int, dict[int, int]] = {}
    if with_histogram:
        for month, bucket, count in connection.execute(text(
                f"SELECT month_index, bucket, sum(count) FROM indicator_rollup_histogram{where}"
                " GROUP BY month_index, bucket"), params):
            histograms.setdefault(month, {})[bucket] = count
    return monthly, histograms


def coverage_rows(connection: Connection) -> Mapping[str, list[tuple[Any, ...]]]:
    """Every roll-up row, normalised for comparison (ids listed sorted): what a refresh wrote, to compare with
    :func:`desktop.indicators.rollup.rebuild_rollups` (tests)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for table in ("indicator_rollup_month", "indicator_rollup_histogram", "indicator_rollup_coverage",
                  "indicator_rollup_branch", "indicator_branch_span", "indicator_branch_span_list"):
        rows = []
        for row in connection.exec_driver_sql(f"SELECT * FROM {table}"):
            values = tuple(row)
            if table in ("indicator_rollup_coverage", "indicator_branch_span"):
                values = (*values[:-1], tuple(sorted(_ids(values[-1]))))
            rows.append(values)
        out[table] = sorted(rows, key=repr)
    return out
