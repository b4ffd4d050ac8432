"""A table header that keeps room for the sort arrow only in the column sorted by."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QWidget


class SortableHeader(QHeaderView):
    """Qt's header widens every section by the arrow's room (the header's height and a margin: 20 px a column,
    34 px under a two-line title) as soon as the arrow may be shown, though only one column is ever sorted by.
    Across a table of eight short numeric columns that was 160 px taken from the names on a 1366×768 laptop.
    Here only the sorted column has it; a click on another header moves it there (the sections are resized)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)

    def sectionSizeFromContents(self, logical_index: int) -> QSize:  # noqa: N802 (Qt's name)
        size = super().sectionSizeFromContents(logical_index)
        if self.isSortIndicatorShown() and logical_index != self.sortIndicatorSection():
            margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
            return QSize(max(0, size.width() - size.height() - margin), size.height())
        return size
