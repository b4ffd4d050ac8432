"""Cell parsers and header matching: Persian and Arabic-Indic digits, Arabic letters, ZWNJ, date forms."""

from __future__ import annotations

import pytest

from desktop.imports.columns import FileKind, guess_kind, match_headers, normalise_header
from desktop.imports.parsing import (
    MISPLACED_COMMA,
    MISPLACED_SPACE,
    UNDERSCORE,
    CellError,
    parse_code,
    parse_count,
    parse_date,
    parse_datetime,
    parse_float,
    parse_int,
    parse_month,
    parse_non_negative,
    parse_text,
)
from desktop.translations import Language, translate

FIFTH_ORDIBEHESHT_1403 = ("2024-04-24", 1403 * 12 + 1)


@pytest.mark.parametrize("text", ["1403/02/05", "1403-2-5", "۱۴۰۳/۰۲/۰۵", "١٤٠٣/٠٢/٠٥", " 1403 / 02 / 05 ",
                                  "1403.02.05", "1403/02/05 13:45"])
def test_every_date_form_reads_the_same_day(text: str) -> None:
    assert parse_date(text) == FIFTH_ORDIBEHESHT_1403


@pytest.mark.parametrize("text", ["1403/02/05 13:45", "۱۴۰۳/۰۲/۰۵ ۱۳:۴۵", "1403-2-5T13:45", "1403/02/05  13:45:00"])
def test_every_datetime_form_reads_the_same_moment(text: str) -> None:
    assert parse_datetime(text) == ("2024-04-24 13:45:00.000000", *FIFTH_ORDIBEHESHT_1403)


@pytest.mark.parametrize(("text", "reason"), [
    ("2024-04-24", "'{value}' is not a Jalali date such as 1403/02/05."),
    ("1403/13/01", "{value} is not a real Jalali date."),
    ("1404/12/30", "{value} is not a real Jalali date."),  # 1404 is not a leap year
    ("فردا", "'{value}' is not a Jalali date such as 1403/02/05."),
])
def test_bad_dates_carry_a_reason(text: str, reason: str) -> None:
    with pytest.raises(CellError) as raised:
        parse_date(text)
    assert raised.value.reason == reason


def test_a_referral_needs_its_time_of_day() -> None:
    with pytest.raises(CellError) as raised:
        parse_datetime("1403/02/05")
    assert "time" in raised.value.reason
    with pytest.raises(CellError):
        parse_datetime("1403/02/05 25:00")


@pytest.mark.parametrize(("text", "value"), [("12", 12), ("۱۲", 12), ("١٢", 12), (" 1,200 ", 1200), ("۱٬۲۰۰", 1200),
                                             ("12.0", 12), ("1\u200c2", 12)])
def test_whole_numbers_in_any_digits(text: str, value: int) -> None:
    assert parse_int(text) == value


@pytest.mark.parametrize(("text", "value"), [("1,234", 1234), ("1,234,567", 1234567), ("١٬٢٣٤", 1234),
                                             ("۱٬۲۳۴٬۵۶۷", 1234567), ("-1,234", -1234)])
def test_a_comma_between_groups_of_three_digits_separates_thousands(text: str, value: int) -> None:
    assert parse_int(text) == value
    assert parse_float(text) == value


@pytest.mark.parametrize(("text", "value"), [("1,234.5", 1234.5), ("۱٬۲۳۴٫۵", 1234.5), ("١٬٢٣٤٫٥", 1234.5),
                                             ("۱۲٫۵", 12.5), ("1,234%", 1234.0)])
def test_a_decimal_point_after_thousands_separators_or_the_persian_one_reads_a_fraction(text: str, value: float,
                                                                                        ) -> None:
    assert parse_float(text) == value


@pytest.mark.parametrize("text", ["12,5", "1,5", "1.234,5", "12,0", "۱۲,۵", "۱۲٬۵", "١٢٬٥", "۱۲،۵", "۱٫۲۳۴٬۵",
                                  "1,2345", ",123", "1,23"])
