"""Indicators on the dashboard: provinces ranked on every indicator, drill-down province → district → branch,
monthly trends and the completeness of each unit's data.

The figures follow the province's rules (docs/indicators.md; desktop/indicators/service.py) over the
``indicator_month`` rows the bundles carried (``national_indicator``): Σ numerator ÷ Σ denominator over every
branch and month a unit covers, flows summed over the period's months, stocks (backlog, pending ages) read at
its stock month — the period's last, or the latest month any visible province sent when that is earlier. A
unit is *complete* when every one of its branches (the branches its bundles named that opened by the stock month)
has statistics from a case listing or monthly statistics (``source`` cases/monthly) for every month covered from
the month it opened (desktop/domain/indicators/opening.py; for satisfaction, and answered the survey in each such
month some branch of its province did: desktop/domain/indicators/survey.py, as the national report and the
province itself judge it); only complete units are ranked and marked best or worst — the others keep their
value, shown as insufficient data, never ranked, never zero. A province that sent no statistics has no value.
Indicators read from the disposition histogram (the 90th percentile) are not in the bundles: shown as not carried.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.center.dashboard import scope
from desktop.center.dashboard.replay import current_rows
from desktop.center.models import NationalIndicator
from desktop.center.provinces import applied_head
from desktop.center.staff import Action, StaffContext
from desktop.domain.indicators.definitions import (
    INDICATORS,
    STOCK_FIELDS,
    SUMMED_FIELDS,
    Direction,
    IndicatorDefinition,
    MeasureTotals,
    indicator,
)
from desktop.domain.indicators.opening import expected_in, expected_months, opened_month_of
from desktop.domain.indicators.periods import first_month_index, last_month_index, month_bounds, month_period
from desktop.domain.indicators.ranking import best_and_worst, rank
from desktop.domain.indicators.survey import survey_gaps_of
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.models import COMPLETE_SOURCES

#: How many best and worst units a table marks (never more than half of the units with a value).
HIGHLIGHTED = 3
TREND_MONTHS = 12
_FLOWS = tuple(name for name in SUMMED_FIELDS if name not in STOCK_FIELDS)


_UNKNOWN = {
    "indicator": QT_TRANSLATE_NOOP("Center", "There is no indicator {value}."),
    "province": QT_TRANSLATE_NOOP("Center", "There is no province {value} among those you see."),
    "district": QT_TRANSLATE_NOOP("Center", "There is no judicial district {value} in this province."),
    "period": QT_TRANSLATE_NOOP("Center", "No province has sent statistics yet."),
}


class UnknownUnitError(DomainError):
    def __init__(self, what: str, value: object) -> None:
        super().__init__("Center", _UNKNOWN[what], {"value": str(value)})
        #: "period" with no value: no statistics at all yet — an empty center, not a wrong address
        self.what = what


@dataclass(frozen=True)
class UnitValue:
    key: str  # province code, or the province's district / branch id
    code: str
    name: str
    value: float | None
    rank: int | None
    is_best: bool
    is_worst: bool
    complete: bool
    branches: int
    complete_branches: int
    has_rows: bool

    @property
    def insufficient(self) -> bool:
        return not self.complete


@dataclass(frozen=True)
class Crumb:
    label: str
    province: str | None = None
    district: int | None = None


@dataclass(frozen=True)
class TrendPoint:
    month: JalaliPeriod
    value: float | None  # None: no statistics that month (never drawn as zero)
    complete: bool  # False: drawn as incomplete (hollow marker, dashed line), as the province draws it


@dataclass(frozen=True)
class IndicatorRanking:
    definition: IndicatorDefinition
    period: JalaliPeriod
    level: str  # "province", "district" or "branch": what the rows are
    province: str | None
    district: int | None
    crumbs: tuple[Crumb, ...]
    units: tuple[UnitValue, ...]  # ranked best first, then the insufficient ones by name
    trend: tuple[TrendPoint, ...]
    carried: bool  # False: the bundles do not carry what this indicator needs
    periods: tuple[JalaliPeriod, ...] = field(default=())
    #: The month the figures run to when that is before the period's last month (the period is still running, or
    #: no province has sent its last months yet): the figures are a part of the period's, as the provinces' own
    #: window says (desktop/indicators/views.py, ``IndicatorTable.through_month``). None: the whole period.
    through_month: JalaliPeriod | None = None

    @property
    def ranked(self) -> tuple[UnitValue, ...]:
        return tuple(unit for unit in self.units if unit.rank is not None)

    @property
    def best(self) -> tuple[UnitValue, ...]:
        return tuple(unit for unit in self.units if unit.is_best)

    @property
    def worst(self) -> tuple[UnitValue, ...]:
        return tuple(reversed([unit for unit in self.units if unit.is_worst]))


@dataclass(frozen=True)
class _BranchMonth:
    """One branch's rows of one month summed over its case types (Σ is all the figures need)."""

    sums: tuple[float, ...]  # SUMMED_FIELDS, in order
    longest: float | None  # scheduling_days_max
    complete: bool  # its untyped row's source is a case listing or monthly statistics
    answered: bool = False  # it has satisfaction survey answers this month


