"""Evidence files: the ones chosen for a report not yet saved, and the ones already stored.

`EvidenceList` collects files to attach (Add files…, Remove) and hands their paths to the caller, who gives
them to a service. `StoredEvidenceList` lists stored files and opens one with the system's viewer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
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
from desktop.ui.formatting import format_number
from desktop.ui.widgets.open_evidence import open_evidence

_PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def _size_text(size_bytes: int) -> str:
    if size_bytes < 1024 * 1024:
        return QCoreApplication.translate("EvidenceList", "{size} KB").format(
            size=format_number(max(1, round(size_bytes / 1024))))
    return QCoreApplication.translate("EvidenceList", "{size} MB").format(
        size=format_number(size_bytes / (1024 * 1024), 1))


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
            item = QListWidgetItem(self.tr("{name} ({size})").format(name=path.name, size=size))
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


class StoredEvidenceList(QWidget):
    """Evidence already stored; Open (or a double-click) shows the file in the system's viewer."""

    def __init__(self, path_for: Callable[[str], Path], parent: QWidget | None = None):
        super().__init__(parent)
        self._path_for = path_for
        self._refs: list[EvidenceRef] = []
        self._list = QListWidget()
        self._list.setObjectName("storedEvidence")
        self._open = QPushButton(self.tr("Open"))
        self._open.setObjectName("openEvidence")
        self._open.setEnabled(False)
        self._open.clicked.connect(self.open_current)
        self._list.currentRowChanged.connect(lambda row: self._open.setEnabled(row >= 0))
        self._list.itemDoubleClicked.connect(lambda _item: self.open_current())
        buttons = QVBoxLayout()
        buttons.addWidget(self._open)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._list, 1)
        layout.addLayout(buttons)

    def set_items(self, refs: Sequence[EvidenceRef]) -> None:
        self._refs = list(refs)
        self._list.clear()
        for ref in self._refs:
            item = QListWidgetItem(self.tr("{name} ({size})").format(
                name=ref.original_name, size=_size_text(ref.size_bytes)))
            item.setToolTip(ref.media_type)
            self._list.addItem(item)
        self._open.setEnabled(False)

    def items(self) -> list[EvidenceRef]:
        return list(self._refs)

    def names(self) -> list[str]:
        return [ref.original_name for ref in self._refs]

    def open_current(self) -> None:
        row = self._list.currentRow()
        if 0 <= row < len(self._refs):
            self.open(self._refs[row])

    def open(self, ref: EvidenceRef) -> None:
        open_evidence(self, self._path_for(ref.sha256), ref)
