"""The window checks the database in the background once the overview shows its figures, shows a banner
when the check finds damage (writes are then refused by the store), and checks again on demand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.context import AppServices
from desktop.store.database import open_database
from desktop.store.health import DatabaseDamagedError, HealthStatus
from desktop.store.models import Meeting
from desktop.ui.main_window import MainWindow
from tests.damage import overwrite_leaf_pages


def _damage_a_case_page(path: Path) -> None:
    """A leaf page of case_record (which the overview never reads) overwritten with garbage."""
    overwrite_leaf_pages(path, "case_record")


@pytest.fixture
def damaged_services(demo_template: Path, tmp_path: Path, clock):
    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    _damage_a_case_page(folder / "demo.sqlite3")
    database = open_database(folder / "demo.sqlite3")
    yield AppServices(database, clock, is_demo=True)
    database.close()


def _window(qtbot, services: AppServices, ui_settings) -> MainWindow:
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.page("home").is_loaded, timeout=20_000)
    return window


@pytest.mark.gui
def test_a_damaged_database_opens_then_the_background_check_shows_the_banner(
        qtbot, damaged_services: AppServices, ui_settings) -> None:
    window = _window(qtbot, damaged_services, ui_settings)
    assert damaged_services.database.health.report.status is HealthStatus.UNCHECKED  # the figures came first
    assert not window.health_banner.isVisible()
    qtbot.waitUntil(window.health_banner.isVisible, timeout=30_000)
    assert damaged_services.database.health.report.status is HealthStatus.DAMAGED
    assert "آسیب" in window.health_banner.text()  # the Persian message of the store's refusal
    with pytest.raises(DatabaseDamagedError), damaged_services.database.session() as session:
        session.delete(session.query(Meeting).first())


@pytest.mark.gui
def test_a_healthy_database_is_checked_in_the_background_without_a_banner(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    window = _window(qtbot, demo_services, ui_settings)
    qtbot.waitUntil(lambda: demo_services.database.health.report.status is HealthStatus.HEALTHY, timeout=30_000)
    qtbot.wait(50)
    assert not window.health_banner.isVisible()


@pytest.mark.gui
def test_check_database_runs_a_new_check_with_progress_and_says_the_answer(
        qtbot, demo_services: AppServices, ui_settings, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    window = _window(qtbot, demo_services, ui_settings)
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.objectName() == "check_database")
    action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert demo_services.database.health.report.status is HealthStatus.HEALTHY
    assert demo_services.database.health.report.seconds > 0


@pytest.mark.gui
def test_damage_found_by_a_backup_shows_the_banner_too(qtbot, damaged_services: AppServices, ui_settings,
                                                       monkeypatch) -> None:
    from desktop.store.backup_refusals import BackupError
    from desktop.ui import health_check

    monkeypatch.setattr(health_check, "BACKGROUND_DELAY_MS", 3_600_000)  # only the backup's own check this time
    window = _window(qtbot, damaged_services, ui_settings)
    with pytest.raises(BackupError):
        damaged_services.backups.back_up_now()
    qtbot.waitUntil(window.health_banner.isVisible, timeout=10_000)
    report = damaged_services.database.health.report
    assert report.status is HealthStatus.DAMAGED and report.seconds == 0  # marked by the backup, not checked


@pytest.mark.gui
def test_a_file_recorded_as_checked_is_still_checked_in_the_background(
        qtbot, demo_template: Path, tmp_path: Path, clock, ui_settings) -> None:
    """The record beside a file spares only the check before the first write (desktop/store/check_record.py):
    damage it cannot see — simulated by recording the damaged state itself — is found by the window's check."""
    from desktop.store.check_record import identity_of, write_record

    folder = tmp_path / "demo"
    shutil.copytree(demo_template, folder)
    path = folder / "demo.sqlite3"
    _damage_a_case_page(path)
    write_record(path, identity_of(path))  # type: ignore[arg-type]
    database = open_database(path)
    try:
        services = AppServices(database, clock, is_demo=True)
        assert database.health.cleared_by_record
        window = _window(qtbot, services, ui_settings)
        qtbot.waitUntil(window.health_banner.isVisible, timeout=30_000)
        assert database.health.report.status is HealthStatus.DAMAGED
    finally:
        database.close()
