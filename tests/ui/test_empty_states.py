"""Day one: an empty list or preview says what to do next instead of showing nothing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


def test_an_empty_import_history_points_to_the_first_import(qtbot, services, notifier) -> None:
    from desktop.ui.pages.imports import ImportsPage

    page = ImportsPage(services, notifier)
    qtbot.addWidget(page)
    page.show()
    assert page.history.rowCount() == 0
    assert page.empty_hint.isVisible() and page.import_button.text().strip("…").strip() in page.empty_hint.text()


def test_the_report_preview_says_how_to_fill_it(qtbot, services, notifier) -> None:
    from desktop.ui.pages.reports import ReportsPage

    page = ReportsPage(services, notifier)
    qtbot.addWidget(page)
    page.show()
    assert page.preview_hint.isVisible() and page.preview_button.text() in page.preview_hint.text()
