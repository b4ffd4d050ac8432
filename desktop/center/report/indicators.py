"""Indicators of every province for a period, from the ``indicator_month`` rows its bundles carried, summed the
way the province sums them (desktop/indicators/indicator_table.py: flows over the period's months, stocks at its
last month with data, Σ numerator ÷ Σ denominator through the domain's definitions).

A province is *complete* for an indicator when every branch it has told the center about that opened by the
period's stock month has statistics from a case listing or monthly statistics for every month the figures cover
from the month it opened (desktop/domain/indicators/opening.py; and, for satisfaction, answered the survey in each
such month some branch of the province did: desktop/domain/indicators/survey.py) — the province's own rule. Incomplete
provinces are never ranked. The 90th-percentile indicator needs the disposition histogram, which bundles do not
carry: it is listed as not available at the center rather than shown wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.dashboard.replay import current_rows
from desktop.center.models import NationalIndicator
from desktop.domain.indicators.definitions import (
    INDICATORS,
    STOCK_FIELDS,
    SUMMED_FIELDS,
    IndicatorDefinition,
    MeasureTotals,
)
from desktop.domain.indicators.opening import expected_in, expected_months, opened_month_of
from desktop.domain.indicators.periods import first_month_index, last_month_index, observed_days
from desktop.domain.indicators.survey import survey_gaps_of
from desktop.domain.jalali import JalaliPeriod

COMPLETE_SOURCES = frozenset({"cases", "monthly"})  # desktop.store.models.COMPLETE_SOURCES
_FLOWS = tuple(name for name in SUMMED_FIELDS if name not in STOCK_FIELDS)


@dataclass(frozen=True)
class ProvinceIndicator:
    """One indicator of one province for the period."""

    value: float | None
    totals: MeasureTotals
    has_rows: bool
    complete: bool
    months: tuple[int, ...]  # the months the figures cover


@dataclass(frozen=True)
class ProvinceStatistics:
    """Everything one province's monthly rows say about the period."""

    branches: int  # its branches opened by the period's stock month
    latest_month: int | None
    indicators: Mapping[str, ProvinceIndicator]


def center_indicators() -> tuple[IndicatorDefinition, ...]:
    """The indicators the center can compute from what bundles carry (all but the histogram-based ones)."""
    return tuple(definition for definition in INDICATORS if not definition.needs_histogram)


def unavailable_indicators() -> tuple[IndicatorDefinition, ...]:
    return tuple(definition for definition in INDICATORS if definition.needs_histogram)


def province_branches(session: Session, province: str) -> dict[int, int | None]:
    """branch id -> the month it opened (None: expected in every month) of each branch the province's change log
    describes (replayed: a deleted branch is gone, an opening month set later is read)."""
    return {row_id: opened_month_of(values.get("opened_month"))
            for row_id, values in current_rows(session, province, ("branch",))["branch"].items()}


def _months(session: Session, province: str, first: int, last: int) -> Iterator[tuple[int, list[dict[str, Any]]]]:
    """Each stored month of ``first..last`` with its rows, one month in memory at a time (a Tehran-sized
    province sends tens of thousands of rows a month)."""
    months = list(session.scalars(select(NationalIndicator.month_index).where(
        NationalIndicator.province == province, NationalIndicator.month_index.between(first, last)).order_by(
        NationalIndicator.month_index)))
    for month in months:
        parsed = json.loads(session.scalar(select(NationalIndicator.rows).where(
            NationalIndicator.province == province, NationalIndicator.month_index == month)) or "[]")
        yield month, [row for row in parsed if isinstance(row, dict)] if isinstance(parsed, list) else []


def _number(value: Any) -> float | int:
    return value if isinstance(value, int | float) and not isinstance(value, bool) else 0


def stock_month(period: JalaliPeriod, latest: int | None) -> int:
    """The month whose stocks a period shows: its last, or the latest month with data if that is earlier (as
    desktop/indicators/period_months.py ``period_stock_month``)."""
    last = last_month_index(period)
    return last if latest is None or latest >= last or latest < first_month_index(period) else latest


