import math
from decimal import Decimal

import pytest

from desktop.domain.persian import (
    CommaNotThousands,
    SpaceNotThousands,
    format_number,
    format_percent,
    normalise_text,
    parse_number,
    to_latin_digits,
    to_persian_digits,
)

ZWNJ = "\u200c"


def test_persian_digits_replace_latin_and_arabic_indic_digits():
    assert to_persian_digits("1403/02/05") == "۱۴۰۳/۰۲/۰۵"
    assert to_persian_digits("٣٤") == "۳۴"
    assert to_persian_digits(1234) == "۱۲۳۴"


def test_latin_digits_accept_persian_and_arabic_indic_digits():
    assert to_latin_digits("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert to_latin_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert to_latin_digits("شعبه ۱۲") == "شعبه 12"


def test_normalise_replaces_arabic_yeh_and_kaf_but_keeps_teh_marbuta():
    assert normalise_text("كارشناسي") == "کارشناسی"
    assert normalise_text("مصطفى") == "مصطفی"
    assert normalise_text("محكمة") == "محکمة"


def test_normalise_collapses_whitespace_including_nbsp_and_trims():
    assert normalise_text("  شعبه\u00a0\u00a0اول\t دادگاه \n") == "شعبه اول دادگاه"


def test_normalise_drops_tatweel_and_direction_marks():
    assert normalise_text("قـــضایی\u200f") == "قضایی"


def test_normalise_converts_digits_to_latin():
    assert normalise_text("شعبه ۱۰۱ و ٢") == "شعبه 101 و 2"


def test_normalise_keeps_inner_zwnj_but_drops_doubled_and_edge_ones():
    assert normalise_text(f"می{ZWNJ}{ZWNJ}شود") == f"می{ZWNJ}شود"
    assert normalise_text(f"{ZWNJ}کتاب{ZWNJ} ها{ZWNJ}") == "کتاب ها"
    assert normalise_text(f"سه{ZWNJ}ماهه") == f"سه{ZWNJ}ماهه"


def test_normalise_multiline_keeps_line_breaks():
    assert normalise_text(" سطر  اول \r\n\n\n\nسطر دوم ", multiline=True) == "سطر اول\n\nسطر دوم"


def test_format_number_uses_persian_digits_and_separators():
    assert format_number(1234567) == "۱٬۲۳۴٬۵۶۷"
    assert format_number(1234.5, decimals=2) == "۱٬۲۳۴٫۵۰"
    assert format_number(0) == "۰"
    assert format_number(Decimal("12.345"), decimals=1) == "۱۲٫۳"


def test_format_number_rounds_half_away_from_zero():
    # Python's round(2.5) is 2; people expect 3.
    assert format_number(2.5) == "۳"
    assert format_number(-2.5) == "-۳"
    assert format_number(-0.4) == "۰"


def test_format_number_shows_a_dash_for_missing_values():
    assert format_number(None) == "—"
    assert format_number(math.nan) == "—"
    assert format_percent(None) == "—"


def test_format_percent_uses_the_persian_percent_sign():
    assert format_percent(40) == "۴۰٪"
    assert format_percent(12.345, decimals=1) == "۱۲٫۳٪"
    assert format_percent(99.96, decimals=1) == "۱۰۰٫۰٪"


def test_parse_number_reads_persian_and_latin_forms():
    assert parse_number("۱۲٬۳۴۵٫۵") == 12345.5
    assert parse_number("12,345.5") == 12345.5
    assert parse_number(" ۴۰٪ ") == 40
    assert parse_number("٣") == 3


@pytest.mark.parametrize("text", ["", "abc", "۱۲ب", "nan", "inf"])
def test_parse_number_rejects_non_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize("text", ["12,5", "1,5", "1.234,5", "12,0", "۱۲٬۵", "۱۲،۵", "1,2345"])
def test_a_comma_that_does_not_separate_thousands_is_refused_not_dropped(text):
    """'12,5' typed as a weight was read as 125 (every comma dropped), as imported figures were."""
    with pytest.raises(CommaNotThousands):
        parse_number(text)


@pytest.mark.parametrize(("text", "number"), [("1,234", 1234), ("۱٬۲۳۴", 1234), ("١٬٢٣٤", 1234),
                                              ("-1,234.5", -1234.5), ("1,234,567", 1234567)])
def test_thousands_separators_still_read(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["12 5", "۱۲\u00a0۵", "1 2345", "1 234 5", "1,234 567", "- 5"])
def test_a_space_that_does_not_separate_thousands_is_refused_not_dropped(text):
    """'12 5' typed as a weight was read as 125: every space was dropped."""
    with pytest.raises(SpaceNotThousands):
        parse_number(text)


@pytest.mark.parametrize(("text", "number"), [("1 234", 1234), ("۱\u202f۲۳۴٫۵", 1234.5), ("1\u2009234\u2009567", 1234567),
                                              ("40 %", 40), ("۴۰ ٪", 40), (" 12 ", 12)])
def test_a_space_before_groups_of_three_digits_separates_thousands(text, number):
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["1_000", "۱_۰۰۰", "1_000.5"])
def test_an_underscore_is_not_a_number_though_decimal_reads_it(text):
    with pytest.raises(ValueError):
        parse_number(text)