def test_a_comma_that_separates_no_thousands_is_a_problem_not_a_bigger_number(text: str) -> None:
    """'12,5' is 12.5 written with a decimal comma: reading it as 125 (every comma dropped) put wrong figures in the
    database without a word."""
    for parse in (parse_float, parse_int, parse_count, parse_non_negative):
        with pytest.raises(CellError) as raised:
            parse(text)
        assert raised.value.reason == MISPLACED_COMMA
        assert raised.value.params == {"value": text}


def test_the_misplaced_comma_message_suggests_the_decimal_point_in_both_languages() -> None:
    with pytest.raises(CellError) as raised:
        parse_float("۱۲,۵")
    persian = translate(Language.PERSIAN, "Import", raised.value.reason, **raised.value.params)
    assert persian.startswith("«۱۲,۵»") and "«٫»" in persian and "۱۲٫۵" in persian
    english = translate(Language.ENGLISH, "Import", raised.value.reason, **raised.value.params)
    assert english.startswith("'۱۲,۵' has a comma that does not separate thousands") and "12.5" in english


@pytest.mark.parametrize(("text", "value"), [("1 234", 1234), ("1\u202f234", 1234), ("۱\u00a0۲۳۴", 1234),
                                             ("1\u2009234\u2009567", 1234567), (" ۱ ۲۳۴ ", 1234), ("-1 234", -1234)])
def test_a_space_before_groups_of_three_digits_separates_thousands(text: str, value: int) -> None:
    """The narrow, thin and no-break spaces are how Persian and European software group thousands."""
    assert parse_int(text) == value
    assert parse_float(text) == value


@pytest.mark.parametrize(("text", "value"), [("1 234.5", 1234.5), ("۱ ۲۳۴٫۵", 1234.5), ("40 %", 40.0),
                                             ("۴۰ ٪", 40.0), ("1 234 %", 1234.0)])
def test_a_spaced_number_may_have_a_fraction_and_a_percent_sign_after_a_space(text: str, value: float) -> None:
    assert parse_float(text) == value


@pytest.mark.parametrize("text", ["12 5", "1 23", "1 2345", "12\u00a05", "۱۲\u202f۵", "12\t5", "1,234 567",
                                  "1 234,567", "- 5", "12 5 %", "1 234 5"])
def test_a_space_that_separates_no_thousands_is_a_problem_not_a_bigger_number(text: str) -> None:
    """'12 5' - a typo, or two values in one cell - was read as 125: every space was dropped."""
    for parse in (parse_float, parse_int, parse_count, parse_non_negative):
        with pytest.raises(CellError) as raised:
            parse(text)
        assert raised.value.reason == MISPLACED_SPACE
        assert raised.value.params == {"value": text.strip()}


def test_the_misplaced_space_message_quotes_the_cell_in_both_languages() -> None:
    with pytest.raises(CellError) as raised:
        parse_count("۱۲ ۵")
    persian = translate(Language.PERSIAN, "Import", raised.value.reason, **raised.value.params)
    # Both numbers kept left-to-right (LRE…PDF): in a right-to-left line the space between two numbers takes the
    # line's direction, and «۱۲ ۵» was shown «۵ ۱۲», the example «۱ ۲۳۴» as «۲۳۴ ۱».
    assert persian.startswith("«\u202a۱۲ ۵\u202c»") and "\u202a۱ ۲۳۴\u202c" in persian
    english = translate(Language.ENGLISH, "Import", raised.value.reason, **raised.value.params)
    assert english.startswith("'۱۲ ۵' has a space that does not separate thousands") and "1 234" in english


@pytest.mark.parametrize("text", ["1_000", "1_000.5", "۱_۰۰۰", "1_2", " 1_000 "])
def test_an_underscore_in_a_number_is_a_problem_though_python_reads_it(text: str) -> None:
    """int() and float() read '1_000' as 1000 (Python's own grouping): no export writes it, a person's typo does."""
    for parse in (parse_float, parse_int, parse_count, parse_non_negative):
        with pytest.raises(CellError) as raised:
            parse(text)
        assert raised.value.reason == UNDERSCORE
        assert raised.value.params == {"value": text.strip()}
    persian = translate(Language.PERSIAN, "Import", UNDERSCORE, value="1_000")
    assert persian.startswith("«1_000»")


