"""Small read-only building blocks: a figure card, a section title, a table view set up for reading."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.ui.widgets.sortable_header import SortableHeader

# A property, not the object name, marks a card: a page may name one card to find it (the home page's
# statistics card) without losing its frame.
CARD_STYLE = """
QFrame[figureCard="true"] { background: #ffffff; border: 1px solid #d9dee7; border-radius: 8px; }
QLabel#cardValue { font-size: 20pt; font-weight: bold; color: #1d3557; }
QLabel#cardTitle { color: #5c677d; }
"""


class FigureCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("figureCard", True)
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        self._title = wrapping_label(title)  # a long title wraps in a narrow panel instead of being cut off
        self._title.setObjectName("cardTitle")
        self._value = QLabel("…")
        self._value.setObjectName("cardValue")
        self._value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._note = wrapping_label("")
        self._note.setObjectName("cardTitle")
        layout.addWidget(self._title)
        layout.addWidget(self._value)
        layout.addWidget(self._note)

    def set_value(self, value: str, note: str = "", color: str | None = None) -> None:
        self._value.setText(value)
        self._note.setText(note)
        style = f"color: {color};" if color else ""
        self._value.setStyleSheet(style)

    def value_text(self) -> str:
        return self._value.text()

    def text_labels(self) -> tuple[QLabel, QLabel]:
        """The title and the note: the word-wrapped texts of the card."""
        return self._title, self._note


def wrapping_label(text: str) -> QLabel:
    """A word-wrapped label whose letters are never cut at its sides.

    QLabel breaks lines by the letters' advance widths, but the painted line can be wider: some letters draw
    beyond their advance (in Vazirmatn the madda of «آ» starting a Persian line, the tail of «ر» ending one) and
    the painted glyph positions are rounded to pixels. A line that fits the label by its advances then loses
    those strokes at the label's edge (the overview's notes read «…انتظا» at 1100 px). A side margin as wide as
    the font's largest overhang (its most negative side bearing, 6 px for Vazirmatn 10 pt) keeps the ink inside
    the label; the margin is part of the width the label wraps to, so its height for a width stays right.
    """
    label = QLabel(text)
    label.setWordWrap(True)
    metrics = QFontMetrics(label.font())
    overhang = max(0, -metrics.minLeftBearing(), -metrics.minRightBearing())
    label.setContentsMargins(overhang, 0, overhang, 0)
    return label


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-size: 12pt; font-weight: bold; color: #1d3557; margin-top: 6px;")
    return label


#: How many rows a column's width is fitted to: those in sight, up to this many. Qt's default reads the first
#: thousand rows' cells (every role) each time the table is laid out, and a table of thousands of rows (the audit
#: trail, 3,000 branches) froze the window for over half a second. Fifty covers a maximised window's rows; a wider
#: cell further down is elided, whole in its tooltip.
FITTED_ROWS = 50


def fit_columns_to_rows_in_sight(table: QTableView) -> None:
    table.horizontalHeader().setResizeContentsPrecision(FITTED_ROWS)


def reading_table(parent: QWidget | None = None) -> QTableView:
    table = sortable_table_view(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    fit_columns_to_rows_in_sight(table)
    table.setWordWrap(False)
    return table


def stretch_column(table: QTableView, column: int) -> None:
    """Let one long-text column take the room left (its text elided, whole in the tooltip) so that the
    short columns after it — dates, days late — stay on screen on a laptop."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(40)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)


def sortable_table_view(parent: QWidget | None = None) -> QTableView:
    """A table whose column headers sort by their column on a click (again: the other way); until then the
    service's order. Only the sorted column keeps room for the arrow (:class:`SortableHeader`)."""
    table = QTableView(parent)
    header = SortableHeader(table)
    table.setHorizontalHeader(header)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorShown(True)
    header.setSectionsClickable(True)
    header.setHighlightSections(True)  # as QTableView's own header
    table.setSortingEnabled(True)
    return table
