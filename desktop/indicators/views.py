"""What the indicator service returns: frozen views, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.indicators.definitions import IndicatorDefinition, MeasureTotals
from desktop.domain.jalali import JalaliPeriod


@dataclass(frozen=True)
class IndicatorRow:
    unit_id: int
    code: str
    name: str
    parent_name: str
    value: float | None
    rank: int | None
    is_best: bool
    is_worst: bool
    totals: MeasureTotals


@dataclass(frozen=True)
class IndicatorTable:
    definition: IndicatorDefinition
    level: str
    period: JalaliPeriod
    case_type: str | None
    rows: tuple[IndicatorRow, ...]


@dataclass(frozen=True)
class TrendSeries:
    level: str
    unit_id: int
    name: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class IndicatorTrend:
    definition: IndicatorDefinition
    periods: tuple[JalaliPeriod, ...]
    series: tuple[TrendSeries, ...]  # the unit first, then its district, then the province
