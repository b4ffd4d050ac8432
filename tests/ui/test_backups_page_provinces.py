"""The Backups page names both provinces before it restores a backup of another one, and restores it only when
answered yes; a backup of an earlier version says so in the list."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.context import AppServices
from desktop.organisation.service import PROVINCE_CODE, PROVINCE_NAME
from desktop.store.backup import BackupFile, create_backup
from desktop.store.database import open_database
from desktop.store.models import Province
from desktop.store.settings import set_setting

NOW = datetime(2026, 12, 4, 20, 6, tzinfo=UTC)


def _qom_backup(tmp_path: Path) -> BackupFile:
    path = tmp_path / "qom" / "one.sqlite3"
    with open_database(path) as database, database.session() as session:
        session.add(Province(code="QOM", name="قم"))
        set_setting(session, PROVINCE_CODE, "QOM")
        set_setting(session, PROVINCE_NAME, "قم")
    return create_backup(path, tmp_path / "qom" / "backups", now=NOW)


def _restore_asked(qtbot, services: AppServices, notifier, ui_settings, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                   backup: BackupFile, answer: QMessageBox.StandardButton) -> tuple[str, list[list[str]]]:
    """Choose ``backup`` on the Backups page and press Restore, answering its question with ``answer``: the
    question asked, and the consents each restore it went on to was given."""
    from desktop.ui.pages.backups import BackupsPage

    page = BackupsPage(services, notifier, ui_settings)
    qtbot.addWidget(page)
    page.backups.set_rows([backup])
    page.view.setCurrentIndex(page.backups.index(0, 0))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_args: asked.append(text) or answer)
    restored: list[list[str]] = []
    monkeypatch.setattr(page, "restore", lambda chosen, consent=None: restored.append(list(consent or [])))
    page._restore()
    [question] = asked
    return question, restored


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
def test_restoring_another_provinces_backup_names_both_and_needs_a_yes(
        qtbot, services: AppServices, notifier, ui_settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        answer: QMessageBox.StandardButton) -> None:
    from desktop.backups.restore_consent import RestoreConsent

    backup = _qom_backup(tmp_path)
    question, restored = _restore_asked(qtbot, services, notifier, ui_settings, monkeypatch, backup, answer)
    assert "قم" in question and "خراسان رضوی" in question and str(backup.path) in question
    assert restored == ([[RestoreConsent.ANOTHER_PROVINCE]] if answer == QMessageBox.StandardButton.Yes else [])


def test_a_backup_of_an_earlier_version_says_so_in_the_list(qtbot, services: AppServices, notifier,
                                                           ui_settings) -> None:
    from desktop.ui.pages.backups import BackupsPage

    page = BackupsPage(services, notifier, ui_settings)
    qtbot.addWidget(page)
    page.backups.set_rows([BackupFile(Path("rasad-20261101-090000.sqlite3"), NOW, 4096, earlier=True)])
    note = page.backups.index(0, 3).data()
    assert note == page.tr("From an earlier version of Rasad: of this province, never removed by the rotation")


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
def test_restoring_another_installations_backup_of_this_province_names_both_databases_and_needs_a_yes(
        qtbot, services: AppServices, notifier, ui_settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        answer: QMessageBox.StandardButton) -> None:
    from desktop.backups.restore_consent import RestoreConsent
    from desktop.backups.service import BackupService
    from desktop.clock import FixedClock

    laptop = tmp_path / "laptop" / "rasad.sqlite3"  # another installation's database of the same province
    with open_database(laptop) as database:
        with database.session() as session:
            session.add(Province(code="KHR", name="خراسان رضوی"))
            set_setting(session, PROVINCE_CODE, "KHR")
            set_setting(session, PROVINCE_NAME, "خراسان رضوی")
        backup = BackupService(database, FixedClock(NOW)).back_up_now()
    question, restored = _restore_asked(qtbot, services, notifier, ui_settings, monkeypatch, backup, answer)
    assert "نصبی دیگر" in question and str(backup.path) in question and str(services.database.path) in question
    assert restored == ([[RestoreConsent.ANOTHER_DATABASE]] if answer == QMessageBox.StandardButton.Yes else [])
