"""A scroll area that scrolls up and down only: never narrower than what it holds needs."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """A panel of figures and forms beside a list (the plans page's details). Qt's scroll area may be squeezed
    below its content's least width and then scrolls sideways, hiding what is at the far edge: at the window's
    least width the activity's "actual progress" card read «۰٫۰٪» for 60 %. This one asks for that width (its
    minimum size hint follows the content's, also when the content changes), so a splitter or layout gives it the
    room and takes it from elsewhere."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setWidget(content)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = content.minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), width), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's least width may have changed: the layout above asks again
        return super().eventFilter(watched, event)
