"""A table model asked by Qt after Python's cycle collector cleared it (its view destroyed in the same collection)
answers nothing instead of raising: a window test failed at teardown with `'method' object is not subscriptable`
from the indicators table's header, on a machine running four test processes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.indicators.definitions import Unit
from desktop.ui.models.indicator_ranking import IndicatorRankingModel

pytestmark = pytest.mark.gui


def test_a_cleared_ranking_model_answers_qt_with_nothing(qtbot) -> None:
    model = IndicatorRankingModel(lambda: Unit.PERCENT)
    assert model.headerData(0, Qt.Orientation.Horizontal) not in (None, "")
    vars(model).clear()  # what the collector's tp_clear leaves of the Python side
    assert model.headerData(0, Qt.Orientation.Horizontal) is None
    assert model.rowCount() == 0 and model.columnCount() == 0
    assert model.data(model.index(0, 0)) is None
