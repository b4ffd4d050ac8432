"""Indicator tables and trends at province, district and branch level, read from ``indicator_month``.

Each table is ONE aggregate query (``GROUP BY`` the unit; flows summed over the period's months, stocks taken
at its last month, the scheduling maximum as ``MAX``) plus, for the 90th percentile only, one histogram query;
the values are then computed by the domain definitions from the summed totals (Σ/Σ at every level).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import Connection, text

from desktop.domain.access import Action, ActsForPrincipal, PermissionDenied, Principal
from desktop.domain.frozen_values import from_fields
from desktop.domain.indicators.definitions import (
    STOCK_FIELDS,
    SUMMED_FIELDS,
    Direction,
    IndicatorDefinition,
    MeasureTotals,
    indicator,
)
from desktop.domain.indicators.periods import (
    first_month_index,
    last_month_index,
    last_periods,
    month_bounds,
    month_period,
)
from desktop.domain.indicators.ranking import best_and_worst, rank
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.gc_pause import collector_paused
from desktop.indicators import driver_rows
from desktop.indicators.branch_spans import span_stored, span_table_query
from desktop.indicators.read_cache import generation_facts
from desktop.indicators.rollup_read import (
    read_membership,
    rollup_complete_months,
    rollup_coverage,
    rollup_histogram_query,
    rollup_monthly,
    rollup_table_query,
    rollup_units_with_statistics,
    uses_rollups,
)
from desktop.indicators.survey_coverage import survey_gaps, surveyed_months, unanswered_months, with_survey
from desktop.indicators.views import (
    DataCoverage,
    IncompleteUnit,
    IndicatorRow,
    IndicatorTable,
    IndicatorTrend,
    TrendSeries,
)
from desktop.store.database import Database

if TYPE_CHECKING:
    from desktop.exports.excel import Sheet

Level = Literal["province", "district", "branch"]
LEVELS: tuple[str, ...] = ("province", "district", "branch")
#: How many best and worst units a table marks.
HIGHLIGHTED = 3

_UNIT_COLUMN = {"province": "d.province_id", "district": "b.district_id", "branch": "im.branch_id"}
_FLOWS = tuple(name for name in SUMMED_FIELDS if name not in STOCK_FIELDS)


_COMPLETE = "im.source IN ('cases', 'monthly')"  # desktop.store.models.COMPLETE_SOURCES


#: From this many months on, a table reads ``indicator_month`` in its primary key's order (branch, month) rather
#: through the (month, branch) index: the rows come grouped by branch, with no row fetched out of order and no
#: sort (a year of 3,000 branches: half the time). For fewer months the month index reads far fewer rows.
BRANCH_ORDER_MONTHS = 3


def _filters(case_type: str | None, parent: tuple[str, int] | None, *, with_untyped: bool = False,
             branch_order: bool = False) -> str:
    # The unary + keeps SQLite from choosing the month index for the range (its documented way to say so).
    where = f" WHERE {'+' if branch_order else ''}im.month_index BETWEEN :first AND :last"
    if case_type is not None:
        # The untyped row of every branch-month carries its source: completeness does not depend on the type.
        where += " AND im.case_type IN (:case_type, '')" if with_untyped else " AND im.case_type = :case_type"
    if parent is not None:
        where += f" AND {_within(parent[0], ':parent')}"
    return where


def _within(level: str, parameter: str) -> str:
    """``im`` rows of the branches of one unit, named by ``parameter``. For a district (or a province) the
    branch ids are listed first, so that SQLite reads each branch's months through the primary key instead of
    every branch's rows of the months (a district of 75 branches: 1/40 of the rows)."""
    if _check_level(level) == "branch":
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


def _possibly_at_risk(sql: str, names: Sequence[str], last: int, run: int, params: dict[str, Any]) -> str:
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


def _check_level(level: str) -> str:
    if level not in LEVELS:
        raise ValueError(f"level must be one of {LEVELS}, not {level!r}")
    return level


