"""On a 1366×768 laptop and a 1440×900 screen every column of the overview's overdue resolutions, the plan tree
and the indicator tables is in sight: no table needs sideways scrolling to show its deadline, start or last
figure."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QSplitter, QWidget

from desktop.ui.main_window import MainWindow
from desktop.ui.screenshots import settle

pytestmark = pytest.mark.gui


def columns_in_sight(view: QAbstractItemView) -> bool:
    QApplication.processEvents()
    return view.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("size", [(1366, 768), (1440, 900)])
def test_no_table_hides_a_column_at_laptop_sizes(qtbot, demo_services, ui_settings, size) -> None:
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitUntil(window.page("home").is_loaded, timeout=20_000)
    settle()
    home = window.page("home")
    for name in ("overdue", "behind", "behindUnreported"):
        view = home.findChild(QAbstractItemView, name)
        assert view.model().rowCount() and columns_in_sight(view), name
    plans = window.show_page("plans")
    settle()
    assert columns_in_sight(plans.tree)
    indicators = window.show_page("indicators")
    for level in ("district", "branch"):
        indicators.set_choice(level=level)
        settle()
        assert indicators.model.rowCount() and columns_in_sight(indicators.view), level


def _plans_page(qtbot, demo_services, ui_settings, size: tuple[int, int]):
    """The plans page of a window of ``size``."""
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    plans = window.show_page("plans")
    settle()
    return plans


def _a_leaf_activity(plans):
    return next(plans.model.node(*key) for key in plans.model.keys()
                if plans.model.node(*key).kind.name == "ACTIVITY" and not plans.model.node(*key).children)


def clipped_plan_tree_columns(tree) -> list[str]:
    """Columns of the plan tree whose header text, or whose cells (but for the title and the owner, which elide
    with the whole text in the tooltip), need more room than the column has; and date columns narrower than a
    date, even while no activity is in sight (they must not start squeezed to their header, then jump)."""
    from datetime import date

    from desktop.ui.formatting import format_date
    from desktop.ui.models.plan_tree_model import PlanColumn

    header = tree.header()
    clipped = []
    widest_date = max(tree.fontMetrics().horizontalAdvance(format_date(date(1405, month, 28))) for month in range(1, 13))
    for column in (PlanColumn.START, PlanColumn.FINISH):
        if header.sectionSize(column) < widest_date:
            clipped.append(f"{column.name}: {header.sectionSize(column)} px < a date's {widest_date} px")
    for column in PlanColumn:
        width = header.sectionSize(column)
        if width < header.sectionSizeHint(column):
            clipped.append(f"{column.name} header: {width} < {header.sectionSizeHint(column)}")
        if column not in (PlanColumn.TITLE, PlanColumn.OWNER) and width < tree.sizeHintForColumn(column):
            clipped.append(f"{column.name} cells: {width} < {tree.sizeHintForColumn(column)}")
    return clipped


@pytest.mark.parametrize("language", ["fa", "en"])
def test_every_column_of_the_plan_tree_shows_its_header_and_dates_whole_at_1366_by_768(qtbot, demo_services,
                                                                                      ui_settings, language) -> None:
    from PySide6.QtCore import Qt

    from desktop.ui.language import Language, install_language

    app = QApplication.instance()
    install_language(app, Language(language))
    app.setLayoutDirection(Language(language).direction)
    try:
        plans = _plans_page(qtbot, demo_services, ui_settings, (1366, 768))
        found = [f"collapsed: {problem}" for problem in clipped_plan_tree_columns(plans.tree)]
        plans.tree.expandAll()  # the activities and their dates in sight
        settle()
        found += [f"expanded: {problem}" for problem in clipped_plan_tree_columns(plans.tree)]
        plans.select_activity(_a_leaf_activity(plans).id)  # the activity's panel beside the tree
        settle()
        found += [f"activity shown: {problem}" for problem in clipped_plan_tree_columns(plans.tree)]
        assert plans.tree.horizontalScrollBar().maximum() == 0
        assert not found, "\n".join(found)
    finally:
        install_language(app, Language.PERSIAN)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def _indicators_on_a_laptop(qtbot, demo_services, ui_settings, level: str):
    """The indicators page of a 1366×768 window, at ``level``."""
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    indicators = window.show_page("indicators")
    indicators.set_choice(level=level)
    settle()
    return indicators


def test_the_districts_names_are_whole_at_1366_by_768_and_a_within_column_that_repeats_one_name_is_hidden(
        qtbot, demo_services, ui_settings) -> None:
    from desktop.ui.models.indicator_ranking import WITHIN_COLUMN

    indicators = _indicators_on_a_laptop(qtbot, demo_services, ui_settings, "district")
    view, rows = indicators.view, indicators.current_table().rows
    assert view.isColumnHidden(WITHIN_COLUMN)  # every district is within the province
    unit_width = view.horizontalHeader().sectionSize(1)
    elided = [row.name for row in rows if view.fontMetrics().horizontalAdvance(row.name) > unit_width]
    assert not elided, f"{len(elided)} of {len(rows)} district names elided in {unit_width} px: {elided[:3]}"
    indicators._drill(indicators.model.index(0, 0))  # one district's branches: within it, all of them
    settle()
    assert indicators.current_table().level == "branch" and view.isColumnHidden(WITHIN_COLUMN)
    indicators.set_choice(level="branch")  # every branch of the province: their districts differ
    settle()
    assert len({row.parent_name for row in indicators.current_table().rows}) > 1
    assert not view.isColumnHidden(WITHIN_COLUMN) and columns_in_sight(view)


@pytest.fixture(params=["fa", "en"])
def window_language(request):
    """The window's language for the test (Persian, then English), restored afterwards."""
    from PySide6.QtCore import Qt

    from desktop.ui.language import Language, install_language

    app = QApplication.instance()
    install_language(app, Language(request.param))
    app.setLayoutDirection(Language(request.param).direction)
    yield Language(request.param)
    install_language(app, Language.PERSIAN)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)


