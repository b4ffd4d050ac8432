"""The branch performance indicators of docs/indicators.md and the summed measures they are computed from.

Every indicator is computed from :class:`MeasureTotals` summed over the units and months it covers:
Σ numerator ÷ Σ denominator at every level, never a mean of branch ratios. Flows (incoming, disposed, ...)
are summed over the period's months; stocks (pending_end and the pending ages) are those of the period's
last month, summed over units.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from desktop.domain.frozen_values import from_fields
from desktop.domain.indicators.basis import (
    DISPOSED_BASIS,
    PENDING_BASIS,
    SCHEDULED_BASIS,
    WORKLOAD_BASIS,
    Basis,
)
from desktop.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Indicators"
#: Days per histogram bucket (bucket = days // BUCKET_DAYS), and the last bucket (≥ 3650 days).
BUCKET_DAYS = 5
MAX_BUCKET = 730


class Unit(StrEnum):
    COUNT = "count"
    PERCENT = "percent"
    DAYS = "days"
    RATIO = "ratio"


#: What a chart's axis of values in each unit is labelled (context "Indicators"). None for a percent, whose sign
#: is on every tick, nor for a ratio (hearings per disposed case), which the chart's title names.
AXIS_UNITS: Mapping[Unit, str] = MappingProxyType({
    Unit.DAYS: QT_TRANSLATE_NOOP("Indicators", "Days"),
    Unit.COUNT: QT_TRANSLATE_NOOP("Indicators", "Cases"),
})


class Direction(StrEnum):
    """Which way is better: a higher value, a lower one, or neither (volume indicators)."""

    HIGHER = "higher"
    LOWER = "lower"
    NEUTRAL = "neutral"


_EMPTY: Mapping[int, int] = MappingProxyType({})


@dataclass(frozen=True)
class MeasureTotals:
    """The summed columns of ``indicator_month`` for some units and a period.

    ``scheduling_days_max`` is a maximum (``None`` when unknown), ``period_days`` the days the flows cover: those of
    the period's months in which the unit has statistics of its own (``periods.observed_days``; not summed: totals
    of the same period share it, the larger kept), ``histogram`` the merged disposition histogram (bucket ->
    cases)."""

    incoming: int = 0
    disposed: int = 0
    withdrawn: int = 0  # voided or merged in the CMS: missing from a newer snapshot
    transferred_in: int = 0
    transferred_out: int = 0
    pending_end: int = 0
    pending_age_base: int = 0
    pending_over_180: int = 0
    pending_over_365: int = 0
    pending_over_730: int = 0
    disposition_days_sum: float = 0.0
    disposition_count: int = 0
    scheduling_days_sum: float = 0.0
    scheduling_count: int = 0
    scheduling_days_max: float | None = None
    hearings_sum: int = 0
    hearings_cases: int = 0
    referrals: int = 0
    last_hour_referrals: int = 0
    cases_total: int = 0
    cases_missing_dates: int = 0
    satisfaction_sum: float = 0.0
    satisfaction_responses: int = 0
    period_days: int = 0
    histogram: Mapping[int, int] = field(default_factory=lambda: _EMPTY, hash=False)

    @classmethod
    def of(cls, values: dict[str, Any]) -> MeasureTotals:
        """The totals holding ``values`` (every field by name, nothing else), built without the generated
        ``__init__`` (desktop/domain/frozen_values.py: one totals per unit of a table, 3,000 for branches)."""
        return from_fields(cls, values)

    def __add__(self, other: MeasureTotals) -> MeasureTotals:
        if not isinstance(other, MeasureTotals):
            return NotImplemented
        values: dict[str, object] = {}
        for name in SUMMED_FIELDS:
            values[name] = getattr(self, name) + getattr(other, name)
        maxima = [v for v in (self.scheduling_days_max, other.scheduling_days_max) if v is not None]
        values["scheduling_days_max"] = max(maxima) if maxima else None
        values["period_days"] = max(self.period_days, other.period_days)
        merged = dict(self.histogram)
        for bucket, count in other.histogram.items():
            merged[bucket] = merged.get(bucket, 0) + count
        values["histogram"] = MappingProxyType(merged)
        return MeasureTotals(**values)  # type: ignore[arg-type]

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled with its histogram as a plain dict (a chart that ranks units holds their totals, and a report's
        charts are drawn in a second process; a ``MappingProxyType`` cannot be pickled)."""
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values["histogram"] = dict(self.histogram)
        return _unpickled_totals, (values,)

    @staticmethod
    def sum(items: Iterable[MeasureTotals]) -> MeasureTotals:
        """Σ of several totals (of the same period); the empty sum is all zeros."""
        total = MeasureTotals()
        for item in items:
            total = total + item
        return total


