"""Month indexes, period ranges and office hours (which referrals count as last-hour)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from desktop.domain.indicators.office_hours import DEFAULT_OFFICE_HOURS, OfficeHours
from desktop.domain.indicators.periods import (
    days_in_period,
    last_month_index,
    last_periods,
    month_bounds,
    month_index,
    month_index_of,
    period_month_indexes,
    year_and_month,
)
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.messages import ValidationError


def test_month_index_counts_months_from_year_zero() -> None:
    assert month_index(1403, 1) == 16836
    assert month_index(1403, 12) == 16847
    assert year_and_month(16848) == (1404, 1)
    assert month_index_of(date(2024, 4, 24)) == month_index(1403, 2)  # 5 Ordibehesht 1403


def test_a_quarter_spans_three_month_indexes_and_ends_at_its_last() -> None:
    q2 = JalaliPeriod.parse("1403-Q2")
    assert list(period_month_indexes(q2)) == [16839, 16840, 16841]
    assert last_month_index(q2) == 16841
    assert days_in_period(q2) == 93
    assert days_in_period(JalaliPeriod.parse("1403")) == 366  # 1403 is a leap year
    assert days_in_period(JalaliPeriod.parse("1403-07")) == 30


def test_month_bounds_are_gregorian_first_and_last_days() -> None:
    assert month_bounds(month_index(1403, 1)) == (date(2024, 3, 20), date(2024, 4, 19))


def test_last_periods_end_with_the_one_containing_the_month() -> None:
    periods = last_periods(PeriodKind.QUARTER, month_index(1404, 2), 3)
    assert [p.code for p in periods] == ["1403-Q3", "1403-Q4", "1404-Q1"]


def test_the_last_hour_starts_sixty_minutes_before_closing() -> None:
    wednesday = date(2024, 4, 24)
    assert not DEFAULT_OFFICE_HOURS.is_last_hour(datetime.combine(wednesday, time(13, 29)))
    assert DEFAULT_OFFICE_HOURS.is_last_hour(datetime.combine(wednesday, time(13, 30)))
    assert DEFAULT_OFFICE_HOURS.is_last_hour(datetime.combine(wednesday, time(18, 0)))
    assert not DEFAULT_OFFICE_HOURS.is_last_hour(datetime.combine(wednesday, time(6, 0)))


def test_thursday_closes_early_and_any_friday_referral_is_last_hour() -> None:
    assert DEFAULT_OFFICE_HOURS.is_last_hour(datetime(2024, 4, 25, 11, 45))  # Thursday
    assert not DEFAULT_OFFICE_HOURS.is_last_hour(datetime(2024, 4, 25, 11, 15))
    assert DEFAULT_OFFICE_HOURS.is_last_hour(datetime(2024, 4, 26, 8, 0))  # Friday


def test_office_hours_read_from_the_setting_keep_defaults_for_missing_days() -> None:
    hours = OfficeHours.from_json({"thursday": None, "saturday": ["08:00", "15:00"]})
    assert hours.hours_on(3) is None
    assert hours.hours_on(5) == (time(8, 0), time(15, 0))
    assert hours.hours_on(6) == DEFAULT_OFFICE_HOURS.hours_on(6)
    assert OfficeHours.from_json(None) == DEFAULT_OFFICE_HOURS
    with pytest.raises(ValidationError):
        OfficeHours.from_json({"sunday": ["15:00", "08:00"]})
    with pytest.raises(ValidationError):
        OfficeHours.from_json({"sunday": ["soon"]})
