"""Units at risk on the demo: exactly the units whose dashboard figures meet the early-warning rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain.indicators.early_warning import RiskReason, backlog_grew, clearance_stayed_low
from desktop.indicators.at_risk import latest_months, units_at_risk_now
from desktop.indicators.service import IndicatorService
from desktop.store.database import open_database
from tests.demo_support import copy_demo


@pytest.fixture(scope="module")
def service(demo_province: Path, tmp_path_factory: pytest.TempPathFactory):
    """The demo as of 2026-11-23 (generated once per run, tests/conftest.py), a copy of its own."""
    database = open_database(copy_demo(demo_province, tmp_path_factory.mktemp("risk") / "demo"))
    yield IndicatorService(database)
    database.close()


def series(service: IndicatorService, code: str, level: str, months) -> dict[int, list[float | None]]:
    values: dict[int, list[float | None]] = {}
    for position, month in enumerate(months):
        for row in service.table(code, level, month).rows:
            values.setdefault(row.unit_id, [None] * len(months))[position] = row.value
    return values


def test_the_units_flagged_are_those_whose_figures_meet_the_rule(service: IndicatorService) -> None:
    months = latest_months(service)
    assert len(months) == 4 and months[-1] == service.available_months()[-1]
    found = units_at_risk_now(service)
    assert found
    for level in ("district", "branch"):
        backlog = series(service, "backlog", level, months)
        clearance = series(service, "clearance_rate", level, months[1:])
        expected = {unit for unit in backlog if backlog_grew(backlog[unit]) or clearance_stayed_low(clearance[unit])}
        flagged = {u.unit_id for u in found if u.level == level}
        assert flagged == expected
        for unit in (u for u in found if u.level == level):
            assert (RiskReason.BACKLOG_GROWING in unit.reasons) == backlog_grew(backlog[unit.unit_id])
            assert (RiskReason.CLEARANCE_LOW in unit.reasons) == clearance_stayed_low(clearance[unit.unit_id])


def test_a_database_without_statistics_has_no_unit_at_risk(tmp_path: Path) -> None:
    with open_database(tmp_path / "empty.sqlite3") as database:
        assert units_at_risk_now(IndicatorService(database)) == []


def test_backlog_and_clearance_need_no_rolling_window_nor_histograms_so_one_table_serves_both() -> None:
    """units_at_risk_now reads one backlog table per month and derives the clearance rate from its rows'
    totals: exact only while neither indicator reads months outside the period or histograms."""
    from desktop.domain.indicators.definitions import indicator

    for code in ("backlog", "clearance_rate"):
        assert not indicator(code).window_months and not indicator(code).needs_histogram
