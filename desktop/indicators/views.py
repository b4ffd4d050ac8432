"""What the indicator service returns: frozen views, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.indicators.definitions import IndicatorDefinition, MeasureTotals
from desktop.domain.jalali import JalaliPeriod, PeriodKind


@dataclass(frozen=True)
class IndicatorRow:
    """One unit's value. Only a complete unit is ranked (``rank`` 1 = best); an incomplete one keeps its value
    (e.g. a carried-forward backlog) but no rank and no best/worst mark, and comes after the ranked units.

    ``missing_months``: the period's months (codes such as ``1403-03``) whose statistics this branch lacks or
    only carries forward (branch rows); ``branches`` / ``complete_branches``: the coverage of a district or
    province ("97 of 100 branches complete"), ``incomplete_branches`` the codes of the others."""

    unit_id: int
    code: str
    name: str
    parent_name: str
    value: float | None
    rank: int | None
    is_best: bool
    is_worst: bool
    totals: MeasureTotals
    complete: bool = True
    missing_months: tuple[str, ...] = ()
    branches: int = 1
    complete_branches: int = 1
    incomplete_branches: tuple[str, ...] = ()
    #: Some month of the period has statistics of the unit's own (not only carried forward or missing): else
    #: what happened in it - its incoming and disposed cases - is unknown, not zero.
    has_statistics: bool = True
    #: Satisfaction of a branch: the survey months of the period it did not answer (codes); it is then incomplete
    #: although its case statistics may be complete (desktop/indicators/survey_coverage.py).
    unanswered_survey_months: tuple[str, ...] = ()
    #: The cases the value rests on (the indicator's basis; None for the counts, which have none).
    cases: int | None = None
    #: Complete, with a value, but resting on fewer cases than the ranking's minimum: shown, never ranked nor
    #: coloured (desktop/domain/indicators/ranking.py ``MINIMUM_CASES``).
    too_few: bool = False


@dataclass(frozen=True)
class IndicatorTable:
    """``rows``: the ranked units best first, then the units with incomplete data (by name)."""

    definition: IndicatorDefinition
    level: str
    period: JalaliPeriod
    case_type: str | None
    rows: tuple[IndicatorRow, ...]
    #: The months the figures cover (a rolling indicator reaches back before the period), as period codes.
    months: tuple[str, ...] = ()

    @property
    def through_month(self) -> JalaliPeriod | None:
        """The last month the figures reach, when that is before the period's last month: the period is not over,
        or its last months have no statistics yet in the whole province (the figures run to the latest month with
        data). Its flows are then a part of the period's, not comparable with a whole period's (a quarter's
        incoming cases over two months of three). None when the figures cover the period to its end."""
        if not self.months:
            return None
        reached = JalaliPeriod.parse(self.months[-1])
        period_last = JalaliPeriod(PeriodKind.MONTH, self.period.year, self.period.last_month)
        period_first = JalaliPeriod(PeriodKind.MONTH, self.period.year, self.period.first_month)
        return reached if period_first <= reached < period_last else None

    @property
    def ranked(self) -> tuple[IndicatorRow, ...]:
        return tuple(row for row in self.rows if row.rank is not None)

    @property
    def insufficient(self) -> tuple[IndicatorRow, ...]:
        """The units listed under "incomplete data": incomplete ones (whatever their value)."""
        return tuple(row for row in self.rows if not row.complete)

    @property
    def incomplete_count(self) -> int:
        return sum(1 for row in self.rows if not row.complete)

    @property
    def complete_count(self) -> int:
        return sum(1 for row in self.rows if row.complete)


@dataclass(frozen=True)
class TrendSeries:
    level: str
    unit_id: int
    name: str
    values: tuple[float | None, ...]
    #: Per period: True when every branch of the unit has complete statistics (a case listing or monthly
    #: statistics, not carried forward or missing) for every month the value covers (docs/indicators.md,
    #: "Completeness") and the value covers the period to its end (not a period still running, or whose last
    #: months have no statistics yet: see ``IndicatorTable.through_month``). Empty when not known (then nothing
    #: is marked).
    complete: tuple[bool, ...] = ()

    def is_complete(self, position: int) -> bool:
        return position >= len(self.complete) or self.complete[position]


@dataclass(frozen=True)
class IndicatorTrend:
    definition: IndicatorDefinition
    periods: tuple[JalaliPeriod, ...]
    series: tuple[TrendSeries, ...]  # the unit first, then its district, then the province
    #: The month the last period's figures run to when that is before its end (a period under way, as
    #: ``IndicatorTable.through_month``): its point is marked as not whole even when every branch is complete,
    #: and the chart's legend says so (else "7 of 7 branches complete" beside a point marked incomplete).
    through_month: JalaliPeriod | None = None


@dataclass(frozen=True)
class IncompleteUnit:
    code: str
    name: str
    missing_months: tuple[str, ...]


@dataclass(frozen=True)
class DataCoverage:
    """How many branches have complete statistics for a month (the dashboard's "97 of 100 branches")."""

    period: JalaliPeriod | None  # the latest month with data; None before any import
    branches: int
    complete: int
    incomplete: tuple[IncompleteUnit, ...]
