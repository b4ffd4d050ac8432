"""Units at risk now: the early-warning rule (`desktop.domain.indicators.early_warning`) applied to the latest
months with statistics, for districts and branches. Read-only; built on the indicator service's own tables,
so the figures are the ones the dashboard shows."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.indicators.definitions import indicator
from desktop.domain.indicators.early_warning import (  # noqa: F401 - UnitNotJudged re-exported
    RUN_MONTHS,
    UnitAtRisk,
    UnitMonths,
    UnitNotJudged,
    units_at_risk,
)
from desktop.domain.indicators.periods import first_month_index, month_period
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.service import IndicatorService

LEVELS = ("district", "branch")
#: The measures the two rules read (backlog: the month-end stock; clearance: disposed over incoming).
MEASURES = ("pending_end", "incoming", "disposed")


def month_index(month: JalaliPeriod) -> int:
    return first_month_index(month)


def latest_months(service: IndicatorService, count: int = RUN_MONTHS + 1,
                  until: JalaliPeriod | None = None) -> list[JalaliPeriod]:
    """The ``count`` calendar months ending with the latest month that at least half of the branches have
    reported (``IndicatorService.latest_reported_month``: two branches that file the next month early do not move
    the overview's warning onto a month the others have not reported), or with ``until`` when that is given and
    earlier than the latest month with statistics (a report of a past month looks at the months up to it);
    oldest first (a month in between without statistics stays in the list: it breaks a run, it is not skipped)."""
    available = service.available_months()
    if not available:
        return []
    last = available[-1]
    if until is not None:
        if until.start < last.start:
            last = until
    else:
        reported = service.latest_reported_month()
        if reported is not None:
            last = month_period(reported)
    months = [last]
    while len(months) < count:
        months.insert(0, months[0].previous())
    return months


@dataclass(frozen=True)
class AtRiskJudgement:
    """The units at risk over ``months`` (the month before the run, then the run), and the units not judged."""

    months: tuple[JalaliPeriod, ...]
    at_risk: tuple[UnitAtRisk, ...]
    not_judged: tuple[UnitNotJudged, ...]


def units_at_risk_now(service: IndicatorService, levels: tuple[str, ...] = LEVELS,
                      until: JalaliPeriod | None = None) -> list[UnitAtRisk]:
    """The units (that the service's principal may see) at risk over the last months with statistics, or the
    months ending with the month ``until`` when that is earlier (the district report of a past month); only
    units whose statistics are complete for those months (:func:`judge_units_at_risk`)."""
    return list(judge_units_at_risk(service, levels, until).at_risk)


def judge_units_at_risk(service: IndicatorService, levels: tuple[str, ...] = LEVELS,
                        until: JalaliPeriod | None = None) -> AtRiskJudgement:
    """The units at risk, judged only on complete figures: a unit with a branch whose statistics for one of the
    months the rules read (the run and the month before it) are carried forward or missing is not judged - a
    district's backlog would be partly a carried one, its clearance a few branches' - and is listed apart.
    So two branches that file the next month early are not judged on it alone, nor their district; the others
    are said to be not judged rather than silently cleared."""
    months = latest_months(service, until=until)
    if not months:
        return AtRiskJudgement((), (), ())
    indexes = [month_index(month) for month in months]
    not_judged = tuple(UnitNotJudged(level, unit_id, name, parent) for level in levels
                       for unit_id, _code, name, parent in service.incomplete_units(level, indexes[0], indexes[-1]))
    unjudged = {(unit.level, unit.unit_id) for unit in not_judged}
    found = [unit for unit in _units_at_risk(service, levels, months) if (unit.level, unit.unit_id) not in unjudged]
    return AtRiskJudgement(tuple(months), tuple(found), not_judged)


def _units_at_risk(service: IndicatorService, levels: tuple[str, ...], months: list[JalaliPeriod]) -> list[UnitAtRisk]:
    """The early-warning rule over ``months`` on every unit's figures, complete or not."""
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
