from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.jalali import (
    MONTH_NAMES_FA,
    JalaliPeriod,
    PeriodKind,
    days_in_month,
    format_jalali,
    format_jalali_datetime,
    format_jalali_long,
    from_jalali,
    is_leap_year,
    jalali_year_end,
    jalali_year_start,
    parse_jalali,
    parse_jalali_datetime,
    periods_between,
    to_jalali,
)
from desktop.domain.messages import ValidationError

ORDIBEHESHT_5_1403 = date(2024, 4, 24)


# --- conversion -------------------------------------------------------------------------------------------


def test_known_dates_convert_both_ways():
    assert to_jalali(date(2024, 3, 20)) == (1403, 1, 1)  # Nowruz 1403
    assert to_jalali(ORDIBEHESHT_5_1403) == (1403, 2, 5)
    assert from_jalali(1403, 2, 5) == ORDIBEHESHT_5_1403
    assert from_jalali(1404, 1, 1) == date(2025, 3, 21)


def test_1403_is_leap_and_1404_is_not():
    assert is_leap_year(1403) and not is_leap_year(1404)
    assert days_in_month(1403, 12) == 30
    assert days_in_month(1404, 12) == 29
    assert (days_in_month(1403, 6), days_in_month(1403, 7)) == (31, 30)


def test_year_end_is_the_last_day_of_esfand_leap_aware():
    assert jalali_year_end(1403) == date(2025, 3, 20)  # 1403/12/30
    assert jalali_year_end(1404) == date(2026, 3, 20)  # 1404/12/29
    assert jalali_year_start(1404) == jalali_year_end(1403) + timedelta(days=1)


@pytest.mark.parametrize("y,m,d", [(1404, 12, 30), (1403, 7, 31), (1403, 13, 1), (1403, 0, 10), (1403, 1, 0)])
def test_impossible_jalali_dates_are_rejected_with_the_date_field(y, m, d):
    with pytest.raises(ValidationError) as caught:
        from_jalali(y, m, d)
    assert caught.value.field == "date"
    assert "is not a real Jalali date" in caught.value.english()
    assert caught.value.params["date"] == f"{y}/{m:02d}/{d:02d}"


@given(st.dates(min_value=date(1700, 1, 1), max_value=date(2300, 12, 31)))
def test_gregorian_to_jalali_round_trips(d):
    assert from_jalali(*to_jalali(d)) == d


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_formatted_dates_parse_back(d):
    assert parse_jalali(format_jalali(d)) == d
    assert parse_jalali(format_jalali(d, persian_digits=False, sep="-")) == d


# --- parsing ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "۱۴۰۳/۰۲/۰۵",
        "1403-2-5",
        "1403/02/05",
        "1403/2/5",
        "١٤٠٣/٠٢/٠٥",
        " 1403 / 02 / 05 ",
        "1403/02/05 13:45",
        "۱۴۰۳/۰۲/۰۵ ۱۳:۴۵:۱۰",
        "1403.02.05",
        "\u200f1403/02/05",
    ],
)
def test_parse_accepts_every_documented_form(text):
    assert parse_jalali(text) == ORDIBEHESHT_5_1403


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "abc",
        "1403/02",
        "03/02/05",
        "1403/02-05",
        "1403/02/05 25:00",
        "1403/02/05 foo",
        "2024-04-24",
    ],
)
def test_parse_rejects_junk_with_the_date_field(text):
    with pytest.raises(ValidationError) as caught:
        parse_jalali(text)
    assert caught.value.field == "date"


def test_parse_rejects_impossible_dates():
    with pytest.raises(ValidationError, match="not a real Jalali date"):
        parse_jalali("1404/12/30")
    assert parse_jalali("1403/12/30") == date(2025, 3, 20)


def test_parse_reports_the_callers_field_name():
    with pytest.raises(ValidationError) as caught:
        parse_jalali("1403/07/31", field="deadline")
    assert caught.value.field == "deadline"


def test_parse_datetime_keeps_the_time_or_uses_midnight():
    assert parse_jalali_datetime("1403/02/05 13:45") == datetime(2024, 4, 24, 13, 45)
    assert parse_jalali_datetime("۱۴۰۳/۰۲/۰۵") == datetime(2024, 4, 24)


# --- formatting -------------------------------------------------------------------------------------------


def test_format_uses_persian_digits_by_default():
    assert format_jalali(ORDIBEHESHT_5_1403) == "۱۴۰۳/۰۲/۰۵"
    assert format_jalali(ORDIBEHESHT_5_1403, persian_digits=False, sep="-") == "1403-02-05"
    assert format_jalali(None) == "—"


def test_format_long_spells_the_month():
    assert format_jalali_long(ORDIBEHESHT_5_1403) == "۵ اردیبهشت ۱۴۰۳"
    assert MONTH_NAMES_FA[0] == "فروردین" and MONTH_NAMES_FA[11] == "اسفند" and len(MONTH_NAMES_FA) == 12


def test_format_datetime_shows_date_and_time():
    assert format_jalali_datetime(datetime(2024, 4, 24, 9, 5)) == "۱۴۰۳/۰۲/۰۵ ۰۹:۰۵"


# --- periods ----------------------------------------------------------------------------------------------


def test_second_half_of_1403_ends_on_esfand_30():
    h2 = JalaliPeriod(PeriodKind.HALF, 1403, 2)
    assert h2.start == date(2024, 9, 22)  # 1403/07/01
    assert h2.end == date(2025, 3, 20)  # 1403/12/30
    assert h2.days == 5 * 30 + 30  # Mehr..Bahman have 30 days, Esfand 30 in a leap year


