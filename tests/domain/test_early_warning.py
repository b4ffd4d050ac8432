"""Units at risk: the backlog grew three months running, or clearance stayed under 100 % three months running;
a missing month breaks a run."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.indicators.early_warning import (
    RiskReason,
    UnitMonths,
    backlog_grew,
    clearance_stayed_low,
    units_at_risk,
)


def unit(unit_id: int, backlog, clearance) -> UnitMonths:
    return UnitMonths("branch", unit_id, f"شعبه {unit_id}", "حوزه", backlog, clearance)


def test_a_backlog_rising_in_each_of_three_months_is_a_warning() -> None:
    assert backlog_grew([100, 110, 120, 130])
    assert backlog_grew([5, 100, 110, 120, 130])  # only the last three rises count


def test_two_rises_or_a_flat_month_is_not_a_run() -> None:
    assert not backlog_grew([100, 110, 120])  # three months seen: only two rises
    assert not backlog_grew([100, 110, 110, 130])  # flat in the middle
    assert not backlog_grew([130, 120, 140, 150, 160][:4])


def test_a_missing_month_breaks_the_run_it_is_not_read_as_zero() -> None:
    assert not backlog_grew([100, None, 120, 130])
    assert not clearance_stayed_low([90.0, None, 80.0])


def test_clearance_under_100_three_months_running_is_a_warning_and_exactly_100_is_not() -> None:
    assert clearance_stayed_low([120.0, 95.0, 99.9, 60.0])
    assert not clearance_stayed_low([95.0, 100.0, 60.0])
    assert not clearance_stayed_low([95.0, 60.0])


def test_units_meeting_both_rules_come_first_then_the_largest_backlog_added() -> None:
    found = units_at_risk([
        unit(1, [10, 11, 12, 13], [100.0, 100.0, 100.0]),  # backlog +3
        unit(2, [10, 20, 30, 40], [150.0, 150.0, 150.0]),  # backlog +30
        unit(3, [10, 11, 12, 14], [90.0, 80.0, 70.0]),  # both
        unit(4, [10, 9, 8, 7], [120.0, 130.0, 140.0]),  # fine
    ])
    assert [u.unit_id for u in found] == [3, 2, 1]
    assert found[0].reasons == (RiskReason.BACKLOG_GROWING, RiskReason.CLEARANCE_LOW)
    assert found[0].lowest_clearance == 70.0 and found[1].backlog_rise == 30.0


@given(st.lists(st.one_of(st.none(), st.floats(0, 1e6)), min_size=0, max_size=8))
def test_a_unit_flagged_for_its_backlog_has_four_known_rising_month_ends(values) -> None:
    if backlog_grew(values):
        last = values[-4:]
        assert None not in last and last[0] < last[1] < last[2] < last[3]
