"""The banner across the top of the window when the integrity check found the database damaged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.store.health import DatabaseDamagedError, HealthReport
from desktop.ui.widgets.errors import describe

BANNER_STYLE = """
QFrame#healthBanner { background: #fdecea; border-bottom: 2px solid #b00020; }
QLabel#healthBannerText { color: #7a0014; font-weight: bold; }
"""


class HealthBanner(QFrame):
    """Hidden while the database is healthy or not yet checked; says what is wrong and that nothing is
    saved until a backup is restored. "Check again" asks for a new check."""

    check_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("healthBanner")
        self.setStyleSheet(BANNER_STYLE)
        self._text = QLabel()
        self._text.setObjectName("healthBannerText")
        self._text.setWordWrap(True)
        again = QPushButton(self.tr("Check again"))
        again.setObjectName("healthCheckAgain")
        again.clicked.connect(self.check_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self._text, 1)
        layout.addWidget(again)
        self.hide()

    def show_report(self, report: HealthReport, path: Path | None) -> None:
        if not report.is_damaged:
            self.hide()
            return
        # The same message every refused write shows, so the banner and the refusal agree; SQLite's own findings,
        # for whoever is asked to look into it, are in the log (desktop/store/health.py writes them there).
        from desktop.ui.crash import log_file
        from desktop.ui.formatting import file_name

        self._text.setText(describe(DatabaseDamagedError(path, report.problems)) + "\n" + self.tr(
            "What SQLite found is written in the program's log, {path}.").format(path=file_name(str(log_file()))))
        self.show()

    def text(self) -> str:
        return self._text.text()
