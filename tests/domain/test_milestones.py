from datetime import date, timedelta

import pytest

from desktop.domain.milestones import (
    TARGETS,
    ComplianceStatus,
    MilestoneTarget,
    evaluate,
    evaluate_province,
    evaluate_solution,
    forecast_at,
    sample_dates,
    targets_for,
    value_at,
    worst_status,
)
from desktop.domain.planning import SolutionTerm

END_1403 = date(2025, 3, 20)  # 1403/12/30 (leap year)
END_1404 = date(2026, 3, 20)  # 1404/12/29
MID_1403, LONG_1403, LONG_1404 = TARGETS


def days(n: int) -> timedelta:
    return timedelta(days=n)


# --- targets ----------------------------------------------------------------------------------------------


def test_the_documents_three_targets():
    assert TARGETS == (
        MilestoneTarget(SolutionTerm.MID, 1403, 40.0),
        MilestoneTarget(SolutionTerm.LONG, 1403, 30.0),
        MilestoneTarget(SolutionTerm.LONG, 1404, 60.0),
    )
    assert MID_1403.deadline == END_1403
    assert LONG_1404.deadline == END_1404


def test_targets_apply_by_term():
    assert targets_for(SolutionTerm.MID) == (MID_1403,)
    assert targets_for(SolutionTerm.LONG) == (LONG_1403, LONG_1404)
    assert targets_for(SolutionTerm.SHORT) == ()
    assert targets_for(None) == ()


# --- forecast ---------------------------------------------------------------------------------------------


def test_forecast_slope_is_the_least_squares_line():
    today = END_1403 - days(30)
    series = [(today - days(20), 10.0), (today - days(10), 14.0), (today, 22.0)]
    # x = 0, 10, 20 (mean 10); y = 10, 14, 22 (mean 15.33)
    # Sxy = (-10)(-5.33) + 0 + (10)(6.67) = 120; Sxx = 100 + 0 + 100 = 200; slope = 0.6 points/day
    forecast = forecast_at(series, END_1403, today)
    assert forecast.slope_per_day == pytest.approx(0.6)
    assert forecast.based_on_points == 3
    # from today's 22 %, 30 days at 0.6 -> 22 + 18 = 40
    assert forecast.projected_percent == pytest.approx(40.0)


def test_forecast_uses_only_the_window_before_today():
    today = date(2024, 12, 1)
    old = [(today - days(400), 0.0), (today - days(300), 50.0)]  # fast, but outside the 180-day window
    recent = [(today - days(100), 60.0), (today, 70.0)]  # 10 points in 100 days
    forecast = forecast_at(old + recent, today + days(50), today)
    assert forecast.slope_per_day == pytest.approx(0.1)
    assert forecast.projected_percent == pytest.approx(75.0)  # 70 + 0.1 x 50
    assert forecast.based_on_points == 2


def test_forecast_falls_back_to_the_average_rate_since_the_first_point():
    today = date(2024, 12, 1)
    series = [(date(2024, 1, 1), 0.0), (date(2024, 4, 10), 20.0)]  # 100 days apart, both outside the window
    forecast = forecast_at(series, END_1403, today)
    assert forecast.slope_per_day == pytest.approx(0.2)  # 20 points / 100 days
    # 1 Dec 2024 .. 20 Mar 2025 = 30 + 31 + 28 + 20 = 109 days; 20 + 0.2 x 109 = 41.8
    assert (END_1403 - today).days == 109
    assert forecast.projected_percent == pytest.approx(41.8)


def test_forecast_projection_is_clamped_between_current_and_100():
    today = date(2024, 12, 1)
    falling = [(today - days(10), 50.0), (today, 40.0)]
    assert forecast_at(falling, END_1403, today).projected_percent == 40.0
    rising = [(today - days(1), 50.0), (today, 60.0)]
    assert forecast_at(rising, END_1403, today).projected_percent == 100.0


def test_forecast_from_one_point_has_no_slope():
    forecast = forecast_at([(date(2024, 6, 1), 25.0)], END_1403, date(2024, 12, 1))
    assert (forecast.projected_percent, forecast.slope_per_day, forecast.based_on_points) == (25.0, None, 1)


def test_forecast_ignores_future_points_and_keeps_the_last_of_a_day():
    today = date(2024, 12, 1)
    series = [(today, 30.0), (today, 20.0), (today + days(5), 99.0)]
    assert value_at(series, today) == 20.0
    assert forecast_at(series, END_1403, today).projected_percent == 20.0
    assert forecast_at([], END_1403, today).projected_percent is None


# --- evaluation -------------------------------------------------------------------------------------------


