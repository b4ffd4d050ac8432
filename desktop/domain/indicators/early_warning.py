"""Early warning: a branch or district whose backlog grew three months running, or whose clearance rate stayed
under 100 % three months running, is "at risk" (docs/indicators.md, "Units at risk").

Partial data is never read as a run: a month without a figure breaks the run, so a unit whose statistics are
missing is not flagged (and not cleared) by what it did not report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

RUN_MONTHS = 3
CLEARANCE_TARGET = 100.0


class RiskReason(StrEnum):
    BACKLOG_GROWING = "backlog_growing"  # the backlog at month end rose in each of the last three months
    CLEARANCE_LOW = "clearance_low"  # fewer cases disposed of than came in, in each of the last three months


@dataclass(frozen=True)
class UnitMonths:
    """One unit's monthly figures, oldest first, ending with the latest month looked at. ``backlog`` holds one
    more month than the run (the month before it) so that a rise in each of the run's months can be seen."""

    level: str  # 'branch' | 'district'
    unit_id: int
    name: str
    parent_name: str
    backlog: Sequence[float | None]
    clearance: Sequence[float | None]


@dataclass(frozen=True)
class UnitAtRisk:
    level: str
    unit_id: int
    name: str
    parent_name: str
    reasons: tuple[RiskReason, ...]
    backlog_rise: float | None  # pending cases added over the run (when the backlog grew)
    lowest_clearance: float | None  # the worst month's clearance rate (when it stayed low)


@dataclass(frozen=True)
class UnitNotJudged:
    """A unit whose statistics for some month the rules read are carried forward or missing: neither at risk
    nor cleared of it."""

    level: str
    unit_id: int
    name: str
    parent_name: str


def backlog_grew(backlog: Sequence[float | None], months: int = RUN_MONTHS) -> bool:
    """True when each of the last ``months`` month-end backlogs is higher than the one before it."""
    window = list(backlog[-(months + 1):])
    if len(window) < months + 1 or any(value is None for value in window):
        return False
    return all(later > earlier for earlier, later in zip(window, window[1:], strict=False))  # type: ignore[operator]


def clearance_stayed_low(clearance: Sequence[float | None], months: int = RUN_MONTHS,
                         target: float = CLEARANCE_TARGET) -> bool:
    """True when each of the last ``months`` clearance rates is below ``target`` (and none is missing)."""
    window = list(clearance[-months:])
    if len(window) < months or any(value is None for value in window):
        return False
    return all(value < target for value in window)  # type: ignore[operator]


def units_at_risk(units: Sequence[UnitMonths]) -> list[UnitAtRisk]:
    """The units meeting either rule, those meeting both first, then by the backlog added (largest first)."""
    found: list[UnitAtRisk] = []
    for unit in units:
        reasons: list[RiskReason] = []
        rise = lowest = None
        if backlog_grew(unit.backlog):
            reasons.append(RiskReason.BACKLOG_GROWING)
            rise = float(unit.backlog[-1]) - float(unit.backlog[-(RUN_MONTHS + 1)])  # type: ignore[arg-type]
        if clearance_stayed_low(unit.clearance):
            reasons.append(RiskReason.CLEARANCE_LOW)
            lowest = min(float(v) for v in unit.clearance[-RUN_MONTHS:])  # type: ignore[arg-type]
        if reasons:
            found.append(UnitAtRisk(unit.level, unit.unit_id, unit.name, unit.parent_name, tuple(reasons),
                                    rise, lowest))
    found.sort(key=lambda u: (-len(u.reasons), -(u.backlog_rise or 0.0), u.lowest_clearance or 1e9, u.name))
    return found
