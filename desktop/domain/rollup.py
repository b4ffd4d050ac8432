"""Roll-up of planned (PV) and actual (EV) percent complete through a work-breakdown tree.

One shape serves every level: province -> plan -> solution -> operational program -> activity tree
(and driver project -> its solutions). Leaves carry dates and progress history; a parent's value is the
weighted mean of its *measurable* children, weights being relative among siblings.

A leaf is measurable when it has both planned dates, or at least one progress point; a parent is
measurable when at least one child with a positive weight is (``leaf_count`` counts the measurable leaves
that contribute). Unmeasurable children -- e.g. a solution with no operational program yet -- are left
out rather than counted as 0 %. A measurable leaf without dates (history only) has no planned value: it
joins its parent's actual mean but not the planned one.

A scheduled leaf with no progress point yet counts as 0 % in its parents' actual means (work not reported is
not taken as done), but its own actual progress is not known: ``RollupResult.reported`` says whether any
progress point on or before the day stands behind a result (a leaf's own, or one of a parent's counted
leaves), and a reader shows a result without one as "not reported", never as 0 %.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import repeat, takewhile
from operator import add, mul, truediv
from typing import Any

from desktop.domain.codes import code_order


@dataclass(frozen=True)
class ProgressPoint:
    """Cumulative percent complete reported on a date."""

    on: date
    percent: float


@dataclass(frozen=True)
class WorkItem:
    key: str
    title: str
    weight: float = 1.0
    planned_start: date | None = None  # used by leaves
    planned_finish: date | None = None  # used by leaves
    history: tuple[ProgressPoint, ...] = ()  # leaves; any order
    children: tuple[WorkItem, ...] = ()

    @property
    def is_leaf(self) -> bool:
        return not self.children

    @property
    def has_schedule(self) -> bool:
        return self.planned_start is not None and self.planned_finish is not None


@dataclass(frozen=True)
class RollupResult:
    key: str
    title: str
    weight: float
    planned: float | None  # PV, percent
    actual: float | None  # EV, percent
    spi: float | None  # schedule performance index = actual / planned
    children: tuple[RollupResult, ...]
    leaf_count: int  # measurable leaves contributing to this result
    #: Some progress point dated on or before the day stands behind ``actual`` (a leaf: its own; a parent: one of
    #: its counted leaves'). Without one ``actual`` is the 0 % the means count, not a measured figure.
    reported: bool

    @property
    def is_leaf(self) -> bool:
        return not self.children

    @property
    def measurable(self) -> bool:
        return self.leaf_count > 0


def _clamp(value: float) -> float:
    """``min(100.0, max(0.0, value))`` written out (the same value: ``max`` keeps its first argument unless the
    second is greater, ``min`` unless it is smaller - so NaN gives 0.0): called per date of every series."""
    value = value if value > 0.0 else 0.0
    return value if value < 100.0 else 100.0


def planned_percent(leaf: WorkItem, at: date) -> float | None:
    """PV: 0 before the start, 100 on/after the finish, linear by calendar days in between.

    The start day counts as 0 % and the finish day as 100 %. A leaf without both dates -> None.
    """
    start, finish = leaf.planned_start, leaf.planned_finish
    if start is None or finish is None:
        return None
    if at >= finish:
        return 100.0
    if at <= start:
        return 0.0
    return 100.0 * (at - start).days / (finish - start).days


def latest_point(history: Iterable[ProgressPoint], at: date) -> ProgressPoint | None:
    """The latest progress point on or before ``at`` (ties on one day: the last in input order); None if none."""
    best: ProgressPoint | None = None
    for point in history:
        if point.on <= at and (best is None or point.on >= best.on):
            best = point
    return best


def actual_percent(leaf: WorkItem, at: date) -> float:
    """EV: the latest progress point on or before ``at`` (:func:`latest_point`); 0 if none (the value the means
    count - :attr:`RollupResult.reported` says whether it was reported)."""
    best = latest_point(leaf.history, at)
    if best is None or not math.isfinite(best.percent):
        return 0.0
    return _clamp(best.percent)


def spi_of(planned: float | None, actual: float | None) -> float | None:
    """actual / planned; None when either is unknown or nothing was planned yet."""
    if planned is None or actual is None or planned <= 0:
        return None
    return actual / planned


def _within_range(weights: list[float]) -> list[float]:
    """``weights`` as they are, unless their total (or a total of weight × percent, up to 100 times it) would
    overflow to infinity: then divided by the largest, the same ratios. Infinity over infinity is NaN, which a
    clamp would have shown as a false 0 % (two weights of 1e308 did); data checked since has weights of at most
    10,000 (``desktop.domain.planning.MAX_WEIGHT``), but older rows may hold more."""
    if math.isfinite(sum(weights) * 100.0):
        return weights
    largest = max(weights)
    return [weight / largest for weight in weights]


def _weighted_mean(pairs: list[tuple[float, float]]) -> float | None:
    weights = _within_range([weight for weight, _ in pairs])
    total = sum(weights)
    if total <= 0:
        return None
    mean = sum(weight * value for weight, (_, value) in zip(weights, pairs, strict=True)) / total
    return None if math.isnan(mean) else _clamp(mean)  # unknown, never a false 0 %


def _contributes(weight: float) -> bool:
    return math.isfinite(weight) and weight > 0


def rollup(item: WorkItem, at: date) -> RollupResult:
    """Planned and actual percent of ``item`` on day ``at``, with the same for every descendant."""
    if item.is_leaf:
        measurable = item.has_schedule or bool(item.history)
        planned = planned_percent(item, at)
        actual = actual_percent(item, at) if measurable else None
        return RollupResult(item.key, item.title, item.weight, planned, actual, spi_of(planned, actual), (),
                            int(measurable), latest_point(item.history, at) is not None)
    children = tuple(rollup(child, at) for child in item.children)
    counted = [c for c in children if c.leaf_count > 0 and _contributes(c.weight)]
    planned = _weighted_mean([(c.weight, c.planned) for c in counted if c.planned is not None])
    actual = _weighted_mean([(c.weight, c.actual) for c in counted if c.actual is not None])
    return RollupResult(
        item.key,
        item.title,
        item.weight,
        planned,
        actual,
        spi_of(planned, actual),
        children,
        sum(c.leaf_count for c in counted),
        any(c.reported for c in counted),
    )


def schedule_variance(result: RollupResult) -> float | None:
    """actual - planned in percentage points (negative = behind schedule); None if either is unknown."""
    if result.planned is None or result.actual is None:
        return None
    return result.actual - result.planned


def iter_leaves(item: WorkItem) -> Iterator[WorkItem]:
    """The leaves at or below ``item``, depth first."""
    if item.is_leaf:
        yield item
        return
    for child in item.children:
        yield from iter_leaves(child)


def iter_results(result: RollupResult) -> Iterator[RollupResult]:
    """``result`` and all its descendants, depth first, parents before children."""
    yield result
    for child in result.children:
        yield from iter_results(child)


def find_result(result: RollupResult, key: str) -> RollupResult | None:
    return next((r for r in iter_results(result) if r.key == key), None)


#: Gaps (planned minus actual, in points) equal to this many decimals are the same amount behind: weighted means
#: of the same figures differ in their last bits, and which of two activities is "further behind" must not rest on
#: that noise (nor the SPI that breaks their tie).
GAP_DECIMALS = 6


def schedule_gap(planned: float | None, actual: float | None) -> float | None:
    """How far ``actual`` falls below ``planned``, in percentage points (negative: ahead), to GAP_DECIMALS."""
    if planned is None or actual is None:
        return None
    return round(planned - actual, GAP_DECIMALS)


def rank_behind(results: Iterable[RollupResult], *, leaves_only: bool = True,
                tiebreak: Callable[[RollupResult], Any] | None = None) -> list[RollupResult]:
    """Every item behind schedule, most behind first: by (planned - actual) descending, ties by the lower SPI,
    then by ``tiebreak`` (default: the key in its natural order, "A6" before "A14"; the overview passes the
    activity's program and code).

    With ``leaves_only`` (default) the leaves (activities) under each given result are ranked; otherwise
    the given results themselves (e.g. to compare solutions). Only items actually behind are listed.
    """
    if leaves_only:
        candidates = [r for root in results for r in iter_results(root) if r.is_leaf and r.leaf_count > 0]
    else:
        candidates = list(results)
    behind = [r for r in candidates if (schedule_gap(r.planned, r.actual) or 0.0) > 0]
    then = tiebreak or (lambda r: code_order(r.key))

    def order(r: RollupResult) -> tuple[float, float, Any]:
        gap = schedule_gap(r.planned, r.actual)
        assert gap is not None
        return (-gap, round(r.spi, GAP_DECIMALS) if r.spi is not None else math.inf, then(r))

    return sorted(behind, key=order)


def most_behind(
    results: Iterable[RollupResult], n: int = 10, *, leaves_only: bool = True,
    tiebreak: Callable[[RollupResult], Any] | None = None,
) -> list[RollupResult]:
    """The first ``n`` of :func:`rank_behind`."""
    return rank_behind(results, leaves_only=leaves_only, tiebreak=tiebreak)[: max(0, n)]


def tied_past(gaps: Sequence[float | None], shown: int) -> int:
    """Of a ranking's ``gaps`` (most behind first), how many past the first ``shown`` are behind by the same amount
    as the last of those: a list cut at ``shown`` that goes through a tie says how much of it is left out."""
    if shown <= 0 or shown >= len(gaps):
        return 0
    last = gaps[shown - 1]
    return sum(1 for _ in takewhile(lambda gap: gap == last, gaps[shown:]))


def progress_series(item: WorkItem, dates: Sequence[date]) -> list[tuple[date, float | None, float | None]]:
    """(date, planned, actual) of ``item`` on each date, for S-curve charts and milestone series.

    The same values as ``rollup(item, d)`` on each date, computed in one walk of the tree: each leaf's
    history is swept once over the sorted dates, instead of rolling the whole tree up again per date (the
    overview asks this of every solution on ~100 dates; a Tehran-sized plan made that seconds)."""
    return _progress_series(item, dates, planned=True)


def _progress_series(item: WorkItem, dates: Sequence[date], *, planned: bool
                     ) -> list[tuple[date, float | None, float | None]]:
    if not dates:
        return []
    order = sorted(range(len(dates)), key=dates.__getitem__)
    days = _SortedDays([dates[index] for index in order], order, order == list(range(len(dates))))
    _leaves, planned_values, actual_values = _series(item, dates, days, planned)
    return [(d, planned_values[i], actual_values[i]) for i, d in enumerate(dates)]


@dataclass(frozen=True)
class _SortedDays:
    """The series' dates in ascending order, and where each one stands among the dates as given."""

    days: list[date]  # sorted
    order: list[int]  # days[k] is dates[order[k]]
    in_order: bool  # the dates were given sorted: order is 0, 1, 2, ...


def _series(item: WorkItem, dates: Sequence[date], days: _SortedDays, with_planned: bool
            ) -> tuple[int, list[float | None], list[float | None]]:
    """(measurable leaf count, planned per date, actual per date), exactly as ``rollup`` computes them
    (planned left unknown unless ``with_planned``)."""
    count = len(dates)
    if item.is_leaf:
        measurable = item.has_schedule or bool(item.history)
        planned = [planned_percent(item, d) for d in dates] if with_planned else [None] * count
        if not measurable:
            return 0, planned, [None] * count
        return 1, planned, _actual_per_date(item.history, days)
    counted = []
    for child in item.children:
        leaves, planned, actual = _series(child, dates, days, with_planned)
        if leaves > 0 and _contributes(child.weight):
            counted.append((leaves, child.weight, planned, actual))
    planned_means = (_weighted_means([(w, p) for _n, w, p, _a in counted], count) if with_planned
                     else [None] * count)
    actual_means = _weighted_means([(w, a) for _n, w, _p, a in counted], count)
    return sum(n for n, _w, _p, _a in counted), planned_means, actual_means


def _weighted_means(children: list[tuple[float, list[float | None]]], count: int) -> list[float | None]:
    """``_weighted_mean`` on each date of the children's known values, summed in the same order (so the
    floating-point result is the same to the last bit): child by child, each date's sums grow by the child's
    weight and weight × value exactly as ``_weighted_mean`` adds them. When no child has a gap (the usual case:
    a measurable leaf has an actual on every date) the weights' total is the same on every date and the sums
    are made with ``map`` (a plan of 2,000 activities: a loop per child and date was a third of the overview's
    computation)."""
    children = list(zip(_within_range([weight for weight, _ in children]),
                        (values for _, values in children), strict=True))
    if any(None in values for _weight, values in children):
        totals: list[float] = [0.0] * count  # 0 + x and 0.0 + x are the same float
        sums: list[float] = [0.0] * count
        for weight, values in children:
            for i, value in enumerate(values):
                if value is not None:
                    totals[i] += weight
                    sums[i] += weight * value
        return [_clamp(weighted / total) if total > 0 and not math.isnan(weighted / total) else None
                for weighted, total in zip(sums, totals, strict=True)]
    total = 0.0
    sums = [0.0] * count
    for weight, values in children:
        total += weight
        sums = list(map(add, sums, map(mul, repeat(weight), values)))  # type: ignore[arg-type]
    if not total > 0:
        return [None] * count
    # _clamp written out (the same expression) to spare a call per date
    return [(mean if mean < 100.0 else 100.0) if mean > 0.0 else None if mean != mean else 0.0  # NaN: unknown
            for mean in map(truediv, sums, repeat(total))]


def _actual_per_date(history: Sequence[ProgressPoint], days: _SortedDays) -> list[float | None]:
    """``actual_percent`` on every date: the history sorted once (stably, so that of several points on one
    day the last given still wins); each point holds from its day until the next point's day, found by
    bisection among the sorted dates, its value clamped once."""
    count = len(days.days)
    values: list[float | None] = [0.0] * count
    points = sorted(history, key=lambda point: point.on)
    for position, point in enumerate(points):
        start = bisect_left(days.days, point.on)
        end = bisect_left(days.days, points[position + 1].on, start) if position + 1 < len(points) else count
        if start < end:
            value = _clamp(point.percent) if math.isfinite(point.percent) else 0.0
            values[start:end] = [value] * (end - start)
    if days.in_order:
        return values
    given: list[float | None] = [0.0] * count
    for value, index in zip(values, days.order, strict=True):
        given[index] = value
    return given


def actual_series(item: WorkItem, dates: Sequence[date]) -> list[tuple[date, float]]:
    """(date, actual) on each date where the actual is known: the input of milestone evaluation."""
    return [(d, actual) for d, _, actual in _progress_series(item, dates, planned=False) if actual is not None]
