"""Every indicator a report shows, from ONE aggregate query per (level, period) instead of one per indicator.

The indicator service answers one indicator at a time (its screen shows one); a report shows a dozen, and the
query behind each is the same ``GROUP BY`` over ``indicator_month`` (desktop.indicators.table_sql.table_query).
So the report runs that query once and lets each definition compute its value from the same summed totals —
the same Σ/Σ numbers the service gives. (The 90th percentile, which needs the histogram, is not used here.)

Both functions take the :class:`~desktop.domain.access.Principal` the report is for and apply the service's scope
rule themselves (they bypass the service's queries): a district head gets his own district and its branches
only, and no province total or province-wide series.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy import text

from desktop.domain.access import Action, Principal, Reach
from desktop.domain.indicators import indicator
from desktop.domain.indicators.definitions import STOCK_FIELDS, SUMMED_FIELDS, MeasureTotals
from desktop.domain.indicators.periods import month_bounds, observed_days
from desktop.domain.indicators.ranking import RankedUnit, marks_best_and_worst, rank
from desktop.domain.indicators.ranking import best_and_worst as tied_best_and_worst
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.period_months import (  # the service's own rules for periods still under way
    elapsed_days,
    latest_data_month,
    period_stock_month,
)
from desktop.indicators.read_cache import generation_facts
from desktop.indicators.survey_coverage import survey_gaps
from desktop.indicators.table_sql import table_query
from desktop.indicators.unit_coverage import unit_coverage
from desktop.store.database import Database

_FLOWS = tuple(name for name in SUMMED_FIELDS if name not in STOCK_FIELDS)
_UNITS = {
    "province": "SELECT p.id, p.name, '' FROM province p",
    # not a district whose every branch opened after it (a new district of a new branch)
    "district": "SELECT d.id, d.name, '' FROM district d WHERE NOT EXISTS (SELECT 1 FROM branch x"
                " WHERE x.district_id = d.id AND x.opened_month > :stock) OR EXISTS (SELECT 1 FROM branch x"
                " WHERE x.district_id = d.id AND (x.opened_month IS NULL OR x.opened_month <= :stock))",
    # the branches open by the period's stock month (docs/indicators.md, "Completeness")
    "branch": "SELECT b.id, b.name, b.district_id FROM branch b WHERE b.opened_month IS NULL OR b.opened_month <= :stock",
}


@dataclass(frozen=True)
class UnitValue:
    unit_id: int
    name: str
    parent_id: int | None
    value: float | None
    complete: bool = True  # every branch has statistics for every month (never ranked otherwise)
    #: The other units that share this one's rank as best or worst (a tie: none of them stands out alone).
    tied_with: tuple[str, ...] = ()
    #: The unit's branches, and how many of them have complete case statistics ("3 of 4 branches complete"; a
    #: satisfaction figure is also incomplete while some branch has not answered the survey).
    branches: int = 1
    complete_branches: int = 1
    #: The cases the value rests on (the indicator's basis; None when not counted): fewer than the ranking's
    #: minimum and the unit is never best or worst (desktop/domain/indicators/ranking.py ``MINIMUM_CASES``).
    cases: int | None = None


def indicator_values(database: Database, codes: Sequence[str], level: str,
                     period: JalaliPeriod, *, principal: Principal) -> dict[str, list[UnitValue]]:
    """For each code, every unit of ``level`` that ``principal`` may see with its value (None without data), in
    the service's order of units; unranked. A district head may not ask for the province."""
    own = principal.visible_district
    principal.require(Action.VIEW, Reach.ALL_DISTRICTS if own is None or level == "province" else own)
    for code in codes:
        assert not indicator(code).needs_histogram, code
    with database.engine.connect() as connection:
        # First, so that it begins the snapshot: the facts only a write changes, shared with the indicator
        # service's tables (a report asks for the same period at three levels).
        facts = generation_facts(database, connection)
        stock = period_stock_month(period, facts.get("latest month", latest_data_month))
        days = elapsed_days(period, stock)
        sql, params = table_query(level, period, stock_month=stock)
        measured = {row["unit_id"]: row for row in connection.execute(text(sql), params).mappings()}
        months = range(params["first"], stock + 1)
        coverage = unit_coverage(connection, level, None, measured, months)
        # Satisfaction comes from a survey of its own: complete only where every branch answered it too - the
        # indicator service's rule, from the same place (desktop/indicators/survey_coverage.py).
        first = params["first"]
        gaps = facts.get(("survey gaps", first, stock), lambda c: survey_gaps(c, first, stock)) if any(
            indicator(code).from_survey for code in codes) else {}
        surveyed = unit_coverage(connection, level, None, measured, months, survey=gaps) if gaps else coverage
        units = list(connection.execute(text(_UNITS[level] + " ORDER BY 1"), {"stock": stock}))
    result: dict[str, list[UnitValue]] = {code: [] for code in codes}
    if own is not None:
        units = [u for u in units if (u[0] if level == "district" else u[2]) == own]
    for unit_id, name, parent in units:
        row = measured.get(unit_id)
        listed = row["statistics_months"] if row is not None else None  # the months some branch has statistics
        own = {int(month) for month in str(listed).split(",")} if listed else None
        totals = None if row is None else MeasureTotals(
            **{name_: row[name_] or 0 for name_ in SUMMED_FIELDS},
            scheduling_days_max=row["scheduling_days_max"],
            period_days=observed_days(first, stock, own) if own else days)  # the days its flows cover
        for code in codes:
            value = indicator(code).compute(totals) if totals is not None else None
            if indicator(code).reads_flows and (row is None or not row["complete_list"]):
                value = None  # every month carried forward or missing: unknown, not zero (the service's rule)
            done, total = (surveyed if indicator(code).from_survey else coverage).get(unit_id, (0, 0))
            complete = done == total > 0
            result[code].append(UnitValue(unit_id, name, parent or None, value, complete,
                                          branches=total, complete_branches=done,
                                          cases=indicator(code).cases(totals) if totals is not None else None))
    return result


