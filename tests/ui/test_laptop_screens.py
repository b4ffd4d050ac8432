"""On a 1366×768 laptop and a 1440×900 screen every column of the overview's overdue resolutions, the plan tree
and the indicator tables is in sight: no table needs sideways scrolling to show its deadline, start or last
figure."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication

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
    for name in ("overdue", "behind"):
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
