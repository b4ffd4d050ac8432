"""Page layout over whole documents: no page is left blank, wherever a table happens to end."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.clock import FixedClock
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.document import Column, Paragraph, Section, Table
from desktop.reports.language import ReportLanguage
from desktop.reports.pdf_writer import pdf_bytes
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database
from tests.reports.conftest import blank_pages
from tests.reports.sample import sample_report

LANG = ReportLanguage(rtl=True)


def _report_with_a_table_of(rows: int, lines_before: int):
    """A section whose table runs down the page, followed by a section that starts a page of its own."""
    table = Table((Column("ردیف"), Column("مقدار", 1.0, True)),
                  tuple((f"ردیف {n}", str(n)) for n in range(rows)), sheet="جدول")
    before = Paragraph("\n".join(["سطر"] * lines_before))
    sections = (Section("بخش نخست", (before, Paragraph("جدولی که تا پایین صفحه می‌رسد."), table)),
                Section("بخش دوم", (Paragraph("بخشی که از صفحهٔ تازه آغاز می‌شود."),), new_page=True))
    return replace(sample_report(), sections=sections)


def test_a_section_that_starts_a_new_page_leaves_no_blank_page_wherever_the_table_before_it_ends() -> None:
    # one of these lengths ends the table flush with the bottom of the page, where the gap after it spilled
    # onto a page of its own and the next section then broke to yet another page
    # the paragraph before the table moves its end down by a line's height at a time, the rows by theirs
    for rows in range(37, 41):
        for lines in range(1, 4):
            pdf = pdf_bytes(_report_with_a_table_of(rows, lines))
            assert blank_pages(pdf) == [], f"{rows} rows after {lines} lines"


@pytest.mark.parametrize(("kind", "period", "district"), [
    ("status", "1405-H1", None), ("status", "1404-H2", None), ("status", "1405-H2", None),
    ("citizens", "1405-Q2", None), ("citizens", "1405-Q1", None),
    ("district", "1405-07", None), ("district", "1405-07", "02"), ("district", "1405-06", None),
])
def test_no_page_of_any_report_is_blank(demo_database: Database, clock: FixedClock, kind: str, period: str,
                                        district: str | None) -> None:
    service = ReportService(demo_database, clock)
    report = service.build(ReportRequest(ReportKind(kind), JalaliPeriod.parse(period), district), LANG)
    assert blank_pages(pdf_bytes(report)) == []


def test_a_table_running_onto_a_new_page_carries_at_least_three_rows_there() -> None:
    import re

    import pypdfium2 as pdfium

    # each length ends the table at a different place on its second page: one to a few rows under the header
    for rows in range(40, 48):
        document = pdfium.PdfDocument(pdf_bytes(_report_with_a_table_of(rows, 1)))
        try:
            counts = [len(re.findall(r"ردیف \d+", document[n].get_textpage().get_text_range()))
                      for n in range(1, len(document))]
        finally:
            document.close()
        carried = [count for count in counts if count]
        assert sum(carried) == rows and all(count >= 3 for count in carried[1:]), (rows, counts)
