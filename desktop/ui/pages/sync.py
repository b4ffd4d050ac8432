"""«ارسال به مرکز»: the outbox's bundles and their state, how long the province has waited for a receipt,
the link to the center (address, pinned center key, the province's signing key), and the ways out: send now,
export to a folder, import the center's receipts. Slow work runs through the window's SyncRunner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.sync.outbox import OutboxEntry
from desktop.sync.service import ExportResult, ReceiptOutcome, SendResult, SyncStatus, next_attempt
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.dialogs.passphrase import SessionPassphrase
from desktop.ui.formatting import format_datetime, format_number, isolate_ltr, paragraph
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.sync_directives import DirectivesBox
from desktop.ui.pages.sync_link import CenterLinkBox
from desktop.ui.sync_runner import SyncRunner
from desktop.ui.sync_text import format_size, reason_text, state_color, state_label, without_ack_text
from desktop.ui.widgets.cards import reading_table, section_title
from desktop.ui.widgets.errors import describe, show_error

BANNER_STYLES = {
    "ok": "background: #d8f3dc; color: #1b4332;",
    "info": "background: #e9ecef; color: #1d3557;",
    "warn": "background: #ffe3a3; color: #7a4b00;",
    "alarm": "background: #f8d7da; color: #842029; border: 2px solid #b00020;",
}
BANNER_BASE = "padding: 8px 12px; border-radius: 6px; font-size: 12pt; font-weight: bold;"


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
        self.send_button.clicked.connect(self.send_now)
        self.export_button = QPushButton(self.tr("Export to folder…"))
        self.export_button.setObjectName("exportBundles")
        self.export_button.clicked.connect(self.choose_export_folder)
        self.import_button = QPushButton(self.tr("Import receipts…"))
        self.import_button.setObjectName("importReceipts")
        self.import_button.clicked.connect(self.choose_receipts)
        self.resync_button = QPushButton(self.tr("Bring the chain up to date from a folder…"))
        self.resync_button.setObjectName("resyncFromFolder")
        self.resync_button.clicked.connect(self.choose_chain_folder)
        self.recut_button = QPushButton(self.tr("Cut the refused changes again…"))
        self.recut_button.setObjectName("recutRefused")
        self.recut_button.clicked.connect(self.confirm_recut)
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
            self.banner.setStyleSheet(BANNER_BASE + BANNER_STYLES["warn"])
            return
        self.status = status
        self.model.set_rows(status.entries)
        self._show_banner(status)
        self.link_box.show_link(status)
        self.directives_box.refresh(bool(status.link.center_key_id and status.link.province))
        self._enable_actions(not self._runner.is_busy())

    def _show_banner(self, status: SyncStatus) -> None:
        if status.refused is not None:  # a final refusal blocks everything after it: the alarm comes first
            text = self.tr("The center refused bundle {sequence} for good: {reason} Nothing after it is sent until "
                           "it is cut again: press «Cut the refused changes again», then Send now. No change is "
                           "lost and the chain stays whole.").format(
                sequence=format_number(status.refused.sequence), reason=reason_text(status.refused.reason))
            style = "alarm"
        elif status.resync_required:
            text, style = self.tr("This database was restored from a backup. Before anything is sent, its bundle "
                                  "chain is taken back from the center: press Send now (online), or bring it "
                                  "up to date from the folder the center exported."), "warn"
        elif status.without_ack is not None:
            text, style = without_ack_text(status.without_ack), "warn" if status.warn_without_ack else "info"
        elif status.last_acknowledged_at is not None:
            text = self.tr("Every bundle has been acknowledged; the last receipt came on {when}.").format(
                when=format_datetime(status.last_acknowledged_at))
            style = "ok"
        else:
            text, style = self.tr("Nothing has been sent to the center yet."), "info"
        self.banner.setText(text)
        self.banner.setStyleSheet(BANNER_BASE + BANNER_STYLES[style])
        self.banner.setProperty("level", style)
        notes = []
        if status.pending_count:
            notes.append(self.tr("{count} bundle(s) waiting for the center.").format(
                count=format_number(status.pending_count)))
        if status.next_attempt_at is not None and status.link.can_send:
            notes.append(self.tr("Next automatic attempt: {when}.").format(
                when=format_datetime(status.next_attempt_at)))
        if status.has_unsent_changes:
            notes.append(self.tr("There are changes not yet in a bundle; sending or exporting puts them in one."))
        self.details.setText(" ".join(notes))
        self.details.setVisible(bool(notes))
        self._show_freshness()

    def _show_freshness(self) -> None:
        """Warn when the newest directive listing the center signed is older than the setting (issue 12)."""
        try:
            state = self._sync.directive_freshness()
        except DomainError:
            state = None
        if state is None or not state.stale:
            self.freshness.setVisible(False)
            return
        if state.listing_at is None:
            text = self.tr("No directive listing signed by the center has been received yet; Send now asks "
                           "for it.")
        else:
            text = self.tr("The newest directive listing signed by the center is {days} day(s) old (more than "
                           "{limit}): directives may be held back from this province. Send now asks again.").format(
                days=format_number(state.age.days if state.age else 0), limit=format_number(state.stale_after_days))
        self.freshness.setText(text)
        self.freshness.setStyleSheet(BANNER_BASE + BANNER_STYLES["warn"])
        self.freshness.setVisible(True)

    def _enable_actions(self, idle: bool) -> None:
        status = self.status
        idle = idle and self._sync.may_send()  # a reader sees the outbox; the service refuses the rest anyway
        has_key = bool(status and status.link.signing_key and status.link.signing_key.key_id)
        self.send_button.setEnabled(idle and bool(status and status.link.can_send and has_key))
        self.export_button.setEnabled(idle and has_key)
        self.import_button.setEnabled(idle and bool(status and status.link.center_key_id))
        refused = bool(status and status.alarm)
        self.recut_button.setVisible(refused)
        self.recut_button.setEnabled(idle and refused and not (status and status.resync_required))
        resync = bool(status and status.resync_required)
        self.resync_button.setVisible(resync)
        self.resync_button.setEnabled(idle and resync and bool(status and status.link.center_key_id))
        if resync:
            self.export_button.setEnabled(False)

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

    # the ways out -----------------------------------------------------------------------------------
    def send_now(self) -> None:
        passphrase = self._passphrase_for_send()
        if passphrase is False:
            return
        sync = self._sync
        self._runner.run("send", lambda progress: sync.send_now(passphrase or None, progress),
                         lambda result: self._sent(result, passphrase), self._job_failed(self.tr("Send now")),
                         lambda: self._say(self.tr("Sending was cancelled.")))

    def _sent(self, result: SendResult, passphrase: str | bool) -> None:
        self.passphrases.value = passphrase or self.passphrases.value
        report = result.report
        text = self.tr("Sent {sent}: acknowledged {acknowledged}, rejected {rejected}.").format(
            sent=format_number(report.sent), acknowledged=format_number(report.acknowledged),
            rejected=format_number(report.rejected))
        if report.blocked:
            text = self.tr("The center refused bundle {sequence} for good; see the notice above.").format(
                sequence=format_number(report.refused_sequence or 0))
        elif report.deferred:
            text = self.tr("The center did not take the bundle now ({reason}); it is sent again at {when}.").format(
                reason=reason_text(report.error), when=format_datetime(report.next_attempt_at))
        elif report.failed and report.problem is not None:
            text = self.tr("{reason} The next attempt is at {when}.").format(
                reason=describe(report.problem), when=format_datetime(report.next_attempt_at))
        elif report.failed:
            text = self.tr("The center could not be reached or its answer could not be verified; the next "
                           "attempt is at {when}.").format(when=format_datetime(report.next_attempt_at))
            text += " " + self.tr("Sent before that: {sent}.").format(sent=format_number(report.sent))
        elif report.sent == 0:
            text = self.tr("Nothing was due to send.")
        self._say(text, problem=bool(report.failed or report.rejected or report.deferred or report.blocked))

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the bundles to a folder"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        passphrase = self._passphrase_for_cut()
        if passphrase is False:
            return
        sync = self._sync
        self._runner.run("export", lambda progress: sync.export_to_folder(folder, passphrase or None, progress),
                         lambda result: self._exported(result, folder, passphrase),
                         self._job_failed(self.tr("Export to folder")),
                         lambda: self._say(self.tr("The export was cancelled; the files already written are "
                                                   "complete and verified.")))

    def _exported(self, result: ExportResult, folder: Path, passphrase: str | bool) -> None:
        self.passphrases.value = passphrase or self.passphrases.value
        if not result.files:
            self._say(self.tr("No bundle is waiting; nothing was written."))
            return
        self._say(self.tr("{count} bundle(s) written to {path} and read back to check them.").format(
            count=format_number(len(result.files)), path=isolate_ltr(str(folder))))

    def choose_chain_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The folder the center exported"))
        if folder:
            self.resync_from(Path(folder))

    def resync_from(self, folder: Path) -> None:
        try:
            result = self._sync.resync_from_folder(folder)
        except DomainError as error:
            show_error(self, self.tr("Bring the chain up to date"), error)
            return
        self._say(self.tr("The bundle chain is up to date with the center: {taken} bundle(s) taken back, "
                          "{confirmed} confirmed.").format(taken=format_number(result.taken_back),
                                                          confirmed=format_number(result.confirmed)))
        self._notifier.announce(Area.SYNC)

    def confirm_recut(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Cut the refused changes again"),
            self.tr("The refused bundle and the later ones the center has not acknowledged are removed, and their "
                    "changes go into a new bundle the next time you send. Go on?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.recut()

    def recut(self) -> None:
        try:
            result = self._sync.recut()
        except DomainError as error:
            show_error(self, self.tr("Cut the refused changes again"), error)
            return
        text = self.tr("{removed} bundle(s) removed; their changes go into the next bundle, after bundle "
                       "{head}.").format(removed=format_number(result.removed),
                                         head=format_number(result.head_sequence))
        if result.resync_required:
            text += " " + self.tr("The center holds another bundle at that place: the next send first takes the "
                                  "center's chain back.")
        self._say(text)
        self._notifier.announce(Area.SYNC)

    def choose_receipts(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("The center's receipts"), "",
                                                self.tr("Receipts (*.rasad-receipt *.receipt);;All files (*)"))
        if names:
            self.import_receipts([Path(name) for name in names])

    def import_receipts(self, paths: list[Path]) -> list[ReceiptOutcome]:
        try:
            outcomes = self._sync.import_receipt_files(paths)
        except DomainError as error:
            show_error(self, self.tr("Import receipts"), error)
            return []
        lines = [self._receipt_line(outcome) for outcome in outcomes]
        self._say("\n".join(lines), problem=any(o.error is not None for o in outcomes))
        self._notifier.announce(Area.SYNC)
        return outcomes

    def _receipt_line(self, outcome: ReceiptOutcome) -> str:
        if outcome.error is not None:
            return self.tr("{file}: refused — {reason}").format(file=isolate_ltr(outcome.path.name),
                                                                reason=describe(outcome.error))
        entry = outcome.entry
        assert entry is not None
        return self.tr("{file}: bundle {sequence} — {state}").format(
            file=isolate_ltr(outcome.path.name), sequence=format_number(entry.sequence), state=state_label(entry))

    # passphrase -------------------------------------------------------------------------------------
    def _key_location(self) -> str:
        key = self.status.link.signing_key if self.status else None
        return key.location if key else ""

    def _passphrase_for_send(self) -> str | bool:
        """Sending also asks the center for directives with a signed request: the passphrase is asked for
        when a bundle is cut or when the directive listing is out of date; else the session's, if known."""
        try:
            if self._sync.directive_freshness().stale:
                return self.passphrases.get(self._sync.needs_passphrase())
        except DomainError:
            pass
        passphrase = self._passphrase_for_cut()
        return self.passphrases.value or "" if passphrase == "" else passphrase

    def _passphrase_for_cut(self) -> str | bool:
        try:
            if not self._sync.has_unsent_changes() or (self.status is not None and self.status.alarm):
                return ""  # nothing to sign (or nothing is cut behind a final refusal): no passphrase needed
            return self.passphrases.get(self._sync.needs_passphrase())
        except DomainError as error:
            show_error(self, self.tr("Send to center"), error)
            return False

    def _job_failed(self, title: str):
        def failed(error: object) -> None:
            self.passphrases.forget_if_wrong(error)
            self._say(describe(error), problem=True)
            show_error(self, title, error)
        return failed

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
