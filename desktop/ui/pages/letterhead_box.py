"""The Settings page's "Letterhead" box: the emblem printed on official reports — choose a picture, see it,
clear it. The picture is checked and copied into the database by ReportService (docs/reports.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.reports.emblem import EmblemPicture
from desktop.reports.service import ReportService
from desktop.ui.formatting import file_name, format_number, paragraph
from desktop.ui.widgets.edit_rights import Right, offer
from desktop.ui.widgets.form_errors import FormErrors

PREVIEW_SIZE = 96  # px: about the 2.2 cm the letterhead prints it at, on a laptop screen
NOTE_STYLE = "color: #2d6a4f;"


class LetterheadBox(QGroupBox):
    def __init__(self, services: AppServices, parent: QWidget | None = None):
        super().__init__(self.tr("Letterhead"), parent)
        self._services = services
        self.preview = QLabel()
        self.preview.setObjectName("emblemPreview")
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #d9dee7; background: #ffffff;")
        self.description = QLabel()
        self.description.setObjectName("emblemDescription")
        self.description.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose emblem…"))
        self.choose_button.clicked.connect(self._ask_for_file)
        self.clear_button = QPushButton(self.tr("Remove emblem"))
        self.clear_button.clicked.connect(self.clear)
        self.note = QLabel()
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)

        form = QFormLayout(self)
        explanation = QLabel(self.tr("The emblem printed at the head of reports saved as official documents. A "
                                     "copy of the picture is kept in the database, so the file may be moved "
                                     "afterwards."))
        explanation.setWordWrap(True)
        form.addRow(explanation)
        shown = QHBoxLayout()
        shown.addWidget(self.preview)
        shown.addWidget(self.description, 1)
        self._shown = QWidget()
        self._shown.setLayout(shown)
        form.addRow(self.tr("Emblem:"), self._shown)
        self.errors = FormErrors(form)
        self.errors.bind("emblem", self._shown)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        form.addRow("", self.note)
        self._right = Right.of(services.principal)  # the service refuses a reader's change anyway
        offer(self._right, self.choose_button)
        self._show(self._service().emblem())

    def _service(self) -> ReportService:
        services = self._services
        return ReportService(services.database, services.clock, principal=services.principal)

    def _ask_for_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The province's emblem"), "",
                                              self.tr("PNG or JPEG pictures (*.png *.jpg *.jpeg)"))
        if name:
            self.choose(Path(name))

    def choose(self, path: Path) -> bool:
        """Check the picture in ``path`` and keep it as the emblem; a refusal is shown at the field."""
        self.errors.clear()
        self.note.clear()
        try:
            picture = self._service().set_emblem(path)
        except DomainError as error:
            self.errors.show(error)
            return False
        self._show(picture)
        self.note.setText(self.tr("Saved. Reports printed with a letterhead show this emblem."))
        return True

    def clear(self) -> bool:
        self.errors.clear()
        self.note.clear()
        try:
            self._service().clear_emblem()
        except DomainError as error:
            self.errors.show(error)
            return False
        self._show(None)
        self.note.setText(self.tr("Removed. Reports are printed without an emblem."))
        return True

    def shown_picture(self) -> QPixmap:
        return self.preview.pixmap()

    def _show(self, picture: EmblemPicture | None) -> None:
        offer(self._right, self.clear_button, picture is not None)
        if picture is None:
            self.preview.clear()
            self.preview.setText("—")
            self.description.setText(self.tr("No emblem: the letterhead is printed without one."))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(picture.data)
        self.preview.setPixmap(pixmap.scaled(PREVIEW_SIZE - 4, PREVIEW_SIZE - 4, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        self.description.setText(paragraph(self.tr("{file}, {width} × {height} pixels").format(
            file=file_name(picture.file_name), width=format_number(picture.width),
            height=format_number(picture.height))))  # right-to-left in Persian though the name is Latin
