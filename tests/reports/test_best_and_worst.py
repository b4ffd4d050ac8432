"""The six-monthly report's best and worst units follow the indicators page's rules: an incomplete unit is never
either - in an approved period too, whose frozen figures keep each unit's completeness - and units that tie share
the rank: named together, and none at all when every unit ties."""

from __future__ import annotations

from datetime import datetime

from desktop.approvals.service import FrozenFigures
from desktop.domain.jalali import JalaliPeriod
from desktop.reports.indicator_values import UnitValue, best_and_worst
from desktop.reports.language import ReportLanguage
from desktop.reports.status_data import IndicatorLine, _frozen_line


def _values(*units: tuple[str, float, bool]) -> list[UnitValue]:
    return [UnitValue(index, name, None, value, complete) for index, (name, value, complete) in enumerate(units)]


def test_units_tied_for_best_are_named_together_and_the_worst_alone() -> None:
    best, worst = best_and_worst("clearance_rate", _values(("دو", 90.0, True), ("یک", 90.0, True),
                                                           ("سه", 80.0, True)))
    assert (best.name, best.tied_with, best.value) == ("دو", ("یک",), 90.0)
    assert (worst.name, worst.tied_with) == ("سه", ())
    assert ReportLanguage(rtl=True).listed((best.name, *best.tied_with)) == "دو، یک"


def test_when_every_unit_ties_none_is_best_or_worst() -> None:
    assert best_and_worst("clearance_rate", _values(("یک", 90.0, True), ("دو", 90.0, True))) == (None, None)


def test_an_incomplete_unit_is_neither_even_where_it_stands_out() -> None:
    best, worst = best_and_worst("disposition_time", _values(("یک", 89.6, True), ("چهار", 124.0, False),
                                                             ("دو", 95.0, True)))
    assert (best.name, worst.name) == ("یک", "دو")


def _frozen(units: dict[str, dict]) -> FrozenFigures:
    figures = {"indicators": {"disposition_time": {"province": {}, "district": {}, "branch": units}}}
    return FrozenFigures(JalaliPeriod.parse("1405-H1"), figures, "0" * 64, "رئیس کل", datetime(2026, 10, 1))


def test_an_approved_periods_report_never_names_a_unit_that_was_incomplete_when_approved() -> None:
    frozen = _frozen({"B1": {"name": "شعبه یک", "value": 89.6, "complete": True},
                      "B3": {"name": "شعبه سه", "value": 100.0, "complete": True},
                      "B4": {"name": "شعبه چهار", "value": 124.0, "complete": False}})
    line = _frozen_line(IndicatorLine("disposition_time", None, None, None, None, None, None), frozen)
    assert (line.best_branch.name, line.worst_branch.name) == ("شعبه یک", "شعبه سه")


def test_a_snapshot_from_before_units_kept_their_completeness_ranks_none_of_them() -> None:
    """Version 1 snapshots hold a name and a value per unit: whether a unit was complete is not known."""
    frozen = _frozen({"B1": {"name": "شعبه یک", "value": 89.6}, "B4": {"name": "شعبه چهار", "value": 124.0}})
    line = _frozen_line(IndicatorLine("disposition_time", None, None, None, None, None, None), frozen)
    assert (line.best_branch, line.worst_branch) == (None, None)
