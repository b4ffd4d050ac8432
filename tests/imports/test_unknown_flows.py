"""A unit with no month of statistics of its own in the period - every month carried forward or missing - has
no value for what happened in it (incoming, disposed, clearance, times...): unknown, never zero. Its backlog is
carried forward with its month and still shown (incomplete); its survey is its own. The same in the window's
tables (branch rows, district roll-ups), the command line and the reports."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.access import Principal
from desktop.domain.jalali import JalaliPeriod
from desktop.imports.service import IMPORTED, ImportService
from desktop.indicators.service import IndicatorService
from desktop.reports.indicator_values import indicator_values
from desktop.store.database import Database
from tests.imports.conftest import MONTHLY_HEADERS, write_csv
from tests.imports.test_figures_at_the_edges import monthly_row

FARVARDIN_TO_KHORDAD_1403 = (1, 2, 3)
KHORDAD = JalaliPeriod.parse("1403-03")


def _import(service: ImportService, tmp_path: Path) -> None:
    rows = [monthly_row("101001", month, 10, 8, 50 + month) for month in FARVARDIN_TO_KHORDAD_1403]
    rows += [monthly_row("101002", month, 10, 10, 30) for month in (1, 2)]  # Khordad carried forward
    rows += [monthly_row("102001", month, 20, 10, 10) for month in (1, 2)]  # its district has no Khordad
    assert service.import_file(write_csv(tmp_path / "m.csv", MONTHLY_HEADERS, rows), "monthly").status == IMPORTED


def _values(database: Database, code: str, level: str, period: JalaliPeriod = KHORDAD, *, rollups: bool = True):
    indicators = IndicatorService(database)
    indicators._use_rollups = rollups
    return {row.code: (row.value, row.complete) for row in indicators.table(code, level, period).rows}


def test_a_month_carried_forward_has_no_incoming_or_clearance_but_keeps_its_backlog(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    _import(service, tmp_path)
    for rollups in (True, False):
        assert _values(database, "incoming", "branch", rollups=rollups) == {
            "101001": (10, True), "101002": (None, False), "102001": (None, False)}
        assert _values(database, "clearance_rate", "branch", rollups=rollups)["101002"] == (None, False)
        assert _values(database, "backlog", "branch", rollups=rollups)["101002"] == (30, False)
        # a district whose every branch is carried forward: nothing is known of its Khordad
        assert _values(database, "incoming", "district", rollups=rollups)["02"] == (None, False)
        assert _values(database, "backlog", "district", rollups=rollups)["02"] == (10, False)
        # a district with one branch of its own: its (incomplete) sum is shown
        assert _values(database, "incoming", "district", rollups=rollups)["01"] == (10, False)


def test_over_a_quarter_a_unit_with_some_months_of_its_own_keeps_its_partial_sum(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    _import(service, tmp_path)
    quarter = _values(database, "incoming", "branch", JalaliPeriod.parse("1403-Q1"))
    assert quarter["101002"] == (20, False)


def test_the_reports_leave_an_unknown_month_empty_too(service: ImportService, database: Database,
                                                     tmp_path: Path) -> None:
    _import(service, tmp_path)
    values = indicator_values(database, ["incoming", "backlog"], "branch", KHORDAD, principal=Principal.system())
    by_name = {value.name: value.value for value in values["incoming"]}
    assert by_name["شعبه 102 کیفری قم"] is None and by_name["شعبه 101 حقوقی قم"] == 10
    assert {value.name: value.value for value in values["backlog"]}["شعبه 102 کیفری قم"] == 30


def _unit_id(database: Database, table: str, code: str) -> int:
    from sqlalchemy import text

    with database.session() as session:
        return session.execute(text(f"SELECT id FROM {table} WHERE code = :code"), {"code": code}).scalar_one()


def test_a_trend_leaves_a_month_without_statistics_of_its_own_empty(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    from desktop.domain.jalali import PeriodKind

    _import(service, tmp_path)
    indicators = IndicatorService(database)
    branch = indicators.trend("incoming", "branch", _unit_id(database, "branch", "101002"), PeriodKind.MONTH, 3)
    assert branch.series[0].values == (10, 10, None)
    district = indicators.trend("incoming", "district", _unit_id(database, "district", "02"), PeriodKind.MONTH, 3)
    assert district.series[0].values == (20, 20, None)
    backlog = indicators.trend("backlog", "branch", _unit_id(database, "branch", "101002"), PeriodKind.MONTH, 3)
    assert backlog.series[0].values == (30, 30, 30)  # carried with its month


def test_the_table_says_which_units_have_no_statistics_of_their_own(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    _import(service, tmp_path)
    rows = {row.code: row for row in IndicatorService(database).table("backlog", "branch", KHORDAD).rows}
    assert (rows["101001"].has_statistics, rows["101002"].has_statistics) == (True, False)
