"""A read-only table model over a list of frozen values, with columns declared once; sortable by any column.

A view with sorting enabled (see `desktop.ui.widgets.cards.reading_table`) calls `sort()`: the rows are
reordered here, in the model, so every page's `row_at(index.row())` keeps naming the row the user sees.
Each column sorts by its `sort_key` when it has one, a numeric column by the numbers in its text (Persian
digits read; a date ۱۴۰۵/۰۹/۰۲ sorts as (1405, 9, 2)), any other by its text in the language's alphabetical
order. A value that is missing ("—", `None`) sorts last whichever way the column is sorted."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCollator, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.persian import to_latin_digits

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    numeric: bool = False
    background: Callable[[Row], QColor | None] | None = None
    tooltip: Callable[[Row], str] | None = None
    foreground: Callable[[Row], QColor | None] | None = None  # the text's colour (None: the palette's)
    bold: Callable[[Row], bool] | None = None  # a row that heads the ones after it (a half-year over its months)


def numbers_in(text: str) -> tuple[float, ...] | None:
    """The numbers a displayed text holds, in order (Persian separators read); None when it holds none."""
    latin = to_latin_digits(text).replace("٫", ".").replace("٬", "").replace(",", "").replace("\u2212", "-")
    found = _NUMBER.findall(latin)
    return tuple(float(number) for number in found) if found else None


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    # What the model answers once Python has cleared it: Qt can still ask a model whose wrapper the cycle
    # collector is tearing down (its instance attributes already gone) while a view is destroyed with it.
    _columns: Sequence[Column[Row]] = ()
    _rows: Sequence[Row] = ()

    def __init__(self, columns: Sequence[Column[Row]], parent=None):
        super().__init__(parent)
        self._columns = list(columns)
        self._given: list[Row] = []  # in the order the service gave them
        self._rows: list[Row] = []  # as shown
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._given = list(rows)
        self._rows = self._sorted(self._given)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    # sorting -----------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's entry point: column -1 restores the service's order. Selections follow their rows."""
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        followed = [(self._rows[index.row()], index.column()) for index in persistent]
        self._rows = self._sorted(self._given)
        position = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(persistent, [self.index(position[id(row)], column)
                                                    for row, column in followed])
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort_column, self._sort_order

    def _sorted(self, rows: list[Row]) -> list[Row]:
        if not 0 <= self._sort_column < len(self._columns):
            return list(rows)
        keyed = [(self._sort_value(row), row) for row in rows]
        present = [(key, row) for key, row in keyed if key is not None]
        missing = [row for key, row in keyed if key is None]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if present and all(isinstance(key, str) for key, _ in present):
            collator = QCollator()  # the language's alphabet: پ after ب, گ after ک
            collator.setNumericMode(True)
            compare = functools.cmp_to_key(collator.compare)
            present.sort(key=lambda pair: compare(pair[0]), reverse=descending)
        else:
            present.sort(key=lambda pair: pair[0], reverse=descending)  # stable: ties keep the service's order
        return [row for _, row in present] + missing

    def _sort_value(self, row: Row) -> Any:
        column = self._columns[self._sort_column]
        if column.sort_key is not None:
            value = column.sort_key(row)
            return None if value is None or value == "" else value
        text = column.text(row)
        if column.numeric:
            return numbers_in(text)
        return text if text.strip() not in ("", "—") else None

    # Qt model ----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._columns)):
            return self._columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (index.row() < len(self._rows) and index.column() < len(self._columns)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == self.SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            color = column.background(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            color = column.foreground(row)
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.FontRole and column.bold and column.bold(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        return None
