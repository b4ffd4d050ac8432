"""«ارسال به مرکز»: the outbox's bundles and their state, how long the province has waited for a receipt,
the link to the center (address, pinned center key, the province's signing key), and the ways out: send now,
export to a folder, import the center's receipts. Slow work runs through the window's SyncRunner.

The notices at the top (the banner, the notes under it, the directive listing's freshness) are
`desktop.ui.pages.sync_banner`, the link box `desktop.ui.pages.sync_link`, the ways out with their dialogs and the
passphrase they need `desktop.ui.pages.sync_ways_out`, the directives' tab `desktop.ui.pages.sync_directives`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.sync.outbox import OutboxEntry
from desktop.sync.service import ReceiptOutcome, SyncStatus, next_attempt
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.dialogs.passphrase import SessionPassphrase
from desktop.ui.formatting import format_datetime, format_number, paragraph
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.sync_banner import banner_style, show_banner, show_freshness
from desktop.ui.pages.sync_directives import DirectivesBox
from desktop.ui.pages.sync_link import CenterLinkBox
from desktop.ui.pages.sync_ways_out import WaysOut
from desktop.ui.sync_runner import SyncRunner
from desktop.ui.sync_text import format_size, reason_text, state_color, state_label
from desktop.ui.widgets.cards import reading_table, section_title
from desktop.ui.widgets.errors import describe


class SyncPage(QWidget):
    def __init__(self, services: AppServices, notifier: ChangeNotifier, runner: SyncRunner,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._sync = services.sync
        self._notifier = notifier
        self._runner = runner
        self.passphrases = SessionPassphrase(self, self._key_location)  # memory only, never on disk
        self.status: SyncStatus | None = None
        self.ways_out = WaysOut(self, self._sync, notifier, runner, self.passphrases, self._say)

        self.banner = QLabel()
        self.banner.setObjectName("ackBanner")
        self.banner.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("syncDetails")
        self.details.setWordWrap(True)
        self.freshness = QLabel()
        self.freshness.setObjectName("directiveFreshness")
        self.freshness.setWordWrap(True)
        self.freshness.setVisible(False)

        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setObjectName("sendNow")
        self.send_button.clicked.connect(self.ways_out.send_now)
        self.export_button = QPushButton(self.tr("Export to folder…"))
        self.export_button.setObjectName("exportBundles")
        self.export_button.clicked.connect(self.ways_out.choose_export_folder)
        self.import_button = QPushButton(self.tr("Import receipts…"))
        self.import_button.setObjectName("importReceipts")
        self.import_button.clicked.connect(self.ways_out.choose_receipts)
        self.resync_button = QPushButton(self.tr("Bring the chain up to date from a folder…"))
        self.resync_button.setObjectName("resyncFromFolder")
        self.resync_button.clicked.connect(self.ways_out.choose_chain_folder)
        self.recut_button = QPushButton(self.tr("Cut the refused changes again…"))
        self.recut_button.setObjectName("recutRefused")
        self.recut_button.clicked.connect(self.ways_out.confirm_recut)
        actions = QHBoxLayout()
        for button in (self.send_button, self.export_button, self.import_button, self.resync_button,
                       self.recut_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(runner.cancel)
        self.activity = QLabel()
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.activity)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self._progress_widgets = (self.activity, self.progress, self.cancel_button)

        self.outcome = QLabel()
        self.outcome.setObjectName("syncOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = RowsTableModel(self._columns(), self)
        self.table = reading_table()
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)  # the reason takes the rest of the width

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Send to center")))
        layout.addWidget(self.banner)
        layout.addWidget(self.details)
        layout.addWidget(self.freshness)
        self.link_box = CenterLinkBox(self._sync, notifier, self.passphrases, self._say,
                                      lambda: services.profile().province_name)
        layout.addWidget(self.link_box)
        layout.addLayout(actions)
        layout.addLayout(progress_row)
        layout.addWidget(self.outcome)
        self.directives_box = DirectivesBox(self._sync, notifier, self._say)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("Bundles"))
        self.tabs.addTab(self.directives_box, self.tr("Directives from the center"))
        layout.addWidget(self.tabs, 1)

        runner.busy_changed.connect(self._show_busy)
        runner.progressed.connect(self._show_progress)
        notifier.changed.connect(self._changed)
        self._show_busy(runner.is_busy())
        self.refresh()

    # showing ----------------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            status = self._sync.status()
        except DomainError as error:
            self.banner.setText(describe(error))
            self.banner.setStyleSheet(banner_style("warn"))
            return
        self.status = status
        self.model.set_rows(status.entries)
        show_banner(self.banner, self.details, status)
        self._show_freshness()
        self.link_box.show_link(status)
        self.directives_box.refresh(bool(status.link.center_key_id and status.link.province))
        self._enable_actions(not self._runner.is_busy())

    def _show_freshness(self) -> None:
        """Warn when the newest directive listing the center signed is older than the setting (issue 12)."""
        try:
            state = self._sync.directive_freshness()
        except DomainError:
            state = None
        show_freshness(self.freshness, state)

    def _enable_actions(self, idle: bool) -> None:
        status = self.status
        may_send = self._sync.may_send()
        idle = idle and may_send  # a reader sees the outbox; the service refuses the rest anyway
        has_key = bool(status and status.link.signing_key and status.link.signing_key.key_id)
        self.send_button.setEnabled(idle and bool(status and status.link.can_send and has_key))
        self.export_button.setEnabled(idle and has_key)
        self.import_button.setEnabled(idle and bool(status and status.link.center_key_id))
        self._say_why_disabled(may_send, has_key)
        refused = bool(status and status.alarm)
        self.recut_button.setVisible(refused)
        self.recut_button.setEnabled(idle and refused and not (status and status.resync_required))
        resync = bool(status and status.resync_required)
        self.resync_button.setVisible(resync)
        self.resync_button.setEnabled(idle and resync and bool(status and status.link.center_key_id))
        if resync:
            self.export_button.setEnabled(False)

    def _say_why_disabled(self, may_send: bool, has_key: bool) -> None:
        """A greyed-out action says, on hover, what it waits for - the first thing missing - and nothing once
        it can be used (a banner above may promise that sending bundles the changes)."""
        link = self.status.link if self.status else None
        if not may_send:
            role = self.tr("Your role does not send to the center; a secretary does.")
            reasons = {button: role for button in (self.send_button, self.export_button, self.import_button)}
        else:
            no_key = self.tr("Create the province's signing key first (above).")
            no_center_key = self.tr("Pin the center's key first (above).")
            no_address = self.tr("Enter the center's address first (above).")
            reasons = {
                self.send_button: (no_key if not has_key else no_center_key if not (link and link.center_key_id)
                                   else no_address if not (link and link.url) else ""),
                self.export_button: no_key if not has_key else "",
                self.import_button: no_center_key if not (link and link.center_key_id) else "",
            }
        for button, reason in reasons.items():
            button.setToolTip("" if button.isEnabled() else reason)

    def _show_busy(self, busy: bool) -> None:
        for widget in self._progress_widgets:
            widget.setVisible(busy)
        self.progress.setRange(0, 0)
        kind = self._runner.kind
        self.activity.setText({"send": self.tr("Sending to the center…"),
                               "retry": self.tr("Sending to the center (automatic retry)…"),
                               "export": self.tr("Writing the bundles…")}.get(kind, ""))
        self.cancel_button.setEnabled(kind in ("export", "send"))
        self._enable_actions(not busy)

    def _show_progress(self, done: int, total: int, _message: str) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(min(done, total) if total else 0)

    def _changed(self, areas: frozenset[Area]) -> None:
        if self.isVisible() or Area.SYNC in areas:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()  # other pages' edits become "changes not yet in a bundle"

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.outcome.setText("\n".join(paragraph(line) for line in text.splitlines()))
        self.outcome.setStyleSheet("color: #b00020;" if problem else "color: #1b4332;")

    # the ways out (sync_ways_out.py), as the page offers them ---------------------------------------
    def send_now(self) -> None:
        self.ways_out.send_now()

    def export_to(self, folder: Path) -> None:
        self.ways_out.export_to(folder)

    def resync_from(self, folder: Path) -> None:
        self.ways_out.resync_from(folder)

    def import_receipts(self, paths: list[Path]) -> list[ReceiptOutcome]:
        return self.ways_out.import_receipts(paths)

    # passphrase -------------------------------------------------------------------------------------
    def _key_location(self) -> str:
        key = self.status.link.signing_key if self.status else None
        return key.location if key else ""

    # the table --------------------------------------------------------------------------------------
    def _columns(self) -> list[Column[OutboxEntry]]:
        now = self._services.clock.now
        return [
            Column(self.tr("Bundle"), lambda e: format_number(e.sequence), sort_key=lambda e: e.sequence,
                   numeric=True),
            Column(self.tr("Cut on"), lambda e: format_datetime(e.created_at), numeric=True),
            Column(self.tr("Size"), lambda e: format_size(e.size_bytes), numeric=True),
            Column(self.tr("State"), state_label, background=state_color),
            Column(self.tr("Attempts"), lambda e: format_number(e.attempts), numeric=True),
            Column(self.tr("Next attempt"), lambda e: format_datetime(next_attempt(e, now()))
                   if e.next_attempt_at is not None or (e.state == "sent" and e.attempts) else "—",
                   numeric=True),
            Column(self.tr("Acknowledged on"), lambda e: format_datetime(e.acknowledged_at), numeric=True),
            Column(self.tr("Reason"), lambda e: reason_text(e.reason) if e.reason else ""),
        ]
