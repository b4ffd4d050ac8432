"""A model asked by Qt after Python's cycle collector cleared it (its view destroyed in the same collection)
answers nothing instead of raising: a table model no rows, the plan tree an empty tree. A window test failed at
teardown with `'method' object is not subscriptable` from the indicators table's header, on a machine running
four test processes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.domain.indicators.definitions import Unit
from desktop.planning.views import NodeKind, PlanNode, Progress
from desktop.ui.models.indicator_ranking import IndicatorRankingModel
from desktop.ui.models.plan_tree_model import PlanTreeModel

pytestmark = pytest.mark.gui


def test_a_cleared_ranking_model_answers_qt_with_nothing(qtbot) -> None:
    model = IndicatorRankingModel(lambda: Unit.PERCENT)
    assert model.headerData(0, Qt.Orientation.Horizontal) not in (None, "")
    vars(model).clear()  # what the collector's tp_clear leaves of the Python side
    assert model.headerData(0, Qt.Orientation.Horizontal) is None
    assert model.rowCount() == 0 and model.columnCount() == 0
    assert model.data(model.index(0, 0)) is None


def test_a_cleared_plan_tree_model_answers_qt_with_an_empty_tree(qtbot) -> None:
    progress = Progress(planned=40.0, actual=30.0, spi=0.75)
    activity_node = PlanNode(NodeKind.ACTIVITY, 2, "1.1", "فعالیت", 1.0, progress)
    model = PlanTreeModel()
    model.set_tree([PlanNode(NodeKind.PLAN, 1, "1", "برنامه", 1.0, progress, children=(activity_node,))])
    activity = model.index(0, 0, model.index(0, 0))
    assert "فعالیت" in model.data(activity)
    vars(model).clear()  # what the collector's tp_clear leaves of the Python side
    assert model.headerData(0, Qt.Orientation.Horizontal) is None
    assert model.rowCount() == 0 and not model.index(0, 0).isValid()
    assert model.data(activity) is None and not model.parent(activity).isValid()
    assert model.rowCount(activity) == 0 and model.node_count() == 0
