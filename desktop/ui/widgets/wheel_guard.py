"""One wheel policy for the whole window: a number, date or choice field changes under the mouse wheel only
after the user has clicked (or tabbed) into it.

Without it, scrolling a form or a panel with the wheel silently changed whatever field passed under the
pointer (a progress date moved from 1405 to 1390). The guard is an application-wide event filter, so every
spin box, date field and combo box gets the rule — those made later by any page or dialog included — without
each form having to remember it. A wheel turn over a field without focus goes on to the field's parent, so
the panel around it scrolls as the user meant."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget

GUARDED = (QAbstractSpinBox, QComboBox)  # QDateEdit, QSpinBox and QDoubleSpinBox are QAbstractSpinBox


class WheelGuard(QObject):
    """Installed once on the application by :func:`install_wheel_guard`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Wheel and isinstance(watched, GUARDED) and not watched.hasFocus():
            # Filtered and ignored: Qt offers the turn to the parent widgets, so the scroll area scrolls.
            event.ignore()
            return True
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            # The default (WheelFocus) would give the field focus on the first notch, then change it.
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard:
    """Install the guard on the application (once; later calls return the same guard)."""
    app = app or QApplication.instance()
    existing = app.findChild(WheelGuard, "wheelGuard")
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    guard.setObjectName("wheelGuard")
    app.installEventFilter(guard)
    return guard


def is_guarded(widget: QWidget) -> bool:
    return isinstance(widget, GUARDED) and widget.focusPolicy() == Qt.FocusPolicy.StrongFocus
