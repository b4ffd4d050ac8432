"""Units at risk now: the early-warning rule (`desktop.domain.indicators.early_warning`) applied to the latest
months with statistics, for districts and branches. Read-only; built on the indicator service's own tables,
so the figures are the ones the dashboard shows."""

from __future__ import annotations

from desktop.domain.indicators.definitions import indicator
from desktop.domain.indicators.early_warning import RUN_MONTHS, UnitAtRisk, UnitMonths, units_at_risk
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.service import IndicatorService

LEVELS = ("district", "branch")


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
    clearance_rate = indicator("clearance_rate")
    for level in levels:
        backlog: dict[int, list[float | None]] = {}
        clearance: dict[int, list[float | None]] = {}
        names: dict[int, tuple[str, str]] = {}
        for position, month in enumerate(months):
            # One table per month, not one per indicator and month (seven tables of 3,000 branches on a
            # large province): each row carries its unit's totals, from which the month's clearance rate
            # follows exactly as the service computes it — neither indicator has a rolling window or needs
            # histograms, and a unit without rows has no backlog (never None otherwise), so no clearance.
            for row in service.table("backlog", level, month).rows:
                names[row.unit_id] = (row.name, row.parent_name)
                backlog.setdefault(row.unit_id, [None] * len(months))[position] = row.value
                if position > 0:  # clearance is read over the run only; the backlog one month earlier too
                    clearance.setdefault(row.unit_id, [None] * (len(months) - 1))[position - 1] = (
                        clearance_rate.compute(row.totals) if row.value is not None else None)
        found.extend(units_at_risk([
            UnitMonths(level, unit_id, name, parent, backlog.get(unit_id, [None] * len(months)),
                       clearance.get(unit_id, [None] * (len(months) - 1)))
            for unit_id, (name, parent) in names.items()]))
    return found
