"""The dashboard as the chief justice uses it: the best and the worst at a glance however many units there
are, any column sorted, and drill-down by a single click (row or bar), Enter and the breadcrumb."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.context import AppServices
from desktop.domain.jalali import PeriodKind
from desktop.ui.changes import ChangeNotifier
from desktop.ui.formatting import format_number
from desktop.ui.pages.indicators import IndicatorsPage
from desktop.ui.status_colors import BAD, GOOD

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_services: AppServices) -> IndicatorsPage:
    page = IndicatorsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    assert QTest.qWaitForWindowExposed(page)
    return page


def click_row(qtbot, page: IndicatorsPage, row: int) -> None:
    rect = page.view.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_ranking_chart_shows_the_worst_units_of_a_long_ranking_after_a_marked_gap(page: IndicatorsPage) -> None:
    page.set_choice(indicator="clearance_rate", level="branch", kind=PeriodKind.QUARTER)
    ranked = [row for row in page.current_table().rows if row.rank is not None]
    assert len(ranked) > 25  # more than fit: the old chart drew the best 25 and never the bottom
    drawn = page.ranking_chart().drawn_rows()  # bottom to top
    assert drawn[0].unit_id == ranked[-1].unit_id  # the very worst is the lowest bar
    assert drawn[-1].unit_id == ranked[0].unit_id  # the best the highest
    gaps = [n for n, row in enumerate(drawn) if row is None]
    assert len(gaps) == 1 and 0 < gaps[0] < len(drawn) - 1
    shown = {row.unit_id for row in drawn if row is not None}
    assert {row.unit_id for row in ranked if row.is_worst} <= shown
    assert {row.unit_id for row in ranked if row.is_best} <= shown
    labels = page.ranking_chart().bar_labels()
    left_out = format_number(len(ranked) - len(shown))
    assert left_out in labels[gaps[0]] and left_out.isdigit() and not left_out.isascii()  # how many, in Persian


def test_clicking_a_header_sorts_by_that_columns_values_and_again_the_other_way(qtbot, page: IndicatorsPage) -> None:
    page.set_choice(indicator="clearance_rate", level="branch", kind=PeriodKind.QUARTER)
    header = page.view.horizontalHeader()
    for column, key in ((4, lambda r: r.totals.incoming), (3, lambda r: r.value)):
        section = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(section, header.height() // 2))
        first = [key(row) for row in page.model.rows()]
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(section, header.height() // 2))
        second = [key(row) for row in page.model.rows()]
        for values in (first, second):
            present = [v for v in values if v is not None]
            assert values[:len(present)] == present  # units without a value stay at the bottom
            assert present in (sorted(present), sorted(present, reverse=True))
        assert [v for v in first if v is not None] == list(reversed([v for v in second if v is not None])) \
            or len(set(first)) == 1


def test_units_with_one_rank_have_one_colour(page: IndicatorsPage) -> None:
    for indicator in ("clearance_rate", "backlog", "ontime_disposal_rate"):
        page.set_choice(indicator=indicator, level="branch", kind=PeriodKind.MONTH)
        table = page.current_table()
        if table is None:
            continue
        colours: dict[int, set] = {}
        for row_number, row in enumerate(page.model.rows()):
            brush = page.model.data(page.model.index(row_number, 0), Qt.ItemDataRole.BackgroundRole)
            colours.setdefault(row.rank, set()).add(brush.color().name() if brush else None)
        assert all(len(c) == 1 for rank, c in colours.items() if rank is not None)
        assert colours.get(None, {None}) == {None}  # nothing unranked is coloured
        if indicator == "backlog":  # a count: units of different sizes are not compared, none is marked
            assert set().union(*colours.values()) == {None}
        else:
            assert {GOOD.name(), BAD.name()} & set().union(*colours.values()) or len(colours) < 3


def test_a_single_click_on_a_district_opens_its_branches_and_the_level_box_and_breadcrumb_follow(
        qtbot, page: IndicatorsPage) -> None:
    page.set_choice(indicator="clearance_rate", level="district", kind=PeriodKind.QUARTER)
    row = next(n for n, r in enumerate(page.model.rows()) if r.value is not None)
    district = page.model.row_at(row)
    click_row(qtbot, page, row)
    table = page.current_table()
    assert table.level == "branch" and {r.parent_name for r in table.rows} == {district.name}
    assert district.name in page.level.currentText()
    assert [c.key for c in page.breadcrumb.crumbs()] == ["province", "district", f"district:{district.unit_id}"]
    qtbot.waitUntil(lambda: page.last_trend is not None, timeout=20_000)
    assert page.last_trend.series[0].name == district.name  # the district's own trend until a branch is chosen
    click_row(qtbot, page, 0)
    branch = page.model.row_at(0)
    assert page.breadcrumb.crumbs()[-1].text == branch.name
    qtbot.waitUntil(lambda: page.last_trend is not None, timeout=20_000)
    assert page.last_trend.series[0].name == branch.name
    page.breadcrumb.linkActivated.emit("district")  # the "Judicial districts" step of the trail
    assert page.current_table().level == "district" and page.level.currentData() == "district"
    assert all(not str(page.level.itemData(i)).startswith("district:") for i in range(page.level.count()))


def test_enter_on_the_province_row_opens_its_districts(qtbot, page: IndicatorsPage) -> None:
    page.set_choice(indicator="clearance_rate", level="province", kind=PeriodKind.QUARTER)
    page.view.setFocus()
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.current_table().level == "district" and page.level.currentData() == "district"


def test_a_click_on_a_bar_of_the_chart_opens_that_district(qtbot, page: IndicatorsPage) -> None:
    page.set_choice(indicator="clearance_rate", level="district", kind=PeriodKind.QUARTER)
    chart = page.ranking_chart()
    target = next(row for row in chart.drawn_rows() if row is not None and row.rank != 1)
    x, y = chart.click_position(target)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(int(x), int(y)))
    assert page.current_table().level == "branch"
    assert {r.parent_name for r in page.current_table().rows} == {target.name}


@pytest.mark.parametrize("count", [0, 1, 25, 26, 40, 3000])
def test_the_chart_keeps_the_best_and_the_worst_for_any_number_of_units(count: int) -> None:
    from desktop.charts.indicators import MAX_BARS, ranking_bars
    from desktop.indicators.views import IndicatorRow, MeasureTotals

    rows = [IndicatorRow(n, str(n), f"شعبه {n}", "", 1000.0 - n, n, False, False, MeasureTotals())
            for n in range(1, count + 1)]
    rows.append(IndicatorRow(0, "0", "بی‌آمار", "", None, None, False, False, MeasureTotals()))  # unranked
    bars = ranking_bars(rows)
    drawn = [row for row in bars if row is not None]
    assert len(bars) <= MAX_BARS and all(row.rank is not None for row in drawn)
    if count:
        assert drawn[0].rank == 1 and drawn[-1].rank == count  # the best first, the very worst last
    assert (None in bars) == (count > MAX_BARS)
    assert len(drawn) == min(count, MAX_BARS - 1 if count > MAX_BARS else count)


def test_a_unit_chosen_says_its_trend_is_loading_and_shows_no_other_units_trend_meanwhile(
        qtbot, page: IndicatorsPage) -> None:
    """The trend is computed off the UI thread: until it comes the title says so and no trend is held."""
    page.set_choice(indicator="clearance_rate", level="district", kind=PeriodKind.QUARTER)
    qtbot.waitUntil(lambda: page.last_trend is not None, timeout=20_000)
    first = page.last_trend.series[0].name
    page.view.setCurrentIndex(page.model.index(1, 0))
    assert page.last_trend is None and page.trend_loading()
    assert page.trend_title.text() == page.trend.tr("Loading the trend…") != "Loading the trend…"  # in Persian
    assert not page.trend.chart.figure.axes  # the previous unit's trend is not left on the chart
    qtbot.waitUntil(lambda: page.last_trend is not None, timeout=20_000)
    assert page.last_trend.series[0].name == page.model.row_at(1).name != first
    assert page.model.row_at(1).name in page.trend_title.text()


def test_two_fast_switches_compute_and_show_only_the_trend_of_the_last_choice(
        qtbot, page: IndicatorsPage, monkeypatch) -> None:
    page.set_choice(indicator="clearance_rate", level="district", kind=PeriodKind.QUARTER)
    qtbot.waitUntil(lambda: page.last_trend is not None, timeout=20_000)
    first, second = page.model.row_at(1), page.model.row_at(2)
    service = page._services.indicators
    original = service.trend
    asked: list[int] = []
    monkeypatch.setattr(service, "trend", lambda code, level, unit_id, *a, **k: asked.append(unit_id)
                        or original(code, level, unit_id, *a, **k))
    shown: list[str] = []
    page.trend_shown.connect(lambda: shown.append(page.last_trend.series[0].name))
    page.view.setCurrentIndex(page.model.index(1, 0))
    page.view.setCurrentIndex(page.model.index(2, 0))
    qtbot.waitUntil(lambda: page.last_trend is not None, timeout=20_000)
    qtbot.wait(100)  # time for a late first answer, were one still coming
    assert first.name != second.name
    assert page.last_trend.series[0].name == second.name and shown == [second.name]
    assert asked == [second.unit_id]  # the first unit's trend, no longer wanted, is not computed at all
    assert second.name in page.trend_title.text()


def test_a_count_colours_no_unit_and_the_heading_says_why(page: IndicatorsPage) -> None:
    page.set_choice(indicator="backlog", level="district", kind=PeriodKind.QUARTER)
    rows = page.model.rows()
    assert len([row for row in rows if row.rank is not None]) >= 2  # still in order, by the backlog
    for row_number, row in enumerate(rows):
        brush = page.model.data(page.model.index(row_number, 0), Qt.ItemDataRole.BackgroundRole)
        assert (brush.color().name() if brush else None) not in (GOOD.name(), BAD.name())
        assert not (row.is_best or row.is_worst)
    note = page.definition.text()
    assert "not compared on a count" in note or "مقایسه نمی‌شوند" in note
    page.set_choice(indicator="clearance_rate")
    assert "not compared on a count" not in page.definition.text()
    assert "مقایسه نمی‌شوند" not in page.definition.text()
