"""The first-run wizard checks each page when Next is pressed; the add-user dialog starts with the least
powerful role and shows its messages whole."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWizard

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.domain.access import Role
from desktop.store.database import open_database

pytestmark = pytest.mark.gui
PASSWORD = "باغ انار ۱۴۰۵ سبز"


@pytest.fixture
def wizard(qtbot, tmp_path: Path):
    from desktop.ui.setup_wizard import SetupWizard

    database = open_database(tmp_path / "new.sqlite3")
    services = AppServices(database, FixedClock(date(2026, 11, 23)))
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    database.close()


def press_next(wizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def error_text(wizard, field: str) -> str:
    label = wizard.findChild(QLabel, f"error-{field}")
    return label.text() if label is not None and label.isVisible() else ""


def test_an_empty_province_name_cannot_pass_next(wizard) -> None:
    first = wizard.currentId()
    wizard.province_code.setText("QOM")
    wizard.user_name.setText("دبیر شورا")
    press_next(wizard)
    assert wizard.currentId() == first
    assert error_text(wizard, "province_name")
    wizard.province_name.setText("قم")
    press_next(wizard)
    assert wizard.currentId() != first and not error_text(wizard, "province_name")


def test_a_short_or_mismatched_password_cannot_pass_next(wizard) -> None:
    wizard.province_code.setText("QOM")
    wizard.province_name.setText("قم")
    wizard.user_name.setText("دبیر شورا")
    press_next(wizard)
    account = wizard.currentId()
    wizard.login.setText("dabir")
    wizard.password.setText("abcde")
    wizard.password_again.setText("abcdf")
    press_next(wizard)
    assert wizard.currentId() == account and error_text(wizard, "password")
    wizard.password.setText(PASSWORD)
    wizard.password_again.setText(PASSWORD + "x")
    press_next(wizard)
    assert wizard.currentId() == account and error_text(wizard, "password_again")
    wizard.password_again.setText(PASSWORD)
    press_next(wizard)
    assert wizard.currentId() != account


def test_the_districts_page_needs_a_district_before_next(wizard) -> None:
    wizard.province_code.setText("QOM")
    wizard.province_name.setText("قم")
    wizard.user_name.setText("دبیر شورا")
    press_next(wizard)
    wizard.login.setText("dabir")
    wizard.password.setText(PASSWORD)
    wizard.password_again.setText(PASSWORD)
    press_next(wizard)
    districts = wizard.currentId()
    wizard.districts_page.set_rows([])
    press_next(wizard)
    assert wizard.currentId() == districts and wizard.districts_page.error.text()
    wizard.districts_page.set_rows([("01", "حوزه قضایی قم"), ("01", "حوزه قضایی کهک")])
    press_next(wizard)
    assert wizard.currentId() == districts and wizard.districts_page.error.text()
    wizard.districts_page.set_rows([("01", "حوزه قضایی قم")])
    press_next(wizard)
    assert wizard.currentId() != districts


@pytest.fixture
def users_page(qtbot, services: AppServices, notifier):
    from desktop.ui.pages.users import UsersPage

    services.accounts = AccountService(services.database, services.clock, hashing=PasswordHashing(TEST_PARAMETERS))
    services.set_principal(services.accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD))
    page = UsersPage(services, notifier)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 1, timeout=10_000)
    return page


def test_a_new_user_starts_as_a_viewer_the_least_powerful_role(users_page) -> None:
    dialog = users_page.add()
    assert dialog.role.currentData() == Role.VIEWER.value
    assert not dialog.district.isEnabled()
    dialog.reject()


def test_the_add_user_dialogs_messages_are_shown_whole(qtbot, users_page) -> None:
    dialog = users_page.add()
    dialog.show()
    assert QTest.qWaitForWindowExposed(dialog)
    dialog.login.setText("x")
    dialog.password.setText("abc")
    dialog.password_again.setText("abc")
    dialog.accept()
    qtbot.wait(50)
    shown = [label for label in dialog.findChildren(QLabel) if label.objectName().startswith("error-")
             and label.isVisible() and label.text()]
    assert shown
    for label in shown:
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        assert label.height() >= needed, label.text()
        assert label.width() >= min(label.sizeHint().width(), label.minimumSizeHint().width())
        corner = label.mapTo(dialog, label.rect().bottomRight())
        assert dialog.rect().contains(corner), label.text()
    dialog.reject()
