"""Persian lines for reportlab: wrapped in reading order, then each line reordered for display on its own."""

from __future__ import annotations

import unicodedata

from desktop.reports.pdf_text import LRM, RLM, glyphs, shape, stream_order, visual, wrap
from tests.reports.conftest import backwards, rtl_visual


def _width(text: str) -> float:  # one unit per character: wrapping is about order, not metrics
    return float(len(text))


def test_wrapped_lines_follow_the_text_from_its_first_word_to_its_last() -> None:
    text = "یک دو سه چهار پنج شش هفت هشت نه ده"
    lines = wrap(text, 12, _width)
    assert len(lines) > 2
    assert " ".join(lines) == text
    assert all(_width(line) <= 12 for line in lines)


def test_explicit_line_breaks_are_kept() -> None:
    assert wrap("سطر اول\nسطر دوم", 100, _width) == ["سطر اول", "سطر دوم"]


def test_a_word_wider_than_the_line_is_cut_rather_than_overflowing() -> None:
    lines = wrap("الف " + "ب" * 30, 10, _width)
    assert all(_width(shape(line)) <= 10 for line in lines)
    assert "".join(lines[1:]) == "ب" * 30


def test_shaping_joins_the_letters_of_a_word() -> None:
    shaped = shape("پرونده")
    assert "\ufb58" in shaped  # پ initial
    assert "\ufee7\ufeaa" in shaped  # ن initial, د final
    assert unicodedata.normalize("NFKC", shaped) == "پرونده"


def test_a_zero_width_non_joiner_breaks_the_join_and_is_not_drawn() -> None:
    shaped = shape("می‌شود")
    assert "\u200c" not in shaped
    assert shaped[1] in ("\ufbfc", "\ufbfd", "ی")  # ی not joined to the ش after the non-joiner


def test_a_persian_line_is_drawn_with_its_words_in_right_to_left_order() -> None:
    line = visual("درود بر شما")
    assert unicodedata.normalize("NFKC", line) == rtl_visual(backwards("شما"), backwards("بر"), backwards("درود"))


def test_latin_words_numbers_and_brackets_keep_their_own_order_inside_persian() -> None:
    line = visual("هدف ۴۰٪ تا پایان ۱۴۰۳ (CMS) برای پرونده 1403-000123 می‌شود")
    assert unicodedata.normalize("NFKC", line) == rtl_visual(
        backwards("می‌شود"), "1403-000123", backwards("پرونده"), backwards("برای"), "(CMS)", "۱۴۰۳",
        backwards("پایان"), backwards("تا"), "٪۴۰", backwards("هدف"))


def test_a_number_alone_reads_as_in_persian_text() -> None:
    assert visual("۴۰٪") == "٪۴۰"  # the sign is read after the number
    assert visual("−۳٫۲٪") == "٪۳٫۲−"  # the minus is read first
    assert visual("۱۴۰۳/۰۲/۰۵") == "۱۴۰۳/۰۲/۰۵"


def test_codes_and_case_numbers_are_not_split_at_their_hyphen() -> None:
    assert unicodedata.normalize("NFKC", visual("راهکار CR-P01 و پرونده ۱۴۰۳-۱۲۳")) == rtl_visual(
        "۱۴۰۳-۱۲۳", backwards("پرونده"), backwards("و"), "CR-P01", backwards("راهکار"))


def test_a_left_to_right_line_is_left_as_it_is() -> None:
    assert visual("Clearance rate (CMS) 40%", rtl=False) == "Clearance rate (CMS) 40%"


def test_the_parts_of_a_code_inside_persian_are_written_last_part_first_each_at_its_place() -> None:
    line = "پرونده CR-P01 در حوزه"
    drawn, order = glyphs(line), stream_order(line)
    assert sorted(order) == list(range(len(drawn)))  # every glyph written once (draw_line keeps its place)
    code = [index for index in order if drawn[index][0] in "CRP01-"]
    assert "".join(drawn[index][0] for index in code) == "01P-CR"  # PDFium reads the parts back in reverse
    assert [index for index in order if index not in code] == sorted(set(range(len(drawn))) - set(code))


def test_lines_without_latin_letters_inside_persian_are_written_as_they_stand() -> None:
    for line, rtl in (("شماره 1403-000123 ثبت شد", True), ("میزان ۶۳٫۳٪ و ۱۶۰ / ۳۸۸", True),
                      ("Clearance rate (CMS) 40%", False), ("Number: ۱۲۳/۴۵", True)):
        assert stream_order(line, rtl) == tuple(range(len(glyphs(line, rtl))))


def test_brackets_around_a_latin_word_inside_persian_copy_through_direction_marks() -> None:
    line = "پیشرفت واقعی (EV) استان"
    drawn, order = glyphs(line), stream_order(line)
    left = next(index for index, (ch, _text) in enumerate(drawn) if ch == "(")
    assert [text for _ch, text in drawn[left:left + 4]] == [RLM, "E", "V)", LRM + "("]
    assert order.index(left + 3) == order.index(left) - 1  # the right bracket is written just before the left


def test_glyphs_written_left_to_right_as_they_stand_keep_brackets_for_pdfium() -> None:
    # chart labels (svglib draws a string left to right): the texts PDFium reads in order as written
    line = "پیشرفت واقعی (EV) استان"
    texts = [text for _ch, text in glyphs(line, in_stream_order=False)]
    assert RLM not in "".join(texts) and LRM not in "".join(texts)
    left = next(index for index, (ch, _text) in enumerate(glyphs(line, in_stream_order=False)) if ch == "(")
    assert texts[left - 1:left + 4] == [")", " ", "E", "V", ")"]


def test_a_code_not_between_spaces_is_written_as_it_stands() -> None:
    # PDFium reads a space where the writing jumps over glyphs, unless one is there: «Program ۱:» stays whole
    for line in ("Program ۱: تعیین سیاست‌ها و راهبردهای صیانت از حقوق", "پرونده CR-P01، در این حوزه و آن استان"):
        assert stream_order(line) == tuple(range(len(glyphs(line))))


def test_brackets_in_a_line_without_persian_letters_copy_as_drawn() -> None:
    # both extractors read such a line left to right as it stands (an English heading in a Persian report)
    for line in ("(SPI)", "Planned progress (PV)"):
        assert [text for _ch, text in glyphs(line)] == [ch for ch, _text in glyphs(line)]


def _drawn_text(line: str) -> str:
    """What an English (left-to-right) line shows, left to right, each glyph read as the letter it draws."""
    return "".join(text for _glyph, text in glyphs(line, rtl=False, in_stream_order=False))


def test_a_persian_name_in_an_english_sentence_keeps_the_bracket_and_number_after_it() -> None:
    from desktop.reports.language import ReportLanguage

    english = ReportLanguage(rtl=False)
    line = english("Insufficient data: {units}.", units=english(
        "{unit} ({coverage})", unit="حوزه قضایی قم", coverage="1 of 2 branches complete"))
    assert _drawn_text(line) == f"Insufficient data: {backwards('حوزه قضایی قم')} (1 of 2 branches complete)."


def test_persian_names_listed_in_an_english_sentence_read_first_to_last_from_the_left() -> None:
    from desktop.reports.language import ReportLanguage

    drawn = _drawn_text(ReportLanguage(rtl=False).listed(("قم", "تهران")))
    assert drawn == f"{backwards('قم')}, {backwards('تهران')}"
