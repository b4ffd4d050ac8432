"""Two rules of the one ranking (desktop/domain/indicators/ranking.py): disposition time with cases pending and
none disposed of is unbounded - the worst value, not missing data - and a value resting on fewer than
``MINIMUM_CASES`` cases is shown but never ranked (a branch with one case is not the province's best)."""

from __future__ import annotations

import json
import math

from desktop.domain.indicators.basis import UNBOUNDED, value_note
from desktop.domain.indicators.definitions import Direction, MeasureTotals, indicator
from desktop.domain.indicators.ranking import MINIMUM_CASES, highlighted, rank

DISPOSITION = indicator("disposition_time")
AVERAGE = indicator("avg_time_to_disposition")


def test_pending_cases_with_none_disposed_of_take_for_ever_not_nothing() -> None:
    assert DISPOSITION.compute(MeasureTotals(incoming=30, pending_end=75, period_days=182)) == math.inf
    assert DISPOSITION.cases(MeasureTotals(pending_end=75)) == 75


def test_nothing_pending_and_nothing_disposed_of_has_no_disposition_time() -> None:
    totals = MeasureTotals(period_days=182)
    assert DISPOSITION.compute(totals) is None
    note = value_note(DISPOSITION, None, DISPOSITION.cases(totals), too_few=False)
    assert note is not None and note.text == "No pending or disposed cases"


def test_the_average_time_of_no_disposed_case_is_none_and_says_why() -> None:
    totals = MeasureTotals(incoming=30, pending_end=75)
    assert AVERAGE.compute(totals) is None
    note = value_note(AVERAGE, None, AVERAGE.cases(totals), too_few=False)
    assert note is not None and note.text == "No disposed cases"
    # a unit without statistics of its own: its completeness says why, not this
    assert value_note(AVERAGE, None, 0, too_few=False, measured=False) is None


def test_a_unit_that_disposed_of_nothing_is_ranked_worst_of_all() -> None:
    ranked = rank([("F1", "و", 51.7, 460), ("E1", "ه", 172.2, 1040), ("G1", "ز", math.inf, 75)], Direction.LOWER)
    assert [(u.key, u.rank) for u in ranked] == [("F1", 1), ("E1", 2), ("G1", 3)]
    best, worst = highlighted(ranked)
    assert [u.key for u in best] == ["F1"] and [u.key for u in worst] == ["G1"]
    assert value_note(DISPOSITION, math.inf, 75, too_few=False).text == UNBOUNDED  # type: ignore[union-attr]


def test_several_units_that_disposed_of_nothing_share_the_last_rank() -> None:
    ranked = rank([("a", "الف", 10.0, 50), ("b", "ب", math.inf, 40), ("c", "ج", math.inf, 30),
                   ("d", "د", 20.0, 50)], Direction.LOWER)
    assert [(u.key, u.rank) for u in ranked] == [("a", 1), ("d", 2), ("b", 3), ("c", 3)]


def test_a_value_resting_on_too_few_cases_is_kept_but_not_ranked_nor_marked() -> None:
    ranked = rank([("B1", "ب تک‌پرونده", 0.0, 1), ("F1", "و", 51.7, 460), ("E1", "ه", 172.2, 1040)],
                  Direction.LOWER)
    assert [(u.key, u.rank, u.too_few) for u in ranked] == [("F1", 1, False), ("E1", 2, False), ("B1", None, True)]
    assert ranked[-1].value == 0.0 and ranked[-1].cases == 1
    best, worst = highlighted(ranked)
    assert [u.key for u in best] == ["F1"] and [u.key for u in worst] == ["E1"]
    note = value_note(AVERAGE, 5.0, 1, too_few=True)
    assert note is not None and (note.text, note.count) == ("Too few cases to rank ({count})", 1)


def test_the_minimum_is_inclusive_and_uncounted_cases_do_not_hold_a_unit_back() -> None:
    ranked = rank([("a", "الف", 5.0, MINIMUM_CASES), ("b", "ب", 4.0, MINIMUM_CASES - 1), ("c", "ج", 3.0, None),
                   ("d", "د", None, 0)], Direction.LOWER)
    assert [(u.key, u.rank, u.too_few) for u in ranked] == [
        ("c", 1, False), ("a", 2, False), ("b", None, True), ("d", None, False)]


def test_counts_are_not_held_to_the_minimum() -> None:
    assert indicator("backlog").cases(MeasureTotals(pending_end=3)) is None
    assert indicator("clearance_rate").cases(MeasureTotals(incoming=3)) == 3
    assert indicator("satisfaction").basis.too_few == "Too few responses to rank ({count})"  # type: ignore[union-attr]


def test_json_never_gets_infinity_from_the_approved_figures() -> None:
    from desktop.approvals.snapshot import stored, stored_value

    figures = {"value": stored(math.inf), "other": stored(12.3456789)}
    text = json.dumps(figures, allow_nan=False)  # the bundles' strict JSON refuses Infinity
    assert json.loads(text) == {"value": "unbounded", "other": 12.345679}
    assert stored_value("unbounded") == math.inf and stored_value(None) is None and stored_value(True) is None