def _unpickled_totals(values: dict[str, Any]) -> MeasureTotals:
    histogram = values["histogram"]
    return MeasureTotals.of({**values, "histogram": MappingProxyType(histogram) if histogram else _EMPTY})


#: The columns added together by ``+`` (and by ``SUM`` in SQL).
SUMMED_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(MeasureTotals) if f.name not in ("scheduling_days_max", "period_days", "histogram")
)
#: Stocks: read at the period's last month instead of summed over its months.
STOCK_FIELDS: tuple[str, ...] = (
    "pending_end", "pending_age_base", "pending_over_180", "pending_over_365", "pending_over_730",
)  # fmt: skip


def percentile_from_histogram(
    histogram: Mapping[int, int], q: float, bucket_days: int = BUCKET_DAYS
) -> float | None:
    """The ``q`` quantile (0 < q ≤ 1) of days, bucket ``b`` holding ``[b × bucket_days, (b + 1) × bucket_days)``.

    Linear within the bucket the quantile falls in: with 10 cases all in bucket 0 the 90th percentile is
    0 + 5 × 9/10 = 4.5 days. ``None`` when the histogram is empty."""
    total = sum(count for count in histogram.values() if count > 0)
    if total == 0:
        return None
    target = q * total
    seen = 0
    for bucket in sorted(histogram):
        count = histogram[bucket]
        if count <= 0:
            continue
        if seen + count >= target:
            return bucket * bucket_days + bucket_days * (target - seen) / count
        seen += count
    last = max(b for b, c in histogram.items() if c > 0)  # pragma: no cover - floating-point safety
    return float((last + 1) * bucket_days)


def _ratio(numerator: float, denominator: float, scale: float = 1.0) -> float | None:
    return None if not denominator else numerator * scale / denominator


def _clearance_rate(t: MeasureTotals) -> float | None:
    return _ratio(t.disposed, t.incoming, 100.0)


def _disposition_time(t: MeasureTotals) -> float | None:
    """Pending cases with none disposed of would take for ever at the period's pace: infinite, the worst value
    there is - not missing data (``UNBOUNDED``, desktop/domain/indicators/basis.py). Nothing pending and nothing disposed of: nothing to measure."""
    if not t.disposed:
        return math.inf if t.pending_end > 0 else None
    return _ratio(t.period_days * t.pending_end, t.disposed)






def _data_completeness(t: MeasureTotals) -> float | None:
    return _ratio(t.cases_total - t.cases_missing_dates, t.cases_total, 100.0)


@dataclass(frozen=True)
class IndicatorDefinition:
    """One indicator: English name and definition (translated in context ``Indicators``), how to read it, and
    how to compute it from summed totals (``None`` when its denominator is zero)."""

    code: str
    name: str
    definition: str
    unit: Unit
    direction: Direction
    threshold: float | None
    compute: Callable[[MeasureTotals], float | None]
    needs_histogram: bool = False
    #: A rolling indicator: its flows cover this many months ending at the period's last month (0: the period).
    window_months: int = 0
    #: Counts what happened in the period (cases registered, disposed, scheduled...): unknown - no value, not
    #: zero - for a unit with no month of statistics of its own in it (every month carried forward or missing).
    #: The backlog and its ages are stocks, carried forward with their month; satisfaction has its own survey.
    reads_flows: bool = True
    #: Read from a survey imported apart from the case statistics: a unit's figure is complete only when its case
    #: statistics are and every branch of it answered the survey in each of the period's survey months
    #: (desktop/indicators/survey_coverage.py).
    from_survey: bool = False
    #: What the value rests on (None for the counts, which are never compared between units of different sizes).
    basis: Basis | None = None

    def cases(self, totals: MeasureTotals) -> int | None:
        """How many cases (responses, for the survey) this value of ``totals`` rests on; None: not counted."""
        return None if self.basis is None else int(self.basis.count(totals))

    def __reduce__(self) -> tuple[Callable[[str], IndicatorDefinition], tuple[str]]:
        """Pickled as its code, read back as the registry's definition: ``compute`` is a lambda (a report's chart
        holding a definition is pickled to be drawn in another process, desktop/reports/chart_process.py)."""
        return indicator, (self.code,)


