"""Month indexes: a Jalali month as one integer, ``jyear * 12 + jmonth - 1`` (Farvardin 1403 = 16836).

The derived tables key their rows by month index; a period is a contiguous range of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from desktop.domain.jalali import JalaliPeriod, PeriodKind, days_in_month, from_jalali, to_jalali


def month_index(jyear: int, jmonth: int) -> int:
    """``1403, 1`` -> 16836; months 1-12."""
    if not 1 <= jmonth <= 12:
        raise ValueError(f"a Jalali month is 1-12, not {jmonth}")
    return jyear * 12 + jmonth - 1


def year_and_month(index: int) -> tuple[int, int]:
    """Inverse of :func:`month_index`: 16836 -> (1403, 1)."""
    return index // 12, index % 12 + 1


def month_index_of(day: date) -> int:
    """The month index of the Jalali month a Gregorian date falls in."""
    year, month, _ = to_jalali(day)
    return month_index(year, month)


@lru_cache(maxsize=1024)  # a table asks for its months' bounds on every view (jdatetime converts slowly)
def month_bounds(index: int) -> tuple[date, date]:
    """The first and last (inclusive) Gregorian day of a month index."""
    year, month = year_and_month(index)
    return from_jalali(year, month, 1), from_jalali(year, month, days_in_month(year, month))


def month_period(index: int) -> JalaliPeriod:
    year, month = year_and_month(index)
    return JalaliPeriod(PeriodKind.MONTH, year, month)


def period_month_indexes(period: JalaliPeriod) -> range:
    """Every month index the period spans, in order."""
    first = month_index(period.year, period.first_month)
    return range(first, first + period.kind.months)


def first_month_index(period: JalaliPeriod) -> int:
    return month_index(period.year, period.first_month)


def last_month_index(period: JalaliPeriod) -> int:
    """The period's last month: stocks (backlog, pending ages) are read there."""
    return month_index(period.year, period.last_month)


def days_of_months(months: Iterable[int]) -> int:
    """The calendar days of these months (each counted once)."""
    total = 0
    for month in set(months):
        start, end = month_bounds(month)
        total += (end - start).days + 1
    return total


def observed_days(first: int, last: int, with_statistics: Iterable[int] | None) -> int:
    """The days a unit's flows over ``first..last`` cover: those of its months with statistics of its own
    (``with_statistics``; None: every month). Disposition time is the backlog at the period's pace, and the pace
    is what was disposed over these days - a period's calendar days over the disposals of its months with data
    made the figure of a quarter with one month of statistics three times too long."""
    if with_statistics is None:
        return days_of_months(range(first, last + 1))
    return days_of_months(month for month in with_statistics if first <= month <= last)


def days_in_period(period: JalaliPeriod) -> int:
    """Calendar days of the period: 365 or 366 for a year, 29-31 for a month."""
    return period.days


def period_containing_month(kind: PeriodKind, index: int) -> JalaliPeriod:
    year, month = year_and_month(index)
    return JalaliPeriod(PeriodKind(kind), year, (month - 1) // PeriodKind(kind).months + 1)


def last_periods(kind: PeriodKind, last_month: int, count: int) -> list[JalaliPeriod]:
    """The ``count`` periods of ``kind`` ending with the one containing ``last_month``, oldest first."""
    period = period_containing_month(kind, last_month)
    periods = [period]
    while len(periods) < count:
        period = period.previous()
        periods.append(period)
    return periods[::-1]
