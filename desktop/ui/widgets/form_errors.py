"""Show a validation message at the field it is about, in red, and put the cursor there."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from desktop.domain.messages import ValidationError
from desktop.ui.widgets.errors import describe

ERROR_STYLE = "color: #b00020;"
FIELD_ERROR_STYLE = "border: 1px solid #b00020;"


class FormErrors:
    """Binds field names (as the domain's ValidationError.field) to the widgets showing them."""

    def __init__(self, form: QFormLayout):
        self._form = form
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._general = QLabel()
        self._general.setStyleSheet(ERROR_STYLE)
        self._general.setWordWrap(True)
        self._general.hide()
        form.addRow(self._general)

    def bind(self, field: str, widget: QWidget) -> None:
        self._fields[field] = widget
        label = QLabel()
        label.setObjectName(f"error-{field}")
        label.setStyleSheet(ERROR_STYLE)
        label.setWordWrap(True)
        label.hide()
        row, _role = self._form.getWidgetPosition(widget)
        if row >= 0:
            self._form.insertRow(row + 1, "", label)
        self._labels[field] = label

    def clear(self) -> None:
        for field, label in self._labels.items():
            label.hide()
            label.clear()
            self._fields[field].setStyleSheet("")
        self._general.hide()

    def show(self, error: object) -> str:
        """Display the error beside its field (or above the form) and return the message shown."""
        self.clear()
        message = describe(error)
        field = error.field if isinstance(error, ValidationError) else None
        if field in self._labels:
            self._labels[field].setText(message)
            self._labels[field].show()
            self._fields[field].setStyleSheet(FIELD_ERROR_STYLE)
            self._fields[field].setFocus()
        else:
            self._general.setText(message)
            self._general.show()
        return message

    def message_for(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def general_message(self) -> str:
        return self._general.text() if not self._general.isHidden() else ""