def test_met_when_the_value_at_the_deadline_reaches_the_target():
    series = [(END_1403 - days(5), 41.0), (END_1403 + days(10), 50.0)]
    result = evaluate(MID_1403, series, today=END_1403 + days(30))
    assert result.status is ComplianceStatus.MET
    assert result.actual == 41.0
    assert result.gap == pytest.approx(-1.0)
    assert result.forecast is None


def test_missed_when_progress_came_only_after_the_deadline():
    series = [(END_1403 - days(5), 39.0), (END_1403 + days(10), 45.0)]
    result = evaluate(MID_1403, series, today=END_1403 + days(30))
    assert result.status is ComplianceStatus.MISSED
    assert (result.actual, result.gap) == (39.0, 1.0)


def test_target_reached_exactly_counts_as_met():
    result = evaluate(LONG_1403, [(END_1403, 30.0)], today=END_1403 + days(1))
    assert result.status is ComplianceStatus.MET


def test_on_track_when_the_current_value_already_reaches_the_target():
    today = END_1403 - days(100)
    result = evaluate(MID_1403, [(today - days(5), 45.0)], today)
    assert result.status is ComplianceStatus.ON_TRACK
    assert result.gap == pytest.approx(-5.0)


def test_on_track_when_the_forecast_reaches_the_target():
    today = END_1403 - days(30)
    series = [(today - days(20), 10.0), (today - days(10), 14.0), (today, 22.0)]  # forecast 40 (see above)
    result = evaluate(MID_1403, series, today)
    assert result.status is ComplianceStatus.ON_TRACK
    assert result.actual == 22.0 and result.gap == pytest.approx(18.0)


def test_at_risk_when_neither_current_value_nor_forecast_reaches_the_target():
    today = END_1403 - days(30)
    series = [(today - days(20), 10.0), (today - days(10), 12.0), (today, 14.0)]
    # slope 0.2/day -> 14 + 0.2 x 30 = 20 < 40
    result = evaluate(MID_1403, series, today)
    assert result.status is ComplianceStatus.AT_RISK
    assert result.forecast.projected_percent == pytest.approx(20.0)


def test_on_the_deadline_day_the_current_value_decides():
    assert evaluate(MID_1403, [(END_1403, 39.0)], END_1403).status is ComplianceStatus.AT_RISK
    assert evaluate(MID_1403, [(END_1403, 40.0)], END_1403).status is ComplianceStatus.ON_TRACK


def test_no_data_without_a_series_or_without_a_value_in_time():
    assert evaluate(MID_1403, [], date(2024, 6, 1)).status is ComplianceStatus.NO_DATA
    late_only = [(END_1403 + days(3), 90.0)]
    assert evaluate(MID_1403, late_only, END_1403 + days(10)).status is ComplianceStatus.NO_DATA


def test_solution_is_evaluated_against_its_terms_targets_only():
    series = [(date(2024, 6, 1), 35.0)]
    today = date(2025, 6, 1)  # after the end of 1403, before the end of 1404
    results = evaluate_solution(SolutionTerm.LONG, series, today)
    assert [(r.target.year, r.status) for r in results] == [
        (1403, ComplianceStatus.MET),  # 35 >= 30
        (1404, ComplianceStatus.AT_RISK),  # 35 < 60 and no trend from one point
    ]
    assert evaluate_solution(SolutionTerm.SHORT, series, today) == []


def test_province_evaluation_uses_the_mid_and_long_series():
    mid = [(date(2025, 3, 1), 42.0)]
    long = [(date(2025, 3, 1), 25.0)]
    results = evaluate_province(mid, long, today=date(2025, 4, 1))
    assert [r.status for r in results] == [
        ComplianceStatus.MET,  # mid 42 >= 40
        ComplianceStatus.MISSED,  # long 25 < 30
        ComplianceStatus.AT_RISK,  # long 25 < 60 with no trend
    ]
    assert worst_status(results) is ComplianceStatus.MISSED
    assert worst_status([]) is ComplianceStatus.NO_DATA


def test_statuses_have_english_labels():
    assert ComplianceStatus.AT_RISK.label == "At risk"
    assert {s.label for s in ComplianceStatus} == {"Met", "Missed", "On track", "At risk", "No data"}


# --- sampling ---------------------------------------------------------------------------------------------


def test_sample_dates_step_and_always_end_on_the_last_day():
    start = date(2024, 1, 1)
    expected = [start, start + days(4), start + days(8), start + days(10)]
    assert sample_dates(start, start + days(10), 4) == expected
    assert sample_dates(start, start + days(8), 4) == [start, start + days(4), start + days(8)]
    assert sample_dates(start, start, 7) == [start]
    assert sample_dates(start, start - days(1), 7) == []


def test_sample_dates_need_a_positive_step():
    with pytest.raises(ValueError, match="positive step"):
        sample_dates(date(2024, 1, 1), date(2024, 2, 1), 0)
