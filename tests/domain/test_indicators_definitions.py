"""Indicator values on hand-computed cases: CEPEJ clearance rate and disposition time, Σ/Σ, percentiles."""

from __future__ import annotations

import pytest

from desktop.domain.indicators.definitions import (
    INDICATORS,
    Direction,
    MeasureTotals,
    Unit,
    indicator,
    percentile_from_histogram,
)


def value(code: str, totals: MeasureTotals) -> float | None:
    return indicator(code).compute(totals)


def test_the_contract_defines_seventeen_indicators_in_order() -> None:
    assert [d.code for d in INDICATORS] == [
        "backlog", "incoming", "disposed", "clearance_rate", "disposition_time", "disposition_time_12m",
        "avg_time_to_disposition", "p90_time_to_disposition", "pending_over_180", "pending_over_365",
        "pending_over_730", "avg_scheduling_time",
        "max_scheduling_time", "hearings_per_disposed", "satisfaction", "last_hour_referrals", "data_completeness",
    ]  # fmt: skip
    assert indicator("clearance_rate").unit is Unit.PERCENT
    assert indicator("clearance_rate").threshold == 100.0
    assert indicator("backlog").direction is Direction.LOWER
    assert indicator("incoming").direction is Direction.NEUTRAL
    assert [d.code for d in INDICATORS if d.needs_histogram] == ["p90_time_to_disposition"]
    assert [(d.code, d.window_months) for d in INDICATORS if d.window_months] == [("disposition_time_12m", 12)]


def test_clearance_rate_is_disposed_over_incoming_in_percent() -> None:
    assert value("clearance_rate", MeasureTotals(incoming=200, disposed=180)) == pytest.approx(90.0)


def test_disposition_time_of_a_30_day_month_is_days_times_pending_over_disposed() -> None:
    assert value("disposition_time", MeasureTotals(pending_end=300, disposed=60, period_days=30)) == 150.0


def test_disposition_time_of_a_year_is_365_times_pending_over_disposed() -> None:
    totals = MeasureTotals(pending_end=500, disposed=1000, period_days=365)
    assert value("disposition_time", totals) == pytest.approx(182.5)


def test_ratios_are_none_when_the_denominator_is_zero() -> None:
    empty = MeasureTotals(period_days=30)
    for code in ("clearance_rate", "disposition_time", "avg_time_to_disposition", "p90_time_to_disposition",
                 "pending_over_180", "satisfaction", "last_hour_referrals", "data_completeness",
                 "hearings_per_disposed", "avg_scheduling_time", "max_scheduling_time"):  # fmt: skip
        assert value(code, empty) is None, code
    assert value("backlog", empty) == 0.0


def test_two_branches_are_summed_before_dividing_not_averaged() -> None:
    small = MeasureTotals(incoming=20, disposed=10)
    large = MeasureTotals(incoming=100, disposed=90)
    together = MeasureTotals.sum([small, large])
    assert (together.disposed, together.incoming) == (100, 120)
    assert value("clearance_rate", together) == pytest.approx(100 * 100 / 120)
    assert value("clearance_rate", together) != pytest.approx((50.0 + 90.0) / 2)


def test_adding_totals_sums_counts_keeps_the_largest_maximum_and_merges_histograms() -> None:
    a = MeasureTotals(scheduling_days_max=40.0, period_days=92, histogram={1: 2, 3: 1})
    b = MeasureTotals(scheduling_days_max=None, period_days=92, histogram={3: 4})
    c = MeasureTotals(scheduling_days_max=55.0, period_days=92)
    total = a + b + c
    assert total.scheduling_days_max == 55.0
    assert total.period_days == 92
    assert dict(total.histogram) == {1: 2, 3: 5}
    assert MeasureTotals.sum([]) == MeasureTotals()


def test_weighted_measures_divide_sums() -> None:
    totals = MeasureTotals(
        satisfaction_sum=80 * 10 + 50 * 30, satisfaction_responses=40,
        disposition_days_sum=300.0, disposition_count=4,
        pending_end=8, pending_age_base=8, pending_over_180=2, pending_over_365=1,
        referrals=50, last_hour_referrals=20, cases_total=40, cases_missing_dates=4,
        hearings_sum=9, hearings_cases=4, scheduling_days_sum=90.0, scheduling_count=3,
    )  # fmt: skip
    assert value("satisfaction", totals) == pytest.approx(57.5)
    assert value("avg_time_to_disposition", totals) == 75.0
    assert value("pending_over_180", totals) == 25.0
    assert value("pending_over_365", totals) == 12.5
    assert value("last_hour_referrals", totals) == 40.0
    assert value("data_completeness", totals) == 90.0
    assert value("hearings_per_disposed", totals) == 2.25
    assert value("avg_scheduling_time", totals) == 30.0


def test_p90_of_ten_cases_in_the_first_bucket_is_interpolated_within_it() -> None:
    assert percentile_from_histogram({0: 10}, 0.9) == pytest.approx(4.5)


def test_p90_falls_in_the_bucket_where_the_running_count_reaches_ninety_percent() -> None:
    # 100 cases: 50 in 0-4 days, 30 in 10-14, 20 in 100-104. The 90th case is the 10th of the last 20.
    histogram = {0: 50, 2: 30, 20: 20}
    assert percentile_from_histogram(histogram, 0.9) == pytest.approx(100 + 5 * 10 / 20)
    assert percentile_from_histogram(histogram, 0.5) == pytest.approx(5.0)
    assert percentile_from_histogram(histogram, 0.8) == pytest.approx(15.0)


def test_p90_of_an_empty_histogram_is_none() -> None:
    assert percentile_from_histogram({}, 0.9) is None
    assert value("p90_time_to_disposition", MeasureTotals(histogram={4: 10})) == pytest.approx(24.5)


def test_totals_built_from_their_fields_equal_the_ones_built_by_init_and_refuse_a_missing_field() -> None:
    from dataclasses import fields

    values = {field.name: number for number, field in enumerate(fields(MeasureTotals), start=1)}
    values["histogram"] = {3: 4}
    built = MeasureTotals.of(dict(values))
    assert built == MeasureTotals(**values) and hash(built) == hash(MeasureTotals(**values))
    assert [getattr(built, name) for name in values] == list(values.values())
    with pytest.raises(AttributeError):
        built.incoming = 0  # type: ignore[misc]
    assert value("backlog", built) == value("backlog", MeasureTotals(**values))
    del values["referrals"]
    with pytest.raises(ValueError, match="referrals"):
        MeasureTotals.of(values)
