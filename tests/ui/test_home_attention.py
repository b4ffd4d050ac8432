"""The overview says what needs attention, each item a link to where it is dealt with; on day one it points
to the first steps instead of showing EV 0 % and SPI 0.00."""

from __future__ import annotations

import pytest

from desktop.context import AppServices
from desktop.ui.main_window import MainWindow
from tests.ui.text_layout import visual_spans

pytestmark = pytest.mark.gui


def open_window(qtbot, services: AppServices, ui_settings) -> MainWindow:
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.page("home").is_loaded, timeout=20_000)
    return window


def test_needs_attention_links_overdue_resolutions_activities_behind_and_units_at_risk(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    window = open_window(qtbot, demo_services, ui_settings)
    home = window.page("home")
    links = home.attention.links()
    assert "resolutions:overdue" in links
    assert any(link.startswith("activity:") for link in links)
    unit_links = [link for link in links if link.startswith("unit:")]
    assert unit_links and len(home.at_risk()) >= len(unit_links)

    home.attention.link_activated.emit("resolutions:overdue")
    meetings = window._stack.currentWidget()
    assert meetings is window.page("meetings")
    rows = meetings.resolution_rows()
    assert rows and all(row.days_overdue > 0 for row in rows)

    level, unit_id = unit_links[0].split(":")[1:]
    home.attention.link_activated.emit(unit_links[0])
    indicators = window.page("indicators")
    assert window._stack.currentWidget() is indicators
    assert indicators.current_table().period.kind.value == "month"
    selected = indicators.view.currentIndex()
    if level == "branch":
        assert indicators.model.row_at(selected.row()).unit_id == int(unit_id)
    else:
        assert indicators.breadcrumb.crumbs()[-1].key == f"district:{unit_id}"

    activity = next(link for link in links if link.startswith("activity:"))
    home.attention.link_activated.emit(activity)
    plans = window.page("plans")
    assert window._stack.currentWidget() is plans
    assert plans.activity_panel.activity_id() == int(activity.split(":")[1])


def test_day_one_shows_no_alarming_figures_and_points_to_the_first_steps(qtbot, services: AppServices,
                                                                         ui_settings) -> None:
    window = open_window(qtbot, services, ui_settings)
    home = window.page("home")
    assert home.no_progress_yet()
    assert home._overall.value_text() == "—" and home._spi.value_text() == "—"
    assert home.getting_started.isVisible()
    assert set(home.getting_started.links()) == {"page:plans", "page:imports", "page:meetings"}
    home.getting_started.link_activated.emit("page:imports")
    assert window._stack.currentWidget() is window.page("imports")
    assert not home.at_risk()


def test_persian_titles_in_the_english_overviews_links_read_in_order_with_their_figures(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.ui.language import Language, install_language

    app = QApplication.instance()
    install_language(app, Language.ENGLISH)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    try:
        window = open_window(qtbot, demo_services, ui_settings)
        home = window.page("home")
        item = next(i for i in home.attention.items() if any(link.link.startswith("activity:") for link in i.links))
        assert len(item.links) >= 2
        separator = ", "
        line = f"{item.heading} {separator.join(link.text for link in item.links)} {item.more}"
        titles = [summary.title for summary in home.summary().behind][:len(item.links)]
        pieces = []
        for link, title in zip(item.links, titles, strict=True):
            figure = link.text[link.text.rindex("("):]
            pieces += [title, figure]
        spans = visual_spans(line, pieces, home.attention.font())
        # read left to right: each title, then its figure, then the next title — never swapped
        for (_left, right), (next_left, _next_right) in zip(spans, spans[1:], strict=False):
            assert right <= next_left + 0.5, (line, spans)
    finally:
        install_language(app, Language.PERSIAN)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def test_an_activity_behind_names_its_spi_and_says_when_nothing_is_done_yet(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    home = open_window(qtbot, demo_services, ui_settings).page("home")
    item = next(i for i in home.attention.items() if any(link.link.startswith("activity:") for link in i.links))
    behind = {f"activity:{activity.id}": activity for activity in home.summary().behind}
    for link in item.links:
        activity = behind[link.link]
        assert "شاخص زمان‌بندی" in link.text  # not a bare «(۰٫۰۰)»
        assert ("هنوز" in link.text) == (not activity.progress.actual)  # «هنوز پیشرفتی نیست»


def test_a_count_of_a_whole_reads_as_the_indicators_page_words_it_in_persian(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    """«۶ از ۱۹», as the indicators page's «۷ از ۷ شعبه کامل»: the overview wrote «۶ / ۱۹» in its milestones,
    finished activities and complete branches."""
    import re

    from PySide6.QtCore import Qt

    window = open_window(qtbot, demo_services, ui_settings)
    home = window.page("home")
    part_of = re.compile(r"^[۰-۹٬]+ از [۰-۹٬]+$")
    milestones = home.findChild(type(home._behind_view), "milestones")
    model = milestones.model()
    column = model.columnCount() - 1
    cells = [model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]
    assert cells and all(part_of.match(text) for text in cells), cells
    for card in (home._activities, home._statistics_card):
        assert part_of.match(card.value_text()), card.value_text()
