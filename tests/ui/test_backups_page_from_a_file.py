"""The Backups page restores a backup file that is not in its list (one brought on a flash drive) through the same
service call as ``backup restore FILE``: the same questions naming both provinces or both databases, the same
consent given only on a yes, the same refusals in sentences (a copy cut short, a newer version's backup) and the
same audit event."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton

from desktop.audit.service import AuditFilter, AuditService
from desktop.backups.service import BackupService
from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.organisation.service import PROVINCE_CODE, PROVINCE_NAME
from desktop.store.database import open_database
from desktop.store.models import Province
from desktop.store.settings import set_setting

pytestmark = pytest.mark.gui
NOW = datetime(2026, 12, 4, 20, 6, tzinfo=UTC)
MARKER = "test.marker"


def _backup_on_a_flash_drive(tmp_path: Path, code: str, name: str) -> Path:
    """A backup of another installation's database (``code``: of this province, KHR, or of another one)."""
    laptop = tmp_path / f"laptop-{code}" / "rasad.sqlite3"
    with open_database(laptop) as database:
        with database.session() as session:
            session.add(Province(code=code, name=name))
            set_setting(session, PROVINCE_CODE, code)
            set_setting(session, PROVINCE_NAME, name)
            set_setting(session, MARKER, "laptop")
        return BackupService(database, FixedClock(NOW), folder=tmp_path / "usb").back_up_now().path


def _marker(path: Path) -> str | None:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT value FROM setting WHERE key = ?", (MARKER,)).fetchone()
    return json.loads(row[0]) if row else None


class Boxes:
    """The page's message boxes, answered: each warning (a question or an error) with ``answer``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
        self.warnings: list[str] = []
        self.informations: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning",
                            lambda _parent, _title, text, *_args: self.warnings.append(text) or answer)
        monkeypatch.setattr(QMessageBox, "information",
                            lambda _parent, _title, text, *_args: self.informations.append(text))


def _restore_from(qtbot, services: AppServices, notifier, ui_settings, monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
                  chosen: Path, answer: QMessageBox.StandardButton) -> tuple[object, Boxes]:
    """Press "Restore from a file…" on the Backups page and choose ``chosen`` in its file dialog."""
    from desktop.ui.pages.backups import BackupsPage

    page = BackupsPage(services, notifier, ui_settings)
    qtbot.addWidget(page)
    boxes = Boxes(monkeypatch, answer)
    offered: list[str] = []

    def choose(_parent, _title, _folder, patterns, *_args):  # noqa: ANN001, ANN202
        offered.append(patterns)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    assert page.restore_file_button.isVisibleTo(page)
    page.restore_file_button.click()
    assert offered and "*.sqlite3" in offered[0]
    return page, boxes


def test_another_installations_file_is_restored_after_a_yes_to_the_question_naming_both_databases(
        qtbot, services: AppServices, notifier, ui_settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = _backup_on_a_flash_drive(tmp_path, "KHR", "خراسان رضوی")
    database = services.database.path
    page, boxes = _restore_from(qtbot, services, notifier, ui_settings, monkeypatch, backup,
                                QMessageBox.StandardButton.Yes)
    [question] = boxes.warnings
    assert "نصبی دیگر" in question and str(backup) in question and str(database) in question
    dialog = page.findChild(QProgressDialog)  # the restore's progress, which cannot stop halfway
    assert dialog is not None and dialog.findChild(QPushButton) is None
    qtbot.waitUntil(lambda: bool(boxes.informations or len(boxes.warnings) > 1), timeout=30_000)
    assert boxes.warnings == [question] and len(boxes.informations) == 1
    assert _marker(database) == "laptop" and list(database.parent.glob("rasad.sqlite3.before-restore-*"))
    with open_database(database, create=False) as restored:
        [event] = AuditService(restored).events(AuditFilter(operation="restore"))
    assert event.detail.startswith(f"from {backup.name};") and event.consents == ("another-database",)


def test_another_provinces_file_names_both_provinces_and_a_cancel_restores_nothing(
        qtbot, services: AppServices, notifier, ui_settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    backup = _backup_on_a_flash_drive(tmp_path, "QOM", "قم")
    database = services.database.path
    page, boxes = _restore_from(qtbot, services, notifier, ui_settings, monkeypatch, backup,
                                QMessageBox.StandardButton.Cancel)
    [question] = boxes.warnings
    assert "قم" in question and "خراسان رضوی" in question and str(backup) in question
    assert page.findChild(QProgressDialog) is None
    assert _marker(database) is None and not list(database.parent.glob("rasad.sqlite3.before-restore-*"))


def _cut_short(backup: Path) -> None:
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])


def _of_a_newer_version(backup: Path) -> None:
    with sqlite3.connect(backup) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.close()


@pytest.mark.parametrize(("spoil", "words"), [
    (_cut_short, "نیمه‌کاره مانده است و تنها"),  # its size against its header's: restore_reasons.CUT_SHORT
    (_of_a_newer_version, "با نسخهٔ جدیدتری از رصد ساخته شده است (طرح‌وارهٔ ffff_from_the_future)"),
])
def test_a_file_that_cannot_be_restored_is_refused_in_the_restore_commands_sentence_and_nothing_is_replaced(
        qtbot, services: AppServices, notifier, ui_settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        spoil: Callable[[Path], None], words: str) -> None:
    backup = _backup_on_a_flash_drive(tmp_path, "KHR", "خراسان رضوی")
    spoil(backup)
    database = services.database.path
    _page, boxes = _restore_from(qtbot, services, notifier, ui_settings, monkeypatch, backup,
                                 QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: len(boxes.warnings) == 2, timeout=30_000)
    refusal = boxes.warnings[1]
    assert words in refusal and "database disk image" not in refusal and not boxes.informations
    assert _marker(database) is None and not list(database.parent.glob("rasad.sqlite3.before-restore-*"))
