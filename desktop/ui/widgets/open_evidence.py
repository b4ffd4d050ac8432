"""Open a stored evidence file with the system's viewer.

Stored files are named by their SHA-256 only; they are opened from a copy under their original name
so the operating system knows which program to use.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.planning.views import EvidenceRef
from desktop.ui.formatting import file_name
from desktop.ui.widgets.errors import show_error

VIEWING_FOLDER = "rasad-evidence"


def viewing_copy(stored: Path, ref: EvidenceRef) -> Path:
    """A copy of the stored file under its original name, in the temporary folder."""
    name = Path(ref.original_name).name or ref.sha256
    target = Path(tempfile.gettempdir()) / VIEWING_FOLDER / ref.sha256[:16] / name
    if not target.is_file() or target.stat().st_size != ref.size_bytes:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(stored, target)
    return target


def open_evidence(parent: QWidget, stored: Path, ref: EvidenceRef) -> bool:
    title = QCoreApplication.translate("OpenEvidence", "Open evidence file")
    if not stored.is_file():
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "OpenEvidence", "The stored copy of “{name}” is missing from the evidence folder.").format(
            name=file_name(ref.original_name)))
        return False
    try:
        copy = viewing_copy(stored, ref)
    except OSError as error:
        show_error(parent, title, error)
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
