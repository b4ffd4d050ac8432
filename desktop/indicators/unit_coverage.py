"""Which branches of a unit have complete statistics (a case listing or monthly statistics, not carried forward
or missing) over a period's months: the coverage every figure carries (docs/indicators.md, "Completeness")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, text

from desktop.domain.indicators.periods import month_period
from desktop.indicators.opened_branches import EXPECTED, expected_months, open_by, opened_months
from desktop.indicators.rollup_read import rollup_complete_months
from desktop.indicators.survey_coverage import with_survey
from desktop.indicators.table_sql import COMPLETE, UNIT_COLUMN, within


def unit_members(connection: Connection, level: str, parent: tuple[str, int] | None,
                 through: int | None = None) -> dict[int, dict[int, str]]:
    """unit id -> {branch id: branch code} of every branch in it (a branch with no row at all counts); with
    ``through``, of every branch opened by that month (the members of a period ending then)."""
    unit = {"province": "d.province_id", "district": "b.district_id", "branch": "b.id"}[level]
    sql = f"SELECT {unit}, b.id, b.code FROM branch b JOIN district d ON d.id = b.district_id WHERE 1"
    params: dict[str, Any] = {}
    if parent is not None:
        sql += f" AND {UNIT_COLUMN[parent[0]].replace('im.branch_id', 'b.id')} = :parent"
        params["parent"] = parent[1]
    if through is not None:
        sql += f" AND {EXPECTED.format(branch='b', month=':through')}"
        params["through"] = through
    members: dict[int, dict[int, str]] = {}
    rows = connection.exec_driver_sql(sql, params).cursor.fetchall()  # type: ignore[union-attr]
    for unit_id, branch_id, code in rows:
        members.setdefault(unit_id, {})[branch_id] = code
    return members


def incomplete_branches_from_coverage(connection: Connection, first: int, last: int) -> set[int] | None:
    """The branches carried forward or missing in some month of ``first..last``, from the months' coverage
    roll-ups (a few rows, against a branch row per branch-month: the home page's units at risk on 3,000 branches);
    None when a month of them has no coverage row (outside the derived range)."""
    rows = connection.execute(text(
        "SELECT month_index, group_concat(incomplete_ids) FROM indicator_rollup_coverage WHERE level = 'district'"
        " AND month_index BETWEEN :first AND :last GROUP BY month_index"), {"first": first, "last": last}).all()
    if len(rows) != last - first + 1:
        return None
    return {int(branch) for _month, listed in rows if listed for branch in listed.split(",") if branch}


def unit_coverage(
    connection: Connection, level: str, parent: tuple[str, int] | None, measured: Mapping[int, Mapping[str, Any]],
    months: Sequence[int], *, survey: Mapping[int, frozenset[int]] | None = None,
) -> dict[int, tuple[int, int]]:
    """unit id -> (complete branches, branches), from the rows of :func:`table_query` (for callers that run it
    themselves): "3 of 4 branches complete". ``survey``: the months each branch did not answer the survey
    (:func:`~desktop.indicators.survey_coverage.survey_gaps`) - the coverage of satisfaction, as :meth:`table`
    gives it."""
    result = {}
    opened = opened_months(connection)
    for unit_id, branches in unit_members(connection, level, parent, months[-1] if months else None).items():
        cover = coverage_of(measured.get(unit_id), branches, months, opened)
        result[unit_id] = (with_survey(cover, branches, survey) if survey else cover)[:2]
    return result


def unit_completeness(
    connection: Connection, level: str, parent: tuple[str, int] | None, measured: Mapping[int, Mapping[str, Any]],
    months: Sequence[int],
) -> dict[int, bool]:
    """unit id -> complete, from the rows of :func:`table_query` (for callers that run it themselves)."""
    return {unit_id: complete == branches > 0
            for unit_id, (complete, branches) in unit_coverage(connection, level, parent, measured, months).items()}


def months_with_statistics(connection: Connection, level: str, unit_id: int, first: int, last: int,
                           *, from_branch_rows: bool = False) -> set[int]:
    """The months of ``first..last`` in which some branch of the unit has statistics of its own (not carried
    forward): the months that say anything of what happened in the unit."""
    if level in ("district", "province") and not from_branch_rows:
        rows = connection.execute(text(
            "SELECT month_index FROM indicator_rollup_coverage WHERE level = :level AND unit_id = :unit"
            " AND month_index BETWEEN :first AND :last AND complete_branches > 0"),
            {"level": level, "unit": unit_id, "first": first, "last": last})
        return {row[0] for row in rows}
    sql = (f"SELECT DISTINCT im.month_index FROM indicator_month im WHERE im.month_index BETWEEN :first AND :last"
           f" AND im.case_type = '' AND {COMPLETE} AND {within(level, ':unit')}")
    return {row[0] for row in connection.execute(text(sql), {"first": first, "last": last, "unit": unit_id})}


def complete_months(connection: Connection, level: str, unit_id: int, first: int, last: int,
                    *, from_branch_rows: bool = False) -> set[int]:
    """The months of ``first..last`` in which every branch of the unit has complete statistics (its untyped row's
    source is a case listing or monthly statistics): a district's or the province's from its coverage roll-up,
    a branch's (or, ``from_branch_rows``, any unit's) in one ``GROUP BY month`` query over the branch rows. A
    unit without branches has none."""
    if level in ("district", "province") and not from_branch_rows:
        return rollup_complete_months(connection, level, unit_id, first, last)
    members = unit_members(connection, level, (level, unit_id)).get(unit_id, {})
    if not members:
        return set()
    params = {"first": first, "last": last, "unit": unit_id}
    opened = opened_months(connection)
    late = opened.keys() & members.keys()
    # With a branch that opened after the records began, only its months from then on count (a month before any
    # of them opened expects nothing of it, so it does not make a period reaching back there incomplete).
    from_opening = (" AND im.month_index >= coalesce((SELECT o.opened_month FROM branch o WHERE o.id = im.branch_id),"
                    " 0)") if late else ""
    sql = (f"SELECT im.month_index, count(*) FROM indicator_month im WHERE im.month_index BETWEEN :first AND :last"
           f" AND im.case_type = '' AND {COMPLETE}{from_opening} AND {within(level, ':unit')}"
           " GROUP BY im.month_index")
    counts = dict(connection.execute(text(sql), params).all())
    if not late:
        return {month for month, count in counts.items() if count == len(members)}
    return {month for month in range(first, last + 1)
            if counts.get(month, 0) == sum(1 for branch_id in members if open_by(branch_id, month, opened))}


def coverage_of(
    row: Mapping[str, Any] | None, members: Mapping[int, str], months: Sequence[int],
    opened: Mapping[int, int] | None = None,
) -> tuple[int, int, tuple[str, ...], tuple[str, ...]]:
    """(complete branches, branches, missing month codes of a single branch, incomplete branch codes).
    ``opened``: the month each branch that opened after the records began opened in (a single branch is expected
    from it; a unit's ``complete_ids`` already counts its branches so)."""
    if len(members) == 1 and opened and (months and opened.get(next(iter(members)), -1) > months[0]):
        ((branch_id, code),) = members.items()
        present = set()
        if row is not None and row["complete_list"]:
            present = {int(part) for part in str(row["complete_list"]).split(",")}
        missing_months = [month for month in expected_months(branch_id, months, opened) if month not in present]
        return (0 if missing_months else 1), 1, tuple(month_period(m).code for m in missing_months), (
            (code,) if missing_months else ())
    if len(members) == 1 and row is not None and row["complete_ids"] is not None:
        # A branch (or a unit of one) complete in every month: nothing missing (3,000 of them in a branch table).
        ((branch_id, _),) = members.items()
        if str(branch_id) in str(row["complete_ids"]).split(","):
            return 1, 1, (), ()
    complete_ids = set()
    if row is not None and row["complete_ids"]:
        complete_ids = {int(part) for part in str(row["complete_ids"]).split(",")}
    incomplete = tuple(sorted(code for branch_id, code in members.items() if branch_id not in complete_ids))
    missing: tuple[str, ...] = ()
    if len(members) == 1:
        present = set()
        if row is not None and row["complete_list"]:
            present = {int(part) for part in str(row["complete_list"]).split(",")}
        missing = tuple(month_period(month).code for month in months if month not in present)
    return len(members) - len(incomplete), len(members), missing, incomplete
