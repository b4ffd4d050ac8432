"""A unit's figures over a period, and whether they are complete (docs/indicators.md; the province's rules,
desktop/indicators/service.py).

Σ numerator ÷ Σ denominator over every branch and month a unit covers: flows summed over the period's months,
stocks (backlog, pending ages) read at its stock month. A unit is *complete* when every one of its branches (the
branches its bundles named that opened by the stock month) has statistics from a case listing or monthly statistics
(``source`` cases/monthly) for every month covered from the month it opened (desktop/domain/indicators/opening.py;
for satisfaction, and answered the survey in each such month some branch of its province did:
desktop/domain/indicators/survey.py, as the national report and the province itself judge it).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.center.dashboard.province_months import BranchMonth, ProvinceMonths
from desktop.domain.indicators.definitions import STOCK_FIELDS, SUMMED_FIELDS, MeasureTotals
from desktop.domain.indicators.opening import expected_in, expected_months
from desktop.domain.indicators.periods import observed_days
from desktop.domain.indicators.survey import survey_gaps_of

_FLOWS = tuple(name for name in SUMMED_FIELDS if name not in STOCK_FIELDS)


@dataclass(frozen=True)
class Measured:
    totals: MeasureTotals
    has_rows: bool
    branches: int
    complete_branches: int
    complete: bool


_INTEGERS = frozenset(name for name in SUMMED_FIELDS if isinstance(getattr(MeasureTotals, name, 0), int))
_FLOW_INDEXES = tuple(SUMMED_FIELDS.index(name) for name in _FLOWS)
_STOCK_INDEXES = tuple(SUMMED_FIELDS.index(name) for name in STOCK_FIELDS)


def measure(province: ProvinceMonths, members: Iterable[int], months: range, stock: int, *,
            survey: bool = False) -> Measured:
    """Σ over ``members`` (branch ids) of flows over ``months`` and stocks at ``stock``, with completeness; for a
    ``survey`` figure (satisfaction) a member is complete only when it also answered the survey in each month some
    branch of the province did - the province's own rule (desktop/domain/indicators/survey.py)."""
    wanted = set(members)
    opened = province.opened
    # The unit's branches for the period are those opened by its stock month, each expected from the month it
    # opened (desktop/domain/indicators/opening.py): a branch opened later does not make earlier periods incomplete.
    # The sums still take every row sent, as the province's own table does.
    expected = {branch for branch in wanted if expected_in(opened.get(branch), stock)}
    sums = [0.0] * len(SUMMED_FIELDS)
    complete_months: dict[int, int] = defaultdict(int)
    with_statistics: set[int] = set()  # the months some member has statistics of its own
    longest: float | None = None
    has_rows = False
    # Each member's latest month up to the stock month gives its stocks: a province whose last months have not
    # arrived keeps its backlog (carried forward, and incomplete), as its own window carries a late branch's -
    # not a backlog of 0 because nothing came for the stock month.
    latest: dict[int, BranchMonth] = {}
    for month in months:
        data = province.months.get(month, {})
        for branch in (wanted & data.keys()) if len(wanted) < len(data) else (b for b in data if b in wanted):
            item = data[branch]
            has_rows = True
            for index in _FLOW_INDEXES:
                sums[index] += item.sums[index]
            if month <= stock:
                latest[branch] = item
            if item.longest is not None:
                longest = max(longest or 0.0, item.longest)
            # (a dictionary look-up per row, a call only for the few branches opened since the records began)
            if item.complete:
                with_statistics.add(month)
                if branch not in opened or expected_in(opened[branch], month):
                    complete_months[branch] += 1
    for item in latest.values():
        for index in _STOCK_INDEXES:
            sums[index] += item.sums[index]
    # the days its flows cover: the months some member has statistics of its own (disposition time's pace)
    days = observed_days(months[0], months[-1], with_statistics or None)
    values: dict[str, Any] = {name: (int(sums[i]) if name in _INTEGERS else sums[i])
                              for i, name in enumerate(SUMMED_FIELDS)}
    totals = MeasureTotals(**values, scheduling_days_max=longest, period_days=days)
    unanswered: Mapping[int, frozenset[int]] = {}
    if survey:
        answered: dict[int, set[int]] = defaultdict(set)
        for month in months:
            for branch, item in province.months.get(month, {}).items():
                if item.answered:
                    answered[branch].add(month)
        unanswered = survey_gaps_of(answered, expected, opened)

    def needed(branch: int) -> int:
        """How many of the months the branch is expected in (all of them, but for the few opened since)."""
        return len(months) if branch not in opened else len(expected_months(opened[branch], months))

    complete = sum(1 for branch in expected if complete_months[branch] == needed(branch) and branch not in unanswered)
    return Measured(totals, has_rows, len(expected), complete, bool(expected) and complete == len(expected))


def summed(parts: Iterable[Measured], provinces: int, provinces_with_members: int) -> Measured:
    items = list(parts)
    totals = MeasureTotals.sum(m.totals for m in items)
    if items:
        totals = MeasureTotals(**{**{name: getattr(totals, name) for name in SUMMED_FIELDS},
                                  "scheduling_days_max": totals.scheduling_days_max,
                                  "period_days": max(m.totals.period_days for m in items)})
    # the nation is complete when every province is: one that never named a branch leaves it incomplete
    complete = bool(items) and all(m.complete for m in items) and provinces == provinces_with_members
    return Measured(totals, any(m.has_rows for m in items), sum(m.branches for m in items),
                    sum(m.complete_branches for m in items), complete)
