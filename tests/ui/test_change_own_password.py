"""File → Change my password…: a signed-in user makes his password his own again (after the secretary reset it)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.ui.dialogs.change_password import ChangePasswordDialog
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
PASSWORD = "باغ انار ۱۴۰۵ سبز"
NEW_PASSWORD = "کوه دماوند ۵۶۷۸ بلند"


@pytest.fixture
def window(qtbot, services: AppServices, ui_settings) -> MainWindow:
    services.accounts = AccountService(services.database, services.clock, hashing=PasswordHashing(TEST_PARAMETERS))
    services.set_principal(services.accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD))
    shown = MainWindow(ui_settings, services)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _dialog(window: MainWindow) -> ChangePasswordDialog:
    action = window.findChild(QAction, "change_password")
    assert action is not None and action.text()  # in the File menu
    action.trigger()
    dialog = window.findChild(ChangePasswordDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_signed_in_user_changes_his_own_password_from_the_file_menu(window: MainWindow, services: AppServices,
                                                                      monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: told.append(text))
    dialog = _dialog(window)
    dialog.current.setText(PASSWORD)
    dialog.new.setText(NEW_PASSWORD)
    dialog.again.setText(NEW_PASSWORD)
    dialog.accept()
    assert not dialog.isVisible() and len(told) == 1
    assert services.accounts.sign_in("dabir", NEW_PASSWORD).login == "dabir"
    with pytest.raises(DomainError):
        services.accounts.sign_in("dabir", PASSWORD)


def test_a_wrong_current_password_or_two_different_new_ones_change_nothing(window: MainWindow, services: AppServices,
                                                                          monkeypatch) -> None:
    errors: list[object] = []
    monkeypatch.setattr("desktop.ui.dialogs.change_password.show_error",
                        lambda _parent, _title, error: errors.append(error))
    dialog = _dialog(window)
    dialog.current.setText(PASSWORD)
    dialog.new.setText(NEW_PASSWORD)
    dialog.again.setText(NEW_PASSWORD + "x")
    dialog.accept()
    assert dialog.isVisible() and dialog.problem.isVisible() and errors == []
    dialog.current.setText("not the password")
    dialog.again.setText(NEW_PASSWORD)
    dialog.accept()
    assert dialog.isVisible() and len(errors) == 1 and dialog.current.text() == ""  # refused, asked again
    assert services.accounts.sign_in("dabir", PASSWORD).login == "dabir"  # unchanged
