"""The Transformation Document's milestone targets, compliance status and a linear forecast.

Targets (chapter 4): by the end of 1403 at least 40 % of the operational-program volume of mid-term
solutions and at least 30 % of long-term solutions; by the end of 1404 at least 60 % of long-term solutions.

A *series* is a sequence of ``(date, actual percent)`` -- the service samples the roll-up's actual value
at :func:`sample_dates`. Points dated after ``today`` are ignored; when several share a date the last one
in input order counts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from desktop.domain.jalali import jalali_year_end
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.planning import SolutionTerm

Series = Sequence[tuple[date, float]]

# Tolerance for comparing averaged percentages with a target (40.0 reached as 39.99999999).
EPSILON = 1e-9


@dataclass(frozen=True)
class MilestoneTarget:
    term: SolutionTerm
    year: int
    percent: float

    @property
    def deadline(self) -> date:
        """The last day of Esfand of ``year``."""
        return jalali_year_end(self.year)

    @property
    def description(self) -> str:
        """English source text with ``{percent}``, ``{term}`` and ``{year}`` placeholders (see ``params``)."""
        return QT_TRANSLATE_NOOP("Labels", "At least {percent}% of the operational-program volume of {term} solutions by the end of {year}")

    @property
    def params(self) -> dict[str, object]:
        return {"percent": self.percent, "term": self.term.label, "year": self.year}


TARGETS: tuple[MilestoneTarget, ...] = (
    MilestoneTarget(SolutionTerm.MID, 1403, 40.0),
    MilestoneTarget(SolutionTerm.LONG, 1403, 30.0),
    MilestoneTarget(SolutionTerm.LONG, 1404, 60.0),
)


def targets_for(term: SolutionTerm | None) -> tuple[MilestoneTarget, ...]:
    """The targets that apply to solutions of ``term`` (none for short-term or unknown)."""
    return tuple(t for t in TARGETS if term is not None and t.term == term)


class ComplianceStatus(StrEnum):
    MET = "met"
    MISSED = "missed"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    NO_DATA = "no_data"

    @property
    def label(self) -> str:
        return _STATUS_EN[self]

    @property
    def severity(self) -> int:
        """Higher is worse: MET 0, ON_TRACK 1, NO_DATA 2, AT_RISK 3, MISSED 4."""
        return _SEVERITY[self]


_STATUS_EN = {
    ComplianceStatus.MET: QT_TRANSLATE_NOOP("Labels", "Met"),
    ComplianceStatus.MISSED: QT_TRANSLATE_NOOP("Labels", "Missed"),
    ComplianceStatus.ON_TRACK: QT_TRANSLATE_NOOP("Labels", "On track"),
    ComplianceStatus.AT_RISK: QT_TRANSLATE_NOOP("Labels", "At risk"),
    ComplianceStatus.NO_DATA: QT_TRANSLATE_NOOP("Labels", "No data"),
}
_SEVERITY = {
    ComplianceStatus.MET: 0,
    ComplianceStatus.ON_TRACK: 1,
    ComplianceStatus.NO_DATA: 2,
    ComplianceStatus.AT_RISK: 3,
    ComplianceStatus.MISSED: 4,
}


@dataclass(frozen=True)
class Forecast:
    projected_percent: float | None  # expected actual percent at the deadline
    slope_per_day: float | None  # percentage points per day
    based_on_points: int  # points the slope was computed from


NO_FORECAST = Forecast(None, None, 0)


def _points_until(series: Series, until: date) -> list[tuple[date, float]]:
    """One point per date (the last given for that date), on or before ``until``, sorted by date."""
    by_date: dict[date, float] = {}
    for on, percent in series:
        if on <= until and percent is not None and math.isfinite(percent):
            by_date[on] = float(percent)
    return sorted(by_date.items())


def value_at(series: Series, on: date) -> float | None:
    """The series value on or before ``on`` (None if the series starts later)."""
    points = _points_until(series, on)
    return points[-1][1] if points else None


def _least_squares_slope(points: Sequence[tuple[date, float]]) -> float:
    origin = points[0][0]
    xs = [(d - origin).days for d, _ in points]
    ys = [v for _, v in points]
    mean_x = sum(xs) / len(xs)
    mean_y = sum(ys) / len(ys)
    sxx = sum((x - mean_x) ** 2 for x in xs)
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True))
    return sxy / sxx


def forecast_at(history: Series, deadline: date, today: date, window_days: int = 180) -> Forecast:
    """Project the actual percent at ``deadline`` from the trend up to ``today``.

    The slope is the least-squares line through the points of the last ``window_days`` days (today
    included; at least 2 distinct dates); failing that, the average rate from the first to the latest
    point. The projection continues from the current value: current + slope x days left, clamped to
    [current, 100]. With a single point there is no slope and the projection is the current value.
    """
    points = _points_until(history, today)
    if not points:
        return NO_FORECAST
    current = points[-1][1]
    days_left = max(0, (deadline - today).days)
    window = [p for p in points if p[0] >= today - timedelta(days=window_days)]
    if len(window) >= 2:
        slope: float | None = _least_squares_slope(window)
        used = len(window)
    elif len(points) >= 2:
        (first_on, first_value), (last_on, last_value) = points[0], points[-1]
        slope = (last_value - first_value) / (last_on - first_on).days
        used = len(points)
    else:
        slope, used = None, 1
    projected = current if slope is None else current + slope * days_left
    return Forecast(min(100.0, max(current, projected)), slope, used)


@dataclass(frozen=True)
class MilestoneEvaluation:
    target: MilestoneTarget
    status: ComplianceStatus
    actual: float | None  # at the deadline once it has passed, otherwise now
    forecast: Forecast | None  # None once the deadline has passed or without data
    gap: float | None  # target - actual in percentage points; > 0 is a shortfall

    @property
    def actual_at_deadline_or_now(self) -> float | None:
        """Alias of ``actual``: the value at the deadline once it has passed, otherwise the current value."""
        return self.actual


def evaluate(target: MilestoneTarget, series: Series, today: date) -> MilestoneEvaluation:
    """MET/MISSED after the deadline (judged on the value at the deadline); before or on it ON_TRACK when
    the current value or the forecast reaches the target, else AT_RISK; NO_DATA without a usable value."""
    deadline = target.deadline
    if today > deadline:
        actual = value_at(series, deadline)
        if actual is None:
            return MilestoneEvaluation(target, ComplianceStatus.NO_DATA, None, None, None)
        met = actual + EPSILON >= target.percent
        status = ComplianceStatus.MET if met else ComplianceStatus.MISSED
        return MilestoneEvaluation(target, status, actual, None, target.percent - actual)
    current = value_at(series, today)
    if current is None:
        return MilestoneEvaluation(target, ComplianceStatus.NO_DATA, None, None, None)
    forecast = forecast_at(series, deadline, today)
    projected = forecast.projected_percent if forecast.projected_percent is not None else current
    reachable = max(current, projected) + EPSILON >= target.percent
    status = ComplianceStatus.ON_TRACK if reachable else ComplianceStatus.AT_RISK
    return MilestoneEvaluation(target, status, current, forecast, target.percent - current)


def evaluate_solution(term: SolutionTerm | None, series: Series, today: date) -> list[MilestoneEvaluation]:
    """Evaluations of the targets applying to a solution of ``term`` (empty for short-term)."""
    return [evaluate(target, series, today) for target in targets_for(term)]


def evaluate_province(mid_series: Series, long_series: Series, today: date) -> list[MilestoneEvaluation]:
    """All three targets for a province, from the aggregated series of its mid- and long-term solutions.

    Returned in the order of :data:`TARGETS`.
    """
    series_of = {SolutionTerm.MID: mid_series, SolutionTerm.LONG: long_series}
    return [evaluate(target, series_of[target.term], today) for target in TARGETS]


def worst_status(evaluations: Sequence[MilestoneEvaluation]) -> ComplianceStatus:
    """The most severe status among ``evaluations`` (NO_DATA when there are none)."""
    if not evaluations:
        return ComplianceStatus.NO_DATA
    return max((e.status for e in evaluations), key=lambda s: s.severity)


def sample_dates(start: date, end: date, step_days: int) -> list[date]:
    """start, start + step, ... up to end, always ending with ``end``; empty if end < start."""
    if step_days <= 0:
        raise ValueError(f"sample_dates needs a positive step, not {step_days}")
    if end < start:
        return []
    dates = []
    current = start
    while current < end:
        dates.append(current)
        current += timedelta(days=step_days)
    dates.append(end)
    return dates
