"""What the meetings page's two tabs share: the resolutions' row colours (overdue, done) and their legend, selecting
a listed row by its id, the selected row, and a frameless scroll area for an editor beside a list. The legend's
texts stay in the "MeetingsPage" context of the translations."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QScrollArea, QTableView, QWidget

from desktop.domain.meetings import ResolutionStatus
from desktop.meetings.views import ResolutionRow
from desktop.ui.models.rows_model import RowsTableModel
from desktop.ui.status_colors import BAD, GOOD
from desktop.ui.widgets.color_legend import ColorLegend

SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


def row_color(row: ResolutionRow) -> QColor | None:
    if row.is_overdue:
        return BAD
    return GOOD if row.status is ResolutionStatus.DONE else None


def status_legend() -> ColorLegend:
    """What the rows' colours say (the same in both lists of resolutions)."""
    return ColorLegend([(BAD, QCoreApplication.translate("MeetingsPage", "Overdue")),
                        (GOOD, QCoreApplication.translate("MeetingsPage", "Done"))])


def select_id(view: QTableView, model: RowsTableModel, item_id: int | None) -> bool:
    """Select the row whose value has this id; False when it is not listed."""
    for index, row in enumerate(model.rows()):
        if row.id == item_id:
            # Not view.selectRow(): right to left it misses the row until the view has been laid out.
            first = model.index(index, 0)
            view.selectionModel().setCurrentIndex(first, SELECT_ROW)
            view.scrollTo(first)
            return True
    return False


def selected(view: QTableView, model: RowsTableModel):
    rows = view.selectionModel().selectedRows()
    return model.row_at(rows[0].row()) if rows else None


def scrolling(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(widget)
    return scroll