@dataclass
class _Province:
    code: str
    name: str
    branches: dict[int, tuple[str, str, int | None]]  # id → (code, name, district id)
    districts: dict[int, tuple[str, str]]  # id → (code, name)
    months: dict[int, Mapping[int, _BranchMonth]]  # month → branch id → its month
    #: branch id → the month it opened, for the branches that opened after the records began (the bundle's
    #: ``opened_month``; a branch without one - any branch of an older bundle - is expected in every month)
    opened: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class _Measured:
    totals: MeasureTotals
    has_rows: bool
    branches: int
    complete_branches: int
    complete: bool


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


_INTEGERS = frozenset(name for name in SUMMED_FIELDS if isinstance(getattr(MeasureTotals, name, 0), int))
_FLOW_INDEXES = tuple(SUMMED_FIELDS.index(name) for name in _FLOWS)
_STOCK_INDEXES = tuple(SUMMED_FIELDS.index(name) for name in STOCK_FIELDS)
#: A province's month, summed per branch, kept per process until the province's next applied bundle (the only
#: thing that changes it): keyed by (database, province, month, last applied sequence); the newest CACHED.
CACHED = 1024
_cache: OrderedDict[tuple[str, str, int, int], Mapping[int, _BranchMonth]] = OrderedDict()
_cache_lock = threading.Lock()


def _by_branch(rows: list[Any]) -> dict[int, _BranchMonth]:
    sums: dict[int, list[float]] = {}
    longest: dict[int, float | None] = {}
    complete: dict[int, bool] = {}
    answered: set[int] = set()
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("branch_id"), int):
            continue
        branch = row["branch_id"]
        totals = sums.setdefault(branch, [0.0] * len(SUMMED_FIELDS))
        for index, name in enumerate(SUMMED_FIELDS):
            totals[index] += _number(row.get(name))
        value = row.get("scheduling_days_max")
        if isinstance(value, int | float) and not isinstance(value, bool):
            longest[branch] = max(longest.get(branch) or 0.0, float(value))
        else:
            longest.setdefault(branch, None)
        if row.get("case_type") == "" and row.get("source") in COMPLETE_SOURCES:
            complete[branch] = True
        if _number(row.get("satisfaction_responses")) > 0:
            answered.add(branch)
    return {branch: _BranchMonth(tuple(totals), longest.get(branch), complete.get(branch, False),
                                 branch in answered)
            for branch, totals in sums.items()}


def _load(session: Session, code: str, name: str, months: Iterable[int]) -> _Province:
    rows = current_rows(session, code, ("district", "branch"))
    districts = {row_id: (str(v.get("code") or ""), str(v.get("name") or "")) for row_id, v in rows["district"].items()}
    branches = {row_id: (str(v.get("code") or ""), str(v.get("name") or ""), v.get("district_id"))
                for row_id, v in rows["branch"].items()}
    opened = {row_id: month for row_id, v in rows["branch"].items()
              if (month := opened_month_of(v.get("opened_month"))) is not None}
    database, head = str(session.get_bind().url), applied_head(session, code)[0]
    by_month: dict[int, Mapping[int, _BranchMonth]] = {}
    missing = []
    with _cache_lock:
        for month in sorted(set(months)):
            key = (database, code, month, head)
            if key in _cache:
                _cache.move_to_end(key)
                by_month[month] = _cache[key]
            else:
                missing.append(month)
    for start in range(0, len(missing), 500):
        for month, stored in session.execute(select(NationalIndicator.month_index, NationalIndicator.rows).where(
                NationalIndicator.province == code, NationalIndicator.month_index.in_(missing[start:start + 500]))):
            value = json.loads(stored)
            by_month[month] = _by_branch(value if isinstance(value, list) else [])
    with _cache_lock:
        for month in missing:
            _cache[(database, code, month, head)] = by_month.setdefault(month, {})
        while len(_cache) > CACHED:
            _cache.popitem(last=False)
    return _Province(code, name, branches, districts, by_month, opened)


