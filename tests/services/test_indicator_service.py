"""Indicator tables and trends: Σ/Σ at branch, district and province level, stocks at the period's last month."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.indicators.rollup import rebuild_rollups
from desktop.indicators.service import IndicatorService
from desktop.indicators.table_sql import table_query
from tests.services.province_rows import province_in_memory

Q1 = JalaliPeriod.parse("1403-Q1")  # months 16836-16838, 93 days
CIVIL, CRIMINAL = "حقوقی", "کیفری"
# (branch, month, case type, incoming, disposed, pending_end)
MONTHS = [
    (1, 16836, CIVIL, 5, 3, 999),  # an early month's backlog is not the quarter's
    (1, 16837, CRIMINAL, 15, 7, 0),
    (1, 16838, CIVIL, 0, 0, 20),
    (1, 16838, CRIMINAL, 0, 0, 10),
    (2, 16836, CIVIL, 100, 90, 0),
    (2, 16838, CIVIL, 0, 0, 40),
    (3, 16837, "", 50, 60, 0),
    (3, 16838, "", 0, 0, 5),
    (3, 16839, "", 1000, 0, 0),  # outside the quarter
]


@pytest.fixture
def service() -> Iterator[IndicatorService]:
    with province_in_memory(("حوزه ۱", "حوزه ۲")) as (database, connection):
        run = connection.exec_driver_sql
        run(
            "INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (1, 1, 'B1', 'شعبه ۱', ''),"
            " (2, 1, 'B2', 'شعبه ۲', ''), (3, 2, 'B3', 'شعبه ۳', ''), (4, 2, 'B4', 'شعبه ۴', '')"
        )
        run(
            "INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposed, pending_end,"
            " pending_age_base, pending_over_180, pending_over_365, disposition_days_sum, disposition_count,"
            " scheduling_days_sum, scheduling_count, scheduling_days_max, hearings_sum, hearings_cases, referrals,"
            " last_hour_referrals, cases_total, cases_missing_dates, satisfaction_sum, satisfaction_responses,"
            " source) VALUES (?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, 'cases')",
            [(*row, float(row[0] * 10)) for row in MONTHS],
        )
        # As a rebuild writes them: an untyped row for every branch-month with data (complete here), none for
        # branch 4, which has no statistics at all.
        run(
            "INSERT OR IGNORE INTO indicator_month (branch_id, month_index, case_type, source)"
            " SELECT b.id, m.value, '', 'cases' FROM branch b, json_each('[16836, 16837, 16838, 16839]') m"
            " WHERE b.id < 4"
        )
        run(
            "INSERT INTO disposition_histogram (branch_id, month_index, case_type, bucket, count) VALUES"
            " (1, 16836, ?, 0, 10), (2, 16837, ?, 20, 10)",
            (CIVIL, CIVIL),
        )
        rebuild_rollups(connection)  # as a rebuild does after writing the branch rows
    yield IndicatorService(database)
    database.close()


def by_code(table) -> dict[str, float | None]:
    return {row.code: row.value for row in table.rows}


def test_district_values_divide_summed_counts_not_average_branch_ratios(service) -> None:
    table = service.table("clearance_rate", "district", Q1)
    # D1: (3 + 7 + 90) / (5 + 15 + 100); D2: 60 / 50. The mean of branch ratios would be (50 + 90) / 2 for D1.
    assert by_code(table) == {"D1": pytest.approx(100 * 100 / 120), "D2": pytest.approx(120.0)}
    # D2's branch B4 has no statistics: D2 has the better value but is listed after, unranked.
    assert [(row.code, row.rank, row.complete) for row in table.rows] == [("D1", 1, True), ("D2", None, False)]
    d2 = table.rows[1]
    assert (d2.complete_branches, d2.branches, d2.incomplete_branches) == (1, 2, ("B4",))


def test_province_value_sums_every_branch(service) -> None:
    (row,) = service.table("clearance_rate", "province", Q1).rows
    assert row.value == pytest.approx(100 * 160 / 170)
    assert (row.totals.incoming, row.totals.disposed) == (170, 160)


def test_backlog_and_disposition_time_use_the_last_month_of_the_period(service) -> None:
    assert by_code(service.table("backlog", "district", Q1)) == {"D1": 70.0, "D2": 5.0}
    (province,) = service.table("disposition_time", "province", Q1).rows
    assert province.value == pytest.approx(93 * 75 / 160)


def test_branches_of_a_district_are_ranked_and_units_without_data_come_last(service) -> None:
    table = service.table("backlog", "branch", Q1, parent=("district", 2))
    assert [(row.code, row.value, row.rank) for row in table.rows] == [("B3", 5.0, 1), ("B4", None, None)]
    clearance = service.table("clearance_rate", "branch", Q1)
    assert [(row.code, row.rank) for row in clearance.rows] == [("B3", 1), ("B2", 2), ("B1", 3), ("B4", None)]
    # Three units with a value: one best and one worst (never more than half of them each).
    assert [row.is_best for row in clearance.rows] == [True, False, False, False]
    assert [row.is_worst for row in clearance.rows] == [False, False, True, False]
    assert clearance.rows[0].parent_name == "حوزه ۲"


def test_a_count_ranks_units_but_marks_none_best_or_worst(service) -> None:
    # The backlog of a district of 38 branches against one of 7: the smaller would always be "best" (the
    # indicators page marked them so, while the reports refused to; one rule now, the domain's).
    backlog = service.table("backlog", "branch", Q1)
    assert [row.rank for row in backlog.rows if row.rank is not None] == [1, 2, 3]
    assert not any(row.is_best or row.is_worst for row in backlog.rows)
    disposed = service.table("disposed", "branch", Q1)  # a count where higher is better: the same
    assert len(disposed.ranked) >= 2 and not any(row.is_best or row.is_worst for row in disposed.rows)


def test_a_case_type_keeps_only_its_rows(service) -> None:
    table = service.table("incoming", "branch", Q1, case_type=CRIMINAL, parent=("district", 1))
    assert by_code(table) == {"B1": 15.0, "B2": None}  # B2 has no criminal cases
    assert not any(row.is_best or row.is_worst for row in table.rows)  # neutral: nobody is best


def test_max_scheduling_is_the_largest_and_p90_merges_histograms(service) -> None:
    assert by_code(service.table("max_scheduling_time", "district", Q1)) == {"D1": 20.0, "D2": 30.0}
    (row,) = service.table("p90_time_to_disposition", "province", Q1).rows
    # 20 cases: 10 in 0-4 days, 10 in 100-104 days; the 18th case is the 8th of the last bucket.
    assert row.value == pytest.approx(100 + 5 * 8 / 10)


def test_the_table_rests_on_one_query_grouping_by_branch_then_unit(service) -> None:
    sql, params = table_query("district", Q1, CIVIL, ("province", 1))
    # One pass over indicator_month (the parent's branch ids are listed by a subquery of branch, not a scan).
    assert sql.count("FROM indicator_month") == 1 and sql.count("GROUP BY") == 2
    assert params == {"first": 16836, "last": 16838, "stock": 16838, "case_type": CIVIL, "parent": 1,
                      "expected": 3}


def test_a_period_under_way_reads_its_backlog_at_the_latest_month_and_counts_days_so_far(service) -> None:
    (row,) = service.table("backlog", "province", JalaliPeriod.parse("1403-Q2")).rows  # data up to Tir only
    assert row.totals.period_days == 31
    assert row.totals.incoming == 1000


def test_trend_gives_the_unit_its_district_and_the_province_per_period(service) -> None:
    trend = service.trend("incoming", "branch", 3, PeriodKind.MONTH, 3, until_month=16839)
    assert [p.code for p in trend.periods] == ["1403-02", "1403-03", "1403-04"]
    assert [s.level for s in trend.series] == ["branch", "district", "province"]
    assert trend.series[0].values == (50.0, 0.0, 1000.0)
    assert trend.series[2].values == (65.0, 0.0, 1000.0)
    empty = service.trend("incoming", "branch", 4, PeriodKind.MONTH, 2, until_month=16837)
    assert empty.series[0].values == (None, None)
    quarters = service.trend("backlog", "district", 1, PeriodKind.QUARTER, 1, until_month=16838)
    assert [s.values for s in quarters.series] == [(70.0,), (75.0,)]


def test_case_types_and_available_months(service) -> None:
    assert service.case_types() == [CIVIL, CRIMINAL]
    assert [p.code for p in service.available_months()] == ["1403-01", "1403-02", "1403-03", "1403-04"]


def test_trend_marks_each_period_incomplete_when_a_branch_month_is_carried_or_missing(service) -> None:
    with service._database.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE indicator_month SET source = 'carried' WHERE branch_id = 3 AND month_index = 16837")
        rebuild_rollups(connection)
    trend = service.trend("incoming", "branch", 3, PeriodKind.MONTH, 3, until_month=16839)
    branch, district, province = trend.series
    assert branch.complete == (False, True, True)  # 1403-02 only carried forward
    # district 2 and the province hold branch 4, which has no statistics at all: no month of theirs is complete
    assert district.complete == province.complete == (False, False, False)
    complete_district = service.trend("incoming", "district", 1, PeriodKind.MONTH, 3, until_month=16839)
    assert complete_district.series[0].complete == (True, True, True)
    quarter = service.trend("backlog", "branch", 3, PeriodKind.QUARTER, 1, until_month=16838)
    assert quarter.series[0].complete == (False,)  # the quarter holds the carried month


def test_a_provinces_trend_counts_only_its_own_branches_when_the_file_holds_another_province(service) -> None:
    """The province's series reads every row without a branch filter when it is the file's only province: a
    second province in the file brings the filter back."""
    alone = service.trend("incoming", "province", 1, PeriodKind.MONTH, 3, until_month=16839, case_type=None)
    with service._database.engine.begin() as connection:
        run = connection.exec_driver_sql
        run("INSERT INTO province (id, code, name) VALUES (2, 'Q', 'استان دیگر')")
        run("INSERT INTO district (id, province_id, code, name) VALUES (3, 2, 'D3', 'حوزه ۳')")
        run("INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (5, 3, 'B5', 'شعبه ۵', '')")
        run("INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, source)"
            " VALUES (5, 16837, '', 7000, 'cases'), (5, 16839, '', 7000, 'cases')")
        rebuild_rollups(connection)
    beside = service.trend("incoming", "province", 1, PeriodKind.MONTH, 3, until_month=16839)
    other = service.trend("incoming", "province", 2, PeriodKind.MONTH, 3, until_month=16839)
    assert alone.series[0].values == beside.series[0].values == (65.0, 0.0, 1000.0)
    assert other.series[0].values == (7000.0, None, 7000.0)
