import math
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.rollup import (
    ProgressPoint,
    RollupResult,
    WorkItem,
    actual_percent,
    actual_series,
    find_result,
    most_behind,
    planned_percent,
    progress_series,
    rank_behind,
    rollup,
    schedule_variance,
    tied_past,
)

START = date(2024, 1, 1)
FINISH = date(2024, 1, 11)  # 10 days after START
AT = date(2024, 1, 6)


def leaf(key, weight=1.0, start=START, finish=FINISH, history=()):
    points = tuple(ProgressPoint(on, pct) for on, pct in history)
    return WorkItem(key, key.upper(), weight, start, finish, points)


def done(key, percent, weight=1.0, on=START):
    return leaf(key, weight, history=[(on, percent)])


# --- planned (PV) -----------------------------------------------------------------------------------------


def test_planned_is_linear_by_calendar_days():
    # 3 of 10 days elapsed -> 30 %
    assert planned_percent(leaf("a"), date(2024, 1, 4)) == pytest.approx(30.0)
    # 1 Jan .. 31 Jan is 30 days; on 10 Jan 9 have elapsed -> 30 %
    assert planned_percent(leaf("b", finish=date(2024, 1, 31)), date(2024, 1, 10)) == pytest.approx(30.0)


def test_planned_is_0_until_start_and_100_from_finish():
    item = leaf("a")
    assert planned_percent(item, START - timedelta(days=5)) == 0
    assert planned_percent(item, START) == 0
    assert planned_percent(item, FINISH) == 100
    assert planned_percent(item, FINISH + timedelta(days=1)) == 100


def test_single_day_activity_is_fully_planned_on_its_day():
    item = leaf("a", finish=START)
    assert planned_percent(item, START - timedelta(days=1)) == 0
    assert planned_percent(item, START) == 100


def test_planned_without_dates_is_unknown():
    assert planned_percent(leaf("a", start=None), AT) is None
    assert planned_percent(leaf("a", finish=None), AT) is None


# --- actual (EV) ------------------------------------------------------------------------------------------


def test_actual_is_the_latest_point_on_or_before_the_date_in_any_order():
    item = leaf("a", history=[(date(2024, 1, 8), 70), (date(2024, 1, 2), 10), (date(2024, 1, 5), 40)])
    assert actual_percent(item, date(2024, 1, 1)) == 0
    assert actual_percent(item, date(2024, 1, 5)) == 40
    assert actual_percent(item, date(2024, 1, 7)) == 40
    assert actual_percent(item, date(2024, 2, 1)) == 70


def test_actual_ties_on_one_day_take_the_last_given():
    item = leaf("a", history=[(AT, 50), (AT, 45)])  # a same-day correction
    assert actual_percent(item, AT) == 45


# --- roll-up ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("huge", [1e308, 1.7e308, 1e306])
def test_huge_weights_weigh_as_their_ratios_not_as_a_false_0_percent(huge):
    """Weights whose total overflows (older rows, before the 10,000 limit): the same mean as weights 1 and 1, in
    the roll-up and in the series, never NaN shown as 0 %."""
    parent = WorkItem("p", "P", children=(done("a", 60, huge), done("b", 20, huge)))
    expected = rollup(WorkItem("p", "P", children=(done("a", 60), done("b", 20))), AT)
    result = rollup(parent, AT)
    assert (result.planned, result.actual) == pytest.approx((expected.planned, expected.actual))
    assert result.actual == pytest.approx(40)
    ((_day, planned, actual),) = progress_series(parent, [AT])
    assert (planned, actual) == pytest.approx((expected.planned, expected.actual))


def test_parent_actual_is_the_weighted_mean_of_its_children():
    parent = WorkItem("p", "P", children=(done("a", 100, weight=1), done("b", 20, weight=3)))
    # (1 x 100 + 3 x 20) / (1 + 3) = 160 / 4 = 40
    assert rollup(parent, AT).actual == pytest.approx(40.0)


def test_parent_planned_is_the_weighted_mean_too():
    late = leaf("late", weight=3, start=date(2024, 1, 4), finish=date(2024, 1, 14))
    parent = WorkItem("p", "P", children=(leaf("a", weight=1), late))
    # on 6 Jan: a = 5/10 = 50 %; late = 2/10 = 20 %; (1 x 50 + 3 x 20) / 4 = 110 / 4 = 27.5
    assert rollup(parent, AT).planned == pytest.approx(27.5)


def test_spi_is_actual_over_planned():
    item = leaf("a", history=[(AT, 25)])
    result = rollup(item, AT)  # planned 5/10 days = 50 %
    assert (result.planned, result.actual) == (pytest.approx(50.0), 25)
    assert result.spi == pytest.approx(0.5)
    assert schedule_variance(result) == pytest.approx(-25.0)


