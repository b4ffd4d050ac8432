"""The window of an account disabled, given another role or district, renamed or given a new password elsewhere
locks and asks for a sign-in, saying why (desktop/ui/session_lock.py): at once when a write was refused for it, at
the lock's next look (every 15 seconds) when the window only reads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.accounts.errors import AccountChanged
from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.accounts.views import AccountForm
from desktop.context import AppServices
from desktop.domain.access import Role
from desktop.meetings.views import MeetingForm
from desktop.store.database import Database, open_database
from desktop.ui.dialogs.sign_in import SignInDialog
from desktop.ui.language import translate
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.errors import show_error

pytestmark = pytest.mark.gui
PASSWORD = "باغ انار ۱۴۰۵ سبز"
HASHING = PasswordHashing(TEST_PARAMETERS)
ROLE_CHANGED = ("Your role or judicial district was changed after you signed in; sign in again to go on with the "
                "rights you have now.")


@pytest.fixture
def elsewhere(services: AppServices) -> Iterator[Database]:
    """Another window on the same file: the secretary there manages the accounts."""
    assert services.database.path is not None
    db = open_database(services.database.path, create=False)
    yield db
    db.close()


@pytest.fixture
def window(qtbot, services: AppServices, ui_settings, elsewhere: Database) -> MainWindow:
    accounts = AccountService(elsewhere, services.clock, hashing=HASHING)
    secretary = accounts.create_first_secretary("sec", "دبیر شورا", PASSWORD)
    accounts.create_account(secretary, AccountForm("sec2", "دبیر دوم", Role.SECRETARY), PASSWORD)
    services.accounts = AccountService(services.database, services.clock, hashing=HASHING)
    services.set_principal(services.accounts.sign_in("sec2", PASSWORD))
    shown = MainWindow(ui_settings, services)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _demote(elsewhere: Database, services: AppServices) -> None:
    accounts = AccountService(elsewhere, services.clock, hashing=HASHING)
    admin = accounts.sign_in("sec", PASSWORD)
    own = accounts.account_by_login(admin, "sec2")
    accounts.update_account(admin, own.id, AccountForm("sec2", "دبیر دوم", Role.VIEWER))


def _lock_dialog(window: MainWindow) -> SignInDialog | None:
    dialog = window.findChild(SignInDialog, "locked")
    return dialog if dialog is not None and dialog.isVisible() else None


def test_a_window_that_only_reads_locks_at_the_next_look_and_says_why(
        qtbot, window: MainWindow, services: AppServices, elsewhere: Database) -> None:
    assert window.session_lock is not None and not window.session_lock.check()
    _demote(elsewhere, services)
    assert window.session_lock.check()
    dialog = _lock_dialog(window)
    assert dialog is not None and not window.centralWidget().isVisible()
    assert dialog.message.text() == translate("SignIn", ROLE_CHANGED)  # no "nothing was saved": nothing was tried
    dialog.login.setText("sec2")
    dialog.password.setText(PASSWORD)
    dialog.accept()  # signed in again: the pages are built for the role the account has now
    assert services.principal.role is Role.VIEWER and window.centralWidget().isVisible()
    assert services.account_change() is None


def test_a_refused_write_locks_the_window_once_its_message_is_closed(
        qtbot, window: MainWindow, services: AppServices, elsewhere: Database,
        monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    _demote(elsewhere, services)
    with pytest.raises(AccountChanged) as refused:
        services.meetings.create_meeting(MeetingForm(services.clock.today(), "جلسه شورا"))
    show_error(window, "Meetings", refused.value)  # as a page shows what the service refused
    assert shown and translate("SignIn", ROLE_CHANGED) in shown[0] and shown[0] != translate("SignIn", ROLE_CHANGED)
    qtbot.waitUntil(lambda: _lock_dialog(window) is not None, timeout=5_000)
    assert window.session_lock is not None and window.session_lock.locked
