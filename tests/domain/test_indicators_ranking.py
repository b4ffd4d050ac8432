"""Ranking follows the indicator's direction; ties share a rank; units without a value come last."""

from __future__ import annotations

from desktop.domain.indicators.definitions import Direction
from desktop.domain.indicators.ranking import best_and_worst, highlighted, rank

VALUES = [("a", "الف", 90.0), ("b", "ب", None), ("c", "ج", 120.0), ("d", "د", 90.0), ("e", "ه", 60.0)]


def test_higher_is_better_ranks_the_largest_first_and_ties_share_a_rank() -> None:
    ranked = rank(VALUES, Direction.HIGHER)
    assert [(u.key, u.rank) for u in ranked] == [("c", 1), ("a", 2), ("d", 2), ("e", 4), ("b", None)]


def test_lower_is_better_ranks_the_smallest_first_and_missing_values_stay_last() -> None:
    ranked = rank(VALUES, Direction.LOWER)
    assert [(u.key, u.rank) for u in ranked] == [("e", 1), ("a", 2), ("d", 2), ("c", 4), ("b", None)]


def test_best_and_worst_take_from_each_end_without_overlap() -> None:
    ranked = rank(VALUES, Direction.HIGHER)
    best, worst = best_and_worst(ranked, 1)
    assert [u.key for u in best] == ["c"]
    assert [u.key for u in worst] == ["e"]
    best, worst = best_and_worst(ranked, 3)
    assert [u.key for u in best] == ["c", "a", "d"]
    assert [u.key for u in worst] == ["e"]


def test_units_tied_at_the_edge_of_the_best_are_all_best_so_they_share_a_colour() -> None:
    ranked = rank(VALUES, Direction.HIGHER)  # c 1, a 2, d 2, e 4
    best, worst = best_and_worst(ranked, 2)
    assert [u.key for u in best] == ["c", "a", "d"]  # not c and a with d left plain
    assert [u.key for u in worst] == ["e"]


def test_four_branches_tied_at_rank_two_are_coloured_alike() -> None:
    values = [("top", "الف", 99.0), *((f"t{i}", f"ب{i}", 90.0) for i in range(4)),
              *((f"m{i}", f"ج{i}", 80.0 - i) for i in range(6)), ("low1", "د", 10.0), ("low2", "ه", 10.0)]
    ranked = rank(values, Direction.HIGHER)
    best, worst = best_and_worst(ranked, 3)
    best_keys, worst_keys = {u.key for u in best}, {u.key for u in worst}
    for group in ({"t0", "t1", "t2", "t3"}, {"low1", "low2"}):
        assert group <= best_keys or not group & best_keys
        assert group <= worst_keys or not group & worst_keys
    assert {"t0", "t1", "t2", "t3"} <= best_keys and {"low1", "low2"} <= worst_keys
    for unit in ranked:
        same = [other for other in ranked if other.rank == unit.rank]
        assert len({(o.key in best_keys, o.key in worst_keys) for o in same}) == 1


def test_when_every_unit_ties_none_is_highlighted() -> None:
    ranked = rank([("a", "الف", 5.0), ("b", "ب", 5.0), ("c", "ج", 5.0)], Direction.HIGHER)
    assert best_and_worst(ranked, 1) == ((), ())


def test_at_most_three_are_marked_each_way_and_never_more_than_half_of_the_units_with_a_value() -> None:
    many = rank([(str(i), str(i), float(i)) for i in range(10)], Direction.HIGHER)
    best, worst = highlighted(many)
    assert [u.key for u in best] == ["9", "8", "7"] and [u.key for u in worst] == ["0", "1", "2"]
    three = rank([("a", "a", 3.0), ("b", "b", 2.0), ("c", "c", 1.0), ("x", "x", None)], Direction.HIGHER)
    assert [[u.key for u in side] for side in highlighted(three)] == [["a"], ["c"]]  # half of three: one
    assert highlighted(rank([("a", "a", 1.0), ("x", "x", None)], Direction.HIGHER)) == ((), ())


def test_only_an_indicator_with_a_better_direction_and_no_count_marks_units_best_and_worst() -> None:
    from desktop.domain.indicators.definitions import INDICATORS, Direction, Unit
    from desktop.domain.indicators.ranking import marks_best_and_worst

    marked = {d.code for d in INDICATORS if marks_best_and_worst(d)}
    assert marked == {d.code for d in INDICATORS if d.unit is not Unit.COUNT and d.direction is not Direction.NEUTRAL}
    assert {"backlog", "disposed", "incoming"}.isdisjoint(marked)
    assert {"clearance_rate", "disposition_time"} <= marked
