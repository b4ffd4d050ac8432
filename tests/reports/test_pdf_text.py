"""Persian lines for reportlab: wrapped in reading order, then each line reordered for display on its own."""

from __future__ import annotations

import unicodedata

from desktop.reports.pdf_text import LRM, RLM, glyphs, shape, stream_order, visual
from desktop.reports.pdf_wrap import wrap
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


def test_a_bracket_inside_persian_copies_as_typed_between_direction_marks() -> None:
    # poppler mirrors nothing and takes a neutral sign into the run on its right; PDFium mirrors a bracket it
    # reads right to left: the bracket as typed, a left-to-right mark after it, right-to-left marks round both
    line = "پیشرفت واقعی (EV) استان"
    drawn = glyphs(line)
    assert [text for ch, text in drawn if ch in "()"] == [RLM + ")" + LRM + RLM, RLM + "(" + LRM + RLM]
    assert stream_order(line) == tuple(range(len(drawn)))  # written as they stand: no font subset can undo it


def test_a_sign_poppler_reads_with_digits_stands_between_right_to_left_marks() -> None:
    # poppler counts ، : . with digits: alone it would read «است ،در» and «است SPI :کمتر»
    for line, sign in (("است، در برابر", "،"), ("عقب است: SPI کمتر", ":")):
        assert [text for ch, text in glyphs(line) if ch == sign] == [RLM + sign + RLM]


def test_the_glyph_before_a_number_or_latin_word_ends_with_a_right_to_left_mark() -> None:
    # else poppler reads the space after «۱۴۰۵/۰۶/۳۱» with the number: «در تاریخ  ۱۴۰۵/۰۶/۳۱پیشرفت»
    drawn = glyphs("در تاریخ ۱۴۰۵/۰۶/۳۱ پیشرفت")
    first_digit = next(index for index, (ch, _text) in enumerate(drawn) if ch == "۱")
    assert drawn[first_digit - 1] == (" ", " " + RLM)
    assert "".join(text for _ch, text in drawn[first_digit:first_digit + 10]) == "۱۴۰۵/۰۶/۳۱"


def test_a_line_of_persian_in_an_english_report_is_laid_out_right_to_left() -> None:
    # as a reader of Persian lays it out, full stop on the left, and read back as a right-to-left line
    for line in ("ارجاع شود.", "۱۰۱ دادگاه عمومی حقوقی", "صدور اسناد رسمی و حدنگاری (کاداستر)"):
        assert visual(line, rtl=False) == visual(line, rtl=True)
        assert glyphs(line, rtl=False) == glyphs(line, rtl=True)
    assert visual("ارجاع شود.", rtl=False).startswith(".")
    # a Latin letter, or the left-to-right mark language.py sets after a name, keeps a line left to right
    assert visual("Branches of قم", rtl=False).startswith("Branches of")
    assert visual("قم\u200e, شعبه", rtl=False) != visual("قم\u200e, شعبه", rtl=True)


def test_a_code_not_between_spaces_is_written_as_it_stands() -> None:
    # PDFium reads a space where the writing jumps over glyphs, unless one is there: «Program ۱:» stays whole
    for line in ("Program ۱: تعیین سیاست‌ها و راهبردهای صیانت از حقوق", "پرونده CR-P01، در این حوزه و آن استان"):
        assert stream_order(line) == tuple(range(len(glyphs(line))))


def _drawn_text(line: str) -> str:
    """What an English (left-to-right) line shows, left to right, each glyph read as the letter it draws."""
    return "".join(unicodedata.normalize("NFKC", glyph) for glyph, _text in glyphs(line, rtl=False))


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
