"""Indicators on the dashboard: provinces ranked on every indicator, drill-down province → district → branch,
monthly trends and the completeness of each unit's data.

The figures follow the province's rules (docs/indicators.md; desktop/indicators/indicator_table.py) over the
``indicator_month`` rows the bundles carried (desktop/center/dashboard/province_months.py), each unit's summed
and judged complete at its stock month (desktop/center/dashboard/measures.py) — the period's last, or the latest
month any visible province sent when that is earlier. Only complete units are ranked and marked best or worst —
the others keep their value, shown as incomplete data, never ranked, never zero. A province that sent no statistics has no value. Indicators read
from the disposition histogram (the 90th percentile) are not in the bundles: shown as not carried.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.center.dashboard import scope
from desktop.center.dashboard.measures import Measured, measure, summed
from desktop.center.dashboard.province_months import ProvinceMonths, load_province
from desktop.center.models import NationalIndicator
from desktop.center.staff import Action, StaffContext, visible_provinces
from desktop.domain.indicators.definitions import (
    INDICATORS,
    IndicatorDefinition,
    indicator,
)
from desktop.domain.indicators.opening import expected_in
from desktop.domain.indicators.periods import first_month_index, last_month_index, month_period
from desktop.domain.indicators.ranking import highlighted, marks_best_and_worst, rank
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

TREND_MONTHS = 12


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
    #: The cases the value rests on (the indicator's basis; None for the counts), and whether they are too few
    #: to rank it (shown, never ranked nor marked: desktop/domain/indicators/ranking.py ``MINIMUM_CASES``).
    cases: int | None = None
    too_few: bool = False

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


def _window(definition: IndicatorDefinition, first: int, stock: int) -> range:
    if definition.window_months:  # rolling: the window of months ending at the stock month
        first = stock - definition.window_months + 1
    return range(first, stock + 1)


def _ranked(definition: IndicatorDefinition, measured: Mapping[str, tuple[str, str, Measured]]) -> tuple[UnitValue, ...]:
    carried = not definition.needs_histogram
    values = {key: (definition.compute(m.totals) if carried and m.has_rows else None)
              for key, (_, _, m) in measured.items()}
    cases = {key: definition.cases(m.totals) for key, (_, _, m) in measured.items()}
    ranked = rank(((key, name, values[key], cases[key]) for key, (_, name, m) in measured.items() if m.complete),
                  definition.direction)
    few = {unit.key for unit in ranked if unit.too_few}
    best: set[Any] = set()
    worst: set[Any] = set()
    if marks_best_and_worst(definition):
        top, bottom = highlighted(ranked)
        best, worst = {u.key for u in top}, {u.key for u in bottom}
    order = [(unit.key, unit.rank) for unit in ranked]
    order += [(key, None) for key, (_, name, m) in sorted(measured.items(), key=lambda item: item[1][1])
              if not m.complete]
    return tuple(UnitValue(key=str(key), code=measured[key][0], name=measured[key][1], value=values[key],
                           rank=unit_rank, is_best=key in best, is_worst=key in worst,
                           complete=measured[key][2].complete, branches=measured[key][2].branches,
                           complete_branches=measured[key][2].complete_branches,
                           has_rows=measured[key][2].has_rows, cases=cases[key], too_few=key in few)
                 for key, unit_rank in order)


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
    loaded = {c: load_province(session, c, names[c], needed) for c in scope_codes}
    # a liaison's scope is his provinces, not the country: its trend and crumb are named so
    crumbs = [Crumb(QT_TRANSLATE_NOOP("Center", "Your provinces") if visible_provinces(staff) is not None
                    else QT_TRANSLATE_NOOP("Center", "All provinces"))]

    def members_of(p: ProvinceMonths) -> dict[str, tuple[str, str, list[int]]]:
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
        per_province = {c: measure(p, p.branches, flow_months, stock, survey=survey) for c, p in loaded.items()}
        measured = {c: (c, p.name, per_province[c]) for c, p in loaded.items()}

        def scope_at(months_: range, stock_: int) -> Measured:
            parts = [measure(p, p.branches, months_, stock_, survey=survey) for p in loaded.values()]
            return summed(parts, len(loaded), sum(1 for p in loaded.values() if p.branches))
    else:
        p = loaded[province]
        crumbs.append(Crumb(p.name, province))
        if district is not None:
            if district not in p.districts:
                raise UnknownUnitError("district", district)
            crumbs.append(Crumb(p.districts[district][1], province, district))
        level = "district" if district is None else "branch"
        measured = {key: (c, n, measure(p, ids, flow_months, stock, survey=survey))
                    for key, (c, n, ids) in members_of(p).items()}
        scope_ids = list(p.branches) if district is None else [
            b for b, (_, _, dd) in p.branches.items() if dd == district]

        def scope_at(months_: range, stock_: int) -> Measured:
            return measure(p, scope_ids, months_, stock_, survey=survey)
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
        p = load_province(session, code, name, [latest] if latest is not None else [])
        branches, complete = len(p.branches), 0
        if latest is not None:  # of its branches opened by then
            measured = measure(p, p.branches, range(latest, latest + 1), latest)
            branches, complete = measured.branches, measured.complete_branches
        result.append(Completeness(code, name, count, month_period(latest) if latest else None, branches,
                                   complete))
    return result


INDICATOR_CODES = tuple(d.code for d in INDICATORS)
