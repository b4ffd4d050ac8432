"""The report page: choose, preview the first pages, save as PDF and Excel, save the charts, cancel."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.context import AppServices
from desktop.reports.service import ReportKind
from desktop.ui.changes import ChangeNotifier
from desktop.ui.pages.reports import PREVIEW_PAGES, ReportsPage
from tests.ui.text_layout import readable

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, demo_services: AppServices) -> Iterator[ReportsPage]:
    widget = ReportsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    yield widget
    qtbot.waitUntil(lambda: not widget.is_working(), timeout=60_000)  # never close under a running job


def _choose(page: ReportsPage, kind: ReportKind) -> None:
    page.kind.setCurrentIndex(page.kind.findData(kind.value))


def test_the_preview_shows_the_first_pages_of_the_chosen_report(qtbot, page: ReportsPage) -> None:
    _choose(page, ReportKind.CITIZENS)
    page.preview()
    assert page.is_working() and not page.progress.isHidden()
    qtbot.waitUntil(lambda: not page.is_working(), timeout=60_000)
    assert page.preview_count() == PREVIEW_PAGES
    assert page.progress.isHidden()


def test_the_status_report_is_saved_as_pdf_then_excel_without_building_it_twice(
        qtbot, page: ReportsPage, tmp_path: Path) -> None:
    _choose(page, ReportKind.STATUS)
    page.save(tmp_path / "status.pdf")
    qtbot.waitUntil(lambda: not page.is_working(), timeout=60_000)
    built = page._built
    page.save(tmp_path / "status.xlsx")
    qtbot.waitUntil(lambda: not page.is_working(), timeout=60_000)
    assert page._built[1] is built[1]
    assert (tmp_path / "status.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "status.xlsx").exists()
    assert str(tmp_path / "status.xlsx") in readable(page.message.text())


def test_the_district_choice_is_only_offered_for_the_district_report(page: ReportsPage) -> None:
    _choose(page, ReportKind.STATUS)
    assert not page.district.isEnabled()
    _choose(page, ReportKind.DISTRICT)
    assert page.district.isEnabled()
    page.district.setCurrentIndex(2)
    assert page.request().district_code == page.district.currentData()


def test_charts_are_saved_in_the_chosen_format(qtbot, page: ReportsPage, tmp_path: Path) -> None:
    _choose(page, ReportKind.DISTRICT)
    page.save_charts(tmp_path, "svg")
    qtbot.waitUntil(lambda: not page.is_working(), timeout=60_000)
    assert page.last_saved and all(path.suffix == ".svg" for path in page.last_saved)


def test_cancelling_leaves_no_file(qtbot, page: ReportsPage, tmp_path: Path) -> None:
    _choose(page, ReportKind.STATUS)
    page.save(tmp_path / "status.pdf")
    page.cancel()
    qtbot.waitUntil(lambda: not page.is_working(), timeout=60_000)
    assert not (tmp_path / "status.pdf").exists()
    assert page.cancel_button.isHidden()


def test_a_viewer_may_preview_but_sees_no_way_to_save(qtbot, demo_services: AppServices) -> None:
    from desktop.domain.access import Principal, Role

    demo_services.set_principal(Principal(user_name="ناظر", role=Role.VIEWER))
    viewer_page = ReportsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(viewer_page)
    assert not viewer_page.preview_button.isHidden()
    assert all(widget.isHidden() for widget in (viewer_page.pdf_button, viewer_page.excel_button,
                                                viewer_page.charts_button, viewer_page.chart_format))
    assert "PDF" not in viewer_page.preview_hint.text()  # the hint does not offer what he cannot do


def test_a_district_head_is_offered_only_his_district_report(qtbot, demo_services: AppServices) -> None:
    """The six-monthly and citizens' reports read every district: offered to him, previewed and saved, they were
    always refused."""
    from desktop.domain.access import Principal, Role

    own = demo_services.organisation.districts()[1]
    demo_services.set_principal(Principal(user_name="رئیس حوزه", role=Role.DISTRICT_HEAD, district_id=own.id))
    head_page = ReportsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(head_page)
    assert [head_page.kind.itemData(i) for i in range(head_page.kind.count())] == [ReportKind.DISTRICT.value]
    assert [head_page.district.itemData(i) for i in range(head_page.district.count())] == [own.code]  # no "all"
    assert head_page.request().kind is ReportKind.DISTRICT and head_page.request().district_code == own.code
    assert not head_page.pdf_button.isHidden()  # his own district's report he may save
