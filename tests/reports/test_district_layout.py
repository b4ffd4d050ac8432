"""The district report and the status report's indicator table as a reader meets them: every page names its
district, the ranking chart says what it ranks, no ranking on absolute counts, no colour for a change of zero."""

from __future__ import annotations

import pytest

from desktop.clock import FixedClock
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.district_data import better
from desktop.reports.document import Table
from desktop.reports.language import ReportLanguage
from desktop.reports.pdf_writer import pdf_bytes
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database

LANG = ReportLanguage(rtl=True)


@pytest.fixture
def service(demo_database: Database, clock: FixedClock) -> ReportService:
    return ReportService(demo_database, clock)


def _build(service: ReportService, kind: str, period: str, district: str | None = None):
    return service.build(ReportRequest(ReportKind(kind), JalaliPeriod.parse(period), district), LANG)


def test_every_page_of_a_district_section_names_its_district(service: ReportService) -> None:
    import pypdfium2 as pdfium

    report = _build(service, "district", "1405-07")
    names = [section.title for section in report.sections[1:]]
    document = pdfium.PdfDocument(pdf_bytes(report))
    try:
        pages = [document[n].get_textpage().get_text_range() for n in range(len(document))]
    finally:
        document.close()
    overview_pages = 2  # the cover and the districts at a glance
    current = None
    for number, text in enumerate(pages[overview_pages:], start=overview_pages + 1):
        starting = [name for name in names if text.startswith(name)]
        current = starting[0] if starting else current
        # word by word: in a header cell the name may be wrapped, or (English words around it) read out of order
        assert current is not None and set(current.split()) <= set(text.split()), f"page {number} lacks {current}"


def test_the_ranking_chart_has_a_title_and_an_axis_label(service: ReportService) -> None:
    from desktop.charts.style import PERSIAN, new_figure

    chart = next(c for c in _build(service, "district", "1405-07").charts() if c.name.startswith("districts-"))
    figure = new_figure(chart.width_inches, chart.height_inches)
    axes = figure.add_subplot(1, 1, 1)
    chart.draw(axes, PERSIAN)
    assert axes.get_title() == chart.title and "Clearance rate" in chart.title
    assert axes.get_xlabel() == "Clearance rate"


def test_backlog_is_not_ranked_between_districts_of_different_sizes(service: ReportService) -> None:
    report = _build(service, "status", "1405-H1")
    table = next(b for s in report.sections for b in s.blocks if isinstance(b, Table) and b.sheet == "Indicators")
    backlog = next(row for row in table.rows if row[0] == "Backlog")
    assert backlog[4:] == ("—", "—", "—", "—")  # best/worst district and branch
    clearance = next(row for row in table.rows if row[0] == "Clearance rate")
    assert all(cell != "—" for cell in clearance[4:])


def test_a_change_that_reads_zero_is_not_coloured() -> None:
    assert better("clearance_rate", 0.04) is None  # shown as «۰٫۰»
    assert better("clearance_rate", 0.06) is True  # shown as «+۰٫۱»
    assert better("backlog", 0.4) is None  # a count: shown as «۰»
    assert better("backlog", 1) is False