def test_every_branch_of_the_province_shows_its_number_and_court_at_1366_by_768(
        qtbot, demo_services, ui_settings, window_language) -> None:
    """All branches: the Within column (their districts) is shown, and the units' names still show at least their
    first three words («شعبه ۱۰۲ دادگاه»): which branch, which court. Every branch's name starts with «شعبه». In
    English too, whose numeric headers are wider ("Pending at end")."""
    indicators = _indicators_on_a_laptop(qtbot, demo_services, ui_settings, "branch")
    view, rows = indicators.view, indicators.current_table().rows
    unit_width = view.horizontalHeader().sectionSize(1)
    padding = 2 * view.style().pixelMetric(view.style().PixelMetric.PM_FocusFrameHMargin) + 8
    cut = [row.name for row in rows[:30]
           if view.fontMetrics().horizontalAdvance(" ".join(row.name.split()[:3])) + padding > unit_width]
    assert not cut, f"{len(cut)} names cut before their third word in {unit_width} px: {cut[:3]}"
    assert columns_in_sight(view)


def test_an_activitys_figures_are_in_sight_at_the_windows_least_width(
        qtbot, demo_services, ui_settings, window_language) -> None:
    """At 1100×700 the plans page's details beside the tree do not scroll sideways: the activity's progress cards
    are whole (the "actual progress" card, cut at the panel's edge, read «۰٫۰٪» for 60 %)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    plans = _plans_page(qtbot, demo_services, ui_settings, (1100, 700))
    window = plans.window()
    assert plans.select_activity(_a_leaf_activity(plans).id)
    settle()
    panel = plans.activity_panel
    scroll = panel.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0
    viewport = QRect(scroll.viewport().mapTo(window, QPoint(0, 0)), scroll.viewport().size())
    for card in (panel._planned, panel._actual, panel._spi):
        assert viewport.contains(QRect(card.mapTo(window, QPoint(0, 0)), card.size())), card.value_text()
    # the tree gave way on its dates, not on its titles
    from desktop.ui.models.plan_tree_model import PlanColumn
    from desktop.ui.pages.plans import TITLE_WIDTH_BEFORE_THE_DATES_GO

    assert plans.tree.header().sectionSize(PlanColumn.TITLE) >= TITLE_WIDTH_BEFORE_THE_DATES_GO
    assert plans.tree.isColumnHidden(PlanColumn.START) and plans.tree.isColumnHidden(PlanColumn.FINISH)
    window.resize(1366, 768)
    settle()
    assert not plans.tree.isColumnHidden(PlanColumn.START) and not plans.tree.isColumnHidden(PlanColumn.FINISH)


def test_the_meetings_and_resolutions_lists_take_the_room_while_nothing_is_selected_at_1366_by_768(
        qtbot, demo_services, ui_settings) -> None:
    """An empty editor beside the lists took three fifths of the page and cut the titles: nothing selected, the
    side holds a short hint and the lists have the room; the meetings' titles are whole."""
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    meetings = window.show_page("meetings")
    for tab in (meetings.meetings_tab, meetings.resolutions_tab):
        meetings.tabs.setCurrentWidget(tab)
        settle()
        splitter = tab.findChild(QSplitter)
        beside = splitter.widget(1)
        assert beside.isVisible() and tab.view.width() >= 3 * beside.width(), type(tab).__name__
        hints = [label for label in beside.findChildren(QLabel) if label.isVisible()]
        assert len(hints) == 1 and hints[0].text(), type(tab).__name__
    titles = meetings.meetings_tab.view
    metrics = titles.fontMetrics()
    title_width = titles.horizontalHeader().sectionSize(2)
    assert all(metrics.horizontalAdvance(row.title) < title_width for row in meetings.meetings_tab.model.rows())
    assert meetings.resolutions_tab.view.horizontalHeader().sectionSize(2) >= 250


