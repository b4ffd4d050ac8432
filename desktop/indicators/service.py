"""Indicator tables and trends at province, district and branch level, read from ``indicator_month``.

Each table is ONE aggregate query (``GROUP BY`` the unit; flows summed over the period's months, stocks taken
at its last month, the scheduling maximum as ``MAX``) plus, for the 90th percentile only, one histogram query;
the values are then computed by the domain definitions from the summed totals (Σ/Σ at every level). The
queries are in ``table_sql.py``, the months a period covers in ``period_months.py``, the coverage of a unit's
branches in ``unit_coverage.py``, a trend's values in ``trend_series.py``.
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
    SUMMED_FIELDS,
    Direction,
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
from desktop.indicators.opened_branches import (
    EXPECTED,
    opened_months,
)
from desktop.indicators.period_months import latest_data_month, period_stock_month
from desktop.indicators.read_cache import generation_facts
from desktop.indicators.rollup_read import (
    read_membership,
    rollup_coverage,
    rollup_histogram_query,
    rollup_table_query,
    rollup_units_with_statistics,
    uses_rollups,
)
from desktop.indicators.survey_coverage import survey_gaps, unanswered_months, with_survey
from desktop.indicators.table_sql import (
    COMPLETE,
    FROM_BRANCH_ROWS,
    UNIT_COLUMN,
    check_level,
    filters,
    histogram_query,
    narrowed_to_possibly_at_risk,
    table_query,
    within,
)
from desktop.indicators.trend_series import period_completeness, period_values, scopes_of
from desktop.indicators.unit_coverage import (
    coverage_of,
    incomplete_branches_from_coverage,
    unit_members,
)
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
#: How many best and worst units a table marks.
HIGHLIGHTED = 3

class _Nothing:
    """Marks a request outside the principal's reach: the answer is empty."""


NOTHING = _Nothing()


def _province_of(connection: Connection, district_id: int) -> int | None:
    return connection.execute(text("SELECT province_id FROM district WHERE id = :id"), {"id": district_id}).scalar()


