"""Disposition time is the backlog at the pace of the period: days × pending ÷ disposed. The days are those the
disposals were counted over - a unit's months with statistics of its own - not the period's calendar days: a
reviewer's quarter 1403-Q3 with only Azar 1403 of statistics read 358 days at the province where Azar alone read
119, and a status report's "previous period" of 855 days made a 688-day "improvement" that never happened.

The normal demo's statistics begin in Azar 1403 (the last month of 1403-Q3), so each reader - the indicator table
(branch rows and roll-ups), the trend, the reports' values and the center's figures - must give the quarter the
month's value.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.access import Principal
from desktop.domain.indicators.definitions import MeasureTotals, indicator
from desktop.domain.indicators.periods import month_index, observed_days
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.indicators.service import IndicatorService
from desktop.reports.indicator_values import indicator_values
from desktop.store.database import Database, open_database
from tests.demo_support import copy_demo

QUARTER = JalaliPeriod(PeriodKind.QUARTER, 1403, 3)
AZAR = JalaliPeriod(PeriodKind.MONTH, 1403, 9)


@pytest.fixture(scope="module")
def province(demo_province: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(copy_demo(demo_province, tmp_path_factory.mktemp("partial") / "demo"), create=False)
    with database.engine.connect() as connection:
        first = connection.exec_driver_sql("SELECT min(month_index) FROM indicator_month").scalar()
    assert first == month_index(1403, 9)  # the quarter's only month with statistics
    yield database
    database.close()


def _values(service: IndicatorService, level: str, period: JalaliPeriod, case_type: str | None = None) -> dict:
    return {row.code: row.value for row in service.table("disposition_time", level, period, case_type).rows}


@pytest.mark.parametrize("use_rollups", [True, False], ids=["roll-ups", "branch rows"])
@pytest.mark.parametrize("level", ["branch", "district", "province"])
def test_a_quarter_with_one_month_of_statistics_has_that_months_disposition_time(
        province: Database, level: str, use_rollups: bool) -> None:
    service = IndicatorService(province, use_rollups=use_rollups)
    quarter, month = _values(service, level, QUARTER), _values(service, level, AZAR)
    assert quarter.keys() == month.keys() and any(value is not None for value in month.values())
    for code, value in month.items():
        assert quarter[code] == pytest.approx(value), code  # 358 against 119 at the province before
    for case_type in service.case_types()[:1]:  # a case type's table the same way
        assert _values(service, level, QUARTER, case_type) == pytest.approx(_values(service, level, AZAR, case_type))


def test_the_trend_gives_the_quarter_the_months_value(province: Database) -> None:
    service = IndicatorService(province)
    [province_row] = service.table("disposition_time", "province", AZAR).rows
    quarters = service.trend("disposition_time", "province", province_row.unit_id, PeriodKind.QUARTER, 2,
                             until_month=month_index(1403, 12))
    assert quarters.periods[0] == QUARTER
    assert quarters.series[0].values[0] == pytest.approx(province_row.value)


def test_the_reports_values_give_the_quarter_the_months_value(province: Database) -> None:
    for level in ("district", "province"):
        quarter = indicator_values(province, ["disposition_time"], level, QUARTER, principal=Principal.system())
        month = indicator_values(province, ["disposition_time"], level, AZAR, principal=Principal.system())
        assert [v.value for v in quarter["disposition_time"]] == pytest.approx([v.value for v in month["disposition_time"]])


def test_the_days_are_the_months_with_statistics_and_the_formula_is_unchanged() -> None:
    first, last = month_index(1403, 7), month_index(1403, 9)
    assert observed_days(first, last, None) == 30 + 30 + 30  # Mehr, Aban, Azar: the quarter's calendar days
    assert observed_days(first, last, {month_index(1403, 9), month_index(1404, 1)}) == 30  # Azar only, in range
    totals = MeasureTotals(pending_end=100, disposed=50, period_days=30)
    assert indicator("disposition_time").compute(totals) == 60.0