_FROM = (
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
    complete over all ``:expected`` months). Flows start at ``first_month`` (default the period's first)."""
    unit = _UNIT_COLUMN[_check_level(level)]
    typed = "1" if case_type is None else "im.case_type = :case_type"
    flows = [f"sum(CASE WHEN {typed} THEN im.{name} END) AS {name}" for name in _FLOWS]
    stocks = [f"sum(CASE WHEN {typed} AND im.month_index = :stock THEN im.{name} END) AS {name}"
              for name in STOCK_FIELDS]
    inner = ", ".join([
        f"im.branch_id AS branch_id, {unit} AS unit_id", *flows, *stocks,
        f"max(CASE WHEN {typed} THEN im.scheduling_days_max END) AS scheduling_days_max",
        # Every branch-month with a source has exactly one untyped row, labelled with it: no DISTINCT needed.
        f"sum(im.case_type = '' AND {_COMPLETE}) AS complete_months",
        # A unit of one branch names its missing months (read by the outer max() only then).
        f"group_concat(CASE WHEN im.case_type = '' AND {_COMPLETE} THEN im.month_index END) AS complete_list",
        f"max({typed}) AS has_rows",
    ])
    outer = ", ".join([
        "unit_id", *(f"sum({name}) AS {name}" for name in (*_FLOWS, *STOCK_FIELDS)),
        "max(scheduling_days_max) AS scheduling_days_max", "max(has_rows) AS has_rows",
        "count(*) AS branches_with_rows", "sum(complete_months = :expected) AS complete_branches",
        "group_concat(CASE WHEN complete_months = :expected THEN branch_id END) AS complete_ids",
        "max(complete_list) AS complete_list",
    ])
    params = _params(period, case_type, parent)
    params["stock"] = params["last"] if stock_month is None else stock_month
    if first_month is not None:
        params["first"] = first_month
    params["last"] = min(params["last"], params["stock"])
    params["expected"] = params["stock"] - params["first"] + 1
    branch_order = params["stock"] - params["first"] + 1 >= BRANCH_ORDER_MONTHS
    sql = (
        f"SELECT {outer} FROM (SELECT {inner}{_FROM}"
        f"{_filters(case_type, parent, with_untyped=True, branch_order=branch_order)}"
        " GROUP BY im.branch_id) GROUP BY unit_id"
    )
    return sql, params


def histogram_query(
    level: str, period: JalaliPeriod, case_type: str | None = None, parent: tuple[str, int] | None = None
) -> tuple[str, dict[str, Any]]:
    """The merged disposition histogram per unit (only the 90th-percentile indicator needs it)."""
    unit = _UNIT_COLUMN[_check_level(level)]
    sql = (
        f"SELECT {unit}, im.bucket, sum(im.count) FROM disposition_histogram im"
        " JOIN branch b ON b.id = im.branch_id JOIN district d ON d.id = b.district_id"
        f"{_filters(case_type, parent)} GROUP BY {unit}, im.bucket"
    )
    return sql, _params(period, case_type, parent)


def _stock_month(period: JalaliPeriod, latest: int | None) -> int:
    """The month whose backlog a period shows: its last, or the latest month with data if that is earlier
    (a period still under way)."""
    last = last_month_index(period)
    return last if latest is None or latest >= last or latest < first_month_index(period) else latest


def _elapsed_days(period: JalaliPeriod, stock_month: int) -> int:
    return (month_bounds(stock_month)[1] - period.start).days + 1


def _params(period: JalaliPeriod, case_type: str | None, parent: tuple[str, int] | None) -> dict[str, Any]:
    params: dict[str, Any] = {"first": first_month_index(period), "last": last_month_index(period)}
    if case_type is not None:
        params["case_type"] = case_type
    if parent is not None:
        params["parent"] = parent[1]
    return params


def _branch_monthly(
    connection: Connection, level: str, unit_id: int, first: int, last: int, case_type: str | None,
    with_histogram: bool,
) -> tuple[dict[int, Sequence[Any]], dict[int, dict[int, int]]]:
    """A unit's measures (and histograms) per month, summed over its branch rows."""
    scope = _branch_scope(connection, level, unit_id)
    flows = ", ".join(f"sum(im.{name})" for name in _FLOWS)
    stocks = ", ".join(f"sum(im.{name})" for name in STOCK_FIELDS)
    sql = (
        f"SELECT im.month_index, {flows}, {stocks}, max(im.scheduling_days_max) FROM indicator_month im"
        f"{_filters(case_type, scope)} GROUP BY im.month_index"
    )
    params: dict[str, Any] = {"first": first, "last": last, "parent": unit_id}
    if case_type is not None:
        params["case_type"] = case_type
    monthly = {row[0]: row for row in connection.execute(text(sql), params)}
    hist: dict[int, dict[int, int]] = {}
    if with_histogram:
        hist_sql = (
            "SELECT im.month_index, im.bucket, sum(im.count) FROM disposition_histogram im"
            f"{_filters(case_type, scope)} GROUP BY im.month_index, im.bucket"
        )
        for month, bucket, count in connection.execute(text(hist_sql), params):
            hist.setdefault(month, {})[bucket] = count
    return monthly, hist


class _Nothing:
    """Marks a request outside the principal's reach: the answer is empty."""


NOTHING = _Nothing()


def _province_of(connection: Connection, district_id: int) -> int | None:
    return connection.execute(text("SELECT province_id FROM district WHERE id = :id"), {"id": district_id}).scalar()


def _district_of_branch(connection: Connection, branch_id: int) -> int | None:
    return connection.execute(text("SELECT district_id FROM branch WHERE id = :id"), {"id": branch_id}).scalar()


def _latest_month(connection: Connection) -> int | None:
    return driver_rows.rows(connection, "SELECT max(month_index) FROM indicator_month")[0][0]  # type: ignore[no-any-return]


def _totals(row: Sequence[Any], summed: Callable[[Sequence[Any]], tuple[Any, ...]], maximum: int, period_days: int,
            histogram: Mapping[int, int] | None) -> MeasureTotals:
    """A unit's totals from its row of a table query: ``summed`` picks the summed fields' columns (in
    SUMMED_FIELDS' order), ``maximum`` is the scheduling maximum's column; a sum over no row (NULL) is 0."""
    picked = summed(row)
    if None in picked:
        picked = tuple(0 if value is None else value for value in picked)
    values = dict(zip(SUMMED_FIELDS, picked, strict=True))
    values["scheduling_days_max"] = row[maximum]
    values["period_days"] = period_days
    values["histogram"] = dict(histogram) if histogram else {}  # a dict, as the codecs expect (not a proxy)
    return MeasureTotals.of(values)


def _members(connection: Connection, level: str, parent: tuple[str, int] | None) -> dict[int, dict[int, str]]:
    """unit id -> {branch id: branch code} of every branch in it (a branch with no row at all counts)."""
    unit = {"province": "d.province_id", "district": "b.district_id", "branch": "b.id"}[level]
    sql = f"SELECT {unit}, b.id, b.code FROM branch b JOIN district d ON d.id = b.district_id"
    if parent is not None:
        sql += f" WHERE {_UNIT_COLUMN[parent[0]].replace('im.branch_id', 'b.id')} = :parent"
    members: dict[int, dict[int, str]] = {}
    rows = connection.exec_driver_sql(sql, {"parent": parent[1]} if parent else {}).cursor.fetchall()  # type: ignore[union-attr]
    for unit_id, branch_id, code in rows:
        members.setdefault(unit_id, {})[branch_id] = code
    return members


def _incomplete_branches_from_coverage(connection: Connection, first: int, last: int) -> set[int] | None:
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
    for unit_id, branches in _members(connection, level, parent).items():
        cover = _coverage(measured.get(unit_id), branches, months)
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
           f" AND im.case_type = '' AND {_COMPLETE} AND {_within(level, ':unit')}")
    return {row[0] for row in connection.execute(text(sql), {"first": first, "last": last, "unit": unit_id})}


