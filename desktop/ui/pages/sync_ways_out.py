"""The ways out of the "Send to center" page: send now, export the bundles to a folder (both through the window's
SyncRunner), import the center's receipts, bring the bundle chain up to date from the folder the center exported
(a database restored from a backup) and cut the refused changes again (after a final refusal) - each with its
dialog, the signing key's passphrase it needs and what the page says of it. Its texts stay in the "SyncPage"
context of the translations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.messages import DomainError
from desktop.sync.service import ExportResult, ReceiptOutcome, SendResult, SyncService
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.dialogs.passphrase import SessionPassphrase
from desktop.ui.formatting import file_name, file_path, format_datetime, format_number
from desktop.ui.sync_runner import SyncRunner
from desktop.ui.sync_text import reason_text, state_label
from desktop.ui.widgets.errors import describe, show_error

if TYPE_CHECKING:
    from desktop.sync.resync import ResyncResult
    from desktop.ui.pages.sync import SyncPage


class WaysOut:
    """The ways out of ``page``, the parent of their dialogs, whose ``status`` (the last one shown) says whether a
    final refusal holds the cutting back; ``passphrases`` is the session's, ``say(text, problem=...)`` shows what
    came of a way out on the page."""

    def __init__(self, page: SyncPage, sync: SyncService, notifier: ChangeNotifier, runner: SyncRunner,
                 passphrases: SessionPassphrase, say: Callable[..., None]) -> None:
        self._page = page
        self._sync = sync
        self._notifier = notifier
        self._runner = runner
        self._passphrases = passphrases
        self._say = say

    # send now -----------------------------------------------------------------------------------------
    def send_now(self) -> None:
        passphrase = self._passphrase_for_send()
        if passphrase is False:
            return
        sync = self._sync
        self._runner.run("send", lambda progress: sync.send_now(passphrase or None, progress),
                         lambda result: self._sent(result, passphrase),
                         self._job_failed(QCoreApplication.translate("SyncPage", "Send now")),
                         lambda: self._say(QCoreApplication.translate("SyncPage", "Sending was cancelled.")))

    def _sent(self, result: SendResult, passphrase: str | bool) -> None:
        self._passphrases.value = passphrase or self._passphrases.value
        report = result.report
        text = QCoreApplication.translate(
            "SyncPage", "Sent {sent}: acknowledged {acknowledged}, rejected {rejected}.").format(
            sent=format_number(report.sent), acknowledged=format_number(report.acknowledged),
            rejected=format_number(report.rejected))
        if report.blocked:
            text = QCoreApplication.translate(
                "SyncPage", "The center refused bundle {sequence} for good; see the notice above.").format(
                sequence=format_number(report.refused_sequence or 0))
        elif report.deferred:
            text = QCoreApplication.translate(
                "SyncPage", "The center did not take the bundle now ({reason}); it is sent again at {when}.").format(
                reason=reason_text(report.error), when=format_datetime(report.next_attempt_at))
        elif report.failed and report.problem is not None:
            text = QCoreApplication.translate("SyncPage", "{reason} The next attempt is at {when}.").format(
                reason=describe(report.problem), when=format_datetime(report.next_attempt_at))
        elif report.failed:
            text = QCoreApplication.translate(
                "SyncPage", "The center could not be reached or its answer could not be verified; the next "
                            "attempt is at {when}.").format(when=format_datetime(report.next_attempt_at))
            text += " " + QCoreApplication.translate("SyncPage", "Sent before that: {sent}.").format(
                sent=format_number(report.sent))
        elif report.sent == 0:
            text = QCoreApplication.translate("SyncPage", "Nothing was due to send.")
        if result.resynced is not None:
            text = f"{self._resynced(result.resynced)} {text}"
        self._say(text, problem=bool(report.failed or report.rejected or report.deferred or report.blocked))

    # export to a folder -------------------------------------------------------------------------------
    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._page, QCoreApplication.translate("SyncPage", "Export the bundles to a folder"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        passphrase = self._passphrase_for_cut()
        if passphrase is False:
            return
        sync = self._sync
        self._runner.run("export", lambda progress: sync.export_to_folder(folder, passphrase or None, progress),
                         lambda result: self._exported(result, folder, passphrase),
                         self._job_failed(QCoreApplication.translate("SyncPage", "Export to folder")),
                         lambda: self._say(QCoreApplication.translate(
                             "SyncPage", "The export was cancelled; the files already written are "
                                         "complete and verified.")))

    def _exported(self, result: ExportResult, folder: Path, passphrase: str | bool) -> None:
        self._passphrases.value = passphrase or self._passphrases.value
        if not result.files:
            self._say(QCoreApplication.translate("SyncPage", "No bundle is waiting; nothing was written."))
            return
        self._say(QCoreApplication.translate(
            "SyncPage", "{count} bundle(s) written to {path} and read back to check them.").format(
            count=format_number(len(result.files)), path=file_path(str(folder))))

    # bring the chain up to date from a folder ---------------------------------------------------------
    def choose_chain_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._page, QCoreApplication.translate("SyncPage", "The folder the center exported"))
        if folder:
            self.resync_from(Path(folder))

    def resync_from(self, folder: Path) -> None:
        try:
            result = self._sync.resync_from_folder(folder)
        except DomainError as error:
            show_error(self._page, QCoreApplication.translate("SyncPage", "Bring the chain up to date"), error)
            return
        self._say(self._resynced(result))
        self._notifier.announce(Area.SYNC)

    @staticmethod
    def _resynced(result: ResyncResult) -> str:
        text = QCoreApplication.translate(
            "SyncPage", "The bundle chain is up to date with the center: {taken} bundle(s) taken back, "
                        "{confirmed} confirmed.").format(taken=format_number(result.taken_back),
                                                        confirmed=format_number(result.confirmed))
        if result.corrected:
            text += " " + QCoreApplication.translate(
                "SyncPage", "{count} row(s) the center holds differ from this database (changes the restore "
                            "lost): the next bundle corrects them at the center.").format(
                count=format_number(result.corrected))
        elif result.taken_back:
            text += " " + QCoreApplication.translate(
                "SyncPage", "The center holds the rows of the bundles taken back as this database has them: "
                            "nothing to correct.")
        return text

    # cut the refused changes again --------------------------------------------------------------------
    def confirm_recut(self) -> None:
        answer = QMessageBox.question(
            self._page, QCoreApplication.translate("SyncPage", "Cut the refused changes again"),
            QCoreApplication.translate(
                "SyncPage", "The refused bundle and the later ones the center has not acknowledged are removed, "
                            "and their changes go into a new bundle the next time you send. Go on?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.recut()

    def recut(self) -> None:
        try:
            result = self._sync.recut()
        except DomainError as error:
            show_error(self._page, QCoreApplication.translate("SyncPage", "Cut the refused changes again"), error)
            return
        text = QCoreApplication.translate(
            "SyncPage", "{removed} bundle(s) removed; their changes go into the next bundle, after bundle "
                        "{head}.").format(removed=format_number(result.removed),
                                          head=format_number(result.head_sequence))
        if result.resync_required:
            text += " " + QCoreApplication.translate(
                "SyncPage", "The center holds another bundle at that place: the next send first takes the "
                            "center's chain back.")
        self._say(text)
        self._notifier.announce(Area.SYNC)

    # import the center's receipts ---------------------------------------------------------------------
    def choose_receipts(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self._page, QCoreApplication.translate("SyncPage", "The center's receipts"), "",
            QCoreApplication.translate("SyncPage", "Receipts (*.rasad-receipt *.receipt);;All files (*)"))
        if names:
            self.import_receipts([Path(name) for name in names])

    def import_receipts(self, paths: list[Path]) -> list[ReceiptOutcome]:
        try:
            outcomes = self._sync.import_receipt_files(paths)
        except DomainError as error:
            show_error(self._page, QCoreApplication.translate("SyncPage", "Import receipts"), error)
            return []
        lines = [self._receipt_line(outcome) for outcome in outcomes]
        self._say("\n".join(lines), problem=any(o.error is not None for o in outcomes))
        self._notifier.announce(Area.SYNC)
        return outcomes

    def _receipt_line(self, outcome: ReceiptOutcome) -> str:
        if outcome.error is not None:
            return QCoreApplication.translate("SyncPage", "{file}: refused — {reason}").format(
                file=file_name(outcome.path.name), reason=describe(outcome.error))
        entry = outcome.entry
        assert entry is not None
        return QCoreApplication.translate("SyncPage", "{file}: bundle {sequence} — {state}").format(
            file=file_name(outcome.path.name), sequence=format_number(entry.sequence), state=state_label(entry))

    # passphrase ---------------------------------------------------------------------------------------
    def _passphrase_for_send(self) -> str | bool:
        """Sending also asks the center for directives with a signed request: the passphrase is asked for
        when a bundle is cut or when the directive listing is out of date; else the session's, if known."""
        try:
            if self._sync.directive_freshness().stale:
                return self._passphrases.get(self._sync.needs_passphrase())
        except DomainError:
            pass
        passphrase = self._passphrase_for_cut()
        return self._passphrases.value or "" if passphrase == "" else passphrase

    def _passphrase_for_cut(self) -> str | bool:
        try:
            if not self._sync.has_unsent_changes() or (self._page.status is not None and self._page.status.alarm):
                return ""  # nothing to sign (or nothing is cut behind a final refusal): no passphrase needed
            return self._passphrases.get(self._sync.needs_passphrase())
        except DomainError as error:
            show_error(self._page, QCoreApplication.translate("SyncPage", "Send to center"), error)
            return False

    def _job_failed(self, title: str):
        def failed(error: object) -> None:
            self._passphrases.forget_if_wrong(error)
            self._say(describe(error), problem=True)
            show_error(self._page, title, error)
        return failed
