"""Match a file's headers to the fields Rasad expects, when they are spelled otherwise. The choice is
remembered by the import service for the next file of the same kind."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.imports.columns import FIELDS, FileKind, match_headers
from desktop.imports.problems import only_first_sheet
from desktop.imports.service import FilePreview
from desktop.ui.domain_text import said
from desktop.ui.formatting import file_name, list_separator
from desktop.ui.labels import file_kind_label

NOT_IN_FILE = ""


class ColumnMappingDialog(QDialog):
    def __init__(self, preview: FilePreview, remembered: dict[FileKind, dict[str, str]],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Match the file's columns"))
        self.setMinimumWidth(560)
        self._preview = preview
        self._remembered = remembered
        self._fields: dict[str, QComboBox] = {}

        text = self.tr("Some columns of {file} were not recognised. Choose the kind of file and, for each "
                       "field, the column that holds it. Your choice is remembered.").format(file=file_name(preview.path.name))
        if len(preview.sheets) > 1:  # the data may well be on another sheet: say which one these columns are from
            sheet = only_first_sheet(preview.path.name, preview.sheets)
            text += "\n\n" + said(sheet.context, sheet.reason, sheet.params)
        intro = QLabel(text)
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in FileKind:
            self.kind.addItem(file_kind_label(kind), kind.value)
        if preview.kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(preview.kind.value))
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._form_host = QWidget()
        self._form = QFormLayout(self._form_host)
        self._missing = QLabel()
        self._missing.setStyleSheet("color: #b00020;")
        self._missing.setWordWrap(True)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)

        top = QFormLayout()
        top.addRow(self.tr("Kind of file"), self.kind)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self._form_host)
        layout.addWidget(self._missing)
        layout.addWidget(self._buttons)
        self._show_fields()

    def chosen_kind(self) -> FileKind:
        return FileKind(self.kind.currentData())

    def mapping(self) -> dict[str, str]:
        """field → header as written in the file, for every field the user matched."""
        return {field: box.currentData() for field, box in self._fields.items() if box.currentData()}

    def choose(self, field: str, header: str) -> None:
        box = self._fields[field]
        box.setCurrentIndex(box.findData(header))

    def _show_fields(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._fields.clear()
        kind = self.chosen_kind()
        match = match_headers(kind, self._preview.headers, self._remembered.get(kind, {}))
        for spec in FIELDS[kind]:
            box = QComboBox()
            box.setObjectName(spec.field)
            box.addItem(self.tr("(not in the file)"), NOT_IN_FILE)
            for header in self._preview.headers:
                box.addItem(header, header)
            if spec.field in match.mapping:
                box.setCurrentIndex(match.mapping[spec.field] + 1)
            box.currentIndexChanged.connect(self._check)
            label = f"{spec.persian} ({spec.english})" + ("" if spec.required else " " + self.tr("(optional)"))
            self._form.addRow(label, box)
            self._fields[spec.field] = box
        self._check()

    def _check(self) -> None:
        kind = self.chosen_kind()
        chosen = self.mapping()
        missing = [f"{spec.persian} ({spec.english})" for spec in FIELDS[kind]
                   if spec.required and spec.field not in chosen]
        headers = list(chosen.values())
        repeated = len(headers) != len(set(headers))
        self._missing.setText(
            self.tr("Still to match: {fields}").format(fields=list_separator().join(missing)) if missing else
            self.tr("A column can hold only one field.") if repeated else "")
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing and not repeated)
