"""Walking a page's widgets for what would take a change: an enabled button (a toolbar's action too), a field that
takes typing, an enabled choice, a table or list whose cells can be edited. Used to prove that a read-only role is
offered none (tests/ui/test_read_only_roles.py) while the secretary keeps them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolButton,
    QWidget,
)


def _takes_a_change(widget: QWidget) -> bool:
    if isinstance(widget.parentWidget(), (QTabBar, QAbstractItemView)) or isinstance(widget, QHeaderView):
        return False  # the tabs' scroll arrows, a table's corner and header: they choose what is shown
    if isinstance(widget, QAbstractButton):
        return True
    if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)):
        return not widget.isReadOnly()
    if isinstance(widget, QComboBox):
        return True
    if isinstance(widget, QAbstractItemView):
        if widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            return False
        model = widget.model()
        if model is None or model.rowCount() == 0:
            return True  # an empty table a row can be added to and typed into
        return bool(model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable)
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLineEdit)) else ""
    return f"{type(widget).__name__}:{text or widget.objectName()}"


def _inside(widget: QWidget, skipped: set[int]) -> bool:
    while widget is not None:
        if id(widget) in skipped:
            return True
        widget = widget.parentWidget()
    return False


def enabled_edit_controls(root: QWidget, reading: Iterable[QObject] = ()) -> list[str]:
    """The controls on show under ``root`` (visible to it) that would take a change, but for ``reading`` (filters,
    "Open", "Expand all": widgets or toolbar actions, and what is inside them) - each named by its kind and text."""
    skipped = {id(item) for item in reading}
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isEnabled() or _inside(widget, skipped):
            continue
        if isinstance(widget, QToolButton) and widget.defaultAction() is not None:
            if id(widget.defaultAction()) in skipped or not widget.defaultAction().isEnabled():
                continue
        if _takes_a_change(widget):
            found.append(_name(widget))
    return found
