"""The overview shows its figures first and draws its driver-project chart just after they are painted —
again after every refresh, even when no figure changed."""

from __future__ import annotations

import pytest

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