@pytest.mark.parametrize("size", [(1366, 768), (1100, 700)])
def test_every_header_of_an_activitys_progress_history_is_in_sight(qtbot, demo_services, ui_settings, size) -> None:
    """The recorder's full name, fitted to its content, pushed the fourth column («ثبت‌کننده») out of the panel."""
    plans = _plans_page(qtbot, demo_services, ui_settings, size)
    activity = next(plans.model.node(*key) for key in plans.model.keys()
                    if plans.model.node(*key).kind.name == "ACTIVITY" and not plans.model.node(*key).children
                    and plans.model.node(*key).progress.actual)
    plans.select_activity(activity.id)
    settle()
    history = plans.findChild(QAbstractItemView, "history")
    assert history.isVisible() and history.model().rowCount()
    header = history.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(header.count()):
        title = history.model().headerData(column, header.orientation())
        left = header.sectionViewportPosition(column)
        assert 0 <= left and left + header.sectionSize(column) <= header.viewport().width(), title
        assert header.sectionSize(column) >= metrics.horizontalAdvance(title), title
    assert columns_in_sight(history)


def test_the_driver_projects_chart_is_whole_in_sight_on_opening_the_overview_at_1366_by_768(
        qtbot, demo_services, ui_settings, window_language) -> None:
    """It stood beside three rows of tables and ran below the fold: its lower half was only seen by scrolling."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QScrollArea

    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    home = window.page("home")
    qtbot.waitUntil(home.is_complete, timeout=20_000)
    settle()
    chart = home.findChild(QWidget, "driverChart")
    scroll = home.findChild(QScrollArea)
    assert chart is not None and chart.isVisible() and scroll.verticalScrollBar().value() == 0
    viewport = scroll.viewport()
    shown = QRect(chart.mapTo(viewport, QPoint(0, 0)), chart.size())
    assert viewport.rect().contains(shown), (shown, viewport.rect())


def test_the_breadcrumb_and_the_hint_beside_it_stand_apart_at_1100_by_700(
        qtbot, demo_services, ui_settings, window_language) -> None:
    """Three steps deep (province › districts › a district) the breadcrumb ran into the hint at the window's least
    size: the hint now wraps at the far end, and both are whole."""
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    indicators = window.show_page("indicators")
    indicators.set_choice(level="district")
    settle()
    indicators.open_unit(indicators.current_table().rows[0].unit_id)
    settle()
    crumb, hint = indicators.breadcrumb, indicators.hint
    assert len(crumb.crumbs()) == 3 and crumb.isVisible() and hint.isVisible()
    apart = crumb.geometry().adjusted(-16, 0, 16, 0)  # a gap the eye sees, not two texts touching
    assert not apart.intersects(hint.geometry()), (crumb.geometry(), hint.geometry())
    assert crumb.width() >= crumb.sizeHint().width()  # the trail whole
    if hint.wordWrap():
        assert hint.height() >= hint.heightForWidth(hint.width())  # every line of the hint shown
    else:
        assert hint.width() >= hint.sizeHint().width()


def _row_colours(view: QAbstractItemView) -> set[str]:
    from PySide6.QtCore import Qt

    model = view.model()
    colours = set()
    for row in range(model.rowCount()):
        brush = model.data(model.index(row, 0), Qt.ItemDataRole.BackgroundRole)
        if brush is not None:
            colours.add((brush.color() if hasattr(brush, "color") else brush).name())
    return colours


def test_every_colour_that_marks_a_row_is_named_in_a_legend_beside_the_list(
        qtbot, demo_services, ui_settings) -> None:
    """Red and green rows said overdue or done, worst or best, with nothing on screen saying which."""
    from desktop.ui.widgets.color_legend import ColorLegend

    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    meetings = window.show_page("meetings")
    meetings.tabs.setCurrentWidget(meetings.resolutions_tab)
    indicators = window.show_page("indicators")
    indicators.set_choice(indicator="clearance_rate")  # the backlog, a count, marks none best or worst
    for page, view in ((meetings, meetings.resolutions_tab.view), (indicators, indicators.view)):
        window.show_page("meetings" if page is meetings else "indicators")
        settle()
        legends = [legend for legend in page.findChildren(ColorLegend) if legend.isVisible()]
        assert legends, type(page).__name__
        named = {colour.name() for legend in legends for colour, text in legend.entries() if text}
        used = _row_colours(view)
        assert len(used) >= 2 and used <= named, (used, named)


def test_the_milestones_figures_are_in_sight_beside_the_chart_at_1100_by_700(
        qtbot, demo_services, ui_settings, window_language) -> None:
    """The table scrolled sideways to show how many solutions meet each target; now the target's words give way."""
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    home = window.page("home")
    qtbot.waitUntil(home.is_loaded, timeout=20_000)
    settle()
    view = home.findChild(QAbstractItemView, "milestones")
    assert view.model().rowCount() and columns_in_sight(view)


