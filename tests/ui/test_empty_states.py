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


def test_the_demos_import_history_says_its_statistics_were_generated_not_that_there_are_none(
        qtbot, demo_services, notifier, tmp_path) -> None:
    """The demo holds two years of statistics, written by its generator, not imported from a file: the page once
    said "No file has been imported yet" above an empty list, as on day one, as if there were no data."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.formatting import format_code
    from desktop.ui.pages.imports import ImportsPage
    from tests.ui.test_indicators_page import BRANCH_HEADERS, write_csv

    generated = demo_services.imports.generated_statistics()
    assert generated is not None and generated.first_month < generated.last_month
    page = ImportsPage(demo_services, notifier)
    qtbot.addWidget(page)
    page.show()
    assert page.history.rowCount() == 0
    months = format_code(generated.months_label)
    assert page.empty_hint.isVisible() and page.empty_hint.text() == QCoreApplication.translate(
        "ImportsPage", "No file has been imported into this database. Its statistics ({months}) were generated for "
        "the demo, not imported from the case-management system (CMS); a file you import is listed here.").format(
        months=months)
    # a file imported into the demo is listed; the generated statistics are still said to be no import's
    registry = write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [("101001", "شعبه ۱ دادگاه عمومی حقوقی قم", "01", "")])
    assert demo_services.imports.import_file(registry, "branches").status == "imported"
    page.refresh()
    assert page.history.rowCount() == 1
    assert page.empty_hint.isVisible() and page.empty_hint.text() == QCoreApplication.translate(
        "ImportsPage", "Besides the files listed, this database holds statistics generated for the demo "
        "({months}); they were not imported.").format(months=months)


def test_a_database_whose_statistics_all_came_from_files_has_no_generated_statistics(services, tmp_path) -> None:
    from tests.ui.test_indicators_page import BRANCH_HEADERS, write_csv

    assert services.imports.generated_statistics() is None
    registry = write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [("201", "شعبه ۲۰۱", "01", "")])
    assert services.imports.import_file(registry, "branches").status == "imported"
    assert services.imports.generated_statistics() is None


def test_the_report_preview_says_how_to_fill_it(qtbot, services, notifier) -> None:
    from desktop.ui.pages.reports import ReportsPage

    page = ReportsPage(services, notifier)
    qtbot.addWidget(page)
    page.show()
    assert page.preview_hint.isVisible() and page.preview_button.text() in page.preview_hint.text()
