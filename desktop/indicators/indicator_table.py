"""One indicator's table: every unit of a level with its value, its completeness and - complete units only - its
rank, read from ``indicator_month`` (or the roll-ups and branch spans pre-aggregated from it).

Each table is ONE aggregate query (``GROUP BY`` the unit; flows summed over the period's months, stocks taken
at its last month, the scheduling maximum as ``MAX``) plus, for the 90th percentile only, one histogram query;
the values are then computed by the domain definitions from the summed totals (Σ/Σ at every level). The
queries are in ``table_sql.py``, the months a period covers in ``period_months.py``, the coverage of a unit's
branches in ``unit_coverage.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any

from desktop.domain.access import Action, PermissionDenied, Principal
from desktop.domain.frozen_values import from_fields
from desktop.domain.indicators.definitions import (
    SUMMED_FIELDS,
    MeasureTotals,
    indicator,
)
from desktop.domain.indicators.periods import (
    first_month_index,
    last_month_index,
    month_bounds,
    month_period,
    observed_days,
)
from desktop.domain.indicators.ranking import highlighted, marks_best_and_worst, rank
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators import driver_rows
from desktop.indicators.opened_branches import opened_months
from desktop.indicators.period_months import latest_data_month, period_stock_month
from desktop.indicators.read_cache import generation_facts
from desktop.indicators.rollup_read import (
    read_membership,
    rollup_coverage,
    rollup_histogram_query,
    rollup_months_with_statistics,
    rollup_table_query,
    uses_rollups,
)
from desktop.indicators.span_read import span_stored, span_table_query
from desktop.indicators.survey_coverage import survey_gaps, unanswered_months, with_survey
from desktop.indicators.table_sql import check_level, histogram_query, table_query
from desktop.indicators.unit_coverage import coverage_of, unit_members
from desktop.indicators.unit_list import list_units
from desktop.indicators.views import IndicatorRow, IndicatorTable
from desktop.indicators.visible_scope import Nothing, allowed_parent
from desktop.store.database import Database


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


def indicator_table(
    database: Database, principal: Principal, code: str, level: str, period: JalaliPeriod, case_type: str | None,
    parent: tuple[str, int] | None, *, refuse_outside: bool, use_rollups: bool,
) -> IndicatorTable:
    """Every unit of ``level`` (within ``parent``) with its value, its completeness and its rank, as ``principal``
    may see it: :meth:`desktop.indicators.service.IndicatorService.table` (``use_rollups`` as the service's)."""
    definition = indicator(code)
    check_level(level)
    with database.engine.connect() as connection:
        # First, so that it begins the snapshot: what only a write changes, kept per data generation.
        facts = generation_facts(database, connection)
        allowed = allowed_parent(connection, principal, level, parent)
        if isinstance(allowed, Nothing):
            if refuse_outside:
                raise PermissionDenied(principal.role, Action.VIEW, other_district=True)
            return IndicatorTable(definition, level, period, case_type, ())
        parent = allowed
        stock = period_stock_month(period, facts.get("latest month", latest_data_month))
        first = first_month_index(period)
        if definition.window_months:  # rolling: the window of months ending at the period's stock month
            first = stock - definition.window_months + 1
        days = (month_bounds(stock)[1] - month_bounds(first)[0]).days + 1
        months = tuple(range(first, stock + 1))
        # A branch that opens after the period is not one of its units (docs/indicators.md, "Completeness").
        units = facts.get(("units", level, parent, stock), lambda c: list_units(c, level, parent, through=stock))
        opened = facts.get("opened months", opened_months)
        rollups = use_rollups and uses_rollups(level, parent)
        # Branches over several months (or the latest month): their pre-aggregated span (90th percentile
        # included), when stored.
        spans = (use_rollups and level == "branch" and case_type != ""
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
            statistics_months = facts.get(("months with statistics", level, first, stock),
                                          lambda c: rollup_months_with_statistics(c, level, first, stock))
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
            # the months some branch of the unit has statistics of its own (a branch's span: its complete_list)
            every = column.get("statistics_months", listed)
            statistics_months = {unit_id: frozenset(int(month) for month in str(row[every]).split(","))
                                 for unit_id, row in measured.items() if row[every]}
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
    with_statistics = statistics_months.keys()
    summed = itemgetter(*(column[name] for name in SUMMED_FIELDS))
    maximum = column["scheduling_days_max"]
    # The days a unit's flows cover: its months with statistics (disposition time's pace), the period's otherwise.
    covered = {unit_id: observed_days(first, stock, found) for unit_id, found in statistics_months.items()}
    totals = {
        unit_id: _totals(measured[unit_id], summed, maximum, covered.get(unit_id, days), histograms.get(unit_id))
        if unit_id in measured
        else MeasureTotals(period_days=covered.get(unit_id, days))
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
    # Ranked on values resting on enough cases only (a branch with one case is not the province's best).
    ranked = rank(
        ((unit_id, name, values[unit_id], definition.cases(totals[unit_id]))
         for unit_id, _, name, _ in units if complete[unit_id]),
        definition.direction,
    )
    best: set[Any] = set()
    worst: set[Any] = set()
    if marks_best_and_worst(definition):
        top, bottom = highlighted(ranked)
        best, worst = {u.key for u in top}, {u.key for u in bottom}
    # Incomplete data: after the ranked units (and the complete ones without a value), by name.
    insufficient = sorted(((unit_id, name) for unit_id, _, name, _ in units if not complete[unit_id]),
                          key=lambda item: item[1])
    too_few = {unit.key for unit in ranked if unit.too_few}
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
            "cases": definition.cases(totals[key]),
            "too_few": key in too_few,
        })
        for key, unit_rank in order
    )
    return IndicatorTable(definition, level, period, case_type, rows,
                          tuple(month_period(month).code for month in months))
