"""A scheduled backup that failed is said on a banner under the health banner - in the sentence the Backups page
would show, with when it is tried again - until a backup is made, never in a message box over the user's work; the
next look of the timer does not copy the database again before that time. The health banner says a damaged
database in words, SQLite's own in the log."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import desktop.store.backup as backup_module
from desktop.context import AppServices
from desktop.store.health import HealthReport, HealthStatus
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.crash import log_file
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import UiSettings

pytestmark = pytest.mark.gui


def _full(copies: list[Path]):
    def full(_uri: str, destination: Path) -> None:
        copies.append(destination)
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error
    return full


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda _parent, _title, text, *_args: shown.append(text))
    return shown


def test_a_failed_scheduled_backup_stays_on_a_banner_until_a_backup_is_made(
        qtbot, services: AppServices, ui_settings: UiSettings, monkeypatch: pytest.MonkeyPatch,
        no_boxes: list[str]) -> None:
    from desktop.ui.pages.backups import BackupsPage

    ui_settings.backup_every_hours = 24
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    scheduled = window.scheduled_backups
    scheduled.timer.stop()
    banner = scheduled.banner
    assert banner is not None and banner.isHidden()
    copies: list[Path] = []
    with monkeypatch.context() as patched:
        patched.setattr(backup_module, "copy_database", _full(copies))
        with qtbot.waitSignal(scheduled.check().finished, timeout=20_000):
            pass
        qtbot.waitUntil(banner.isVisible, timeout=5_000)
        text = banner.text()
        assert text.startswith("پشتیبان‌گیری زمان‌بندی‌شدهٔ ") and "انجام نشد. نسخهٔ پشتیبان ساخته نشد" in text
        assert "پر است" in text and str(services.backups.folder) in text and "در ۱۴۰۵/" in text
        assert "«پشتیبان‌گیری اکنون»" in text and "database or disk is full" not in text
        with qtbot.waitSignal(scheduled.check().finished, timeout=20_000):  # ten minutes later: not yet
            pass
        assert len(copies) == 1 and banner.isVisible()
    assert not no_boxes  # nothing popped up over the user's work
    page = BackupsPage(services, window.notifier, ui_settings)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.back_up_now().finished, timeout=20_000):
        pass
    qtbot.waitUntil(banner.isHidden, timeout=5_000)
    assert services.backups.scheduled_failures is None


def test_a_scheduled_backup_made_is_announced_for_the_backups_page(
        qtbot, services: AppServices, ui_settings: UiSettings, notifier: ChangeNotifier) -> None:
    from desktop.ui.pages.backups import ScheduledBackups
    from desktop.ui.widgets.backup_banner import ScheduledBackupBanner

    ui_settings.backup_every_hours = 24
    banner = ScheduledBackupBanner(may_back_up=False)
    qtbot.addWidget(banner)
    scheduled = ScheduledBackups(services, ui_settings, banner, banner=banner, notifier=notifier)
    scheduled.timer.stop()
    with qtbot.waitSignal(notifier.changed, timeout=20_000) as announced:
        scheduled.check()
    assert Area.BACKUPS in announced.args[0]
    assert len(services.backups.backups()) == 1 and banner.isHidden()


def test_the_health_banner_says_the_damage_in_words_and_where_sqlites_are(qtbot, tmp_path: Path) -> None:
    from desktop.ui.widgets.health_banner import HealthBanner

    banner = HealthBanner()
    qtbot.addWidget(banner)
    path = tmp_path / "rasad.sqlite3"
    banner.show_report(HealthReport(HealthStatus.DAMAGED, ("row 1 missing from index ix_meeting_title",)), path)
    text = "".join(char for char in banner.text() if char not in "\u202a\u202c\u200f")  # paths kept left to right
    assert text.startswith(f"پایگاه داده «{path}» آسیب دیده است: برخی از نمایه‌های آن دیگر با ردیف‌هایش نمی‌خواند")
    assert "تازه‌ترین نسخهٔ پشتیبان آن را بازگردانید" in text
    assert "missing from index" not in text and str(log_file()) in text
