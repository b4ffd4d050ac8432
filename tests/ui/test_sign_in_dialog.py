"""The sign-in dialog: a refusal is shown in Persian and the dialog stays open; a success gives the principal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QDialog

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.domain.access import Role
from desktop.ui.dialogs.sign_in import SignInDialog

pytestmark = pytest.mark.gui
PASSWORD = "باغ انار ۱۴۰۵ سبز"


class _Clock:
    def now(self) -> datetime:
        return datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def today(self):
        return self.now().date()


@pytest.fixture
def accounts(services) -> AccountService:
    service = AccountService(services.database, _Clock(), hashing=PasswordHashing(TEST_PARAMETERS))
    service.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
    return service


def test_a_wrong_password_is_refused_in_persian_and_the_dialog_stays_open(qtbot, accounts) -> None:
    dialog = SignInDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.login.setText("dabir")
    dialog.password.setText("نادرست است این")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.principal is None
    assert dialog.message.text() == "نام کاربری یا گذرواژه نادرست است."
    assert dialog.password.text() == ""


def test_the_right_password_signs_in(qtbot, accounts) -> None:
    dialog = SignInDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.login.setText("Dabir")
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.principal is not None and dialog.principal.role is Role.SECRETARY
    assert dialog.password.text() == ""


def test_a_disabled_account_with_its_right_password_is_told_to_ask_the_secretary(qtbot, accounts) -> None:
    from desktop.accounts.views import AccountForm

    secretary = accounts.sign_in("dabir", PASSWORD)
    viewer = accounts.create_account(secretary, AccountForm("nazer", "ناظر", Role.VIEWER), PASSWORD)
    accounts.update_account(secretary, viewer, AccountForm("nazer", "ناظر", Role.VIEWER, active=False))
    dialog = SignInDialog(accounts)
    qtbot.addWidget(dialog)
    dialog.login.setText("nazer")
    dialog.password.setText("نادرست است این")
    dialog.accept()
    assert dialog.message.text() == "نام کاربری یا گذرواژه نادرست است."  # no hint without the password
    dialog.password.setText(PASSWORD)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.principal is None
    assert dialog.message.text() == ("این حساب غیرفعال است و نمی‌تواند وارد شود. از دبیر شورا بخواهید آن را "
                                     "دوباره فعال کند.")
