"""Units at risk now: the early-warning rule (`desktop.domain.indicators.early_warning`) applied to the latest
months with statistics, for districts and branches. Read-only; built on the indicator service's own tables,
so the figures are the ones the dashboard shows."""

from __future__ import annotations

from desktop.domain.indicators.definitions import indicator
from desktop.domain.indicators.early_warning import RUN_MONTHS, UnitAtRisk, UnitMonths, units_at_risk
from desktop.domain.indicators.periods import first_month_index
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.service import IndicatorService

LEVELS = ("district", "branch")
#: The measures the two rules read (backlog: the month-end stock; clearance: disposed over incoming).
MEASURES = ("pending_end", "incoming", "disposed")


def month_index(month: JalaliPeriod) -> int:
    return first_month_index(month)


def latest_months(service: IndicatorService, count: int = RUN_MONTHS + 1,
                  until: JalaliPeriod | None = None) -> list[JalaliPeriod]:
    """The ``count`` calendar months ending with the latest month that has statistics (or ``until``, when that
    is earlier: a report of a past month looks at the months up to it), oldest first (a month in between without
    statistics stays in the list: it breaks a run, it is not skipped)."""
    available = service.available_months()
    if not available:
        return []
    last = available[-1]
    if until is not None and until.start < last.start:
        last = until
    months = [last]
    while len(months) < count:
        months.insert(0, months[0].previous())
    return months


def units_at_risk_now(service: IndicatorService, levels: tuple[str, ...] = LEVELS,
                      until: JalaliPeriod | None = None) -> list[UnitAtRisk]:
    """The units (that the service's principal may see) at risk over the last months with statistics, or the
    months ending with the month ``until`` when that is earlier (the district report of a past month)."""
    months = latest_months(service, until=until)
    if not months:
        return []
    found: list[UnitAtRisk] = []
    backlog_of, clearance_of = indicator("backlog"), indicator("clearance_rate")
    indexes = [month_index(month) for month in months]
    for level in levels:
        # One query per level for the run's months (districts from their roll-ups): each unit-month's totals
        # are the ones a one-month table of the dashboard has, from which both indicators follow exactly as the
        # service computes them - neither has a rolling window or needs histograms; a unit-month without rows
        # has no backlog and no clearance (missing data breaks a run, docs/indicators.md). Only the units whose
        # figures may meet a rule come back (a necessary condition in SQL; the rule is applied here): the
        # overview's cost does not grow with the 3,000 branches a province may have.
        units, totals = service.month_totals(level, indexes[0], indexes[-1], MEASURES, possibly_at_risk=RUN_MONTHS)
        watched = []
        for unit_id, _code, name, parent in units:
            of_unit = totals.get(unit_id, {})
            backlog = [backlog_of.compute(of_unit[m]) if m in of_unit else None for m in indexes]
            clearance = [clearance_of.compute(of_unit[m]) if m in of_unit else None for m in indexes[1:]]
            watched.append(UnitMonths(level, unit_id, name, parent, backlog, clearance))
        found.extend(units_at_risk(watched))
    return found
