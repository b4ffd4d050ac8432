"""Issue 13: the district and province roll-ups (migration 0015) and the branch spans (migration 0016) follow
every write, in the same transaction.

After each kind of write - monthly statistics, satisfaction, a case listing over them, a newer snapshot that
withdraws a case, a case moved to another branch, the branch registry moving a branch to another district and
adding one, monthly statistics before everything else, a full rebuild after the office hours change, a restore -
the roll-up and span rows equal a full recomputation from the branch rows, and the district, province and branch
tables and trends read from them equal the ones computed from the branch rows.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.domain.access import Principal, Role
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.imports.service import IMPORTED, REJECTED, ImportService
from desktop.indicators.service import IndicatorService
from desktop.store.database import Database, open_database
from tests.imports.conftest import CASE_HEADERS, MONTHLY_HEADERS, SATISFACTION_HEADERS, USER, write_csv
from tests.indicators.rollup_checks import assert_rollups_match_branch_rows, table_signature, trend_signature

BRANCH_HEADERS = ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد")
#: One indicator of each kind of query: plain sums and stocks (every measure is compared through the totals),
#: a rolling window, the histogram (90th percentile).
SHAPES = ("backlog", "disposition_time_12m", "p90_time_to_disposition")
PERIODS = [JalaliPeriod.parse(code) for code in ("1402-12", "1403-02", "1403-03", "1403-Q1", "1403-Q2", "1403-H1",
                                                  "1403", "1403-10")]


def monthly_row(branch: str, year: int, month: int, incoming: int, disposed: int, pending: int) -> tuple[str, ...]:
    return (branch, str(year), str(month), str(incoming), str(disposed), str(pending), "30", "10", "20")


def case(number: str, branch: str, registered: str, disposed: str = "", case_type: str = "حقوقی") -> tuple[str, ...]:
    return (number, branch, case_type, registered, f"{registered} 13:50", "", "", disposed)


def assert_same_figures_as_from_branch_rows(database: Database) -> None:
    """The roll-ups equal a full recomputation, and every district and province table (each indicator, a range
    of periods, all types and one) and trend equal the ones computed from the branch rows."""
    assert_rollups_match_branch_rows(database)
    fast, slow = IndicatorService(database), IndicatorService(database, use_rollups=False)
    for code in SHAPES:
        for level in ("district", "province", "branch"):
            for period in PERIODS:
                for case_type in (None, "حقوقی"):
                    assert table_signature(fast.table(code, level, period, case_type), histogram=level != "branch") \
                        == table_signature(slow.table(code, level, period, case_type), histogram=level != "branch"), \
                        (code, level, period, case_type)
        assert table_signature(fast.table(code, "branch", PERIODS[-2], None, ("district", 1)), histogram=False) == \
            table_signature(slow.table(code, "branch", PERIODS[-2], None, ("district", 1)), histogram=False)
        for level, unit in (("district", 1), ("district", 2), ("province", 1)):
            assert trend_signature(fast.trend(code, level, unit, PeriodKind.MONTH, 6)) == \
                trend_signature(slow.trend(code, level, unit, PeriodKind.MONTH, 6))
    assert fast.coverage() == slow.coverage()
    head = Principal("رئیس حوزه", Role.DISTRICT_HEAD, district_id=1)
    assert IndicatorService(database, principal=head).coverage() == \
        IndicatorService(database, principal=head, use_rollups=False).coverage()


def district_of(database: Database, code: str) -> int:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT district_id FROM branch WHERE code = ?", (code,)).scalar()


def test_the_rollups_follow_every_kind_of_import_a_move_between_districts_and_a_full_rebuild(
        database: Database, tmp_path: Path) -> None:
    early = ImportService(database, FixedClock(date(2024, 7, 21)), USER)  # 1403/04/31
    later = ImportService(database, FixedClock(date(2025, 1, 1)), USER)

    monthly = [monthly_row("101001", 1403, month, 10, 8, 50 + 2 * month) for month in (1, 2, 3)]
    monthly += [monthly_row("101002", 1403, month, 10, 10, 30) for month in (1, 2)]  # lags a month
    assert early.import_file(write_csv(tmp_path / "m.csv", MONTHLY_HEADERS, monthly), "monthly").status == IMPORTED
    assert_same_figures_as_from_branch_rows(database)
    (province,) = IndicatorService(database).table("backlog", "province", JalaliPeriod.parse("1403-Q1")).rows
    assert (province.complete_branches, province.branches, province.incomplete_branches) == (1, 3, ("101002",
                                                                                                    "102001"))

    satisfaction = write_csv(tmp_path / "s.csv", SATISFACTION_HEADERS, [("102001", "1403", "2", "40", "75")])
    assert early.import_file(satisfaction, "satisfaction").status == IMPORTED
    assert_same_figures_as_from_branch_rows(database)

    listing = [case("1", "101001", "1403/02/01"), case("2", "101001", "1403/02/02"),
               case("3", "102001", "1403/02/03", "1403/03/10", "کیفری"), case("4", "101002", "1403/04/01")]
    assert early.import_file(write_csv(tmp_path / "c.csv", CASE_HEADERS, listing), "cases").status == IMPORTED
    assert_same_figures_as_from_branch_rows(database)

    # A newer snapshot without case 2 (withdrawn), case 1 moved to 102001, a later month (the range grows).
    newer = [case("1", "102001", "1403/02/01"), case("3", "102001", "1403/02/03", "1403/03/10", "کیفری"),
             case("4", "101002", "1403/04/01"), case("5", "101001", "1403/10/02")]
    result = later.import_file(write_csv(tmp_path / "n.csv", CASE_HEADERS, newer), "cases",
                               confirm_withdrawals=lambda counts: True)
    assert result.status == IMPORTED and result.withdrawn == {"101001": 1}
    assert_same_figures_as_from_branch_rows(database)

    # The registry moves 101002 to the other district and adds a branch in a new district.
    old_district = district_of(database, "101002")
    registry = [("101001", "شعبه ۱۰۱ حقوقی قم", "01", "حقوقی"), ("101002", "شعبه ۱۰۲ کیفری قم", "02", "کیفری"),
                ("102001", "شعبه ۱۰۱ جعفریه", "02", "عمومی"), ("103001", "شعبه ۱۰۱ کهک", "کهک", "عمومی")]
    assert later.import_file(write_csv(tmp_path / "b.csv", BRANCH_HEADERS, registry), "branches").status == IMPORTED
    assert district_of(database, "101002") != old_district
    assert_same_figures_as_from_branch_rows(database)

    # Monthly statistics before everything else: the derived months start earlier.
    before = [monthly_row("103001", 1402, 12, 4, 1, 3)]
    assert later.import_file(write_csv(tmp_path / "e.csv", MONTHLY_HEADERS, before), "monthly").status == IMPORTED
    assert_same_figures_as_from_branch_rows(database)

    # A refused file writes nothing, the roll-ups included.
    refused = write_csv(tmp_path / "r.csv", MONTHLY_HEADERS, [monthly_row("101001", 1403, 2, 1, 1, 1)])
    assert later.import_file(refused, "monthly").status == REJECTED
    assert_same_figures_as_from_branch_rows(database)


def test_a_full_rebuild_after_the_office_hours_change_rolls_up_again(database: Database, tmp_path: Path) -> None:
    from desktop.domain.indicators.office_hours import OfficeHours
    from desktop.indicators.aggregate import rebuild_all
    from desktop.store.settings import set_office_hours

    service = ImportService(database, FixedClock(date(2025, 1, 1)), USER)
    listing = [case("1", "101001", "1403/02/01"), case("2", "101002", "1403/02/02", "1403/03/01")]
    assert service.import_file(write_csv(tmp_path / "c.csv", CASE_HEADERS, listing), "cases").status == IMPORTED
    before = IndicatorService(database).table("last_hour_referrals", "province", JalaliPeriod.parse("1403-02"))
    with database.session() as session:
        set_office_hours(session, OfficeHours(tuple((time(7, 0), time(23, 0)) for _ in range(7))))
        rebuild_all(session)
    after = IndicatorService(database).table("last_hour_referrals", "province", JalaliPeriod.parse("1403-02"))
    assert (before.rows[0].value, after.rows[0].value) == (100.0, 0.0)
    assert_same_figures_as_from_branch_rows(database)


def test_a_restored_backup_carries_its_own_rollups(database: Database, tmp_path: Path) -> None:
    from desktop.backups.service import BackupService
    from desktop.store.backup import create_backup
    from tests.backups.test_restore_rule import SECRETARY, _clock
    from tests.backups.test_service import NOW

    service = ImportService(database, FixedClock(date(2025, 1, 1)), USER)
    first = [monthly_row("101001", 1403, month, 10, 8, 50) for month in (1, 2)]
    assert service.import_file(write_csv(tmp_path / "a.csv", MONTHLY_HEADERS, first), "monthly").status == IMPORTED
    backed_up = table_signature(IndicatorService(database).table("backlog", "district", JalaliPeriod.parse("1403")))
    assert database.path is not None
    backup = create_backup(database.path, tmp_path / "backups", now=NOW).path
    second = [monthly_row("102001", 1403, month, 30, 8, 90) for month in (1, 2, 3)]
    assert service.import_file(write_csv(tmp_path / "b.csv", MONTHLY_HEADERS, second), "monthly").status == IMPORTED
    assert table_signature(IndicatorService(database).table(
        "backlog", "district", JalaliPeriod.parse("1403"))) != backed_up

    path = database.path
    BackupService(database, _clock(), principal=SECRETARY).restore(backup)
    with open_database(path) as restored:
        assert table_signature(IndicatorService(restored).table(
            "backlog", "district", JalaliPeriod.parse("1403"))) == backed_up
        assert_same_figures_as_from_branch_rows(restored)


@pytest.mark.parametrize("level", ["district", "province"])
def test_a_district_or_province_table_reads_no_branch_row(
        database: Database, tmp_path: Path, level: str) -> None:
    """Proved by emptying the branch rows after the import: the figures stay (they come from the roll-ups)."""
    service = ImportService(database, FixedClock(date(2025, 1, 1)), USER)
    rows = [monthly_row(code, 1403, month, 10, 5, 20) for code in ("101001", "101002", "102001") for month in (1, 2)]
    assert service.import_file(write_csv(tmp_path / "m.csv", MONTHLY_HEADERS, rows), "monthly").status == IMPORTED
    expected = table_signature(IndicatorService(database).table("clearance_rate", level, JalaliPeriod.parse("1403-02")))
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DELETE FROM indicator_month")
    assert table_signature(IndicatorService(database).table(
        "clearance_rate", level, JalaliPeriod.parse("1403-02"))) == expected
