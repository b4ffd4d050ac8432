"""Persian digits while typing: in the Persian window a digit typed into a number or date field shows as a
Persian digit at once ("۱۵٪", "۱۴۰۶/۰۹"), not as a Latin one until the field is left.

An application-wide key filter, installed once by `MainWindow` beside the wheel guard: a Latin digit key
press on a spin box or date field is re-sent with its Persian digit as text (Qt's Persian locale reads both)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication

from desktop.domain.persian import to_persian_digits
from desktop.ui.language import Language, current_language


class PersianDigitsWhileTyping(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (event.type() == QEvent.Type.KeyPress and isinstance(watched, QAbstractSpinBox)
                and isinstance(event, QKeyEvent) and len(event.text()) == 1 and "0" <= event.text() <= "9"
                and current_language() is Language.PERSIAN):
            persian = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(), to_persian_digits(event.text()),
                                event.isAutoRepeat(), event.count())
            QApplication.sendEvent(watched, persian)
            return True
        return False


def install_persian_digits_while_typing(app: QApplication | None = None) -> PersianDigitsWhileTyping:
    app = app or QApplication.instance()
    existing = app.findChild(PersianDigitsWhileTyping, "persianDigits")
    if existing is not None:
        return existing
    typing = PersianDigitsWhileTyping(app)
    typing.setObjectName("persianDigits")
    app.installEventFilter(typing)
    return typing
