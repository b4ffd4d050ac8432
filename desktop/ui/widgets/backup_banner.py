"""The banner under the health banner when the scheduled backup failed: what went wrong, in the sentence the Backups
page would show, and when it is tried again. It stays until a backup is made (scheduled or "Back up now") - a
banner, not a message box: the schedule tries every few hours, and a box would stop whatever the user was doing
each time."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from desktop.domain.backups import FailedBackups
from desktop.ui.formatting import format_datetime
from desktop.ui.widgets.errors import describe

BANNER_STYLE = """
QFrame#backupBanner { background: #fff4e5; border-bottom: 2px solid #b26a00; }
QLabel#backupBannerText { color: #663c00; }
"""


class ScheduledBackupBanner(QFrame):
    """Hidden while the scheduled backups succeed (or none has failed since the window opened)."""

    def __init__(self, may_back_up: bool, parent: QWidget | None = None):
        """``may_back_up``: the user has the Backups page and its "Back up now" (else the secretary is told)."""
        super().__init__(parent)
        self._may_back_up = may_back_up
        self.setObjectName("backupBanner")
        self.setStyleSheet(BANNER_STYLE)
        self._text = QLabel()
        self._text.setObjectName("backupBannerText")
        self._text.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self._text, 1)
        self.hide()

    def show_failures(self, failed: FailedBackups | None) -> None:
        if failed is None:
            self.hide()
            return
        reason = describe(failed.reason) if failed.reason is not None else self.tr(
            "Something went wrong; the details are in the program's log.")
        text = self.tr(
            "The scheduled backup of {time} was not made. {reason} It is tried again at {next}; \"Back up now\" on "
            "the Backups page tries at once.") if self._may_back_up else self.tr(
            "The scheduled backup of {time} was not made. {reason} It is tried again at {next}; tell the secretary.")
        self._text.setText(text.format(time=format_datetime(failed.last_at), reason=reason,
                                       next=format_datetime(failed.next_attempt_at)))
        self.show()

    def text(self) -> str:
        return self._text.text()
