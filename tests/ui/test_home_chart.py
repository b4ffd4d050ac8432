"""The overview shows its figures first and draws its driver-project chart just after they are painted —
again after every refresh, even when no figure changed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from desktop.context import AppServices
from desktop.ui.main_window import MainWindow


@pytest.mark.gui
def test_the_chart_follows_the_figures_and_is_redrawn_after_a_refresh(qtbot, demo_services: AppServices,
                                                                      ui_settings) -> None:
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    qtbot.waitUntil(home.is_loaded, timeout=20_000)
    qtbot.waitUntil(home.is_complete, timeout=20_000)
    assert home.findChild(type(home.driver_chart.chart), "driverChart") is not None
    first = home.summary()
    home.refresh()  # the same data: no figure's text changes
    qtbot.waitUntil(lambda: home.summary() is not first and not home.is_refreshing(), timeout=20_000)
    qtbot.waitUntil(home.is_complete, timeout=20_000)


@pytest.mark.gui
def test_a_new_province_whose_driver_projects_have_no_activity_gets_a_word_not_a_chart_of_empty_rows(
        qtbot, services: AppServices, ui_settings) -> None:
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    qtbot.waitUntil(home.is_complete, timeout=20_000)
    projects = home.summary().driver_projects
    assert projects and all(project.progress.planned is None for project in projects)  # seeded, nothing linked
    note = home.findChild(QLabel, "driverChartEmpty")
    assert note.isVisible() and note.text() == home.driver_chart.tr(
        "No driver project has activities yet. Link solutions to driver projects in Plans and activities to "
        "follow them here.") != "No driver project has activities yet. Link solutions to driver projects in " \
        "Plans and activities to follow them here."  # in Persian
    chart = home.findChild(QWidget, "driverChart")
    assert chart is None or not chart.isVisible()
