"""A branch opened after the records began (``branch.opened_month``, migration 0018) is expected to report from
the month it opened: the periods before it stay as complete, and ranked, as they were; the periods it is open in
name it when it has not reported. The same from the roll-ups and spans as from the branch rows.

Before it, a branch added to a district made every earlier period of the district and the province incomplete
("7 of 8 branches complete") and unranked - on the normal demo, Jafarieh's 1404 dropped out of the ranking."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.domain.indicators.definitions import INDICATORS
from desktop.domain.indicators.periods import month_index, month_period
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.imports.notes import EXPECTED_SINCE_ALWAYS_NOTE
from desktop.imports.service import IMPORTED, REJECTED, ImportResult, ImportService
from desktop.indicators.service import IndicatorService
from desktop.store.database import Database, open_database
from tests.imports.conftest import write_csv
from tests.indicators.rollup_checks import assert_rollups_match_branch_rows, table_signature, trend_signature
from tests.services.conftest import TODAY

BRANCH_HEADERS = ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد", "ماه آغاز به کار")
MEHR_1405 = month_index(1405, 7)
YEAR_1404 = JalaliPeriod.parse("1404")
EARLIER_PERIODS = (YEAR_1404, JalaliPeriod.parse("1405-Q2"), JalaliPeriod.parse("1405-06"))
LATER_PERIODS = (JalaliPeriod.parse("1405-Q3"), JalaliPeriod.parse("1405-07"), JalaliPeriod.parse("1405-08"))


@dataclass(frozen=True)
class Added:
    database: Database
    result: ImportResult
    district_id: int
    district_branches: int  # before the new branch


def _add_branch(demo_template: Path, folder: Path, code: str, opened: str) -> Added:
    shutil.copytree(demo_template, folder)
    database = open_database(folder / "demo.sqlite3", create=False)
    with database.engine.connect() as connection:
        district_id, district_code, count = connection.exec_driver_sql(
            "SELECT d.id, d.code, count(*) FROM district d JOIN branch b ON b.district_id = d.id"
            " GROUP BY d.id ORDER BY d.id LIMIT 1").one()
    path = write_csv(folder / "branches.csv", BRANCH_HEADERS, [(code, "شعبه تازه", district_code, "حقوقی", opened)])
    result = ImportService(database, FixedClock(TODAY), "آزمون").import_file(path, "branches")
    assert result.status == IMPORTED, [p.english() for p in result.problems]
    return Added(database, result, district_id, count)


@pytest.fixture(scope="module")
def opened(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Added]:
    folder = tmp_path_factory.mktemp("opened") / "demo"
    added = _add_branch(demo_template, folder, "990001", "1405/07")
    # And a new district whose only branch opened in Mehr too: before it, the district has no branch to wait for.
    path = write_csv(folder / "district.csv", BRANCH_HEADERS, [("990011", "شعبه تازه", "حوزه تازه", "", "1405/07")])
    assert ImportService(added.database, FixedClock(TODAY), "آزمون").import_file(path, "branches").status == IMPORTED
    yield added
    added.database.close()


@pytest.fixture(scope="module")
def always(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Added]:
    added = _add_branch(demo_template, tmp_path_factory.mktemp("always") / "demo", "990002", "")
    yield added
    added.database.close()


@pytest.fixture(scope="module")
def before(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    folder = tmp_path_factory.mktemp("before") / "demo"
    shutil.copytree(demo_template, folder)
    database = open_database(folder / "demo.sqlite3", create=False)
    yield database
    database.close()


def _row(database: Database, district_id: int, period: JalaliPeriod, code: str = "clearance_rate"):
    table = IndicatorService(database).table(code, "district", period)
    return next(row for row in table.rows if row.unit_id == district_id)


def test_a_branch_opened_in_mehr_leaves_the_districts_earlier_periods_complete_and_ranked(
        opened: Added, before: Database) -> None:
    for period in EARLIER_PERIODS:
        was, now = _row(before, opened.district_id, period), _row(opened.database, opened.district_id, period)
        assert now.complete and now.rank == was.rank is not None, period
        assert (now.complete_branches, now.branches) == (was.complete_branches, was.branches) == (
            opened.district_branches, opened.district_branches)
    assert not opened.result.notes  # nothing to warn of: it said when it opened


def test_the_periods_it_is_open_in_count_it_and_name_it_while_it_has_not_reported(opened: Added) -> None:
    for period in LATER_PERIODS:
        row = _row(opened.database, opened.district_id, period)
        assert not row.complete and row.rank is None, period
        assert row.branches == opened.district_branches + 1
        assert row.incomplete_branches == ("990001",)


def test_a_branch_added_without_its_month_is_missing_from_every_earlier_month_and_the_import_says_so(
        always: Added) -> None:
    row = _row(always.database, always.district_id, YEAR_1404)
    assert not row.complete and row.rank is None and row.incomplete_branches == ("990002",)
    assert [note.reason for note in always.result.notes] == [EXPECTED_SINCE_ALWAYS_NOTE]
    assert "990002" in always.result.notes[0].english()


def test_the_branch_table_lists_it_only_from_the_period_it_opened_in(opened: Added) -> None:
    service = IndicatorService(opened.database)
    for period in EARLIER_PERIODS:
        assert "990001" not in {row.code for row in service.table("incoming", "branch", period).rows}, period
    row = next(row for row in service.table("incoming", "branch", LATER_PERIODS[0]).rows if row.code == "990001")
    assert not row.complete and row.rank is None
    assert row.missing_months == ("1405-07", "1405-08")  # Mehr and Aban: none of Tir and Shahrivar


def test_roll_ups_spans_and_branch_rows_agree_with_an_opened_branch(opened: Added) -> None:
    assert_rollups_match_branch_rows(opened.database)
    fast, slow = IndicatorService(opened.database), IndicatorService(opened.database, use_rollups=False)
    for definition in INDICATORS:
        for level in ("branch", "district", "province"):
            for period in (*EARLIER_PERIODS, *LATER_PERIODS):
                assert table_signature(fast.table(definition.code, level, period), histogram=level != "branch") == \
                    table_signature(slow.table(definition.code, level, period), histogram=level != "branch"), (
                        definition.code, level, period)
    with opened.database.engine.connect() as connection:
        branch_id = connection.exec_driver_sql("SELECT id FROM branch WHERE code = '990001'").scalar()
        new_district = connection.exec_driver_sql(
            "SELECT district_id FROM branch WHERE code = '990011'").scalar()
    for level, unit in (("district", opened.district_id), ("province", 1), ("branch", branch_id),
                        ("district", new_district)):
        for code in ("clearance_rate", "satisfaction"):
            assert trend_signature(fast.trend(code, level, unit, PeriodKind.QUARTER, 8)) == \
                trend_signature(slow.trend(code, level, unit, PeriodKind.QUARTER, 8)), (level, code)
    for first, last in ((MEHR_1405 - 4, MEHR_1405 - 1), (MEHR_1405 - 4, MEHR_1405 + 1)):
        assert fast.incomplete_units("district", first, last) == slow.incomplete_units("district", first, last)


def test_the_districts_trend_is_complete_up_to_the_quarter_it_opened_in(opened: Added, before: Database) -> None:
    was = IndicatorService(before).trend("clearance_rate", "district", opened.district_id, PeriodKind.QUARTER, 8)
    now = IndicatorService(opened.database).trend("clearance_rate", "district", opened.district_id,
                                                  PeriodKind.QUARTER, 8)
    was_unit, now_unit = was.series[0], now.series[0]
    # The quarters before Mehr as they were (complete); the one it opened in waits for it.
    assert now_unit.complete[:-1] == was_unit.complete[:-1] and all(was_unit.complete[:-1])
    assert now_unit.values == was_unit.values
    assert now.periods[-1] == LATER_PERIODS[0] and not now_unit.complete[-1]


def test_units_at_risk_are_judged_on_the_months_before_it_opened(opened: Added) -> None:
    service = IndicatorService(opened.database)
    codes = {unit[1] for unit in service.incomplete_units("district", MEHR_1405 - 3, MEHR_1405 - 1)}
    assert not codes
    codes = {unit[1] for unit in service.incomplete_units("district", MEHR_1405 - 3, MEHR_1405)}
    assert codes  # its district, from Mehr on


def test_the_satisfaction_of_an_earlier_period_does_not_wait_for_its_survey(
        opened: Added, before: Database) -> None:
    was = _row(before, opened.district_id, YEAR_1404, "satisfaction")
    now = _row(opened.database, opened.district_id, YEAR_1404, "satisfaction")
    assert (now.complete, now.rank, now.value) == (was.complete, was.rank, was.value)


def test_every_branch_has_reported_up_to_the_month_before_it_opened(opened: Added, always: Added) -> None:
    # Every branch reported every month of the demo; the new one reported nothing: from Mehr on, not all have.
    assert IndicatorService(opened.database).latest_reported_month(1.0) == MEHR_1405 - 1
    assert IndicatorService(always.database).latest_reported_month(1.0) is None  # missing from every month


@pytest.mark.parametrize("cell", ["1405/13", "Mehr", "1405/02/31/1"])
def test_an_opening_month_that_is_not_a_jalali_month_is_refused_naming_row_and_column(
        demo_template: Path, tmp_path: Path, cell: str) -> None:
    shutil.copytree(demo_template, tmp_path / "demo")
    with open_database(tmp_path / "demo" / "demo.sqlite3", create=False) as database:
        path = write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [("990003", "شعبه", "01", "", cell)])
        result = ImportService(database, FixedClock(TODAY), "آزمون").import_file(path, "branches")
        assert result.status == REJECTED
        assert [(p.row, p.column) for p in result.problems] == [(2, "ماه آغاز به کار")]
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM branch WHERE code = '990003'").scalar() == 0


@pytest.mark.parametrize(("cell", "expected"), [("1405/07", MEHR_1405), ("۱۴۰۵/۷", MEHR_1405),
                                                ("1405/07/15", MEHR_1405), ("1405-7", MEHR_1405)])
def test_an_opening_month_is_read_as_a_month_or_a_day_of_it(cell: str, expected: int) -> None:
    from desktop.imports.parsing import parse_month

    assert parse_month(cell) == expected
    assert month_period(expected).code == "1405-07"


def test_statistics_before_the_month_a_branch_opened_are_counted_and_the_import_says_so(
        demo_template: Path, tmp_path: Path) -> None:
    from desktop.imports.notes import STATISTICS_BEFORE_OPENING_NOTE
    from tests.imports.conftest import MONTHLY_HEADERS

    shutil.copytree(demo_template, tmp_path / "demo")
    with open_database(tmp_path / "demo" / "demo.sqlite3", create=False) as database:
        imports = ImportService(database, FixedClock(TODAY), "آزمون")
        with database.engine.connect() as connection:
            code, district = connection.exec_driver_sql(
                "SELECT b.code, d.code FROM branch b JOIN district d ON d.id = b.district_id ORDER BY b.id").first()
        # A branch with figures since the demo began, said to have opened in Mehr 1405.
        path = write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [(code, "شعبه", district, "حقوقی", "1405/07")])
        result = imports.import_file(path, "branches")
        assert result.status == IMPORTED
        assert [note.reason for note in result.notes] == [STATISTICS_BEFORE_OPENING_NOTE]
        assert result.notes[0].params["branch"] == code and result.notes[0].params["opened"] == "1405/07"
        # A new branch opened in Mehr, then a monthly file of its Shahrivar.
        path = write_csv(tmp_path / "n.csv", BRANCH_HEADERS, [("990009", "شعبه تازه", district, "حقوقی", "1405/07")])
        assert imports.import_file(path, "branches").notes == ()
        path = write_csv(tmp_path / "m.csv", MONTHLY_HEADERS, [("990009", "1405", "6", "10", "7", "30", "40", "12", "25")])
        result = imports.import_file(path, "monthly")
        assert result.status == IMPORTED
        assert [(note.params["branch"], note.params["month"]) for note in result.notes] == [("990009", "1405/06")]


def test_a_district_whose_every_branch_opened_later_is_not_one_of_an_earlier_periods_units(opened: Added) -> None:
    service = IndicatorService(opened.database)
    assert "حوزه تازه" not in {row.name for row in service.table("incoming", "district", YEAR_1404).rows}
    later = {row.name: row for row in service.table("incoming", "district", LATER_PERIODS[0]).rows}
    assert not later["حوزه تازه"].complete and later["حوزه تازه"].incomplete_branches == ("990011",)