def _measure(province: _Province, members: Iterable[int], months: range, stock: int, *,
             survey: bool = False) -> _Measured:
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
    longest: float | None = None
    has_rows = False
    # Each member's latest month up to the stock month gives its stocks: a province whose last months have not
    # arrived keeps its backlog (carried forward, and incomplete), as its own window carries a late branch's -
    # not a backlog of 0 because nothing came for the stock month.
    latest: dict[int, _BranchMonth] = {}
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
            if item.complete and (branch not in opened or expected_in(opened[branch], month)):
                complete_months[branch] += 1
    for item in latest.values():
        for index in _STOCK_INDEXES:
            sums[index] += item.sums[index]
    days = (month_bounds(months[-1])[1] - month_bounds(months[0])[0]).days + 1
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
    return _Measured(totals, has_rows, len(expected), complete, bool(expected) and complete == len(expected))


def _window(definition: IndicatorDefinition, first: int, stock: int) -> range:
    if definition.window_months:  # rolling: the window of months ending at the stock month
        first = stock - definition.window_months + 1
    return range(first, stock + 1)


def _ranked(definition: IndicatorDefinition, measured: Mapping[str, tuple[str, str, _Measured]]) -> tuple[UnitValue, ...]:
    carried = not definition.needs_histogram
    values = {key: (definition.compute(m.totals) if carried and m.has_rows else None)
              for key, (_, _, m) in measured.items()}
    ranked = rank(((key, name, values[key]) for key, (_, name, m) in measured.items() if m.complete),
                  definition.direction)
    best: set[Any] = set()
    worst: set[Any] = set()
    valued = sum(1 for unit in ranked if unit.rank is not None)
    if definition.direction is not Direction.NEUTRAL and valued > 1:
        top, bottom = best_and_worst(ranked, min(HIGHLIGHTED, valued // 2))
        best, worst = {u.key for u in top}, {u.key for u in bottom}
    order = [(unit.key, unit.rank) for unit in ranked]
    order += [(key, None) for key, (_, name, m) in sorted(measured.items(), key=lambda item: item[1][1])
              if not m.complete]
    return tuple(UnitValue(key=str(key), code=measured[key][0], name=measured[key][1], value=values[key],
                           rank=unit_rank, is_best=key in best, is_worst=key in worst,
                           complete=measured[key][2].complete, branches=measured[key][2].branches,
                           complete_branches=measured[key][2].complete_branches,
                           has_rows=measured[key][2].has_rows)
                 for key, unit_rank in order)


def _sum(parts: Iterable[_Measured], provinces: int, provinces_with_members: int) -> _Measured:
    items = list(parts)
    totals = MeasureTotals.sum(m.totals for m in items)
    if items:
        totals = MeasureTotals(**{**{name: getattr(totals, name) for name in SUMMED_FIELDS},
                                  "scheduling_days_max": totals.scheduling_days_max,
                                  "period_days": max(m.totals.period_days for m in items)})
    # the nation is complete when every province is: one that never named a branch leaves it incomplete
    complete = bool(items) and all(m.complete for m in items) and provinces == provinces_with_members
    return _Measured(totals, any(m.has_rows for m in items), sum(m.branches for m in items),
                     sum(m.complete_branches for m in items), complete)


def months_with_data(session: Session, codes: Iterable[str]) -> list[int]:
    wanted = list(codes)
    return sorted(session.scalars(select(NationalIndicator.month_index).where(
        NationalIndicator.province.in_(wanted)).distinct())) if wanted else []


def periods_of(months: Iterable[int]) -> tuple[JalaliPeriod, ...]:
    """Every month, quarter, half-year and year with data, newest first (months first within a year)."""
    found: set[JalaliPeriod] = set()
    for month in months:
        period = month_period(month)
        for kind in PeriodKind:
            found.add(JalaliPeriod(kind, period.year, (period.index - 1) // kind.months + 1))
    order = {PeriodKind.MONTH: 0, PeriodKind.QUARTER: 1, PeriodKind.HALF: 2, PeriodKind.YEAR: 3}
    return tuple(sorted(found, key=lambda p: (-p.year, order[p.kind], -p.index)))


def indicator_ranking(session: Session, staff: StaffContext, code: str, period_code: str | None = None,
                      province: str | None = None, district: int | None = None) -> IndicatorRanking:
    """The units one level below the chosen scope (all provinces; a province's districts; a district's
    branches), ranked on indicator ``code`` for the period, with the scope's monthly trend."""
    scope.require(staff, Action.view_indicators)
    try:
        definition = indicator(code)
    except KeyError:
        raise UnknownUnitError("indicator", code) from None
    visible = scope.visible_codes(session, staff)
    names = dict(visible)
    if province is not None:
        scope.require_province(staff, Action.view_indicators, province)
        if province not in names:
            raise UnknownUnitError("province", province)
    months = months_with_data(session, names)
    periods = periods_of(months)
    if period_code:
        period = JalaliPeriod.parse(period_code)
    elif months:
        period = month_period(months[-1])
    else:
        raise UnknownUnitError("period", "")
    latest = months[-1] if months else None
    last = last_month_index(period)
    stock = last if latest is None or latest >= last or latest < first_month_index(period) else latest
    flow_months = _window(definition, first_month_index(period), stock)
    trend_ends = range(stock - TREND_MONTHS + 1, stock + 1)
    needed = set(flow_months) | {m for end in trend_ends for m in _window(definition, end, end)}
    scope_codes = [province] if province is not None else [code_ for code_, _ in visible]
    loaded = {c: _load(session, c, names[c], needed) for c in scope_codes}
    crumbs = [Crumb(QT_TRANSLATE_NOOP("Center", "All provinces"))]

    def members_of(p: _Province) -> dict[str, tuple[str, str, list[int]]]:
        """The units of the level shown: key → (code, name, branch ids)."""
        if district is None:
            members = {d: [b for b, (_, _, dd) in p.branches.items() if dd == d] for d in p.districts}
            # a district none of whose branches had opened by the stock month is not a unit of the period either
            return {str(d): (c, n, members[d]) for d, (c, n) in p.districts.items()
                    if any(expected_in(p.opened.get(b), stock) for b in members[d])}
        # a district's branches opened by the stock month (one opened later is not a unit of the period)
        return {str(b): (c, n, [b]) for b, (c, n, dd) in p.branches.items()
                if dd == district and expected_in(p.opened.get(b), stock)}

    survey = definition.from_survey
    if province is None:
        level = "province"
        per_province = {c: _measure(p, p.branches, flow_months, stock, survey=survey) for c, p in loaded.items()}
        measured = {c: (c, p.name, per_province[c]) for c, p in loaded.items()}

        def scope_at(months_: range, stock_: int) -> _Measured:
            parts = [_measure(p, p.branches, months_, stock_, survey=survey) for p in loaded.values()]
            return _sum(parts, len(loaded), sum(1 for p in loaded.values() if p.branches))
    else:
        p = loaded[province]
        crumbs.append(Crumb(p.name, province))
        if district is not None:
            if district not in p.districts:
                raise UnknownUnitError("district", district)
            crumbs.append(Crumb(p.districts[district][1], province, district))
        level = "district" if district is None else "branch"
        measured = {key: (c, n, _measure(p, ids, flow_months, stock, survey=survey))
                    for key, (c, n, ids) in members_of(p).items()}
        scope_ids = list(p.branches) if district is None else [
            b for b, (_, _, dd) in p.branches.items() if dd == district]

        def scope_at(months_: range, stock_: int) -> _Measured:
            return _measure(p, scope_ids, months_, stock_, survey=survey)
    trend = []
    for end in trend_ends:
        m = scope_at(_window(definition, end, end), end)
        value = definition.compute(m.totals) if m.has_rows and not definition.needs_histogram else None
        trend.append(TrendPoint(month_period(end), value, m.complete))
    return IndicatorRanking(definition, period, level, province, district, tuple(crumbs),
                            _ranked(definition, measured), tuple(trend), not definition.needs_histogram, periods,
                            month_period(stock) if stock < last else None)


@dataclass(frozen=True)
class Completeness:
    code: str
    name: str
    months: int  # months with any statistics
    latest_month: JalaliPeriod | None
    branches: int
    complete_branches_latest: int  # complete in the latest month with data


def completeness(session: Session, staff: StaffContext) -> list[Completeness]:
    """How complete each visible province's statistics are (for the indicators page's side table)."""
    scope.require(staff, Action.view_indicators)
    result = []
    for code, name in scope.visible_codes(session, staff):
        count, latest = session.execute(select(func.count(), func.max(NationalIndicator.month_index)).where(
            NationalIndicator.province == code)).one()
        p = _load(session, code, name, [latest] if latest is not None else [])
        branches, complete = len(p.branches), 0
        if latest is not None:  # of its branches opened by then
            measured = _measure(p, p.branches, range(latest, latest + 1), latest)
            branches, complete = measured.branches, measured.complete_branches
        result.append(Completeness(code, name, count, month_period(latest) if latest else None, branches,
                                   complete))
    return result


INDICATOR_CODES = tuple(d.code for d in INDICATORS)