def _p90(t: MeasureTotals) -> float | None:
    return percentile_from_histogram(t.histogram, 0.9)


INDICATORS: tuple[IndicatorDefinition, ...] = (
    IndicatorDefinition(
        "backlog",
        QT_TRANSLATE_NOOP("Indicators", "Backlog"),
        QT_TRANSLATE_NOOP("Indicators", "Cases pending at the end of the period's last month."),
        Unit.COUNT, Direction.LOWER, None, lambda t: float(t.pending_end), reads_flows=False,
    ),
    IndicatorDefinition(
        "incoming",
        QT_TRANSLATE_NOOP("Indicators", "Incoming cases"),
        QT_TRANSLATE_NOOP("Indicators", "Cases registered during the period."),
        Unit.COUNT, Direction.NEUTRAL, None, lambda t: float(t.incoming),
    ),
    IndicatorDefinition(
        "disposed",
        QT_TRANSLATE_NOOP("Indicators", "Disposed cases"),
        QT_TRANSLATE_NOOP("Indicators", "Cases disposed of during the period."),
        Unit.COUNT, Direction.HIGHER, None, lambda t: float(t.disposed),
    ),
    IndicatorDefinition(
        "clearance_rate",
        QT_TRANSLATE_NOOP("Indicators", "Clearance rate"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Disposed cases as a percentage of incoming cases. Below 100% the backlog grows.",
        ),
        Unit.PERCENT, Direction.HIGHER, 100.0, _clearance_rate,
        basis=Basis(lambda t: t.incoming, QT_TRANSLATE_NOOP("Indicators", "No incoming cases")),
    ),
    IndicatorDefinition(
        "disposition_time",
        QT_TRANSLATE_NOOP("Indicators", "Disposition time"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Days needed to dispose of the pending cases at the period's pace: "
            "days of the period with statistics × pending cases ÷ disposed cases.",
        ),
        Unit.DAYS, Direction.LOWER, None, _disposition_time, basis=WORKLOAD_BASIS,
    ),
    IndicatorDefinition(
        "disposition_time_12m",
        QT_TRANSLATE_NOOP("Indicators", "Disposition time (rolling 12 months)"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Disposition time over the 12 months ending with the period: "
            "days in those months × pending cases at their end ÷ cases disposed in them.",
        ),
        Unit.DAYS, Direction.LOWER, None, _disposition_time, window_months=12, basis=WORKLOAD_BASIS,
    ),
    IndicatorDefinition(
        "avg_time_to_disposition",
        QT_TRANSLATE_NOOP("Indicators", "Average time to disposition"),
        QT_TRANSLATE_NOOP("Indicators", "Average days from registration to disposition of the cases disposed."),
        Unit.DAYS, Direction.LOWER, None, lambda t: _ratio(t.disposition_days_sum, t.disposition_count),
        basis=DISPOSED_BASIS,
    ),
    IndicatorDefinition(
        "p90_time_to_disposition",
        QT_TRANSLATE_NOOP("Indicators", "Time to disposition (90th percentile)"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "90% of the cases disposed of took at most this many days from registration. Read from 5-day "
            "bands: within 5 days of the exact value (cases over 3650 days are counted as 3650 or more).",
        ),
        Unit.DAYS, Direction.LOWER, None, _p90, needs_histogram=True, basis=DISPOSED_BASIS,
    ),
    IndicatorDefinition(
        "pending_over_180",
        QT_TRANSLATE_NOOP("Indicators", "Pending over 180 days"),
        QT_TRANSLATE_NOOP(
            "Indicators", "Share of the pending cases registered more than 180 days before the period's end."
        ),
        Unit.PERCENT, Direction.LOWER, None, lambda t: _ratio(t.pending_over_180, t.pending_age_base, 100.0), reads_flows=False,
        basis=PENDING_BASIS,
    ),
    IndicatorDefinition(
        "pending_over_365",
        QT_TRANSLATE_NOOP("Indicators", "Pending over a year"),
        QT_TRANSLATE_NOOP(
            "Indicators", "Share of the pending cases registered more than 365 days before the period's end."
        ),
        Unit.PERCENT, Direction.LOWER, None, lambda t: _ratio(t.pending_over_365, t.pending_age_base, 100.0), reads_flows=False,
        basis=PENDING_BASIS,
    ),
    IndicatorDefinition(
        "pending_over_730",
        QT_TRANSLATE_NOOP("Indicators", "Pending over two years"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Share of the pending cases registered more than two years (730 days) before the period's end "
            "(CEPEJ).",
        ),
        Unit.PERCENT, Direction.LOWER, None, lambda t: _ratio(t.pending_over_730, t.pending_age_base, 100.0), reads_flows=False,
        basis=PENDING_BASIS,
    ),
    IndicatorDefinition(
        "avg_scheduling_time",
        QT_TRANSLATE_NOOP("Indicators", "Average scheduling time"),
        QT_TRANSLATE_NOOP("Indicators", "Average days from referral to the first hearing date."),
        Unit.DAYS, Direction.LOWER, None, lambda t: _ratio(t.scheduling_days_sum, t.scheduling_count),
        basis=SCHEDULED_BASIS,
    ),
    IndicatorDefinition(
        "max_scheduling_time",
        QT_TRANSLATE_NOOP("Indicators", "Longest scheduling time"),
        QT_TRANSLATE_NOOP("Indicators", "The longest time from referral to the first hearing date, in days."),
        Unit.DAYS, Direction.LOWER, None, lambda t: t.scheduling_days_max, basis=SCHEDULED_BASIS,
    ),
    IndicatorDefinition(
        "hearings_per_disposed",
        QT_TRANSLATE_NOOP("Indicators", "Hearings per disposed case"),
        QT_TRANSLATE_NOOP("Indicators", "Average number of hearings held in the cases disposed of."),
        Unit.RATIO, Direction.LOWER, None, lambda t: _ratio(t.hearings_sum, t.hearings_cases),
        basis=Basis(lambda t: t.hearings_cases, QT_TRANSLATE_NOOP("Indicators", "No disposed cases")),
    ),
    IndicatorDefinition(
        "satisfaction",
        QT_TRANSLATE_NOOP("Indicators", "Satisfaction"),
        QT_TRANSLATE_NOOP("Indicators", "Percent satisfied in the survey, weighted by the number of responses."),
        Unit.PERCENT, Direction.HIGHER, None, lambda t: _ratio(t.satisfaction_sum, t.satisfaction_responses),
        reads_flows=False, from_survey=True,
        basis=Basis(lambda t: t.satisfaction_responses, QT_TRANSLATE_NOOP("Indicators", "No survey responses"),
                    QT_TRANSLATE_NOOP("Indicators", "Too few responses to rank ({count})")),
    ),
    IndicatorDefinition(
        "last_hour_referrals",
        QT_TRANSLATE_NOOP("Indicators", "Last-hour referrals"),
        QT_TRANSLATE_NOOP(
            "Indicators",
            "Share of referrals made in the last hour of office hours, after closing or on a closed day.",
        ),
        Unit.PERCENT, Direction.LOWER, None, lambda t: _ratio(t.last_hour_referrals, t.referrals, 100.0),
        basis=Basis(lambda t: t.referrals, QT_TRANSLATE_NOOP("Indicators", "No referrals")),
    ),
    IndicatorDefinition(
        "data_completeness",
        QT_TRANSLATE_NOOP("Indicators", "Data completeness"),
        QT_TRANSLATE_NOOP(
            "Indicators", "Share of the cases registered with both a referral time and a first hearing date."
        ),
        Unit.PERCENT, Direction.HIGHER, None, _data_completeness,
        basis=Basis(lambda t: t.cases_total, QT_TRANSLATE_NOOP("Indicators", "No cases registered")),
    ),
)  # fmt: skip

_BY_CODE: Mapping[str, IndicatorDefinition] = MappingProxyType({d.code: d for d in INDICATORS})


def indicator(code: str) -> IndicatorDefinition:
    """The definition with this code; ``KeyError`` for an unknown one."""
    return _BY_CODE[code]


def indicator_codes() -> tuple[str, ...]:
    return tuple(_BY_CODE)
