"""The months a period's figures cover: up to its last month, or to the latest month with data while the period
is under way (``IndicatorTable.through_month`` says so)."""

from __future__ import annotations

from sqlalchemy import Connection

from desktop.domain.indicators.periods import first_month_index, last_month_index, month_bounds
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators import driver_rows


def period_stock_month(period: JalaliPeriod, latest: int | None) -> int:
    """The month whose backlog a period shows: its last, or the latest month with data if that is earlier
    (a period still under way)."""
    last = last_month_index(period)
    return last if latest is None or latest >= last or latest < first_month_index(period) else latest


def elapsed_days(period: JalaliPeriod, stock_month: int) -> int:
    return (month_bounds(stock_month)[1] - period.start).days + 1


def latest_data_month(connection: Connection) -> int | None:
    return driver_rows.rows(connection, "SELECT max(month_index) FROM indicator_month")[0][0]  # type: ignore[no-any-return]