class _Sums:
    """The running totals of one indicator while the months go by."""

    def __init__(self, first: int, stock: int) -> None:
        self.first, self.stock = first, stock
        self.sums: dict[str, float] = {name: 0 for name in SUMMED_FIELDS}
        self.scheduling_max: float | None = None
        self.has_rows = False
        self.complete_months: dict[int, set[int]] = {}  # branch -> the months its statistics are complete
        self.answered: dict[int, set[int]] = {}  # branch -> the months it answered the survey
        # branch -> (its latest month up to the stock month, its stocks then): a province whose last months have
        # not arrived keeps its backlog, carried forward (and incomplete), never a backlog of 0
        self.stocks: dict[int, tuple[int, dict[str, float]]] = {}

    def add(self, month: int, rows: list[dict[str, Any]]) -> None:
        if not self.first <= month <= self.stock:
            return
        for row in rows:
            self.has_rows = True
            for name in _FLOWS:
                self.sums[name] += _number(row.get(name))
            branch = row.get("branch_id")
            if isinstance(branch, int):
                seen, stocks = self.stocks.get(branch, (-1, {}))
                if month > seen:  # months come in order: a later one replaces the branch's stocks
                    seen, stocks = month, dict.fromkeys(STOCK_FIELDS, 0.0)
                    self.stocks[branch] = (seen, stocks)
                for name in STOCK_FIELDS:
                    stocks[name] += _number(row.get(name))
            maximum = row.get("scheduling_days_max")
            if isinstance(maximum, int | float) and not isinstance(maximum, bool):
                self.scheduling_max = maximum if self.scheduling_max is None else max(self.scheduling_max, maximum)
            if row.get("case_type") == "" and row.get("source") in COMPLETE_SOURCES and isinstance(branch, int):
                self.complete_months.setdefault(branch, set()).add(month)
            if isinstance(branch, int) and _number(row.get("satisfaction_responses")) > 0:
                self.answered.setdefault(branch, set()).add(month)

    def _complete(self, branch: int, opened: int | None, covered: tuple[int, ...]) -> bool:
        """Whether the branch's statistics are complete in every month of ``covered`` from the month it opened."""
        months = self.complete_months.get(branch, set())
        if opened is None:  # nearly every branch: all of them (only months of ``covered`` are added)
            return len(months) == len(covered)
        return months.issuperset(expected_months(opened, covered))

    def result(self, definition: IndicatorDefinition, branches: Mapping[int, int | None]) -> ProvinceIndicator:
        """``branches``: branch id -> the month it opened (None: always there)."""
        covered = tuple(range(self.first, self.stock + 1))
        # the days its flows cover: the months some branch has statistics of its own (disposition time's pace)
        with_statistics = set().union(*self.complete_months.values())
        days = observed_days(self.first, self.stock, with_statistics or None)
        sums = dict(self.sums)
        for _month, stocks in self.stocks.values():
            for name in STOCK_FIELDS:
                sums[name] += stocks[name]
        totals = MeasureTotals(**sums, scheduling_days_max=self.scheduling_max, period_days=days)
        # the province's branches for the period: those opened by its stock month, each from the month it opened
        members = {branch: opened for branch, opened in branches.items() if expected_in(opened, self.stock)}
        complete = bool(members) and all(self._complete(branch, opened, covered) for branch, opened in members.items())
        if definition.from_survey:  # satisfaction: every branch also answered the survey (the province's rule)
            complete = complete and not survey_gaps_of(self.answered, members, members)
        return ProvinceIndicator(definition.compute(totals) if self.has_rows else None, totals, self.has_rows,
                                 complete, covered)


def latest_month(session: Session, province: str) -> int | None:
    """The province's latest month with statistics at the center."""
    return session.scalar(select(NationalIndicator.month_index).where(
        NationalIndicator.province == province).order_by(NationalIndicator.month_index.desc()).limit(1))


def province_statistics(session: Session, province: str, period: JalaliPeriod,
                        national_latest: int | None = None) -> ProvinceStatistics:
    """The province's figures over the period's months up to ``national_latest`` (the latest month of the
    provinces compared: as the dashboard does), so that a province whose last months have not arrived lacks
    them - incomplete, never ranked - instead of being judged on fewer months than the others. Without it, its
    own latest month."""
    latest = latest_month(session, province)
    stock = stock_month(period, latest if national_latest is None else national_latest)
    definitions = center_indicators()
    # indicators sharing a window share their sums: the period's months, and each rolling window
    firsts = {d.code: stock - d.window_months + 1 if d.window_months else first_month_index(period)
              for d in definitions}
    sums = {first: _Sums(first, stock) for first in set(firsts.values())}
    branches = province_branches(session, province)
    for month, rows in _months(session, province, min(firsts.values()), stock):
        for row in rows:  # a branch with statistics the change log does not describe: expected always
            if isinstance(row.get("branch_id"), int):
                branches.setdefault(row["branch_id"], None)
        for running in sums.values():
            running.add(month, rows)
    values = {d.code: sums[firsts[d.code]].result(d, branches) for d in definitions}
    return ProvinceStatistics(sum(1 for opened in branches.values() if expected_in(opened, stock)), latest, values)


def national_value(definition: IndicatorDefinition, values: Iterable[ProvinceIndicator]) -> float | None:
    """Σ numerator ÷ Σ denominator over the provinces with statistics (their totals added, then computed once)."""
    with_rows = [value.totals for value in values if value.has_rows]
    if not with_rows:
        return None
    return definition.compute(MeasureTotals.sum(with_rows))