def test_spi_is_unknown_before_anything_was_planned():
    result = rollup(leaf("a", history=[(START, 5)]), START)
    assert result.planned == 0 and result.spi is None


def test_children_without_measurable_work_are_left_out():
    empty_solution = WorkItem("empty", "no program yet", weight=5)
    undated = WorkItem("undated", "no dates, no reports", weight=5)
    parent = WorkItem(
        "p", "P", children=(done("a", 60), empty_solution, WorkItem("q", "Q", children=(undated,)))
    )
    result = rollup(parent, AT)
    assert result.actual == 60 and result.leaf_count == 1
    assert find_result(result, "empty").leaf_count == 0
    assert find_result(result, "empty").actual is None


def test_a_tree_with_nothing_measurable_has_no_values():
    result = rollup(WorkItem("p", "P", children=(WorkItem("x", "X"),)), AT)
    assert (result.planned, result.actual, result.spi, result.leaf_count) == (None, None, None, 0)


def test_weights_are_relative_among_siblings_only():
    # Solution A (weight 1) has one activity; solution B (weight 1) has two with weights 9 and 1.
    a = WorkItem("A", "A", children=(done("a1", 100),))
    b = WorkItem("B", "B", children=(done("b1", 0, weight=9), done("b2", 100, weight=1)))
    # B = (9 x 0 + 1 x 100) / 10 = 10; plan = (1 x 100 + 1 x 10) / 2 = 55
    result = rollup(WorkItem("plan", "Plan", children=(a, b)), AT)
    assert result.actual == pytest.approx(55.0)
    assert result.leaf_count == 3


def test_zero_weight_children_do_not_count():
    parent = WorkItem("p", "P", children=(done("a", 80), done("b", 0, weight=0)))
    result = rollup(parent, AT)
    assert result.actual == 80 and result.leaf_count == 1


def test_history_only_leaf_joins_the_actual_but_not_the_planned_mean():
    undated = WorkItem("u", "U", history=(ProgressPoint(START, 100),))
    parent = WorkItem("p", "P", children=(leaf("a", history=[(AT, 20)]), undated))
    result = rollup(parent, AT)
    # planned only from a: 50 %; actual (20 + 100) / 2 = 60
    assert result.planned == pytest.approx(50.0)
    assert result.actual == pytest.approx(60.0)


def test_nested_levels_roll_up_through_the_same_rule():
    program = WorkItem("op", "OP", children=(done("x", 50), done("y", 100)))  # 75
    solution = WorkItem("s", "S", children=(program,))
    province = WorkItem("prov", "Province", children=(WorkItem("plan", "Plan", children=(solution,)),))
    assert rollup(province, AT).actual == pytest.approx(75.0)


# --- ranking and series -----------------------------------------------------------------------------------


def _result(key, planned, actual):
    spi = None if not planned else actual / planned
    return RollupResult(key, key, 1.0, planned, actual, spi, (), 1, True)


def test_most_behind_orders_by_gap_then_lower_spi():
    items = [
        _result("a", 50, 40),  # gap 10, spi 0.8
        _result("b", 90, 60),  # gap 30
        _result("c", 20, 10),  # gap 10, spi 0.5
        _result("d", 30, 35),  # ahead
    ]
    root = RollupResult("root", "root", 1, 0, 0, None, tuple(items), 4, True)
    assert [r.key for r in most_behind([root])] == ["b", "c", "a"]
    assert [r.key for r in most_behind([root], n=1)] == ["b"]
    assert [r.key for r in most_behind(items, leaves_only=False)] == ["b", "c", "a"]


def test_most_behind_breaks_an_exact_tie_by_the_key_in_natural_order_not_as_text():
    # A6, A14 and A43 behind by the same 45 points at the same SPI: read as text the key put A14, A43 before A6;
    # a gap equal but for the last bits of a float is the same amount, not "further behind"
    items = [_result("A14", 100, 55), _result("A43", 100, 55), _result("A6", 100 + 1e-12, 55)]
    assert [r.key for r in most_behind(items, leaves_only=False)] == ["A6", "A14", "A43"]


def test_a_ranking_is_ordered_by_the_tiebreak_given_after_the_gap_and_the_spi():
    items = [_result("x", 100, 55), _result("y", 100, 55), _result("z", 100, 60)]
    order = {"x": 2, "y": 1, "z": 0}
    assert [r.key for r in rank_behind(items, leaves_only=False, tiebreak=lambda r: order[r.key])] == ["y", "x", "z"]


