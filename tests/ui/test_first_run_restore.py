"""A new computer after the old one was lost: the first-run wizard restores the province from its backup instead of
setting one up again, and the window then asks for an account of the backup's. A refused backup says why and
brings the wizard back; a database that holds a province is never replaced this way."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWizard

from desktop.accounts.passwords import TEST_PARAMETERS, PasswordHashing
from desktop.accounts.service import AccountService
from desktop.backups.service import BackupService
from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.domain.messages import DomainError
from desktop.store.database import open_database
from tests.accounts.conftest import MovableClock
from tests.demo_support import copy_demo

pytestmark = pytest.mark.gui
NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
PASSWORD = "باغ انار ۱۴۰۵ سبز"


@pytest.fixture
def backup(demo_province: Path, tmp_path: Path) -> Path:
    """A backup of the demo province with its secretary's account, on a flash drive."""
    office = copy_demo(demo_province, tmp_path / "old-laptop")
    with open_database(office, create=False) as database:
        accounts = AccountService(database, MovableClock(NOW), hashing=PasswordHashing(TEST_PARAMETERS))
        accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
        return BackupService(database, MovableClock(NOW), folder=tmp_path / "usb").back_up_now().path


def _province_code(path: Path) -> str | None:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT code FROM province").fetchone()
    return row[0] if row else None


def test_the_wizard_offers_a_restore_on_its_first_page_only_and_ends_without_setting_anything_up(
        qtbot, tmp_path: Path, backup: Path) -> None:
    from desktop.ui.setup_wizard import SetupWizard

    path = tmp_path / "new-laptop" / "rasad.sqlite3"
    database = open_database(path)
    wizard = SetupWizard(AppServices(database, FixedClock(date(2026, 11, 23))))
    qtbot.addWidget(wizard)
    wizard.show()
    restore = wizard.button(QWizard.WizardButton.CustomButton1)
    assert restore.isVisible() and restore.text()
    wizard.province_code.setText("QOM")
    wizard.province_name.setText("قم")
    wizard.user_name.setText("دبیر شورا")
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert not restore.isVisible()  # the account page: too late to change one's mind that way
    wizard.back()
    assert restore.isVisible()
    for field in (wizard.province_code, wizard.province_name, wizard.user_name):
        field.clear()  # a user restoring types nothing in: the page's checks must not keep the wizard open
    wizard.restore_instead(backup)
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.restore_from == backup
    assert wizard.principal is None
    database.close()
    assert _province_code(path) is None  # nothing set up: the restore follows


def test_a_new_computer_restores_the_backup_from_the_wizard_and_signs_in_with_its_account(
        qtbot, tmp_path: Path, backup: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import startup
    from desktop.ui.setup_wizard import SetupWizard

    path = tmp_path / "new-laptop" / "rasad.sqlite3"
    monkeypatch.setattr(SetupWizard, "exec", lambda wizard: (wizard.restore_instead(backup), wizard.result())[1])
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: pytest.fail(text))
    signed: list[str] = []

    def sign_in(services: AppServices, parent=None) -> bool:  # noqa: ANN001 - the dialog's part
        principal = services.accounts.sign_in("dabir", PASSWORD)
        services.set_principal(principal)
        signed.append(principal.login)
        return True

    monkeypatch.setattr(startup, "sign_in", sign_in)
    services = startup.DatabaseOpener(path, demo=False).open_interactively()
    assert services is not None
    try:
        assert services.profile().is_set_up and services.profile().province_name
        assert signed == ["dabir"] and services.principal.login == "dabir"
        assert len(told) == 1
    finally:
        services.close()
    assert _province_code(path) == "QOM"
    assert not [p for p in path.parent.iterdir() if "before-restore" in p.name]  # the empty one is not kept
    evidence = path.parent / "evidence"
    with sqlite3.connect(path) as connection:
        referenced = {row[0] for row in connection.execute("SELECT sha256 FROM evidence_file")}
    assert referenced and all((evidence / sha[:2] / sha).is_file() for sha in referenced)


def test_a_refused_backup_says_why_and_brings_the_wizard_back(
        qtbot, tmp_path: Path, backup: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui import startup
    from desktop.ui.setup_wizard import SetupWizard

    cut = tmp_path / "cut.sqlite3"
    data = backup.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    path = tmp_path / "new-laptop" / "rasad.sqlite3"
    shown_wizards: list[SetupWizard] = []

    def exec_(wizard: SetupWizard) -> int:
        shown_wizards.append(wizard)
        if len(shown_wizards) == 1:
            wizard.restore_instead(cut)
            return wizard.result()
        return QWizard.DialogCode.Rejected  # the second time the user gives up

    monkeypatch.setattr(SetupWizard, "exec", exec_)
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: refusals.append(text))
    assert startup.DatabaseOpener(path, demo=False).open_interactively() is None
    assert len(shown_wizards) == 2
    assert len(refusals) == 1 and "cut.sqlite3" in refusals[0] and "نیمه‌کاره" in refusals[0], refusals
    assert _province_code(path) is None  # the new, empty database as it was


def test_a_database_holding_a_province_is_never_replaced_as_a_new_one(tmp_path: Path, backup: Path,
                                                                      demo_province: Path) -> None:
    office = copy_demo(demo_province, tmp_path / "office")
    before = office.read_bytes()
    with pytest.raises(DomainError) as refused:
        BackupService.restore_new(backup, office, MovableClock(NOW))
    assert "There is a province in" in refused.value.english()
    assert office.read_bytes() == before


def test_a_backup_of_a_database_nobody_set_up_is_refused_on_a_new_computer_and_over_a_province(
        tmp_path: Path, demo_province: Path) -> None:
    """The new computer's own empty file picked by mistake (or a backup taken before the setup) would leave a window
    with no province and nobody to sign in."""
    empty = tmp_path / "never-set-up" / "rasad.sqlite3"
    with open_database(empty) as database:
        blank = BackupService(database, MovableClock(NOW), folder=tmp_path / "usb").back_up_now().path
    home = tmp_path / "new-laptop" / "rasad.sqlite3"
    with pytest.raises(DomainError) as refused:
        BackupService.restore_new(blank, home, MovableClock(NOW))
    assert "holds no province" in refused.value.english() and not home.parent.exists()
    office = copy_demo(demo_province, tmp_path / "office")
    before = office.read_bytes()
    with open_database(office, create=False) as database, pytest.raises(DomainError):
        BackupService(database, MovableClock(NOW)).restore(blank)
    assert office.read_bytes() == before and _province_code(office) == "QOM"
