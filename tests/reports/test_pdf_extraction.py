"""Text copied or searched in the PDF reads as typed, in the two extractors behind most viewers: poppler
(`pdftotext`: Evince, Okular) and PDFium (Chromium's and Edge's viewer): plain letters in reading order, with
digits, signs, fractions and zero-width non-joiners where they belong.

What each gives back, as measured (docs/reports.md): both — words, ZWNJ, «۶۳٫۳٪», «+۵٫۲٪», «۱۶۰ / ۳۸۸»; PDFium
also «(EV)» (poppler reads the brackets of a Latin word inside Persian out of place, and PDFium the parts of a
hyphenated code such as CR-P01 swapped). poppler wraps left-to-right runs in invisible embedding marks and
PDFium gives the space inside a figure as a no-break space: both are ignored when looking for a phrase, as a
viewer's search does."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.document import Figures, Paragraph, Section
from desktop.reports.formatting import CellFormat
from desktop.reports.language import ReportLanguage
from desktop.reports.pdf_writer import pdf_bytes
from desktop.reports.service import ReportKind, ReportRequest, ReportService
from desktop.store.database import Database
from tests.reports.sample import sample_report

_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PHRASES = ("۱۶۰ / ۳۸۸", "۶۳٫۳٪", "+۵٫۲٪", "−۳٫۳٪", "برنامه‌ای", "حوزه‌های", "می‌شود", "پیشرفت واقعی",
           "۱۴۰۳/۰۲/۰۵", "1403-000123")


def poppler_text(pdf: bytes, tmp_path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian package poppler-utils) is not installed")
    path = tmp_path / "extract.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    return _searchable(text.decode("utf-8"))


def pdfium_text(pdf: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return _searchable("\n".join(document[n].get_textpage().get_text_range() for n in range(len(document))))
    finally:
        document.close()


def _searchable(text: str) -> str:
    return _MARKS.sub("", text).replace("\u00a0", " ")


@pytest.fixture(scope="module")
def phrases_pdf() -> bytes:
    report = sample_report()
    section = Section("جمله‌ها", (
        Figures((("فعالیت‌های پایان‌یافته", "۱۶۰ / ۳۸۸"), ("پیشرفت واقعی (EV)", "۶۳٫۳٪"))),
        Paragraph("میزان تحقق ۶۳٫۳٪ با تغییر +۵٫۲٪ در برنامه‌ای برای حوزه‌های قضایی"),
        Paragraph("پیشرفت واقعی (EV) استان در این دوره"),
    ))
    return pdf_bytes(replace(report, sections=(*report.sections, section)))


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_phrase_is_found_forward_in_plain_letters_by_poppler(phrases_pdf: bytes, tmp_path: Path,
                                                              phrase: str) -> None:
    assert phrase in poppler_text(phrases_pdf, tmp_path)


@pytest.mark.parametrize("phrase", (*PHRASES[:-1], "(EV)"))
def test_a_phrase_is_found_forward_in_plain_letters_by_pdfium(phrases_pdf: bytes, phrase: str) -> None:
    assert phrase in pdfium_text(phrases_pdf)


def test_no_letter_comes_out_as_a_presentation_form(phrases_pdf: bytes, tmp_path: Path) -> None:
    for text in (poppler_text(phrases_pdf, tmp_path), pdfium_text(phrases_pdf)):
        assert text.strip()
        assert not [ch for ch in text if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF]


def test_the_status_reports_own_figures_are_found_as_printed(demo_database: Database, clock: FixedClock,
                                                              tmp_path: Path) -> None:
    report = ReportService(demo_database, clock).build(
        ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1")), ReportLanguage(rtl=True))
    cells = CellFormat()
    figures = [cells.text(value) for section in report.sections for block in section.blocks
               if isinstance(block, Figures) for _label, value in block.items]
    assert any(" / " in value for value in figures) and any("٪" in value for value in figures)
    pdf = pdf_bytes(report)
    for text in (poppler_text(pdf, tmp_path), pdfium_text(pdf)):
        for value in figures:
            assert value in text