def test_a_cut_through_a_tie_counts_what_it_leaves_of_it():
    gaps = [90.0, 80.0, 80.0, 80.0, 80.0, 50.0]
    assert tied_past(gaps, 3) == 2  # the fourth and fifth tie with the third
    assert tied_past(gaps, 5) == 0  # cut after the tie: the rest are less behind
    assert tied_past(gaps, 1) == 0
    assert tied_past(gaps, 6) == tied_past(gaps, 0) == 0  # nothing left out, or nothing listed


def test_progress_series_gives_planned_and_actual_per_date():
    item = leaf("a", history=[(date(2024, 1, 3), 10), (date(2024, 1, 9), 90)])
    dates = [date(2024, 1, 1), date(2024, 1, 6), date(2024, 1, 11)]
    series = progress_series(item, dates)
    assert series == [(dates[0], 0.0, 0.0), (dates[1], pytest.approx(50.0), 10), (dates[2], 100.0, 90)]
    assert actual_series(item, dates) == [(dates[0], 0.0), (dates[1], 10), (dates[2], 90)]


# --- properties -------------------------------------------------------------------------------------------

_leaves = st.builds(
    lambda key, weight, offset, length, history: leaf(
        key,
        weight,
        START + timedelta(days=offset),
        START + timedelta(days=offset + length),
        [(START + timedelta(days=d), p) for d, p in history],
    ),
    st.text("abc", min_size=1, max_size=3),
    st.floats(0.01, 1000),
    st.integers(0, 60),
    st.integers(0, 90),
    st.lists(st.tuples(st.integers(-10, 200), st.floats(0, 100)), max_size=5),
)
_trees = st.recursive(
    _leaves,
    lambda children: st.builds(
        lambda kids, weight: WorkItem("n", "N", weight, children=tuple(kids)),
        st.lists(children, min_size=1, max_size=4),
        st.floats(0.01, 100),
    ),
    max_leaves=12,
)


@given(_trees, st.integers(-30, 300))
def test_rolled_up_percents_stay_between_0_and_100(tree, day):
    result = rollup(tree, START + timedelta(days=day))
    for value in (result.actual, result.planned):
        assert value is None or 0 <= value <= 100


# --- series computed in one walk equal the roll-up on each date -------------------------------------------

_days = st.integers(min_value=0, max_value=60).map(lambda n: START + timedelta(days=n))
_percent = st.one_of(st.floats(min_value=-20, max_value=130), st.sampled_from([math.nan, math.inf]))
_leaf = st.builds(
    lambda weight, span, history, dated: WorkItem(
        "x", "X", weight, span[0] if dated else None, max(span) if dated else None,
        tuple(ProgressPoint(on, pct) for on, pct in history)),
    st.sampled_from([0.0, 0.5, 1.0, 2.0, 3.0]), st.tuples(_days, _days),
    st.lists(st.tuples(_days, _percent), max_size=5), st.booleans())
_tree = st.recursive(_leaf, lambda children: st.builds(
    lambda weight, kids: WorkItem("p", "P", weight, children=tuple(kids)),
    st.sampled_from([0.0, 1.0, 2.0]), st.lists(children, min_size=1, max_size=4)), max_leaves=12)


@given(_tree, st.lists(_days, max_size=8))
def test_progress_series_equals_the_rollup_on_every_date(item, dates):
    expected = [(d, rollup(item, d).planned, rollup(item, d).actual) for d in dates]
    got = progress_series(item, dates)
    assert [(d, p) for d, p, _ in got] == [(d, p) for d, p, _ in expected]
    # NaN never comes out (a non-finite report counts as 0 %), so plain equality holds for the actuals too
    assert [a for _, _, a in got] == [a for _, _, a in expected]


@given(_tree, st.lists(_days, max_size=8))
def test_actual_series_equals_the_rollup_where_the_actual_is_known(item, dates):
    expected = [(d, rollup(item, d).actual) for d in dates if rollup(item, d).actual is not None]
    assert actual_series(item, dates) == expected


@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-1000, 1000),
                 st.sampled_from([0, 100, -0.0, 0.0, 100.0, math.nan, math.inf, -math.inf])))
def test_clamp_written_out_gives_what_min_and_max_gave_to_the_bit(value):
    from desktop.domain.rollup import _clamp

    reference = min(100.0, max(0.0, value))
    got = _clamp(value)
    assert type(got) is type(reference) and repr(got) == repr(reference)


@given(_tree, st.lists(_days, min_size=1, max_size=8))
def test_series_of_dates_given_in_order_equal_the_rollup_to_the_bit(item, dates):
    """The overview's milestone dates come sorted: the path that skips putting the values back in the given
    order gives the same floats (repr: -0.0 and 0.0 differ there)."""
    dates = sorted(dates)
    expected = [(d, repr(rollup(item, d).planned), repr(rollup(item, d).actual)) for d in dates]
    assert [(d, repr(p), repr(a)) for d, p, a in progress_series(item, dates)] == expected
