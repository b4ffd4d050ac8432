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
        """Display the error beside its field (or above the form) and return the message shown.
        A ValidationErrors marks every field it names; the first of them gets the cursor."""
        self.clear()
        self._general.clear()
        shown: list[str] = []
        focused = False
        for item in error.errors if isinstance(error, ValidationError) else (error,):
            message = describe(item)
            shown.append(message)
            field = item.field if isinstance(item, ValidationError) else None
            label = self._labels.get(field) if field is not None else None
            if label is None:
                label = self._general
            else:
                self._fields[field].setStyleSheet(FIELD_ERROR_STYLE)
                if not focused:
                    self._fields[field].setFocus()
                    focused = True
            label.setText("\n".join(filter(None, [label.text(), message])))
            label.show()
        return shown[0]

    def message_for(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def general_message(self) -> str:
        return self._general.text() if not self._general.isHidden() else ""
