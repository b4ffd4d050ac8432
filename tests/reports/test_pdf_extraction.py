"""Text copied or searched in the PDF reads as typed, in the two extractors behind most viewers: poppler
(`pdftotext`: Evince, Okular) and PDFium (Chromium's and Edge's viewer): plain letters in reading order, with
digits, signs, fractions and zero-width non-joiners where they belong.

What each gives back, as measured (docs/reports.md): both — words, ZWNJ, «۶۳٫۳٪», «+۵٫۲٪», «۱۶۰ / ۳۸۸», a
Latin word in brackets «(EV)», a hyphenated code «CR-P01». poppler wraps left-to-right runs in invisible
embedding marks, both give the direction marks that keep each piece of a line in its place (pdf_text.
_read_right_to_left) and PDFium gives the space inside a figure as a no-break space: all are ignored when
looking for a phrase, as a viewer's search does. poppler orders the lines of a page by the direction of the
page's letters taken together: the tests of whole lines draw each on a page whose direction is that of its
report (_one_line_a_page)."""

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
           "۱۴۰۳/۰۲/۰۵", "1403-000123", "پیشرفت واقعی (EV) استان", "(CPI) و (SPI)", "CR-P01")


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
        Paragraph("پرونده CR-P01 در حوزه با شاخص‌های (CPI) و (SPI) سنجیده شد"),
    ))
    return pdf_bytes(replace(report, sections=(*report.sections, section)))


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_phrase_is_found_forward_in_plain_letters_by_poppler(phrases_pdf: bytes, tmp_path: Path,
                                                              phrase: str) -> None:
    assert phrase in poppler_text(phrases_pdf, tmp_path)


@pytest.mark.parametrize("phrase", PHRASES)
def test_a_phrase_is_found_forward_in_plain_letters_by_pdfium(phrases_pdf: bytes, phrase: str) -> None:
    assert phrase in pdfium_text(phrases_pdf)


def test_no_letter_comes_out_as_a_presentation_form(phrases_pdf: bytes, tmp_path: Path) -> None:
    for text in (poppler_text(phrases_pdf, tmp_path), pdfium_text(phrases_pdf)):
        assert text.strip()
        assert not [ch for ch in text if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF]


def test_the_status_reports_own_figures_are_found_as_printed(demo_database: Database, clock: FixedClock,
                                                              tmp_path: Path) -> None:
    from desktop.translations import Language, translate

    # in Persian words, as printed: a count of a whole reads «۹۱ از ۳۴۱» (English words in a right-to-left
    # report would be no report anyone prints)
    persian = ReportLanguage(lambda context, text, **params: translate(Language.PERSIAN, context, text, **params),
                             rtl=True)
    report = ReportService(demo_database, clock).build(
        ReportRequest(ReportKind.STATUS, JalaliPeriod.parse("1405-H1")), persian)
    cells = CellFormat()
    figures = [cells.text(value) for section in report.sections for block in section.blocks
               if isinstance(block, Figures) for _label, value in block.items]
    assert any(" از " in value for value in figures) and any("٪" in value for value in figures)
    pdf = pdf_bytes(report)
    for text in (poppler_text(pdf, tmp_path), pdfium_text(pdf)):
        for value in figures:
            assert value in text


def test_glyphs_written_out_of_order_draw_the_same_page(tmp_path: Path) -> None:
    """draw_line writes some glyphs out of their left-to-right order (pdf_text.stream_order): each still lands
    on its own place — the same glyph at the same point (to 1/1000 pt) as when the line is drawn left to right —
    and the page renders the same up to anti-aliasing (the rasteriser rounds a glyph reached by a move a hair
    differently: no pixel differs by more than a third of black)."""
    import io

    import pypdfium2 as pdfium
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar
    from PIL import ImageChops
    from reportlab.pdfgen.canvas import Canvas

    from desktop.reports.pdf_flowables import REGULAR, draw_line, register_fonts
    from desktop.reports.pdf_fonts import drawable
    from desktop.reports.pdf_text import glyphs, stream_order

    register_fonts()
    lines = ("راهکار CR-P01 در این حوزه و آن استان", "پرونده CR-P01 در حوزه با شاخص‌های (CPI) و (SPI)",
             "کد A-1403-12 در این حوزه و آن استان")
    assert all(stream_order(line) != tuple(range(len(glyphs(line)))) for line in lines)

    def places(pdf: bytes) -> list[tuple[float, float, str]]:
        found: list[tuple[float, float, str]] = []

        def walk(item) -> None:
            if isinstance(item, LTChar):
                found.append((round(item.matrix[4], 3), round(item.matrix[5], 3), item.fontname + item.get_text()))
            elif hasattr(item, "__iter__"):
                for child in item:
                    walk(child)

        for layout in extract_pages(io.BytesIO(pdf)):
            walk(layout)
        return sorted(found)

    pdfs, pictures = [], []
    for out_of_order in (True, False):
        buffer = io.BytesIO()
        canvas = Canvas(buffer)
        canvas.setFont(REGULAR, 11)
        for number, line in enumerate(lines):
            for row, (anchor, x) in enumerate((("right", 560.0), ("centre", 300.0), ("left", 40.0))):
                y = 780 - 60 * number - 18 * row
                if out_of_order:
                    draw_line(canvas, x, y, line, True, anchor)
                else:
                    shown = drawable(glyphs(line), REGULAR)
                    {"right": canvas.drawRightString, "centre": canvas.drawCentredString,
                     "left": canvas.drawString}[anchor](x, y, shown)
        canvas.save()
        pdfs.append(buffer.getvalue())
        document = pdfium.PdfDocument(buffer.getvalue())
        pictures.append(document[0].render(scale=3).to_pil().convert("L"))
        document.close()
    assert places(pdfs[0]) == places(pdfs[1])
    assert pdfs[0] != pdfs[1]
    assert ImageChops.difference(*pictures).point(lambda value: 255 if value > 85 else 0).getbbox() is None


