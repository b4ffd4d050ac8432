"""Completeness is visible in the window: the indicators table says which units have insufficient data (and
never ranks them), the overview counts the branches with complete statistics."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.context import AppServices
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.ui.changes import ChangeNotifier
from desktop.ui.formatting import format_number
from desktop.ui.pages.home import HomePage
from desktop.ui.pages.indicators import IndicatorsPage, data_text, period_label
from tests.ui.test_indicators_page import BRANCH_HEADERS, write_csv

pytestmark = pytest.mark.gui

MONTHLY_HEADERS = ("کد شعبه", "سال", "ماه", "ورودی", "مختومه", "مانده پایان ماه", "میانگین زمان رسیدگی",
                   "میانگین زمان وقت\u200cدهی", "بیشترین زمان وقت\u200cدهی")


@pytest.fixture
def lagging(services: AppServices, tmp_path: Path) -> AppServices:
    """Branches 201 and 202 report Farvardin-Khordad 1405; 203 stops after Ordibehesht (backlog 0 then)."""
    registry = write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [(code, f"شعبه {code}", "01", "") for code in
                                                              ("201", "202", "203")])
    assert services.imports.import_file(registry, "branches").status == "imported"
    rows = [(code, "1405", str(month), "10", "9", str(pending), "30", "5", "9")
            for code, pending in (("201", 40), ("202", 20)) for month in (1, 2, 3)]
    rows += [("203", "1405", str(month), "10", "10", "0", "30", "5", "9") for month in (1, 2)]
    assert services.imports.import_file(write_csv(tmp_path / "m.csv", MONTHLY_HEADERS, rows),
                                        "monthly").status == "imported"
    return services


def test_the_table_lists_a_lagging_branch_under_insufficient_data_without_a_rank(qtbot, lagging) -> None:
    page = IndicatorsPage(lagging, ChangeNotifier())
    qtbot.addWidget(page)
    page.set_choice(indicator="disposition_time", level="branch", kind=PeriodKind.QUARTER, period="1405-Q1")
    table = page.current_table()
    assert [(row.code, row.rank is not None) for row in table.rows][-1] == ("203", False)
    data_column = page.model.columnCount() - 1
    last = page.model.rowCount() - 1
    assert page.model.data(page.model.index(last, 0)) == "—"
    assert "203" not in page.model.data(page.model.index(0, 1))
    text = page.model.data(page.model.index(last, data_column))
    assert text == data_text(table.rows[-1], "branch") != data_text(table.rows[0], "branch")
    assert period_label(JalaliPeriod.parse("1405-03")) in text  # names the month it lacks
    # A day-based value carries its unit.
    assert page.model.data(page.model.index(0, 3)) != format_number(table.rows[0].value, 1)


def test_the_ranking_chart_draws_no_bar_for_a_lagging_branch(qtbot, lagging) -> None:
    from tests.ui.test_ranking_chart import bar_bands

    page = IndicatorsPage(lagging, ChangeNotifier())
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.set_choice(indicator="disposition_time", level="branch", kind=PeriodKind.QUARTER, period="1405-Q1")
    lagging_row = page.current_table().rows[-1]
    assert lagging_row.code == "203" and lagging_row.rank is None and lagging_row.value is not None
    chart = page.ranking_chart()
    assert sorted(row.code for row in chart.drawn_rows()) == ["201", "202"]
    assert len(bar_bands(chart.grab().toImage())) == 2
    assert not any("203" in line for line in chart.text_alternative())


def test_the_overview_counts_branches_with_complete_statistics(qtbot, lagging) -> None:
    page = HomePage(lagging, ChangeNotifier())
    qtbot.addWidget(page)
    qtbot.waitUntil(page.is_loaded, timeout=20_000)
    assert (page.coverage.complete, page.coverage.branches) == (2, 4)  # 101 (no statistics at all) and 203
    assert {unit.code for unit in page.coverage.incomplete} == {"101", "203"}
    assert page._statistics_card.value_text() == "۲ از ۴"  # a count of a whole, as the indicators page words it


def test_the_trend_of_a_lagging_branch_draws_its_carried_month_hollow_with_an_incomplete_legend(
        qtbot, lagging) -> None:
    page = IndicatorsPage(lagging, ChangeNotifier())
    qtbot.addWidget(page)
    page.show()  # the trend is computed once the ranking is painted
    page.set_choice(indicator="clearance_rate", level="branch", kind=PeriodKind.MONTH, period="1405-03")
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).code == "203")
    page.view.selectionModel().setCurrentIndex(page.model.index(row, 0),
                                               page.view.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(lambda: page.last_trend is not None, timeout=20_000)
    trend = page.last_trend
    branch = trend.series[0]
    assert branch.name == "شعبه 203"
    by_month = dict(zip((p.code for p in trend.periods), branch.complete, strict=True))
    assert by_month["1405-02"] is True and by_month["1405-03"] is False  # 1405-03 only carried forward
    axes = page.trend.chart.figure.axes[0]
    assert [line for line in axes.get_lines() if line.get_gid() == "incomplete"]
    legend = [text.get_text() for text in axes.get_legend().get_texts()]
    assert page.trend.tr("incomplete data") in legend and page.trend.tr("incomplete data") != "incomplete data"


@pytest.mark.parametrize(("language", "months"), [("fa", "اردیبهشت ۱۴۰۵، خرداد ۱۴۰۵"),
                                                 ("en", "Ordibehesht 1405, Khordad 1405")])
def test_the_months_a_branch_lacks_are_listed_in_the_windows_language(lagging, language, months) -> None:
    from dataclasses import replace

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.ui.language import Language, install_language

    row = lagging.indicators.table("backlog", "branch", JalaliPeriod.parse("1405-Q1")).rows[0]
    lacking = replace(row, complete=False, missing_months=("1405-02", "1405-03"))
    app = QApplication.instance()
    install_language(app, Language(language))
    try:
        text = data_text(lacking, "branch")
    finally:
        install_language(app, Language.PERSIAN)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert text.endswith(months), text


def test_the_overview_counts_and_names_the_units_it_could_not_judge_at_risk(qtbot, lagging) -> None:
    """The early warning reads Esfand 1404 to Khordad 1405: no branch has Esfand, so no unit is judged - the page
    says how many and which rather than nothing at all ("no unit at risk" would read as "every unit is fine")."""
    from desktop.indicators.at_risk import judge_units_at_risk

    expected = judge_units_at_risk(lagging.indicators).not_judged
    assert len(expected) >= 4  # the district and its branches
    page = HomePage(lagging, ChangeNotifier())
    qtbot.addWidget(page)
    qtbot.waitUntil(page.is_loaded, timeout=20_000)
    assert page.not_judged() == list(expected)
    links = {f"unit:{unit.level}:{unit.unit_id}" for unit in expected}
    item = next(item for item in page.attention.items()
                if item.links and {link.link for link in item.links} <= links)
    assert format_number(len(expected)) in item.heading and len(item.links) == 3 and item.more


def test_the_remembered_overview_keeps_the_units_not_judged_under_a_new_format(lagging) -> None:
    from desktop.overview import codec

    overview = lagging.overview.compute().overview
    assert overview.not_judged and codec.decode(codec.encode(overview)) == overview
    # an overview remembered before (format 1) says nothing of them: not read (format 3: the unreported activities)
    assert codec.PAYLOAD_FORMAT >= 2 and codec.PAGE == f"home/{codec.PAYLOAD_FORMAT}"


def test_the_overview_command_counts_the_units_not_judged_at_risk(lagging, capsys) -> None:
    import json

    from desktop.cli.main import main
    from desktop.indicators.at_risk import judge_units_at_risk

    expected = judge_units_at_risk(lagging.indicators)
    assert main(["overview", "--db", str(lagging.database.path)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["units_not_judged_count"] == len(expected.not_judged) >= 4
    assert [unit["name"] for unit in printed["units_not_judged"]] == [unit.name for unit in expected.not_judged]
    assert printed["units_at_risk"] == []


def test_a_quarter_under_way_with_every_branch_complete_is_marked_as_a_part_of_the_period_not_as_contradicting(
        qtbot, demo_services) -> None:
    """Districts, Q3 1405 (statistics through Aban): the table said «۷ از ۷ شعبه کامل» while the trend drew the
    same quarter hollow under a legend reading only «دادهٔ ناقص». The point counts months, the table branches:
    the legend says the hollow point may be a part of the period, and through which month."""
    page = IndicatorsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    page.show()
    page.set_choice(indicator="clearance_rate", level="district", kind=PeriodKind.QUARTER, period="1405-Q3")
    row = next(i for i in range(page.model.rowCount()) if page.model.row_at(i).complete)
    page.view.selectionModel().setCurrentIndex(page.model.index(row, 0),
                                               page.view.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.waitUntil(lambda: page.last_trend is not None and page.trend.last is page.last_trend, timeout=20_000)
    trend = page.last_trend
    assert trend.periods[-1].code == "1405-Q3" and trend.through_month.code == "1405-08"
    assert trend.series[0].complete[-1] is False  # the quarter is not whole: marked, as the table's heading says
    legend = [text.get_text() for text in page.trend.chart.figure.axes[0].get_legend().get_texts()]
    assert page.trend.tr("incomplete, or only through {month}").format(
        month=period_label(trend.through_month)) in legend