def _district_of_branch(connection: Connection, branch_id: int) -> int | None:
    return connection.execute(text("SELECT district_id FROM branch WHERE id = :id"), {"id": branch_id}).scalar()


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
        check_level(level)
        with self._database.engine.connect() as connection:
            # First, so that it begins the snapshot: what only a write changes, kept per data generation.
            facts = generation_facts(self._database, connection)
            allowed = self._allowed_parent(connection, level, parent)
            if isinstance(allowed, _Nothing):
                if refuse_outside:
                    raise PermissionDenied(self.principal.role, Action.VIEW, other_district=True)
                return IndicatorTable(definition, level, period, case_type, ())
            parent = allowed
            stock = period_stock_month(period, facts.get("latest month", latest_data_month))
            first = first_month_index(period)
            if definition.window_months:  # rolling: the window of months ending at the period's stock month
                first = stock - definition.window_months + 1
            days = (month_bounds(stock)[1] - month_bounds(first)[0]).days + 1
            months = tuple(range(first, stock + 1))
            # A branch that opens after the period is not one of its units (docs/indicators.md, "Completeness").
            units = facts.get(("units", level, parent, stock), lambda c: self._units(c, level, parent, through=stock))
            opened = facts.get("opened months", opened_months)
            rollups = self._use_rollups and uses_rollups(level, parent)
            # Branches over several months (or the latest month): their pre-aggregated span (90th percentile
            # included), when stored.
            spans = (self._use_rollups and level == "branch" and case_type != ""
                     and not (definition.needs_histogram and definition.window_months)
                     and facts.get(("span", first, stock, definition.needs_histogram),
                                   lambda c: span_stored(c, first, stock, definition.needs_histogram)))
            if spans:
                sql, params = span_table_query(case_type, parent, first, stock)
                members = facts.get(("members", level, parent, stock), lambda c: unit_members(c, level, parent, stock))
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
                members = facts.get(("members", level, parent, stock), lambda c: unit_members(c, level, parent, stock))
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
                coverage = {unit_id: coverage_of(
                    {"complete_ids": row[ids], "complete_list": row[listed]} if (row := measured.get(unit_id)) else None,
                    members.get(unit_id, {}), months, opened) for unit_id, _, _, _ in units}
            unanswered: dict[int, tuple[str, ...]] = {}
            if definition.from_survey:  # satisfaction: also every branch answered the survey (one rule, one place)
                gaps = facts.get(("survey gaps", first, stock), lambda c: survey_gaps(c, first, stock))
                if gaps:
                    members = facts.get(("members", level, parent, stock), lambda c: unit_members(c, level, parent, stock))
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
        through: int | None = None,
    ) -> tuple[tuple[int, str, str, str], ...]:
        """(id, code, name, parent name) of every unit of ``level`` within ``parent`` (and among the ids
        ``only``, when given), by code; branches, with ``through``, only those opened by that month."""
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
        if through is not None and level == "branch":
            where += f"{' AND' if where else ' WHERE'} {EXPECTED.format(branch='b', month=':through')}"
            params["through"] = through
        elif through is not None and level == "district":  # not one whose every branch opened later
            where += (f"{' AND' if where else ' WHERE'} (NOT EXISTS (SELECT 1 FROM branch x WHERE x.district_id = d.id"
                      f" AND x.opened_month > :through) OR EXISTS (SELECT 1 FROM branch x WHERE x.district_id = d.id"
                      f" AND {EXPECTED.format(branch='x', month=':through')}))")
            params["through"] = through
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
        check_level(unit_level)
        with self._database.engine.connect() as connection:
            latest = latest_data_month(connection)
            until_month = latest if until_month is None else until_month
            if until_month is None:
                return IndicatorTrend(definition, (), ())
            periods = last_periods(kind, until_month, last_n)
            scopes = scopes_of(connection, unit_level, unit_id)
            own = self.principal.visible_district
            self.principal.require(Action.VIEW)
            if own is not None:  # the unit must lie in his district; nothing above the district is shown
                if ("district", own) not in {(level, scope_id) for level, scope_id, _ in scopes}:
                    return IndicatorTrend(definition, (), ())
                scopes = [scope for scope in scopes if scope[0] != "province"]
            series = []
            for level, scope_id, name in scopes:
                values = period_values(connection, definition, level, scope_id, periods, case_type, latest,
                                      self._use_rollups)
                complete = period_completeness(connection, definition, level, scope_id, periods, latest,
                                              self._use_rollups)
                series.append(TrendSeries(level, scope_id, name, values, complete))
        return IndicatorTrend(definition, tuple(periods), tuple(series))

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
        check_level(level)
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
                unit = UNIT_COLUMN[level]
                sql = f"SELECT {unit}, im.month_index, {sums}{FROM_BRANCH_ROWS}{filters(None, parent)} GROUP BY 1, 2"
            if parent is not None:
                params["parent"] = parent[1]
            if possibly_at_risk is not None:
                sql = narrowed_to_possibly_at_risk(sql, names, last, possibly_at_risk, params)
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
            visible = {branch_id for members in unit_members(connection, "branch", parent).values()
                       for branch_id in members}
            branches = len(visible)
            # A branch is expected to report from the month it opened: the months before it ask fewer.
            later = [month for branch_id, month in opened_months(connection).items() if branch_id in visible]
            if self._use_rollups:
                level, unit_filter = ("province", "") if parent is None else ("district", " AND unit_id = :parent")
                sql = (f"SELECT month_index, sum(complete_branches) FROM indicator_rollup_coverage WHERE level = '{level}'"
                       f"{unit_filter} GROUP BY month_index")
            else:
                scope = "" if parent is None else f" AND {within(parent[0], ':parent')}"
                sql = (f"SELECT im.month_index, count(*) FROM indicator_month im WHERE im.case_type = ''"
                       f" AND {COMPLETE}{scope} GROUP BY im.month_index")
            reported = connection.execute(text(sql), {} if parent is None else {"parent": parent[1]}).all()
        months = [month for month, count in reported
                  if (expected := branches - sum(1 for start in later if start > month)) and count >= share * expected]
        return max(months) if months else None

    def incomplete_units(self, level: str, first: int, last: int) -> list[tuple[int, str, str, str]]:
        """Every unit of ``level`` the principal may see - (id, code, name, parent name) - with a branch whose
        statistics for some month of ``first..last`` are carried forward or missing (the completeness rule,
        docs/indicators.md): what the units at risk may not be judged on. Read from the months' coverage roll-ups
        when the service reads roll-ups, else from the months' untyped branch rows (tests compare both)."""
        check_level(level)
        with self._database.engine.connect() as connection:
            parent = self._allowed_parent(connection, level, None)
            if isinstance(parent, _Nothing):
                return []
            lacking = incomplete_branches_from_coverage(connection, first, last) if self._use_rollups else None
            if lacking is None:  # months the roll-ups do not cover (or not read): the branch rows themselves
                # Complete in every month it is expected to report in (from the month it opened).
                complete = {row[0] for row in connection.execute(text(
                    "SELECT im.branch_id FROM indicator_month im JOIN branch b ON b.id = im.branch_id"
                    " WHERE im.month_index BETWEEN :first AND :last AND im.case_type = ''"
                    f" AND {COMPLETE} AND {EXPECTED.format(branch='b', month='im.month_index')}"
                    " GROUP BY im.branch_id HAVING count(*) = :last - max(:first, coalesce(max(b.opened_month), 0)) + 1"),
                    {"first": first, "last": last})}
                incomplete = sorted(unit_id for unit_id, branches in unit_members(connection, level, parent, last).items()
                                    if not complete.issuperset(branches))
            else:
                incomplete = sorted(unit_id for unit_id, branches in unit_members(connection, level, parent, last).items()
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
            return latest_data_month(connection)

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
