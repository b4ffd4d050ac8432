"""The report workbooks are ready to print and to compute: print setup on every sheet, numbers stored as numbers
with their formats, distinct headers, a summary sheet without an empty frozen row, clean sheet names."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook

from desktop.clock import FixedClock
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.language import ReportLanguage
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database
from tests.reports.conftest import TODAY

LANG = ReportLanguage(rtl=True)
#: Text that is only a number written for the eye (Persian digits, separators, sign, percent): a number stored
#: as text. (Codes such as "2.3" are identifiers and stay text.)
NUMBER_AS_TEXT = re.compile(r"^[+\-−]?[۰-۹][۰-۹٬٫]*٪?$|^[+\-−]?[0-9][0-9,.]*%$")
REPORTS = (("status", "1405-H1", None), ("citizens", "1405-Q2", None), ("district", "1405-07", None))


@pytest.fixture(scope="module", params=REPORTS, ids=[kind for kind, _p, _d in REPORTS])
def workbook(request, demo_database: Database, tmp_path_factory: pytest.TempPathFactory):
    kind, period, district = request.param
    service = ReportService(demo_database, FixedClock(TODAY))
    report = service.build(ReportRequest(ReportKind(kind), JalaliPeriod.parse(period), district), LANG)
    path = service.write(report, tmp_path_factory.mktemp(kind) / f"{kind}.xlsx", LANG)
    return load_workbook(path)


def test_every_sheet_is_set_up_to_print(workbook) -> None:
    for sheet in workbook.worksheets:
        assert sheet.page_setup.orientation in ("portrait", "landscape"), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True, sheet.title
        assert sheet.page_setup.fitToWidth == 1, sheet.title
        if sheet is not workbook.worksheets[0]:  # table sheets: the header row on every printed page
            assert sheet.print_title_rows == "$1:$1", sheet.title


def test_no_number_is_stored_as_text_and_every_number_has_a_format(workbook) -> None:
    numbers = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(min_row=1 if sheet is workbook.worksheets[0] else 2):
            for cell in row:
                if isinstance(cell.value, str):
                    assert not NUMBER_AS_TEXT.match(cell.value.strip()), (sheet.title, cell.coordinate, cell.value)
                elif isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                    numbers += 1
                    assert cell.number_format != "General", (sheet.title, cell.coordinate, cell.value)
    assert numbers > 0


def test_percents_are_excel_percents_with_one_decimal_and_counts_have_thousands_separators(workbook) -> None:
    formats = {cell.number_format for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row
               if isinstance(cell.value, (int, float))}
    assert "0.0%" in formats
    assert "#,##0" in formats


def test_headers_are_distinct_and_sheet_names_clean(workbook) -> None:
    for sheet in workbook.worksheets[1:]:
        headers = [cell.value for cell in sheet[1]]
        assert len(set(headers)) == len(headers), (sheet.title, headers)
        assert not sheet.title.rstrip().endswith(("—", "-", "–")), sheet.title


def test_the_summary_sheet_starts_with_the_title_and_freezes_nothing(workbook) -> None:
    summary = workbook.worksheets[0]
    assert summary["A1"].value
    assert summary.freeze_panes is None


