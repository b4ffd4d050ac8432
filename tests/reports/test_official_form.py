"""The official form of a report: a table of contents with the page each section starts on (status and
citizens' reports), and, when asked for, a letterhead with the invocation, the emblem from the settings and
the number, date and classification fields."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from desktop.clock import FixedClock
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.persian import to_persian_digits
from desktop.reports.language import ReportLanguage
from desktop.reports.pdf_writer import pdf_bytes
from desktop.reports.service import LetterheadRequest, ReportKind, ReportRequest, ReportService
from desktop.store.database import Database, open_database
from desktop.store.settings import LETTERHEAD_EMBLEM_KEY, set_setting
from tests.reports.conftest import TODAY

LANG = ReportLanguage(rtl=True)


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text))


def _pages(pdf: bytes) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [document[n].get_textpage().get_text_range() for n in range(len(document))]
    finally:
        document.close()


@pytest.mark.parametrize(("kind", "period"), [("status", "1405-H1"), ("citizens", "1405-Q2")])
def test_the_table_of_contents_gives_the_page_each_section_starts_on(demo_database: Database, clock: FixedClock,
                                                                     kind: str, period: str) -> None:
    report = ReportService(demo_database, clock).build(ReportRequest(ReportKind(kind), JalaliPeriod.parse(period)),
                                                       LANG)
    pages = _pages(pdf_bytes(report))
    contents = pages[1].splitlines()
    assert report.chrome.contents in pages[1]
    for section in report.sections:
        # word by word: a title mixing English source words and Persian may be read out of order
        words = _words(section.title)
        starts = next(number for number, text in enumerate(pages[2:], start=3)
                      if any(words <= _words(line) for line in text.splitlines()))
        line = next(line for line in contents if words <= _words(line))
        numbers = Counter(re.findall("[۰-۹]+", line)) - Counter(re.findall("[۰-۹]+", section.title))
        assert list(numbers.elements()) == [to_persian_digits(starts)], (section.title, line, starts)


def test_the_district_report_has_no_table_of_contents(demo_database: Database, clock: FixedClock) -> None:
    report = ReportService(demo_database, clock).build(
        ReportRequest(ReportKind.DISTRICT, JalaliPeriod.parse("1405-07")), LANG)
    assert not report.contents
    assert report.chrome.contents not in _pages(pdf_bytes(report))[1]


def test_a_report_asked_for_as_an_official_document_has_the_letterhead(tmp_path: Path) -> None:
    from PIL import Image

    emblem = tmp_path / "emblem.png"
    Image.new("RGB", (120, 120), (29, 53, 87)).save(emblem)
    with open_database(tmp_path / "rasad.sqlite3") as database:
        with database.session() as session:
            set_setting(session, LETTERHEAD_EMBLEM_KEY, str(emblem))
        service = ReportService(database, FixedClock(TODAY))
        request = ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1"),
                                letterhead=LetterheadRequest("۱۲۳/۴۵", "محرمانه"))
        official = service.build(request, LANG)
        plain = service.build(ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1")), LANG)
    pdf = pdf_bytes(official)
    cover = _pages(pdf)[0]
    assert "In the name of the Most High" in cover
    assert "۱۲۳/۴۵" in cover and "محرمانه" in cover and "۱۴۰۵/۰۹/۰۲" in cover  # number, classification, date
    assert b"/Subtype /Image" in pdf  # the emblem
    assert "Classification" not in _pages(pdf_bytes(plain))[0]


def test_a_missing_emblem_file_leaves_the_letterhead_without_it(tmp_path: Path) -> None:
    with open_database(tmp_path / "rasad.sqlite3") as database:
        with database.session() as session:
            set_setting(session, LETTERHEAD_EMBLEM_KEY, str(tmp_path / "gone.png"))
        report = ReportService(database, FixedClock(TODAY)).build(ReportRequest(
            ReportKind.STATUS, JalaliPeriod.parse("1405-H1"), letterhead=LetterheadRequest()), LANG)
    pdf = pdf_bytes(report)
    assert b"/Subtype /Image" not in pdf
    assert "……" in _pages(pdf)[0]  # number and classification left to fill by hand


@pytest.mark.parametrize("rtl", [True, False], ids=["persian", "english"])
def test_the_contents_page_numbers_are_painted_not_only_in_the_text(demo_database: Database, clock: FixedClock,
                                                                    rtl: bool) -> None:
    """Left to right, each number was drawn leftwards of its form's origin, outside the form's box: a copy of
    the page had it, the page showed none."""
    import pypdfium2 as pdfium

    report = ReportService(demo_database, clock).build(
        ReportRequest(ReportKind.CITIZENS, JalaliPeriod.parse("1405-Q2")), ReportLanguage(rtl=rtl))
    document = pdfium.PdfDocument(pdf_bytes(report))
    try:
        page, scale = document[1], 3
        text, height = page.get_textpage(), page.get_height()
        picture = page.render(scale=scale).to_pil().convert("L")
        boxes = [text.get_charbox(index) for index in range(text.count_chars())
                 if text.get_text_range(index, 1) in "0123456789۰۱۲۳۴۵۶۷۸۹"
                 and (text.get_charbox(index)[0] < 60 if rtl else text.get_charbox(index)[2] > page.get_width() - 60)]
        assert len(boxes) >= len(report.sections)
        unpainted = [box for box in boxes if picture.crop((
            int(box[0] * scale), int((height - box[3]) * scale), int(box[2] * scale) + 1,
            int((height - box[1]) * scale) + 1)).getextrema()[0] > 128]  # no dark pixel where the digit is
        assert not unpainted, f"{len(unpainted)} of {len(boxes)} page numbers not painted"
    finally:
        document.close()
