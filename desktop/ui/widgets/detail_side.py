"""The side of a list that shows the selected item, or a short hint while nothing is selected."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QWidget

#: The hint's width: a few words a line, the rest of the splitter is the list's.
HINT_WIDTH = 200
QWIDGETSIZE_MAX = (1 << 24) - 1


class DetailSide(QStackedWidget):
    """A list's details in a splitter beside it. While nothing is selected it shows ``hint`` in a narrow column
    and the list takes the room (an empty editor had taken three fifths of the meetings page and cut the
    titles); when details are shown the splitter goes back to ``list_share`` of its width for the list."""

    def __init__(self, hint: str, details: QWidget, splitter: QSplitter, list_share: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._splitter = splitter
        self._list_share = list_share
        self.hint = QLabel(hint)
        self.hint.setObjectName("detailHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(8)
        self.details = details
        self.addWidget(self.hint)
        self.addWidget(details)
        self.show_hint()

    def showing_details(self) -> bool:
        return self.currentWidget() is self.details

    def show_hint(self) -> None:
        self.setCurrentWidget(self.hint)
        self.setMaximumWidth(HINT_WIDTH)

    def show_details(self) -> None:
        if self.showing_details():
            return
        self.setCurrentWidget(self.details)
        self.setMaximumWidth(QWIDGETSIZE_MAX)
        index = self._splitter.indexOf(self)
        total = max(self._splitter.width(), 1000)
        sizes = [0] * self._splitter.count()
        sizes[index] = round(total * (1 - self._list_share))
        sizes[1 - index] = total - sizes[index]
        self._splitter.setSizes(sizes)
