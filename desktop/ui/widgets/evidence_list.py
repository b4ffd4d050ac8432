"""Evidence files chosen for a progress report not yet saved.

`EvidenceList` collects files to attach (Add files…, Remove) and hands their paths to the caller, who gives
them to a service. Stored files are listed by `desktop.ui.widgets.file_attachments.FileAttachments`.
"""

from __future__ import annotations

from collections.abc import Iterable
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

from desktop.ui.formatting import file_name, format_size

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _size_text(size_bytes: int) -> str:
    return format_size(size_bytes)  # "6 bytes", not "1 KB"


class EvidenceList(QWidget):
    """Files chosen to attach; nothing is stored until the caller saves."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._list = QListWidget()
        self._list.setObjectName("pendingEvidence")
        self._list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self._list.setMaximumHeight(90)
        self._add = QPushButton(self.tr("Add files…"))
        self._add.setObjectName("addEvidence")
        self._remove = QPushButton(self.tr("Remove"))
        self._remove.setObjectName("removeEvidence")
        self._remove.setEnabled(False)
        self._add.clicked.connect(self._choose)
        self._remove.clicked.connect(self.remove_selected)
        self._list.itemSelectionChanged.connect(
            lambda: self._remove.setEnabled(bool(self._list.selectedItems())))
        buttons = QVBoxLayout()
        buttons.addWidget(self._add)
        buttons.addWidget(self._remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._list, 1)
        layout.addLayout(buttons)

    def paths(self) -> list[Path]:
        return [Path(self._list.item(row).data(_PATH_ROLE)) for row in range(self._list.count())]

    def add_paths(self, paths: Iterable[Path | str]) -> None:
        known = set(self.paths())
        for path in map(Path, paths):
            if path in known:
                continue
            known.add(path)
            try:
                size = _size_text(path.stat().st_size)
            except OSError:
                size = "—"
            item = QListWidgetItem(self.tr("{name} ({size})").format(name=file_name(path.name), size=size))
            item.setData(_PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self._list.addItem(item)
        self.changed.emit()

    def remove_selected(self) -> None:
        for item in self._list.selectedItems():
            self._list.takeItem(self._list.row(item))
        self.changed.emit()

    def clear(self) -> None:
        self._list.clear()
        self.changed.emit()

    def _choose(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose evidence files"), "",
                                                self.tr("All files (*)"))
        if names:
            self.add_paths(names)
