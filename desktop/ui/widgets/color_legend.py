"""A one-line key to the colours of a list's rows: a small swatch before each meaning."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

SWATCH = 12  # px


class ColorLegend(QWidget):
    """Where a colour says a row's status (overdue, done; best, worst), the list says which is which."""

    def __init__(self, entries: Sequence[tuple[QColor, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colorLegend")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._entries: list[tuple[QColor, str]] = []
        for number, (color, text) in enumerate(entries):
            if number:
                layout.addSpacing(12)
            swatch = QFrame()
            swatch.setObjectName("swatch")
            swatch.setFixedSize(SWATCH, SWATCH)
            swatch.setStyleSheet(f"background: {color.name()}; border: 1px solid {color.darker(130).name()};")
            label = QLabel(text)
            label.setStyleSheet("color: #5c677d;")
            layout.addWidget(swatch)
            layout.addWidget(label)
            self._entries.append((QColor(color), text))
        layout.addStretch(1)

    def entries(self) -> list[tuple[QColor, str]]:
        """The colours and what each means, in order."""
        return list(self._entries)
