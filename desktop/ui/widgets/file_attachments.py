"""A list of evidence files (مستندات) with "Attach files…" and "Open"; storing them is the caller's job."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.planning.views import EvidenceRef
from desktop.ui.formatting import file_name, format_size
from desktop.ui.widgets.edit_rights import Right, offer
from desktop.ui.widgets.open_evidence import open_evidence


class FileAttachments(QWidget):
    """Shows `EvidenceRef`s; `files_chosen` carries the paths the user picked to attach."""

    files_chosen = Signal(list)  # list[Path]

    def __init__(self, path_for: Callable[[str], Path], parent: QWidget | None = None, *, can_attach: bool = True):
        super().__init__(parent)
        self._path_for = path_for
        self._files: list[EvidenceRef] = []
        self._list = QListWidget()
        self._list.setObjectName("evidenceFiles")
        self._list.setMaximumHeight(96)
        self._list.itemActivated.connect(self._open_current)  # the placeholder row has no file
        self._list.currentRowChanged.connect(self._update_buttons)
        self._attach = QPushButton(self.tr("Attach files…"), self)  # parented: never shown as a window
        self._attach.clicked.connect(self.choose_files)
        self._attach.setVisible(can_attach)
        self._open = QPushButton(self.tr("Open"))
        self._open.setObjectName("openFile")
        self._open.clicked.connect(self._open_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self._attach)
        buttons.addWidget(self._open)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._list)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_files(self, files: Sequence[EvidenceRef]) -> None:
        self._files = list(files)
        self._list.clear()
        for ref in self._files:
            item = QListWidgetItem(self.tr("{name} ({size})").format(
                name=file_name(ref.original_name), size=format_size(ref.size_bytes)))
            item.setToolTip(ref.original_name)
            self._list.addItem(item)
        if not self._files:
            empty = QListWidgetItem(self.tr("No files attached yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self._list.addItem(empty)
        self._update_buttons()

    def files(self) -> list[EvidenceRef]:
        return list(self._files)

    def names(self) -> list[str]:
        return [ref.original_name for ref in self._files]

    def offer_attaching(self, right: Right) -> None:
        """"Attach files…" as ``right`` allows (desktop/ui/widgets/edit_rights.py); "Open" stays."""
        offer(right, self._attach)

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        if names:
            self.files_chosen.emit([Path(name) for name in names])

    def open_file(self, ref: EvidenceRef) -> bool:
        return open_evidence(self, self._path_for(ref.sha256), ref)

    def _open_current(self, *_item: QListWidgetItem) -> None:
        row = self._list.currentRow()
        if 0 <= row < len(self._files):
            self.open_file(self._files[row])

    def _update_buttons(self, *_args) -> None:
        self._open.setEnabled(0 <= self._list.currentRow() < len(self._files))
