"""A period whose last months have no statistics yet (a quarter still running) is a part of a period: the table
says the month its figures run to, the trend marks its point, the window's title says it; a period covered to
its end says nothing of the kind."""

from __future__ import annotations

import pytest

from desktop.context import AppServices
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.ui.changes import ChangeNotifier
from desktop.ui.pages.indicators import IndicatorsPage
from tests.ui import test_indicator_completeness

pytestmark = pytest.mark.gui

lagging = test_indicator_completeness.lagging  # the fixture: statistics of Farvardin to Khordad 1405


def test_a_table_of_a_period_beyond_the_latest_statistics_says_the_month_it_runs_to(lagging: AppServices) -> None:
    """Statistics run to Khordad 1405: the year 1405 and its first half reach only that month, its first
    quarter is whole."""
    indicators = lagging.indicators
    for period in ("1405", "1405-H1"):
        table = indicators.table("incoming", "branch", JalaliPeriod.parse(period))
        assert table.through_month == JalaliPeriod.parse("1405-03"), period
    assert indicators.table("incoming", "branch", JalaliPeriod.parse("1405-Q1")).through_month is None
    assert indicators.table("incoming", "branch", JalaliPeriod.parse("1405-02")).through_month is None


def test_the_trend_marks_a_half_year_still_running_and_not_a_whole_quarter(lagging: AppServices) -> None:
    """Branch 201 is complete in every month it has: its first half-year is marked for being a part of one, its
    first quarter is not."""
    branch_id = next(row.unit_id for row in lagging.indicators.table(
        "incoming", "branch", JalaliPeriod.parse("1405-Q1")).rows if row.code == "201")
    halves = lagging.indicators.trend("incoming", "branch", branch_id, PeriodKind.HALF, 1)
    (own, *_) = halves.series
    assert own.values == (30.0,)  # three months of ten
    assert own.complete == (False,)  # Farvardin to Khordad of a half-year of six months
    (own_quarter, *_) = lagging.indicators.trend("incoming", "branch", branch_id, PeriodKind.QUARTER, 1).series
    assert own_quarter.complete == (True,)


def test_the_window_titles_a_running_period_with_the_month_its_figures_run_to(qtbot, lagging: AppServices) -> None:
    page = IndicatorsPage(lagging, ChangeNotifier())
    qtbot.addWidget(page)
    page.set_choice(indicator="incoming", level="branch", kind=PeriodKind.HALF, period="1405-H1")
    title, note = page.breadcrumb.text(), page.definition.text()
    assert "through the end of Khordad 1405" in title or "تا پایان خرداد ۱۴۰۵" in title
    assert "not comparable with a whole period" in note or "قیاس‌پذیر نیست" in note
    page.set_choice(indicator="incoming", level="branch", kind=PeriodKind.QUARTER, period="1405-Q1")
    assert "through the end" not in page.breadcrumb.text() and "تا پایان" not in page.breadcrumb.text()
    assert "comparable" not in page.definition.text() and "قیاس‌پذیر" not in page.definition.text()


def test_the_status_report_of_a_half_year_still_running_says_the_month_its_figures_run_to(
        lagging: AppServices) -> None:
    from datetime import date

    from desktop.clock import FixedClock
    from desktop.reports.document import Paragraph
    from desktop.reports.language import ReportLanguage
    from desktop.reports.service import ReportKind, ReportRequest, ReportService

    report = ReportService(lagging.database, FixedClock(date(2026, 7, 1))).build(
        ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1")), ReportLanguage(rtl=False))
    section = next(section for section in report.sections if section.title == "Branch performance indicators")
    notes = " ".join(block.text for block in section.blocks if isinstance(block, Paragraph))
    assert "The figures of H1 1405 run through the end of Khordad 1405" in notes