def test_a_branch_lacking_many_months_keeps_every_column_in_sight_and_says_which_in_its_tooltip(
        qtbot, demo_services, ui_settings, window_language) -> None:
    """Year 1403 of the demo: every branch lacks eight months, and the Data column listing them was wider than the
    page: the table scrolled sideways and, in Persian, the completeness column (where "too few cases to rank" is
    said too) was off the screen. It now gives way - its text elided, the whole of it in the tooltip."""
    from PySide6.QtCore import Qt

    from desktop.domain.jalali import PeriodKind
    from desktop.ui.models.indicator_ranking import DATA_COLUMN

    indicators = _indicators_on_a_laptop(qtbot, demo_services, ui_settings, "branch")
    indicators.set_choice(kind=PeriodKind.YEAR, period="1403")
    settle()
    table = indicators.current_table()
    assert table is not None and table.period.code == "1403"
    assert len(table.rows[0].missing_months) >= 8
    view = indicators.view
    assert columns_in_sight(view)
    data = indicators.model.index(0, DATA_COLUMN)
    whole = indicators.model.data(data, Qt.ItemDataRole.DisplayRole)
    assert indicators.model.data(data, Qt.ItemDataRole.ToolTipRole) == whole
    assert view.fontMetrics().horizontalAdvance(whole) > view.horizontalHeader().sectionSize(DATA_COLUMN)