def _one_line_a_page(lines: tuple[str, ...], rtl: bool, page_direction: str) -> bytes:
    """Each line on a page of its own, drawn as draw_line draws a report's lines, at the top of a wide page
    (a long sentence stays on one line), above a paragraph that gives the page its direction: poppler orders
    every line by the direction of the page's letters taken together (Persian «R» or English «L»), PDFium each
    line on its own."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from desktop.reports.pdf_flowables import REGULAR, draw_line, register_fonts

    register_fonts()
    ballast = {"R": ("این بند فارسی جهت صفحه را راست به چپ می‌کند، مانند هر صفحه از گزارشی فارسی",) * 4,
               "L": ("This English paragraph makes the page read left to right, as a page of an English report",) * 4}
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(1400, 600))
    for line in lines:
        canvas.setFont(REGULAR, 10)
        draw_line(canvas, 1360 if rtl else 40, 540, line, rtl, "right" if rtl else "left")
        for row, text in enumerate(ballast[page_direction]):
            draw_line(canvas, 1360 if page_direction == "R" else 40, 100 + 16 * row, text, page_direction == "R",
                      "right" if page_direction == "R" else "left")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _first_lines(pdf: bytes, tmp_path: Path) -> list[tuple[str, str]]:
    """The first line of each page as poppler and as PDFium give it, marks dropped (as a viewer's search)."""
    poppler = [page.strip().split("\n")[0] for page in poppler_text(pdf, tmp_path).split("\f")]
    pdfium = [page.replace("\r", "").strip().split("\n")[0] for page in pdfium_pages(pdf)]
    return list(zip(poppler, pdfium, strict=False))


#: Lines of the Persian reports a reviewer copied into a letter (status report 1405-H1 page 3, the footer, the
#: citizens' report contents, a driver project, a table row of the district report) and a few of the same kind.
PERSIAN_LINES = (
    "در تاریخ ۱۴۰۵/۰۶/۳۱ پیشرفت واقعی استان در اجرای سند تحول ۵۸٫۹٪ است، در برابر ۷۳٫۹٪ پیشرفت برنامه‌ای (SPI برابر ۰٫۸۰).",
    "پیشرفت از برنامه عقب است: SPI کمتر از ۰٫۹ نیازمند توجه شورا است.",
    "میان‌مدت: ۴۰٪ تا پایان ۱۴۰۳",
    "(SPI)",
    "صفحه ۲ از ۱۰",
    "برنامه ۱: تعیین سیاست‌ها و راهبردهای صیانت از حقوق شهروندی",
    "صدور اسناد رسمی و حدنگاری (کاداستر)",
    "بازنگری نظام جذب، آموزش و نظارت بر",
    "نرخ رسیدگی (۱۰۳٫۰٪)",
    "در این دوره پیشرفت واقعی (EV)", "(EV) پیشرفت واقعی در این دوره", "در این دوره (EV)، و آن استان",
    "شاخص‌های این دوره ((EV)) برای همه استان‌ها", "شاخص‌های این دوره «EV» برای همه استان‌ها",
    "در (EV)، و (EV). و [EV] ب", "پیشرفت (EV)",
)


@pytest.fixture(scope="module")
def persian_lines(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    return _first_lines(_one_line_a_page(PERSIAN_LINES, True, "R"), tmp_path_factory.mktemp("persian-lines"))


@pytest.mark.parametrize("number", range(len(PERSIAN_LINES)))
def test_a_persian_line_copies_as_typed_from_a_persian_page(persian_lines: list[tuple[str, str]],
                                                           number: int) -> None:
    """Brackets, colons, commas and percent signs round Latin words and numbers, page footers and contents
    lines read as typed in both — poppler once gave «)(SPI», «است ،در», «است SPI :کمتر», «میان‌مدت : ۴۰٪تا»,
    «صفحه  ۲از ۱۰», «برنامه  ۱:تعیین», «)کاداستر(». Left out, measured: a code of several parts in brackets
    («(CR-P01)», «(EV 2)») or Latin words in separate brackets («(A) (B) (C)») read with their parts swapped in
    PDFium, and a code between Persian words gets a double space before it in PDFium (pdf_text.stream_order)."""
    line = PERSIAN_LINES[number]
    poppler, pdfium = persian_lines[number]
    assert (poppler, pdfium) == (line, line)


#: Persian text in an English report: a table cell of Persian only, on a page of Persian names (poppler reads
#: such a page right to left), and a Persian name inside an English sentence on an English page.
ENGLISH_REPORT_CELLS = ("شعبه ۱۰۲ دادگاه عمومی حقوقی قم", "صدور اسناد رسمی و حدنگاری (کاداستر)", "ارجاع شود.")


def test_persian_cells_of_an_english_report_copy_as_typed_from_a_page_of_persian_names(tmp_path: Path) -> None:
    # poppler once gave «شعبه  ۱۰۲دادگاه», «)صدور اسناد رسمی و حدنگاری )کاداستر», «.ارجاع شود»; PDFium the two last
    read = _first_lines(_one_line_a_page(ENGLISH_REPORT_CELLS, False, "R"), tmp_path)
    assert read == [(line, line) for line in ENGLISH_REPORT_CELLS]


def test_a_persian_name_in_an_english_sentence_keeps_the_bracket_after_it(tmp_path: Path) -> None:
    """poppler once read «Insufficient data: ( حوزه قضایی قم34 of 38 …», PDFium «قم قضایی حوزه) 34 of 38 …».
    PDFium still reads the words of a Persian name inside an English line in the order they are drawn (it
    reads such a line's parts left to right, each word a part of its own: a limit of its bidi, docs/reports.md)."""
    english = ReportLanguage(rtl=False)
    line = english("Insufficient data: {units}.", units=english(
        "{unit} ({coverage})", unit="حوزه قضایی قم", coverage="34 of 38 branches complete"))
    ((poppler, pdfium),) = _first_lines(_one_line_a_page((line,), False, "L"), tmp_path)
    assert poppler == "Insufficient data: حوزه قضایی قم (34 of 38 branches complete)."
    assert pdfium.endswith(" (34 of 38 branches complete).")


#: The headings of the district report's branch table (English), in columns as narrow as there.
HEADINGS = (("Rank", 0.45), ("Branches of the district", 2.2), ("Incoming cases", 0.8), ("Disposed cases", 0.8),
            ("Clearance rate", 0.8), ("Change in Clearance rate", 0.8), ("Backlog", 0.8), ("Change in Backlog", 0.8),
            ("Average time to disposition", 0.8), ("Change in Average time to disposition", 0.8),
            ("Average scheduling time", 0.8), ("Pending over a year", 0.8), ("Satisfaction", 0.8),
            ("Last-hour referrals", 0.8), ("Data completeness", 0.8))


def test_a_column_heading_wraps_between_words_and_never_inside_one(tmp_path: Path) -> None:
    """A heading whose longest word is wider than its column shrinks until the word fits
    (pdf_flowables._header_style): the district report's headings once read «Clearanc e rate», «dispositi on»,
    «Satisfactio n», «completen ess»."""
    from datetime import date

    from desktop.reports.document import Chrome, Column, Report, Table

    table = Table(tuple(Column(title, width, index > 1) for index, (title, width) in enumerate(HEADINGS)),
                  (("1", "Branch 101", *("12.5%",) * (len(HEADINGS) - 2)),), sheet="Branches")
    report = Report(kind="headings", title="Headings", province="Qom", period_label="Mehr 1405",
                    as_of=date(2026, 10, 22), cover_lines=(), sections=(Section("Branches", (table,)),),
                    chrome=Chrome("Page {page} of {pages}", "Prepared on {date}", "Signature", "No data."),
                    rtl=False, landscape=True)
    words = set(poppler_text(pdf_bytes(report), tmp_path).split())
    assert {word for title, _width in HEADINGS for word in title.split()} <= words


def pdfium_pages(pdf: bytes) -> list[str]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [_searchable(document[n].get_textpage().get_text_range()) for n in range(len(document))]
    finally:
        document.close()