def complete_months(connection: Connection, level: str, unit_id: int, first: int, last: int,
                    *, from_branch_rows: bool = False) -> set[int]:
    """The months of ``first..last`` in which every branch of the unit has complete statistics (its untyped row's
    source is a case listing or monthly statistics): a district's or the province's from its coverage roll-up,
    a branch's (or, ``from_branch_rows``, any unit's) in one ``GROUP BY month`` query over the branch rows. A
    unit without branches has none."""
    if level in ("district", "province") and not from_branch_rows:
        return rollup_complete_months(connection, level, unit_id, first, last)
    members = _members(connection, level, (level, unit_id)).get(unit_id, {})
    if not members:
        return set()
    sql = (f"SELECT im.month_index, count(*) FROM indicator_month im WHERE im.month_index BETWEEN :first AND :last"
           f" AND im.case_type = '' AND {_COMPLETE} AND {_within(level, ':unit')}"
           " GROUP BY im.month_index")
    rows = connection.execute(text(sql), {"first": first, "last": last, "unit": unit_id})
    return {month for month, count in rows if count == len(members)}


def _coverage(
    row: Mapping[str, Any] | None, members: Mapping[int, str], months: Sequence[int]
) -> tuple[int, int, tuple[str, ...], tuple[str, ...]]:
    """(complete branches, branches, missing month codes of a single branch, incomplete branch codes)."""
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


