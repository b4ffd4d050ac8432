"""The indicators table shows "—", not 0, for the incoming and disposed cases of a unit with no month of
statistics of its own in the period; its carried backlog is still shown."""

from __future__ import annotations

import pytest

from desktop.domain.indicators import Unit
from desktop.domain.indicators.definitions import MeasureTotals
from desktop.indicators.views import IndicatorRow
from desktop.ui.formatting import format_number
from desktop.ui.models.indicator_ranking import IndicatorRankingModel

pytestmark = pytest.mark.gui


def test_incoming_and_disposed_of_a_unit_without_statistics_are_unknown(qapp) -> None:
    model = IndicatorRankingModel(lambda: Unit.COUNT)
    totals = MeasureTotals(incoming=0, disposed=0, pending_end=30)
    model.set_rows([
        IndicatorRow(1, "101001", "شعبه یک", "", 10.0, 1, False, False, MeasureTotals(incoming=10, disposed=8,
                                                                                         pending_end=50)),
        IndicatorRow(2, "101002", "شعبه دو", "", None, None, False, False, totals, complete=False,
                     has_statistics=False),
    ])
    incoming, disposed, pending = 4, 5, 6  # after rank, unit, within and value

    def cell(row: int, column: int) -> str:
        return model.data(model.index(row, column))

    assert (cell(0, incoming), cell(0, disposed)) == (format_number(10), format_number(8))
    assert (cell(1, incoming), cell(1, disposed), cell(1, pending)) == ("—", "—", format_number(30))
