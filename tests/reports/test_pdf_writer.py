"""The PDF as a Persian reader meets it: lines drawn in the right order and joined, wrapped paragraphs read
top to bottom, table columns from right to left, Persian digits, the font embedded, furniture on each page;
and the first body page compared with a reference picture checked by eye."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.exports.files import ExportError
from desktop.reports.pdf_text import glyphs
from desktop.reports.pdf_writer import pdf_bytes, write_pdf
from desktop.tasks import TaskCancelled, TaskProgress
from tests.reports.conftest import backwards, drawn_lines, plain, rtl_visual
from tests.reports.sample import CODES, MIXED, sample_report

REFERENCE = Path(__file__).parent / "reference" / "sample-page-2.png"


@pytest.fixture(scope="module")
def sample_pdf() -> bytes:
    return pdf_bytes(sample_report())


def _texts(pdf: bytes, page: int) -> list[str]:
    return [plain(text) for _x, _y, text in drawn_lines(pdf, page)]


def test_a_mixed_persian_latin_and_number_line_is_drawn_glyph_by_glyph_as_laid_out(sample_pdf: bytes) -> None:
    # the order of the drawn glyphs is checked on glyphs() itself (test_pdf_text.py); here: the page carries
    # exactly those glyphs, left to right, each with its text (pdfminer reads that text without reordering)
    raw = [text for _x, _y, text in drawn_lines(sample_pdf, 1)]
    for line in (MIXED, CODES):
        assert "".join(text for _ch, text in glyphs(line)) in raw


def test_letters_are_drawn_joined_but_copy_as_plain_letters(sample_pdf: bytes) -> None:
    drawn = "".join(ch for ch, _text in glyphs(MIXED))
    assert "\ufeae\ufb58" in drawn  # پرونده: ر final after پ initial (drawn right to left)
    raw = "".join(text for _x, _y, text in drawn_lines(sample_pdf, 1))
    assert not any(0xFB50 <= ord(ch) <= 0xFEFF for ch in raw)  # the text behind them: plain letters


def test_a_wrapped_paragraph_reads_from_the_top_line_down(sample_pdf: bytes) -> None:
    lines = [text for text in _texts(sample_pdf, 1) if backwards("پاراگراف") in text or "«" in text]
    first, last = lines[0], lines[-1]
    assert first.endswith(backwards("این"))  # the first word stands at the right end of the top line
    assert first.endswith(rtl_visual(backwards("یک"), backwards("این")))
    assert last.startswith(rtl_visual(backwards("است"), backwards("پایان")))  # the last word ends the last line


def test_table_columns_run_from_right_to_left(sample_pdf: bytes) -> None:
    positions = {plain(text): x for x, _y, text in drawn_lines(sample_pdf, 1)}
    first = positions[rtl_visual(backwards("اول"), backwards("ستون"))]
    second = positions[backwards("مقدار")]
    last = positions[backwards("تغییر")]
    assert first > second > last


def test_numbers_and_dates_are_written_in_persian_digits(sample_pdf: bytes) -> None:
    texts = _texts(sample_pdf, 1)
    assert "۱٬۲۳۴٬۵۶۷" in texts
    assert "−۳٫۳٪" in texts  # −3.25 rounded: drawn ٪۳٫۳− (sign read first), its glyphs carry it in reading order
    assert "۱۴۰۳/۰۲/۰۵" in texts
    numbers_only = [text for text in texts if not any(ch.isascii() and ch.isalpha() for ch in text)
                    and "1403-000123" not in text]
    assert not any(ch in "0123456789" for text in numbers_only for ch in text)


def test_every_page_after_the_cover_has_the_province_the_date_and_page_n_of_m(sample_pdf: bytes) -> None:
    assert not any(backwards("صفحه") in text for text in _texts(sample_pdf, 0))
    for page in (1, 2):
        texts = _texts(sample_pdf, page)
        assert rtl_visual("۳", backwards("از"), "۲" if page == 1 else "۳", backwards("صفحه")) in texts
        assert "۱۴۰۵/۰۶/۳۰" in texts
        assert rtl_visual(backwards("قم"), backwards("استان"), backwards("قضایی"), backwards("شورای")) in texts


def test_the_vazirmatn_font_is_embedded(sample_pdf: bytes) -> None:
    assert b"Vazirmatn" in sample_pdf and b"/FontFile2" in sample_pdf


def test_an_empty_table_is_replaced_by_its_message(sample_pdf: bytes) -> None:
    assert rtl_visual("." + backwards("است"), backwards("خالی"), backwards("جدول")) in _texts(sample_pdf, 2)


def test_the_first_body_page_looks_like_the_reference_checked_by_eye(sample_pdf: bytes) -> None:
    import numpy as np
    from PIL import Image

    rendered = np.asarray(_render(sample_pdf, 1), dtype=float)
    reference = np.asarray(Image.open(REFERENCE).convert("L"), dtype=float)
    assert rendered.shape == reference.shape
    different = np.abs(rendered - reference) > 64
    assert different.mean() < 0.002, f"{different.sum()} pixels differ from {REFERENCE.name}"


def _render(pdf: bytes, page: int):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return document[page].render(scale=60 / 72, grayscale=True).to_pil().convert("L")
    finally:
        document.close()


def test_a_file_that_cannot_be_written_raises_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ExportError) as caught:
        write_pdf(sample_report(), blocker / "report.pdf")
    assert "report.pdf" in caught.value.params["path"]
    assert list(tmp_path.iterdir()) == [blocker]


def test_a_cancelled_pdf_leaves_no_file(tmp_path: Path) -> None:
    progress = TaskProgress()
    progress.cancel()
    with pytest.raises(TaskCancelled):
        write_pdf(sample_report(), tmp_path / "report.pdf", progress)
    assert list(tmp_path.iterdir()) == []


if __name__ == "__main__":  # refresh the reference picture (then look at it before committing)
    _render(pdf_bytes(sample_report()), 1).save(REFERENCE)


def _page_of(pdf: bytes, text: str) -> int:
    import io

    from pdfminer.high_level import extract_pages

    for number in range(len(list(extract_pages(io.BytesIO(pdf))))):
        if any(text in line for line in _texts(pdf, number)):
            return number
    raise AssertionError(f"{text} is on no page")


def test_a_sections_heading_is_never_left_alone_at_the_foot_of_a_page() -> None:
    # Whatever room the section before leaves, the heading, its line and its table's first rows start on one page
    # (4 cm of room left the citizens report's program headings at a page's foot, their tall-rowed table after).
    from dataclasses import replace

    from desktop.reports.document import Column, Paragraph, Section, Table

    tall = "ردیف با متنی بلند که در ستون باریک خود در چند سطر شکسته می‌شود تا ردیف بلند شود و جا بگیرد"
    table = Table((Column("اقدام", 1.0), Column("وضعیت", 4.0)), tuple((f"{tall} {n}", "ROWX") for n in range(8)),
                  sheet="اقدام‌ها")
    for filler in range(22, 36):
        report = replace(sample_report(), sections=(
            Section("بخش نخست", tuple(Paragraph(f"سطر پرکننده شماره {n} از این بخش") for n in range(filler))),
            Section("بخش دوم HEADX", (Paragraph("مسئول: دبیر حقوق شهروندی LEADX"), table))))
        pdf = pdf_bytes(report)  # Latin markers: pdfminer reads each line's glyphs as drawn, Persian reversed
        assert _page_of(pdf, "HEADX") == _page_of(pdf, "LEADX") == _page_of(pdf, "ROWX"), filler
