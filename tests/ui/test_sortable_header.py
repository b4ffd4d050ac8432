"""Only the column a table is sorted by keeps room for the sort arrow: the others are as wide as their title
and cells, so that on a laptop the room goes to the names (desktop/ui/widgets/sortable_header.py)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from desktop.ui.widgets.cards import reading_table

pytestmark = pytest.mark.gui

TITLES = ["Rank", "Pending at end", "Pending\nat end"]


def _widths_without_any_arrow(qtbot, model: QStandardItemModel) -> list[int]:
    plain = QTableView()
    qtbot.addWidget(plain)
    plain.setModel(model)
    plain.horizontalHeader().setSortIndicatorShown(False)
    return [plain.horizontalHeader().sectionSizeHint(column) for column in range(model.columnCount())]


def _reading_table_of_titles(qtbot) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(3, len(TITLES))
    model.setHorizontalHeaderLabels(TITLES)
    table = reading_table()
    qtbot.addWidget(table)
    table.setModel(model)
    return table, model


def test_only_the_sorted_column_keeps_room_for_the_sort_arrow(qtbot) -> None:
    table, model = _reading_table_of_titles(qtbot)
    header = table.horizontalHeader()
    plain = _widths_without_any_arrow(qtbot, model)

    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == -1
    assert [header.sectionSizeHint(column) for column in range(len(TITLES))] == plain

    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)  # what a click on the two-line header does
    hints = [header.sectionSizeHint(column) for column in range(len(TITLES))]
    assert hints[:2] == plain[:2]
    assert hints[2] > plain[2]  # the arrow's room, in the sorted column only


def test_a_table_sized_to_its_contents_widens_the_column_it_is_then_sorted_by(qtbot) -> None:
    table, _ = _reading_table_of_titles(qtbot)
    table.resize(600, 200)
    table.show()
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) is QHeaderView.ResizeMode.ResizeToContents
    before = [header.sectionSize(column) for column in range(len(TITLES))]
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: header.sectionSize(1) > before[1])
    assert header.sectionSize(0) == before[0] and header.sectionSize(2) == before[2]