def best_and_worst(code: str, values: Sequence[UnitValue]) -> tuple[UnitValue | None, UnitValue | None]:
    """The best and the worst complete unit by the indicator's direction (none for neutral ones or fewer than
    two; an incomplete unit is never either; none for counts such as the backlog either: units of different
    sizes are not compared on absolute numbers — the smallest would always win; nor a unit whose value rests on
    too few cases, ``UnitValue.cases``). Units that tie share the rank,
    as on the indicators page (``desktop.domain.indicators.ranking.best_and_worst``): a tie for best is named
    together (the first by name, ``tied_with`` the others), and when every unit ties none is best or worst."""
    definition = indicator(code)
    if not marks_best_and_worst(definition):
        return None, None
    by_id = {v.unit_id: v for v in values}
    ranked = rank(((v.unit_id, v.name, v.value, v.cases) for v in values if v.complete), definition.direction)
    best, worst = tied_best_and_worst(ranked, 1)

    def named(group: Sequence[RankedUnit]) -> UnitValue | None:
        if not group:
            return None
        first, *others = sorted(group, key=lambda unit: unit.name)
        return replace(by_id[first.key], tied_with=tuple(unit.name for unit in others))

    return named(best), named(worst)


def monthly_series(database: Database, codes: Sequence[str], months: Sequence[int], *,
                   principal: Principal) -> dict[str, list[float | None]]:
    """The province's value of each indicator for each month index, from one ``GROUP BY month`` query."""
    principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
    flows = ", ".join(f"sum({name})" for name in (*_FLOWS, *STOCK_FIELDS))
    sql = (f"SELECT month_index, {flows}, max(scheduling_days_max) FROM indicator_month "
           "WHERE month_index BETWEEN :first AND :last GROUP BY month_index")
    with database.engine.connect() as connection:
        rows = {row[0]: row for row in connection.execute(text(sql), {"first": min(months), "last": max(months)})}
    names = (*_FLOWS, *STOCK_FIELDS)
    series: dict[str, list[float | None]] = {code: [] for code in codes}
    for month in months:
        row = rows.get(month)
        start, end = month_bounds(month)
        totals = None if row is None else MeasureTotals(
            **{name: value or 0 for name, value in zip(names, row[1:-1], strict=True)},
            scheduling_days_max=row[-1], period_days=(end - start).days + 1)
        for code in codes:
            series[code].append(indicator(code).compute(totals) if totals is not None else None)
    return series