def test_period_boundaries_for_each_kind():
    assert JalaliPeriod(PeriodKind.HALF, 1403, 1).days == 6 * 31
    assert JalaliPeriod(PeriodKind.HALF, 1404, 2).days == 5 * 30 + 29
    q1 = JalaliPeriod(PeriodKind.QUARTER, 1403, 1)
    assert (q1.start, q1.end) == (date(2024, 3, 20), date(2024, 6, 20))  # 1403/01/01 .. 1403/03/31
    q4 = JalaliPeriod(PeriodKind.QUARTER, 1403, 4)
    assert (q4.start, q4.end) == (date(2024, 12, 21), date(2025, 3, 20))  # 1403/10/01 .. 1403/12/30
    assert JalaliPeriod(PeriodKind.YEAR, 1403).days == 366
    assert JalaliPeriod(PeriodKind.YEAR, 1404).days == 365
    mehr = JalaliPeriod(PeriodKind.MONTH, 1403, 7)
    assert (mehr.start, mehr.end, mehr.days) == (date(2024, 9, 22), date(2024, 10, 21), 30)


def test_contains_includes_both_ends():
    q2 = JalaliPeriod(PeriodKind.QUARTER, 1403, 2)
    assert q2.contains(q2.start) and q2.contains(q2.end)
    assert not q2.contains(q2.start - timedelta(days=1))
    assert not q2.contains(q2.end + timedelta(days=1))


def test_next_and_previous_roll_over_the_year():
    assert JalaliPeriod(PeriodKind.MONTH, 1403, 12).next() == JalaliPeriod(PeriodKind.MONTH, 1404, 1)
    assert JalaliPeriod(PeriodKind.QUARTER, 1404, 1).previous() == JalaliPeriod(PeriodKind.QUARTER, 1403, 4)
    assert JalaliPeriod(PeriodKind.HALF, 1403, 1).next() == JalaliPeriod(PeriodKind.HALF, 1403, 2)
    assert JalaliPeriod(PeriodKind.YEAR, 1403).next() == JalaliPeriod(PeriodKind.YEAR, 1404)


def test_persian_labels():
    assert JalaliPeriod(PeriodKind.MONTH, 1403, 7).label_fa == "مهر ۱۴۰۳"
    assert JalaliPeriod(PeriodKind.QUARTER, 1403, 2).label_fa == "سه\u200cماهه دوم ۱۴۰۳"
    assert JalaliPeriod(PeriodKind.HALF, 1403, 1).label_fa == "نیم‌سال اول ۱۴۰۳"
    assert JalaliPeriod(PeriodKind.YEAR, 1403).label_fa == "سال ۱۴۰۳"
    assert JalaliPeriod(PeriodKind.MONTH, 1403, 7).label_en == "Mehr 1403"


@pytest.mark.parametrize(
    "period,code",
    [
        (JalaliPeriod(PeriodKind.MONTH, 1403, 7), "1403-07"),
        (JalaliPeriod(PeriodKind.QUARTER, 1403, 2), "1403-Q2"),
        (JalaliPeriod(PeriodKind.HALF, 1403, 1), "1403-H1"),
        (JalaliPeriod(PeriodKind.YEAR, 1403), "1403"),
    ],
)
def test_codes_round_trip(period, code):
    assert period.code == code
    assert JalaliPeriod.parse(code) == period


def test_parse_code_accepts_persian_digits_and_lower_case():
    assert JalaliPeriod.parse("۱۴۰۳-q3") == JalaliPeriod(PeriodKind.QUARTER, 1403, 3)


@pytest.mark.parametrize(
    "code", ["", "junk", "1403-13", "1403-00", "1403-Q5", "1403-H3", "1403-Q", "14-01", "1403/07"]
)
def test_parse_code_rejects_junk_with_the_period_field(code):
    with pytest.raises(ValidationError) as caught:
        JalaliPeriod.parse(code)
    assert caught.value.field == "period"


def test_invalid_index_is_rejected():
    with pytest.raises(ValidationError):
        JalaliPeriod(PeriodKind.HALF, 1403, 3)


def test_containing_finds_the_period_of_a_date():
    assert JalaliPeriod.containing(PeriodKind.QUARTER, ORDIBEHESHT_5_1403) == JalaliPeriod(
        PeriodKind.QUARTER, 1403, 1
    )
    assert JalaliPeriod.containing(PeriodKind.HALF, date(2025, 3, 20)) == JalaliPeriod(
        PeriodKind.HALF, 1403, 2
    )
    assert JalaliPeriod.containing(PeriodKind.MONTH, date(2024, 9, 22)).code == "1403-07"


def test_periods_between_lists_every_overlapping_period():
    quarters = periods_between(PeriodKind.QUARTER, date(2024, 5, 1), date(2025, 4, 1))
    assert [q.code for q in quarters] == ["1403-Q1", "1403-Q2", "1403-Q3", "1403-Q4", "1404-Q1"]
    assert periods_between(PeriodKind.MONTH, date(2024, 5, 1), date(2024, 4, 1)) == []


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2150, 1, 1)), st.sampled_from(list(PeriodKind)))
def test_containing_period_contains_the_date_and_neighbours_touch(d, kind):
    period = JalaliPeriod.containing(kind, d)
    assert period.contains(d)
    assert period.next().start == period.end + timedelta(days=1)
    assert JalaliPeriod.parse(period.code) == period


def test_a_period_is_described_on_its_last_day_or_today_while_under_way() -> None:
    half = JalaliPeriod(PeriodKind.HALF, 1405, 2)  # Mehr to Esfand 1405
    assert half.described_on(date(2026, 11, 23)) == date(2026, 11, 23)
    assert half.described_on(date(2027, 6, 1)) == half.end
