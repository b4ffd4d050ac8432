"""The signed-in session in the window: lock after inactivity (the password is asked again), lock when the account
changed since its sign-in (desktop/accounts/live.py), and sign out."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.accounts.errors import AccountChanged
from desktop.context import AppServices
from desktop.domain.signin import InactivityLock
from desktop.ui import account_changes

log = logging.getLogger(__name__)

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}


class SessionLock(QObject):
    """Watches input to the application; after ``lock.idle_for`` without any, hides the window's content and
    asks for a sign-in again. Signing in as someone else switches the user (``on_switch``); cancelling quits.

    It locks too, saying why, when the signed-in account was disabled, given another role or district, renamed or
    given a new password since the sign-in: at once when a write was refused for it (the services refuse every
    write then: :mod:`desktop.ui.account_changes`), and at its next look (every 15 seconds) otherwise, so that
    a window that only reads stops showing what the account may no longer see."""

    def __init__(self, window: QWidget, services: AppServices, on_switch: Callable[[], None],
                 lock: InactivityLock | None = None, now: Callable[[], datetime] = lambda: datetime.now(UTC)):
        super().__init__(window)
        self._window = window
        self._services = services
        self._on_switch = on_switch
        self._now = now
        self.lock = lock or InactivityLock()
        self.last_activity = now()
        self.locked = False
        QApplication.instance().installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        account_changes.on_refused(self.lock_for)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT and not self.locked:
            self.last_activity = self._now()
        return False

    def check(self) -> bool:
        """Lock when the idle time has run out, or the account changed since the sign-in; True when it did."""
        if self.locked:
            return False
        if self.lock.is_due(self.last_activity, self._now()):
            self.lock_now()
            return True
        try:
            changed = self._services.account_change()
        except Exception:  # noqa: BLE001 - a busy or damaged database: its own banner says so; look again later
            log.warning("the signed-in account could not be looked at", exc_info=True)
            return False
        if changed is None:
            return False
        self.lock_now(changed)
        return True

    def lock_for(self, changed: AccountChanged) -> None:
        """A write was refused because the account changed: lock once the message box saying so is closed."""
        if self.locked:
            return
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(200, lambda: self.lock_for(changed))
            return
        self.lock_now(changed)

    def lock_now(self, changed: AccountChanged | None = None) -> None:
        """Hide the content and ask for a sign-in; ``changed``: why (the account changed), said in the dialog."""
        from desktop.ui.dialogs.sign_in import SignInDialog
        from desktop.ui.domain_text import said_error

        if self.locked:
            return
        self.locked = True
        before = self._services.principal
        central = self._window.centralWidget() if hasattr(self._window, "centralWidget") else None
        if central is not None:
            central.hide()
        dialog = SignInDialog(self._services.accounts, self._window,
                              province=self._services.profile().province_name)
        dialog.setObjectName("locked")
        dialog.setWindowTitle(self.tr("Rasad is locked"))
        if changed is not None:
            dialog.message.setText(said_error(changed.change))
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._unlocked(dialog, before, result))
        dialog.open()

    def _unlocked(self, dialog, before, result: int) -> None:
        self.locked = False
        self.last_activity = self._now()
        if result != dialog.DialogCode.Accepted or dialog.principal is None:
            self._window.close()
            return
        central = self._window.centralWidget() if hasattr(self._window, "centralWidget") else None
        if central is not None:
            central.show()
        # Always: the same account signed in again carries its new password's stamp (live.py).
        self._services.set_principal(dialog.principal)
        if dialog.principal != before:
            self._on_switch()

    def stop(self) -> None:
        account_changes.on_refused(None)
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def sign_out(window: QMainWindow, services: AppServices, rebuild: Callable[[], None]) -> None:
    """Hide everything, ask for a sign-in; someone else may sign in (the pages are built again for whoever did:
    ``rebuild``); cancelling closes the window."""
    from desktop.ui.startup import sign_in

    window.centralWidget().hide()
    if not sign_in(services, window):
        window.close()
        return
    window.centralWidget().show()
    rebuild()
