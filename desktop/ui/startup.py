"""Opening the database at start: create the demo on first use, refuse broken or newer files with a
clear message, and run the first-run setup wizard on a new real database."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWizard

from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.tasks import TaskProgress
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
                             path=str(self.path), reason=describe(error)))
            return None
        services = AppServices(database, is_demo=self.demo)
        if not self.demo and not services.profile().is_set_up and self.interactive:
            from desktop.ui.setup_wizard import SetupWizard

            wizard = SetupWizard(services)
            if wizard.exec() != QWizard.DialogCode.Accepted:
                services.close()
                return None
            if wizard.principal is not None:
                services.set_principal(wizard.principal)
            else:
                services.set_user(services.profile().user_name)
        elif services.accounts.has_accounts():
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
        loop = QEventLoop()
        outcome: dict[str, object] = {}
        task = BackgroundTask(lambda progress: open_database(path, progress=progress))
        task.progressed.connect(lambda done, total, table: self._opening_step(dialog, done, total, table))
        task.succeeded.connect(lambda database: outcome.setdefault("database", database))
        task.failed.connect(lambda error: outcome.setdefault("error", error))
        task.finished.connect(loop.quit)
        task.start()
        loop.exec()
        dialog.close()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["database"]

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
        loop = QEventLoop()
        outcome: dict[str, object] = {}
        task = BackgroundTask(job)
        task.progressed.connect(lambda done, total, _msg: (dialog.setMaximum(total), dialog.setValue(done)))
        task.succeeded.connect(lambda _result: outcome.setdefault("ok", True))
        task.failed.connect(lambda error: outcome.setdefault("error", error))
        task.finished.connect(loop.quit)
        dialog.canceled.connect(task.cancel)
        task.start()
        loop.exec()
        dialog.close()
        if outcome.get("ok"):
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


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-checked"):  # -checked: desktop/store/check_record.py
        Path(f"{path}{suffix}").unlink(missing_ok=True)
