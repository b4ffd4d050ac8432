"""The indicator service: what a principal may read of the indicators at province, district and branch level,
from ``indicator_month`` and the tables pre-aggregated from it - an indicator's table (``indicator_table.py``),
its trend (a trend's values in ``trend_series.py``), the branches' data coverage, the units' month totals and
the incomplete units (for the units at risk), the months and case types with data.

What a principal may see is in ``visible_scope.py``, the units of a level in ``unit_list.py``; the queries are
in ``table_sql.py``, the months a period covers in ``period_months.py``, the coverage of a unit's branches in
``unit_coverage.py``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import text

from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.indicators.definitions import SUMMED_FIELDS, MeasureTotals, indicator
from desktop.domain.indicators.periods import last_periods, month_bounds, month_period
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.gc_pause import collector_paused
from desktop.indicators.indicator_table import indicator_table
from desktop.indicators.opened_branches import (
    EXPECTED,
    opened_months,
)
from desktop.indicators.period_months import latest_data_month
from desktop.indicators.read_cache import generation_facts
from desktop.indicators.rollup_read import (
    read_membership,
    rollup_coverage,
    uses_rollups,
)
from desktop.indicators.table_sql import (
    COMPLETE,
    FROM_BRANCH_ROWS,
    UNIT_COLUMN,
    check_level,
    filters,
    narrowed_to_possibly_at_risk,
    within,
)
from desktop.indicators.trend_series import period_completeness, period_values, scopes_of, through_month
from desktop.indicators.unit_coverage import (
    incomplete_branches_from_coverage,
    unit_members,
)
from desktop.indicators.unit_list import list_units
from desktop.indicators.views import (
    DataCoverage,
    IncompleteUnit,
    IndicatorTable,
    IndicatorTrend,
    TrendSeries,
)
from desktop.indicators.visible_scope import Nothing, allowed_parent
from desktop.store.database import Database

if TYPE_CHECKING:
    from desktop.exports.excel import Sheet
    from desktop.exports.listing import Listing

Level = Literal["province", "district", "branch"]


class IndicatorService(ActsForPrincipal):
    """Read-only use cases over the derived indicator tables, limited to what :attr:`principal` may see: a
    district head gets his own district and its branches, and nothing of another district or of the whole
    province (the limit is in the queries, so every caller - window, export, command line - gets it); and the
    export of a table as shown (:meth:`export_table`) or as written out (:meth:`export_listing`)."""

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

    def export_listing(self, path: Path, listing: Listing) -> Path:
        """A table the caller wrote as CSV or JSON (the command line's ``indicators --out``), to ``path``: the
        same right and audit event as :meth:`export_table` (desktop/exports/listing.py)."""
        from desktop.exports.listing import write_listing

        return write_listing(self._database, self.principal, path, listing)

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
            return indicator_table(self._database, self.principal, code, level, period, case_type, parent,
                                   refuse_outside=refuse_outside, use_rollups=self._use_rollups)

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
        return IndicatorTrend(definition, tuple(periods), tuple(series), through_month(periods[-1], latest))

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
            parent = allowed_parent(connection, self.principal, level, None)
            if isinstance(parent, Nothing):
                return [], {}
            if possibly_at_risk is None:
                units = list(list_units(connection, level, parent))
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
                units = list(list_units(connection, level, parent, sorted({row[0] for row in rows})))
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
            parent = allowed_parent(connection, self.principal, "branch", None)
            if isinstance(parent, Nothing):
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
            parent = allowed_parent(connection, self.principal, level, None)
            if isinstance(parent, Nothing):
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
            return list(list_units(connection, level, parent, incomplete)) if incomplete else []

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