def test_a_plus_sign_and_spaces_around_a_number_are_still_read() -> None:
    assert parse_count("+5") == 5 and parse_count(" 5 ") == 5 and parse_count("\u00a0۵\u202f") == 5
    assert parse_float("+5.5") == 5.5


def test_counts_refuse_negatives_and_fractions() -> None:
    with pytest.raises(CellError, match="negative"):
        parse_count("-3")
    with pytest.raises(CellError, match="whole number"):
        parse_count("2.5")
    assert parse_non_negative("۱۲٫۵") == 12.5
    with pytest.raises(CellError, match="negative"):
        parse_non_negative("-0.5")


def test_text_and_codes_are_normalised() -> None:
    assert parse_text("  كيفري\u200c\u200c ") == "کیفری"
    assert parse_text("a  b") == "a b"
    assert parse_code("۱۰۱۰۰۱") == "101001"
    with pytest.raises(CellError):
        parse_code("10 1")


def test_headers_match_in_persian_english_arabic_letters_and_odd_spacing() -> None:
    headers = ["شماره  پرونده", "كد شعبه", "Case_Type", "تاريخ ثبت", "تاریخ‌مختومه", "ستون اضافه"]
    match = match_headers(FileKind.CASES, headers)
    assert match.mapping == {"case_number": 0, "branch_code": 1, "case_type": 2, "registered_on": 3,
                             "disposed_on": 4}
    assert match.missing_required == ()
    assert match.unknown_headers == ("ستون اضافه",)
    assert normalise_header("میانگین زمان وقت دهی") == normalise_header("میانگین زمان وقت\u200cدهی")


def test_a_remembered_mapping_matches_other_spellings() -> None:
    headers = ["ش پرونده", "کد شعبه", "نوع پرونده", "تاریخ ثبت", "تاریخ مختومه"]
    assert match_headers(FileKind.CASES, headers).missing_required == ("case_number",)
    match = match_headers(FileKind.CASES, headers, {normalise_header("ش پرونده"): "case_number"})
    assert match.complete and match.mapping["case_number"] == 0


def test_the_kind_is_guessed_from_the_headers() -> None:
    assert guess_kind(["کد شعبه", "سال", "ماه", "تعداد پاسخ", "میانگین رضایت"]) is FileKind.SATISFACTION
    assert guess_kind(["branch_code", "year", "month", "incoming", "disposed"]) is FileKind.MONTHLY
    assert guess_kind(["کد شعبه", "نام شعبه", "حوزه قضایی"]) is FileKind.BRANCHES
    assert guess_kind(["شماره پرونده", "کد شعبه"]) is FileKind.CASES
    assert guess_kind(["foo", "bar"]) is None


@pytest.mark.parametrize(("parse", "cell"), [
    (parse_int, "2.5"), (parse_float, "1.2.3"), (parse_month, "1405-13"), (parse_code, "12 34"),
    (parse_date, "1405-13"), (parse_date, "۱۴۰۵-۱۳"), (parse_date, "1403/02/05 25:00"),
    (parse_datetime, "1403/02/05"),
])
def test_a_cell_that_cannot_be_read_is_quoted_in_a_persian_message_as_it_was_typed(parse, cell: str) -> None:  # noqa: ANN001
    """The user must recognise his cell: «2.5» had been quoted as «۲.۵», and a date typed in Persian digits
    as its Latin normalised form would have been."""
    with pytest.raises(CellError) as raised:
        parse(cell)
    shown = translate(Language.PERSIAN, "Import", raised.value.reason, **raised.value.params)
    assert f"«{cell}»" in shown.replace("\u202a", "").replace("\u202c", "")  # '12 34' is embedded left-to-right