class IndicatorService(ActsForPrincipal):
    """Read-only use cases over the derived indicator tables, limited to what :attr:`principal` may see: a
    district head gets his own district and its branches, and nothing of another district or of the whole
    province (the limit is in the queries, so every caller - window, export, command line - gets it); and the
    export of a table as shown (:meth:`export_table`)."""

    def __init__(self, database: Database, *, principal: Principal | None = None, use_rollups: bool = True) -> None:
        """``use_rollups=False`` computes district and province figures from the branch rows, as before the
        roll-ups (migration 0015): the independent computation the tests compare the roll-ups with."""
        self._database = database
        self._use_rollups = use_rollups
        self._act_for(principal)

    def export_table(self, path: Path, sheet: Sheet) -> Path:
        """The table as the page shows it, to an Excel workbook: the export right, and its audit event
        (desktop/indicators/table_export.py)."""
        from desktop.indicators.table_export import export_table

        return export_table(self._database, self.principal, path, sheet)

    def _allowed_parent(
        self, connection: Connection, level: str, parent: tuple[str, int] | None
    ) -> tuple[str, int] | None | _Nothing:
        """``parent`` narrowed to the principal's district, or NOTHING when it lies outside it."""
        self.principal.require(Action.VIEW)
        own = self.principal.visible_district
        if own is None:
            return parent
        if level == "province" or (parent is not None and parent[0] == "province" and parent[1] != _province_of(
                connection, own)):
            return NOTHING
        if parent is None or parent[0] == "province":
            return ("district", own)
        if parent[0] == "district":
            return parent if parent[1] == own else NOTHING
        return parent if _district_of_branch(connection, parent[1]) == own else NOTHING

    def table(
        self,
        code: str,
        level: str,
        period: JalaliPeriod,
        case_type: str | None = None,
        parent: tuple[str, int] | None = None,
        *,
        refuse_outside: bool = False,
    ) -> IndicatorTable:
        """Every unit of ``level`` (within ``parent``, e.g. ``("district", 3)``) with its value, its completeness
        and - complete units only - its rank. A unit is complete when every branch in it has statistics from a
        case listing or monthly statistics for every month the figures cover (docs/indicators.md).

        A scope outside the principal's reach (a district head asking for the province or another district)
        gives an empty table — or, with ``refuse_outside`` (the command line, as ``report`` does),
        :class:`PermissionDenied`."""
        # Thousands of rows, totals and views are built at once and none of them forms a cycle: the cyclic
        # collector walked every live object up to three times during a 3,000-branch table (60 ms became up to
        # 280 ms when the window held earlier tables).
        with collector_paused():
            return self._table(code, level, period, case_type, parent, refuse_outside=refuse_outside)

    def _table(self, code: str, level: str, period: JalaliPeriod, case_type: str | None,
               parent: tuple[str, int] | None, *, refuse_outside: bool) -> IndicatorTable:
        definition = indicator(code)
        _check_level(level)
        with self._database.engine.connect() as connection:
            # First, so that it begins the snapshot: what only a write changes, kept per data generation.
            facts = generation_facts(self._database, connection)
            allowed = self._allowed_parent(connection, level, parent)
            if isinstance(allowed, _Nothing):
                if refuse_outside:
                    raise PermissionDenied(self.principal.role, Action.VIEW, other_district=True)
                return IndicatorTable(definition, level, period, case_type, ())
            parent = allowed
            stock = _stock_month(period, facts.get("latest month", _latest_month))
            first = first_month_index(period)
            if definition.window_months:  # rolling: the window of months ending at the period's stock month
                first = stock - definition.window_months + 1
            days = (month_bounds(stock)[1] - month_bounds(first)[0]).days + 1
            months = tuple(range(first, stock + 1))
            units = facts.get(("units", level, parent), lambda c: self._units(c, level, parent))
            rollups = self._use_rollups and uses_rollups(level, parent)
            # Branches over several months (or the latest month): their pre-aggregated span (90th percentile
            # included), when stored.
            spans = (self._use_rollups and level == "branch" and case_type != ""
                     and not (definition.needs_histogram and definition.window_months)
                     and facts.get(("span", first, stock, definition.needs_histogram),
                                   lambda c: span_stored(c, first, stock, definition.needs_histogram)))
            if spans:
                sql, params = span_table_query(case_type, parent, first, stock)
                members = facts.get(("members", level, parent), lambda c: _members(c, level, parent))
            elif rollups:  # districts and provinces: their pre-aggregated months
                sql, params = rollup_table_query(level, case_type, parent, first, stock)
                histogram_sql = rollup_histogram_query(level, case_type, parent, first_month_index(period),
                                                       last_month_index(period))
                # Completeness depends on the units and months only (not the indicator or the case type).
                coverage = facts.get(("coverage", level, parent, first, stock), lambda c: rollup_coverage(
                    c, level, parent, [unit[0] for unit in units], first, stock,
                    facts.get(("membership", level), lambda c: read_membership(c, level))))
                with_statistics = facts.get(("with statistics", level, first, stock),
                                            lambda c: rollup_units_with_statistics(c, level, first, stock))
            else:
                sql, params = table_query(level, period, case_type, parent, stock, first)
                histogram_sql = histogram_query(level, period, case_type, parent)
                members = facts.get(("members", level, parent), lambda c: _members(c, level, parent))
            # The driver's rows as they come, read by column position (a dict per row cost ~3 µs a unit).
            names, rows = driver_rows.fetch(connection, sql, params)
            column = {name: position for position, name in enumerate(names)}
            measured = {row[0]: row for row in rows}
            histograms: dict[int, dict[int, int]] = {}
            if definition.needs_histogram and not spans:
                for unit_id, bucket, count in driver_rows.rows(connection, *histogram_sql):
                    histograms.setdefault(unit_id, {})[bucket] = count
            if not rollups:
                ids, listed = column["complete_ids"], column["complete_list"]
                # complete_list: the months some branch of the unit has statistics of its own (NULL: none)
                with_statistics = {unit_id for unit_id, row in measured.items() if row[listed]}
                coverage = {unit_id: _coverage(
                    {"complete_ids": row[ids], "complete_list": row[listed]} if (row := measured.get(unit_id)) else None,
                    members.get(unit_id, {}), months) for unit_id, _, _, _ in units}
            unanswered: dict[int, tuple[str, ...]] = {}
            if definition.from_survey:  # satisfaction: also every branch answered the survey (one rule, one place)
                gaps = facts.get(("survey gaps", first, stock), lambda c: survey_gaps(c, first, stock))
                if gaps:
                    members = facts.get(("members", level, parent), lambda c: _members(c, level, parent))
                    coverage = {unit_id: with_survey(cover, members.get(unit_id, {}), gaps)
                                for unit_id, cover in coverage.items()}
                    if level == "branch":
                        unanswered = {unit_id: unanswered_months(members.get(unit_id, {}), gaps)
                                      for unit_id in coverage}
        summed = itemgetter(*(column[name] for name in SUMMED_FIELDS))
        maximum = column["scheduling_days_max"]
        totals = {
            unit_id: _totals(measured[unit_id], summed, maximum, days, histograms.get(unit_id))
            if unit_id in measured
            else MeasureTotals(period_days=days)
            for unit_id, _, _, _ in units
        }
        # A unit without any row for the period (or case type) has no value, not a zero.
        has_rows = column.get("has_rows", 0)
        with_rows = {unit_id for unit_id, row in measured.items() if row[has_rows]}
        values = {unit_id: definition.compute(totals[unit_id]) if unit_id in with_rows else None for unit_id in totals}
        if spans and definition.needs_histogram:  # the span's 90th percentile, computed when it was written
            p90 = column["p90"]
            values = {unit_id: measured[unit_id][p90] if unit_id in with_rows else None for unit_id in values}
        if definition.reads_flows:  # every month carried forward or missing: what happened is unknown, not zero
            values = {unit_id: value if unit_id in with_statistics else None for unit_id, value in values.items()}
        complete = {unit_id: cover[0] == cover[1] and cover[1] > 0 for unit_id, cover in coverage.items()}
        ranked = rank(
            ((unit_id, name, values[unit_id]) for unit_id, _, name, _ in units if complete[unit_id]),
            definition.direction,
        )
        best: set[Any] = set()
        worst: set[Any] = set()
        valued = sum(1 for unit in ranked if unit.rank is not None)
        if definition.direction is not Direction.NEUTRAL and valued > 1:
            # At most HIGHLIGHTED each, and never more than half of the units with a value.
            top, bottom = best_and_worst(ranked, min(HIGHLIGHTED, valued // 2))
            best, worst = {u.key for u in top}, {u.key for u in bottom}
        # Insufficient data: after the ranked units (and the complete ones without a value), by name.
        insufficient = sorted(((unit_id, name) for unit_id, _, name, _ in units if not complete[unit_id]),
                              key=lambda item: item[1])
        order = [(unit.key, unit.rank) for unit in ranked] + [(unit_id, None) for unit_id, _ in insufficient]
        info = {unit_id: (unit_code, name, parent_name) for unit_id, unit_code, name, parent_name in units}
        # Built from their fields (desktop/domain/frozen_values.py): 14 frozen assignments a row, 3,000 rows.
        rows = tuple(
            from_fields(IndicatorRow, {
                "unit_id": int(key),  # type: ignore[call-overload]
                "code": info[key][0],
                "name": info[key][1],
                "parent_name": info[key][2],
                "value": values[key],
                "rank": unit_rank,
                "is_best": key in best,
                "is_worst": key in worst,
                "totals": totals[key],
                "complete": complete[key],
                "missing_months": coverage[key][2],
                "branches": coverage[key][1],
                "complete_branches": coverage[key][0],
                "incomplete_branches": coverage[key][3],
                "has_statistics": key in with_statistics,
                "unanswered_survey_months": unanswered.get(key, ()),
            })
            for key, unit_rank in order
        )
        return IndicatorTable(definition, level, period, case_type, rows,
                              tuple(month_period(month).code for month in months))

    @staticmethod
    def _units(
        connection: Connection, level: str, parent: tuple[str, int] | None, only: Sequence[int] | None = None,
    ) -> tuple[tuple[int, str, str, str], ...]:
        """(id, code, name, parent name) of every unit of ``level`` within ``parent`` (and among the ids
        ``only``, when given), by code."""
        if level == "province":
            sql = "SELECT p.id, p.code, p.name, '' FROM province p"
            where = " WHERE p.id = :parent" if parent is not None and parent[0] == "province" else ""
        elif level == "district":
            sql = (
                "SELECT d.id, d.code, d.name, p.name FROM district d JOIN province p ON p.id = d.province_id"
            )
            where = {"province": " WHERE d.province_id = :parent", "district": " WHERE d.id = :parent"}.get(
                parent[0] if parent else "", ""
            )
        else:
            sql = "SELECT b.id, b.code, b.name, d.name FROM branch b JOIN district d ON d.id = b.district_id"
            where = {
                "province": " WHERE d.province_id = :parent",
                "district": " WHERE b.district_id = :parent",
                "branch": " WHERE b.id = :parent",
            }.get(parent[0] if parent else "", "")
        params: dict[str, Any] = {"parent": parent[1]} if parent is not None else {}
        if only is not None:
            alias = {"province": "p", "district": "d"}.get(level, "b")
            where += f"{' AND' if where else ' WHERE'} {alias}.id IN (SELECT value FROM json_each(:only))"
            params["only"] = json.dumps(list(only))
        # The driver's rows (a branch table lists 3,000 units: SQLAlchemy's row objects cost ~10 ms of them).
        return tuple(tuple(row) for row in connection.exec_driver_sql(sql + where + " ORDER BY 2", params).cursor.fetchall())  # type: ignore[misc,union-attr]

    def trend(
        self,
        code: str,
        unit_level: str,
        unit_id: int,
        kind: PeriodKind,
        last_n: int,
        case_type: str | None = None,
        until_month: int | None = None,
    ) -> IndicatorTrend:
        """The indicator over the ``last_n`` periods of ``kind`` ending at ``until_month`` (default: the latest
        month with data) for the unit, its district and its province."""
        definition = indicator(code)
        _check_level(unit_level)
        with self._database.engine.connect() as connection:
            latest = _latest_month(connection)
            until_month = latest if until_month is None else until_month
            if until_month is None:
                return IndicatorTrend(definition, (), ())
            periods = last_periods(kind, until_month, last_n)
            scopes = self._scopes(connection, unit_level, unit_id)
            own = self.principal.visible_district
            self.principal.require(Action.VIEW)
            if own is not None:  # the unit must lie in his district; nothing above the district is shown
                if ("district", own) not in {(level, scope_id) for level, scope_id, _ in scopes}:
                    return IndicatorTrend(definition, (), ())
                scopes = [scope for scope in scopes if scope[0] != "province"]
            series = []
            for level, scope_id, name in scopes:
                values = self._series(connection, definition, level, scope_id, periods, case_type, latest,
                                      self._use_rollups)
                complete = self._completeness(connection, definition, level, scope_id, periods, latest,
                                              self._use_rollups)
                series.append(TrendSeries(level, scope_id, name, values, complete))
        return IndicatorTrend(definition, tuple(periods), tuple(series))

    @staticmethod
    def _scopes(connection: Connection, level: str, unit_id: int) -> list[tuple[str, int, str]]:
        if level == "branch":
            row = connection.execute(
                text(
                    "SELECT b.id, b.name, d.id, d.name, p.id, p.name FROM branch b JOIN district d ON d.id ="
                    " b.district_id JOIN province p ON p.id = d.province_id WHERE b.id = :id"
                ),
                {"id": unit_id},
            ).one()
            return [("branch", row[0], row[1]), ("district", row[2], row[3]), ("province", row[4], row[5])]
        if level == "district":
            row = connection.execute(
                text(
                    "SELECT d.id, d.name, p.id, p.name FROM district d JOIN province p ON p.id = d.province_id"
                    " WHERE d.id = :id"
                ),
                {"id": unit_id},
            ).one()
            return [("district", row[0], row[1]), ("province", row[2], row[3])]
        row = connection.execute(text("SELECT id, name FROM province WHERE id = :id"), {"id": unit_id}).one()
        return [("province", row[0], row[1])]

    @staticmethod
    def _completeness(
        connection: Connection,
        definition: IndicatorDefinition,
        level: str,
        unit_id: int,
        periods: Sequence[JalaliPeriod],
        latest: int | None,
        use_rollups: bool = True,
    ) -> tuple[bool, ...]:
        """Per period, whether the unit is complete for it: every month the value covers (as in :meth:`table`:
        up to the stock month; a rolling indicator's whole window) complete for every branch, and the period
        covered to its last month (a quarter still running, with two months of statistics, is a part of a
        quarter: its point is marked, as the table says "through" its last month with data)."""
        spans = []
        whole = []
        for period in periods:
            last = _stock_month(period, latest)
            first = last - definition.window_months + 1 if definition.window_months else first_month_index(period)
            spans.append((first, last))
            whole.append(last == last_month_index(period))
        good = complete_months(connection, level, unit_id, min(f for f, _ in spans), max(last for _, last in spans),
                               from_branch_rows=not use_rollups)
        if definition.from_survey:  # satisfaction: also every branch of the unit answered that month's survey
            members = _members(connection, level, (level, unit_id)).get(unit_id, {})
            good &= surveyed_months(connection, members, min(f for f, _ in spans), max(last for _, last in spans))
        return tuple(covered and all(month in good for month in range(first, last + 1))
                     for (first, last), covered in zip(spans, whole, strict=True))

    @staticmethod
    def _series(
        connection: Connection,
        definition: IndicatorDefinition,
        level: str,
        unit_id: int,
        periods: Sequence[JalaliPeriod],
        case_type: str | None,
        latest: int | None,
        use_rollups: bool = True,
    ) -> tuple[float | None, ...]:
        first, last = first_month_index(periods[0]), last_month_index(periods[-1])
        first -= definition.window_months  # a rolling indicator reaches back before the first period
        if use_rollups and level in ("district", "province"):
            monthly, hist = rollup_monthly(connection, level, unit_id, first, last, case_type,
                                           definition.needs_histogram)
        else:
            monthly, hist = _branch_monthly(connection, level, unit_id, first, last, case_type,
                                            definition.needs_histogram)
        names = (*_FLOWS, *STOCK_FIELDS)
        own = (months_with_statistics(connection, level, unit_id, first, last,
                                      from_branch_rows=not (use_rollups and level in ("district", "province")))
               if definition.reads_flows else None)
        values: list[float | None] = []
        for period in periods:
            last_of_period = _stock_month(period, latest)
            start = first_month_index(period)
            if definition.window_months:
                start = last_of_period - definition.window_months + 1
            if own is not None and own.isdisjoint(range(start, last_of_period + 1)):
                values.append(None)  # every month carried forward or missing: unknown, not zero (as in table)
                continue
            days = (month_bounds(last_of_period)[1] - month_bounds(start)[0]).days + 1
            parts = []
            for month in range(start, last_of_period + 1):
                row = monthly.get(month)
                if row is None:
                    continue
                measures = dict(zip(names, row[1:-1], strict=True))
                if month != last_of_period:
                    measures.update(dict.fromkeys(STOCK_FIELDS, 0))
                parts.append(
                    MeasureTotals(
                        **{name: value or 0 for name, value in measures.items()},
                        scheduling_days_max=row[-1],
                        period_days=days,
                        histogram=hist.get(month, {}),
                    )
                )
            totals = MeasureTotals.sum(parts) if parts else MeasureTotals(period_days=days)
            values.append(definition.compute(totals) if parts else None)
        return tuple(values)

    def coverage(self, month: int | None = None) -> DataCoverage:
        """The branches (that the principal may see) with and without complete statistics for ``month``
        (default: the latest month with data)."""
        month = self.latest_month() if month is None else month
        if month is None:
            return DataCoverage(None, 0, 0, ())
        period = month_period(month)
        if self._use_rollups:
            return self._coverage_from_rollups(month)
        table = self.table("backlog", "branch", period)
        incomplete = tuple(IncompleteUnit(row.code, row.name, row.missing_months) for row in table.insufficient)
        return DataCoverage(period, len(table.rows), table.complete_count, incomplete)

    def month_totals(
        self, level: str, first: int, last: int, measures: Sequence[str] = SUMMED_FIELDS, *,
        possibly_at_risk: int | None = None,
    ) -> tuple[list[tuple[int, str, str, str]], dict[int, dict[int, MeasureTotals]]]:
        """Every unit of ``level`` the principal may see - (id, code, name, parent name) - and its summed
        ``measures`` (all case types) per month of ``first..last``, each month's totals as a one-month table has
        them (its stocks at that month); a unit-month without any row is absent (no value, not zero). Districts
        and provinces from their roll-ups: one ``GROUP BY unit, month`` query (the units-at-risk card).

        ``possibly_at_risk=run``: only the units whose figures may meet an early-warning rule over the last
        ``run`` months up to ``last`` (``measures`` must hold pending_end, incoming and disposed) - a necessary
        condition checked in SQL, so that 3,000 branches are not all carried into Python (the overview at start:
        ~250 of them come back); the caller applies the rule itself (desktop/indicators/at_risk.py)."""
        _check_level(level)
        names = tuple(measures)
        with self._database.engine.connect() as connection:
            parent = self._allowed_parent(connection, level, None)
            if isinstance(parent, _Nothing):
                return [], {}
            if possibly_at_risk is None:
                units = list(self._units(connection, level, parent))
            sums = ", ".join(f"sum(im.{name})" for name in names)
            params: dict[str, Any] = {"first": first, "last": last}
            if self._use_rollups and uses_rollups(level, parent):
                sql = (f"SELECT im.unit_id, im.month_index, {sums} FROM indicator_rollup_month im"
                       " WHERE im.level = :level AND im.month_index BETWEEN :first AND :last")
                params["level"] = level
                if parent is not None:
                    sql += " AND im.unit_id = :parent"
                sql += " GROUP BY im.unit_id, im.month_index"
            else:
                unit = _UNIT_COLUMN[level]
                sql = f"SELECT {unit}, im.month_index, {sums}{_FROM}{_filters(None, parent)} GROUP BY 1, 2"
            if parent is not None:
                params["parent"] = parent[1]
            if possibly_at_risk is not None:
                sql = _possibly_at_risk(sql, names, last, possibly_at_risk, params)
            rows = connection.execute(text(sql), params).all()
            if possibly_at_risk is not None:
                units = list(self._units(connection, level, parent, sorted({row[0] for row in rows})))
        days = {month: (month_bounds(month)[1] - month_bounds(month)[0]).days + 1 for month in range(first, last + 1)}
        totals: dict[int, dict[int, MeasureTotals]] = {}
        for unit_id, month, *values in rows:
            totals.setdefault(unit_id, {})[month] = MeasureTotals(
                **{name: value or 0 for name, value in zip(names, values, strict=True)}, period_days=days[month])
        return units, totals

    def latest_reported_month(self, share: float = 0.5) -> int | None:
        """The latest month in which at least ``share`` of the branches the principal may see have statistics of
        their own (a case listing or monthly statistics; None before any): a month only a few branches have
        filed early, the others carried forward into it, is not yet a month to judge the province on. From the
        coverage roll-ups (a row per month), or the branch rows."""
        with self._database.engine.connect() as connection:
            parent = self._allowed_parent(connection, "branch", None)
            if isinstance(parent, _Nothing):
                return None
            branches = sum(len(members) for members in _members(connection, "branch", parent).values())
            if self._use_rollups:
                level, unit_filter = ("province", "") if parent is None else ("district", " AND unit_id = :parent")
                sql = (f"SELECT month_index, sum(complete_branches) FROM indicator_rollup_coverage WHERE level = '{level}'"
                       f"{unit_filter} GROUP BY month_index")
            else:
                within = "" if parent is None else f" AND {_within(parent[0], ':parent')}"
                sql = (f"SELECT im.month_index, count(*) FROM indicator_month im WHERE im.case_type = ''"
                       f" AND {_COMPLETE}{within} GROUP BY im.month_index")
            reported = connection.execute(text(sql), {} if parent is None else {"parent": parent[1]}).all()
        months = [month for month, count in reported if branches and count >= share * branches]
        return max(months) if months else None

    def incomplete_units(self, level: str, first: int, last: int) -> list[tuple[int, str, str, str]]:
        """Every unit of ``level`` the principal may see - (id, code, name, parent name) - with a branch whose
        statistics for some month of ``first..last`` are carried forward or missing (the completeness rule,
        docs/indicators.md): what the units at risk may not be judged on. Read from the months' coverage roll-ups
        when the service reads roll-ups, else from the months' untyped branch rows (tests compare both)."""
        _check_level(level)
        with self._database.engine.connect() as connection:
            parent = self._allowed_parent(connection, level, None)
            if isinstance(parent, _Nothing):
                return []
            lacking = _incomplete_branches_from_coverage(connection, first, last) if self._use_rollups else None
            if lacking is None:  # months the roll-ups do not cover (or not read): the branch rows themselves
                complete = {row[0] for row in connection.execute(text(
                    "SELECT im.branch_id FROM indicator_month im WHERE im.month_index BETWEEN :first AND :last"
                    f" AND im.case_type = '' AND {_COMPLETE} GROUP BY im.branch_id HAVING count(*) = :months"),
                    {"first": first, "last": last, "months": last - first + 1})}
                incomplete = sorted(unit_id for unit_id, branches in _members(connection, level, parent).items()
                                    if not complete.issuperset(branches))
            else:
                incomplete = sorted(unit_id for unit_id, branches in _members(connection, level, parent).items()
                                    if not lacking.isdisjoint(branches))
            return list(self._units(connection, level, parent, incomplete)) if incomplete else []

    def _coverage_from_rollups(self, month: int) -> DataCoverage:
        """:meth:`coverage` from the month's coverage roll-up (the province's, or a district head's district's):
        only the incomplete branches are read by id."""
        self.principal.require(Action.VIEW)
        own = self.principal.visible_district
        level = "province" if own is None else "district"
        period = month_period(month)
        with self._database.engine.connect() as connection:
            facts = generation_facts(self._database, connection)
            membership = facts.get(("membership", level), lambda c: read_membership(c, level))
            units = [own] if own is not None else list(membership.counts)
            coverage = rollup_coverage(connection, level, None if own is None else ("district", own), units,
                                       month, month, membership)
            incomplete_codes = {code for unit in units for code in coverage[unit][3]}
            rows = connection.execute(text(
                "SELECT code, name FROM branch WHERE code IN (SELECT value FROM json_each(:codes))"),
                {"codes": json.dumps(sorted(incomplete_codes))}).all() if incomplete_codes else []
        total = sum(coverage[unit][1] for unit in units)
        complete = sum(coverage[unit][0] for unit in units)
        incomplete = tuple(IncompleteUnit(code, name, (period.code,))
                           for code, name in sorted(rows, key=lambda row: (row[1], row[0])))
        return DataCoverage(period, total, complete, incomplete)

    def latest_month(self) -> int | None:
        """The last month index with indicator rows (None when there are none)."""
        with self._database.engine.connect() as connection:
            return _latest_month(connection)

    def case_types(self) -> list[str]:
        """Every case type with indicator rows, sorted."""
        with self._database.engine.connect() as connection:
            # The province roll-up has a row for a type exactly when some branch has one (a few hundred rows
            # instead of every branch row).
            source = "indicator_rollup_month WHERE level = 'province' AND" if self._use_rollups else \
                "indicator_month WHERE"
            rows = connection.execute(text(f"SELECT DISTINCT case_type FROM {source} case_type <> '' ORDER BY 1"))
            return [row[0] for row in rows]

    def available_months(self) -> list[JalaliPeriod]:
        """Every month with indicator rows, oldest first."""
        with self._database.engine.connect() as connection:
            source = "indicator_rollup_month WHERE level = 'province'" if self._use_rollups else "indicator_month"
            rows = connection.execute(text(f"SELECT DISTINCT month_index FROM {source} ORDER BY 1"))
            return [month_period(row[0]) for row in rows]
