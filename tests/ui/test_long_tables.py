"""A table of thousands of rows (the audit trail of a large province, 3,000 branches) fits its columns to the rows
in sight: Qt's default read every cell of the first thousand rows each time the table was laid out, and the
audit page froze the window for 0.57 s on the large demo."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QTableView

from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.page_support import read_only_table
from desktop.ui.widgets.cards import FITTED_ROWS, reading_table


class _RowsAsked(RowsTableModel):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rows_asked: set[int] = set()

    def data(self, index, role=0):  # noqa: ANN001, ANN201 - Qt's signature
        self.rows_asked.add(index.row())
        return super().data(index, role)


def _with_rows(model: RowsTableModel, view: QTableView) -> QTableView:
    model.set_rows([(number, f"شعبه {number}", "x" * (number % 40)) for number in range(5000)])
    return view


@pytest.mark.parametrize("make_view", [
    lambda model: read_only_table(model, "entries"),
    lambda model: _placed(reading_table(), model),
], ids=["read_only_table", "reading_table"])
def test_a_table_of_thousands_of_rows_sizes_its_columns_from_the_rows_in_sight(qtbot, make_view) -> None:
    model = _RowsAsked([Column("number", lambda row: str(row[0]), numeric=True),
                        Column("name", lambda row: row[1]), Column("note", lambda row: row[2])])
    view = _with_rows(model, make_view(model))
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    model.rows_asked.clear()
    model.set_rows(list(model.rows()))  # a reload: the columns are fitted again
    view.horizontalHeader().resizeSections()
    qtbot.wait(20)
    assert model.rows_asked, "the columns were not fitted at all"
    assert len(model.rows_asked) <= FITTED_ROWS + 5  # not the first thousand rows


def _placed(view: QTableView, model: RowsTableModel) -> QTableView:
    view.setModel(model)
    return view
