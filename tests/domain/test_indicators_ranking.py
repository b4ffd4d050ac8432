"""Ranking follows the indicator's direction; ties share a rank; units without a value come last."""

from __future__ import annotations

from desktop.domain.indicators.definitions import Direction
from desktop.domain.indicators.ranking import best_and_worst, rank

VALUES = [("a", "الف", 90.0), ("b", "ب", None), ("c", "ج", 120.0), ("d", "د", 90.0), ("e", "ه", 60.0)]


def test_higher_is_better_ranks_the_largest_first_and_ties_share_a_rank() -> None:
    ranked = rank(VALUES, Direction.HIGHER)
    assert [(u.key, u.rank) for u in ranked] == [("c", 1), ("a", 2), ("d", 2), ("e", 4), ("b", None)]


def test_lower_is_better_ranks_the_smallest_first_and_missing_values_stay_last() -> None:
    ranked = rank(VALUES, Direction.LOWER)
    assert [(u.key, u.rank) for u in ranked] == [("e", 1), ("a", 2), ("d", 2), ("c", 4), ("b", None)]


def test_best_and_worst_take_from_each_end_without_overlap() -> None:
    ranked = rank(VALUES, Direction.HIGHER)
    best, worst = best_and_worst(ranked, 2)
    assert [u.key for u in best] == ["c", "a"]
    assert [u.key for u in worst] == ["e", "d"]
    best, worst = best_and_worst(ranked, 3)
    assert [u.key for u in best] == ["c", "a", "d"]
    assert [u.key for u in worst] == ["e"]
