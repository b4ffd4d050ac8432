"""The signed-in session in the window: lock after inactivity (the password is asked again) and sign out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from desktop.context import AppServices
from desktop.domain.signin import InactivityLock

_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
          QEvent.Type.TouchBegin}


class SessionLock(QObject):
    """Watches input to the application; after ``lock.idle_for`` without any, hides the window's content and
    asks for a sign-in again. Signing in as someone else switches the user (``on_switch``); cancelling quits."""

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _INPUT and not self.locked:
            self.last_activity = self._now()
        return False

    def check(self) -> bool:
        """Lock when the idle time has run out; True when it did."""
        if self.locked or not self.lock.is_due(self.last_activity, self._now()):
            return False
        self.lock_now()
        return True

    def lock_now(self) -> None:
        from desktop.ui.dialogs.sign_in import SignInDialog

        self.locked = True
        before = self._services.principal
        central = self._window.centralWidget() if hasattr(self._window, "centralWidget") else None
        if central is not None:
            central.hide()
        dialog = SignInDialog(self._services.accounts, self._window,
                              province=self._services.profile().province_name)
        dialog.setObjectName("locked")
        dialog.setWindowTitle(self.tr("Rasad is locked"))
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
        if dialog.principal != before:
            self._services.set_principal(dialog.principal)
            self._on_switch()

    def stop(self) -> None:
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
