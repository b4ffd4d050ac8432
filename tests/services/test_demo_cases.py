"""The demo's two years of cases: every branch, realistic differences, and the indicators rebuilt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.context import AppServices
from desktop.demo.case_files import case_rows, write_case_listing
from desktop.domain.jalali import JalaliPeriod
from desktop.indicators.service import IndicatorService

LAST_MONTH = 1405 * 12 + 7  # Aban 1405: the month before TODAY (2 Azar 1405)


def _scalar(services: AppServices, sql: str):
    with services.database.engine.connect() as connection:
        return connection.exec_driver_sql(sql).scalar()


def test_the_demo_has_24_months_of_cases_for_every_branch(demo: AppServices) -> None:
    indicators = IndicatorService(demo.database)
    months = indicators.available_months()
    assert (months[0].code, months[-1].code) == ("1403-09", "1405-08")
    assert len(months) == 24
    assert (
        _scalar(demo, "SELECT count(*) FROM branch WHERE id NOT IN (SELECT branch_id FROM case_record)") == 0
    )
    assert _scalar(demo, "SELECT count(*) FROM import_batch WHERE kind = 'demo'") == 1
    per_branch_month = _scalar(
        demo, f"SELECT sum(incoming) * 1.0 / count(DISTINCT branch_id) / 24 FROM indicator_month"
        f" WHERE month_index > {LAST_MONTH - 24}"
    )  # fmt: skip
    assert 40 < per_branch_month < 90
    assert set(indicators.case_types()) == {"حقوقی", "کیفری", "خانواده", "اجرای احکام", "تجدیدنظر"}


def test_branches_differ_in_clearance_backlog_and_last_hour_referrals(demo: AppServices) -> None:
    indicators = IndicatorService(demo.database)
    year = JalaliPeriod.parse("1404")
    clearance = [
        r.value for r in indicators.table("clearance_rate", "branch", year).rows if r.value is not None
    ]
    assert min(clearance) < 90 < 110 < max(clearance)
    last_hour = [r.value for r in indicators.table("last_hour_referrals", "branch", year).rows]
    assert min(last_hour) < 15 and max(last_hour) > 30
    completeness = [r.value for r in indicators.table("data_completeness", "branch", year).rows]
    assert min(completeness) < 95 < 98 < max(completeness)
    satisfaction = indicators.table("satisfaction", "province", year).rows[0].value
    assert 40 < satisfaction < 95
    (backlog,) = indicators.table("pending_over_365", "province", year).rows
    assert backlog.value is not None and backlog.value > 0


def test_enforcement_branches_only_have_enforcement_cases(demo: AppServices) -> None:
    types = _scalar(
        demo, "SELECT group_concat(DISTINCT c.case_type) FROM case_record c JOIN branch b ON b.id = c.branch_id"
        " WHERE b.unit_type LIKE '%اجرای احکام%'"
    )  # fmt: skip
    assert types == "اجرای احکام"


def test_case_listings_stream_rows_in_mixed_jalali_date_forms(tmp_path: Path) -> None:
    rows = case_rows(300, seed=5, branch_codes=["101001"], as_of=date(2025, 6, 1))
    assert iter(rows) is rows  # a generator: nothing is held in memory
    registered = [row[3] for row in rows]
    assert any("/" in text and text[0] == "۱" for text in registered)
    assert any("-" in text for text in registered)
    assert any(text.startswith("14") and "/" in text for text in registered)
    path = tmp_path / "cases.xlsx"
    assert write_case_listing(path, 20, 5, ["101001"], fmt="xlsx", as_of=date(2025, 6, 1)) == 20
    assert path.stat().st_size > 0
