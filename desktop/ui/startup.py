"""Opening the database at start: create the demo on first use, refuse broken or newer files with a
clear message, and run the first-run setup wizard on a new real database (or restore the backup it was given
instead)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, SignalInstance
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWizard

from desktop.clock import Clock
from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.tasks import TaskProgress
from desktop.ui.formatting import file_name, format_number
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets.errors import describe


class DatabaseOpener(QObject):
    """`interactive=False` (the self-test) never waits for a person: no wizard, messages go to stderr."""

    def __init__(self, path: Path, *, demo: bool, interactive: bool = True,
                 before_sign_in: Callable[[], None] | None = None):
        """``before_sign_in`` runs when the database turns out to have accounts, before anyone signs in (the
        window takes a remembered overview off the screen: desktop/ui/app.py)."""
        super().__init__()
        self.path = path
        self.demo = demo
        self.interactive = interactive
        self.before_sign_in = before_sign_in

    def open_interactively(self) -> AppServices | None:
        if self.demo and not self.path.exists() and not self._create_demo():
            return None
        try:
            database = self._open()
        except DomainError as error:
            self._report(self.tr("Rasad cannot open the database"),
                         self.tr("The database {path} was not opened.\n\n{reason}").format(
                             path=file_name(str(self.path)), reason=describe(error)))
            return None
        services = AppServices(database, is_demo=self.demo)
        if not self.demo and not services.profile().is_set_up and self.interactive:
            return self._first_run(services)
        return self._signed_in(services)

    def _signed_in(self, services: AppServices) -> AppServices | None:
        """``services`` once someone has signed in, when the database has accounts (None: nobody did)."""
        if services.accounts.has_accounts():
            if self.before_sign_in is not None:
                self.before_sign_in()
            if not self.interactive:
                self._report(self.tr("Rasad"), self.tr(
                    "This database has user accounts; it is opened only after someone signs in."))
                services.close()
                return None
            # Signing in writes (the account's events): start the full integrity check now, while the
            # password is typed, so that first write seldom waits for it (desktop/store/health.py).
            BackgroundTask(lambda progress: services.database.health.ensure_checked(progress)).start()
            if not sign_in(services):
                services.close()
                return None
        return services

    def _first_run(self, services: AppServices) -> AppServices | None:
        """The setup wizard on a new database: the province set up (its secretary signed in), or a backup restored
        in its place (then signed in to with an account of the backup's). A refused restore shows why and brings
        the wizard back."""
        from desktop.ui.setup_wizard import SetupWizard

        while True:
            wizard = SetupWizard(services)
            if wizard.exec() != QWizard.DialogCode.Accepted:
                services.close()
                return None
            if wizard.restore_from is None:
                if wizard.principal is not None:
                    services.set_principal(wizard.principal)
                    return services
                services.set_user(services.profile().user_name)  # set up in another window meanwhile
                return self._signed_in(services)
            clock = services.clock
            services.close()
            restored = self._restore_first(wizard.restore_from, clock)
            try:
                services = AppServices(self._open(), clock)
            except DomainError as error:
                self._report(self.tr("Rasad cannot open the database"),
                             self.tr("The database {path} was not opened.\n\n{reason}").format(
                                 path=file_name(str(self.path)), reason=describe(error)))
                return None
            if restored:
                return self._signed_in(services)

    def _restore_first(self, backup: Path, clock: Clock) -> bool:
        """Restore ``backup`` in place of the new, empty database (closed), behind a progress dialog; says how it
        went. True when it was restored."""
        from desktop.backups.service import BackupService

        path = self.path
        dialog = QProgressDialog(self.tr("Restoring the backup…"), "", 0, 0)
        dialog.setWindowTitle(self.tr("Rasad"))
        dialog.setCancelButton(None)  # a restore is all or nothing: it is not interrupted halfway
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def show_phase(done: int, total: int, phase: str) -> None:
            if phase:
                dialog.setLabelText(self.tr("Restoring the backup…") + "\n" + QCoreApplication.translate("Store", phase))
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)

        outcome = _wait_for(lambda progress: BackupService.restore_new(backup, path, clock, progress), show_phase)
        dialog.close()
        if "error" in outcome:
            self._report(self.tr("Restore"), self.tr("The backup {file} was not restored.\n\n{reason}").format(
                file=file_name(str(backup)), reason=describe(outcome["error"])))
            return False
        message = self.tr("The backup was restored and checked. Sign in with your user name and password from it.")
        missing = outcome["result"].evidence.not_copied
        if missing:
            message += "\n\n" + self.tr(
                "{count} evidence files the restored database refers to are neither in the evidence folder nor "
                "beside the backup: their reports and resolutions list them as missing.").format(
                count=format_number(missing))
        if self.interactive:
            QMessageBox.information(None, self.tr("Restore"), message)
        return True

    def _open(self):  # noqa: ANN202 - a Database
        """Open the file in a worker while the window stays responsive. Opening reads only what is bounded,
        so this is quick; only a file that must be migrated is checked in full first, which takes seconds
        on a large one: a progress dialog appears when opening lasts longer than half a second."""
        from desktop.store.database import open_database

        path = self.path
        dialog = QProgressDialog(self.tr("Opening the database…"), "", 0, 0)
        dialog.setWindowTitle(self.tr("Rasad"))
        dialog.setCancelButton(None)  # a migration is all or nothing: it is not interrupted halfway
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)  # the check's 100 % is not the end: the migration follows it
        dialog.setAutoReset(False)
        outcome = _wait_for(lambda progress: open_database(path, progress=progress),
                            lambda done, total, table: self._opening_step(dialog, done, total, table))
        dialog.close()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["result"]

    def _opening_step(self, dialog: QProgressDialog, done: int, total: int, table: str) -> None:
        """Only an older file takes long to open: first its full check (a table at a time, counted), then its
        migration (one step of unknown length: a busy bar). The dialog says which."""
        if total:
            dialog.setLabelText(self.tr("Checking the database before upgrading it to this version of Rasad…"))
        else:
            dialog.setLabelText(self.tr("Upgrading the database to this version of Rasad…"))
        dialog.setMaximum(total)
        dialog.setValue(done)

    def _create_demo(self) -> bool:
        """Generate the demo province in a worker thread behind a cancellable progress dialog."""
        from desktop.demo.generator import generate_demo
        from desktop.store.database import open_database

        path = self.path
        path.parent.mkdir(parents=True, exist_ok=True)

        def job(progress: TaskProgress) -> None:
            database = open_database(path)
            try:
                generate_demo(database, as_of=date.today(), progress=progress)
            finally:
                database.close()

        dialog = QProgressDialog(self.tr("Creating the demo province…"), self.tr("Cancel"), 0, 0)
        dialog.setWindowTitle(self.tr("Rasad"))
        dialog.setMinimumDuration(0)
        outcome = _wait_for(job, lambda done, total, _msg: (dialog.setMaximum(total), dialog.setValue(done)),
                            cancel=dialog.canceled)
        dialog.close()
        if "result" in outcome:
            return True
        _remove_database(path)
        if "error" in outcome:
            self._report(self.tr("Rasad"), self.tr("The demo database could not be created.\n\n{reason}")
                         .format(reason=describe(outcome["error"])))
        return False

    def _report(self, title: str, text: str) -> None:
        if self.interactive:
            QMessageBox.critical(None, title, text)
        else:
            print(text, file=sys.stderr, flush=True)


def sign_in(services: AppServices, parent=None) -> bool:
    """Ask for a user name and password until someone signs in (True) or the dialog is cancelled."""
    from desktop.ui.dialogs.sign_in import SignInDialog

    dialog = SignInDialog(services.accounts, parent, province=services.profile().province_name)
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.principal is None:
        return False
    services.set_principal(dialog.principal)
    return True


def _wait_for(job: Callable[[TaskProgress], object], on_progress: Callable[[int, int, str], None],
              cancel: SignalInstance | None = None) -> dict[str, object]:
    """Run ``job`` in a worker while the window's events go on, until it ends: ``{"result": …}`` or
    ``{"error": …}`` (neither: it was cancelled by ``cancel``)."""
    loop = QEventLoop()
    outcome: dict[str, object] = {}
    task = BackgroundTask(job)
    task.progressed.connect(on_progress)
    if cancel is not None:
        cancel.connect(task.cancel)
    task.succeeded.connect(lambda result: outcome.setdefault("result", result))
    task.failed.connect(lambda error: outcome.setdefault("error", error))
    task.finished.connect(loop.quit)
    task.start()
    loop.exec()
    return outcome


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-checked"):  # -checked: desktop/store/check_record.py
        Path(f"{path}{suffix}").unlink(missing_ok=True)
