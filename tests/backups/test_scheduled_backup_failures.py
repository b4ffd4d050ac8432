"""A scheduled backup that fails - its folder not a folder, a full disk, the database damaged - is logged and kept
for the window to say until a backup is made, and the next attempt waits (30 minutes, doubling up to 6 hours)
instead of copying and checking the whole database again at every look of the window's timer."""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

import desktop.store.backup as backup_module
from desktop.backups.service import BackupService
from desktop.domain.backups import FIRST_RETRY, LONGEST_RETRY, BackupSchedule, FailedBackups
from desktop.store.backup_refusals import BackupError
from desktop.store.database import open_database
from desktop.store.models import Province
from tests.accounts.conftest import MovableClock
from tests.backups.damaged_database import REFUSAL, damaged_database

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture
def database(tmp_path: Path):
    db = open_database(tmp_path / "rasad.sqlite3")
    with db.session() as session:
        session.add(Province(code="QOM", name="قم"))
    yield db
    db.close()


def _full(_uri: str, _destination: Path) -> None:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL
    raise error


def test_a_failed_scheduled_backup_is_kept_logged_and_not_tried_again_before_its_time(
        database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    copies: list[Path] = []
    monkeypatch.setattr(backup_module, "copy_database", lambda uri, to: (copies.append(to), _full(uri, to)))
    clock = MovableClock(NOW)
    service = BackupService(database, clock, schedule=BackupSchedule(timedelta(days=1)))
    with pytest.raises(BackupError):
        service.back_up_if_due()
    failed = service.scheduled_failures
    assert failed is not None and failed.count == 1 and failed.last_at == NOW
    assert failed.reason is not None
    assert failed.reason.english() == f"The backup could not be made: the disk of the folder {service.folder} is full."
    assert failed.next_attempt_at == NOW + FIRST_RETRY
    assert "the scheduled backup into" in caplog.text and "is full" in caplog.text
    for minutes in (10, 20):  # the window's timer looks every ten minutes: nothing is copied meanwhile
        clock.instant = NOW + timedelta(minutes=minutes)
        assert service.back_up_if_due() is None
    assert len(copies) == 1
    clock.instant = NOW + FIRST_RETRY
    with pytest.raises(BackupError):
        service.back_up_if_due()
    assert service.scheduled_failures == FailedBackups(2, NOW + FIRST_RETRY, service.scheduled_failures.reason)
    assert service.scheduled_failures.next_attempt_at == NOW + 3 * FIRST_RETRY  # waits twice as long


def test_the_wait_doubles_up_to_six_hours() -> None:
    waits = [FailedBackups(count, NOW).next_attempt_at - NOW for count in range(1, 8)]
    assert waits[:4] == [timedelta(minutes=30), timedelta(hours=1), timedelta(hours=2), timedelta(hours=4)]
    assert waits[4:] == [LONGEST_RETRY] * 3


def test_a_backup_made_afterwards_clears_the_failures(database, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = MovableClock(NOW)
    service = BackupService(database, clock)
    with monkeypatch.context() as patched:
        patched.setattr(backup_module, "copy_database", _full)
        with pytest.raises(BackupError):
            service.back_up_if_due()
    assert service.scheduled_failures is not None
    service.back_up_now()  # "Back up now", before the next attempt's time
    assert service.scheduled_failures is None


def test_a_folder_that_is_not_a_folder_is_said_of_the_folder(database, tmp_path: Path) -> None:
    (tmp_path / "usb").write_text("a file where the folder was")
    service = BackupService(database, MovableClock(NOW), folder=tmp_path / "usb" / "backups")
    with pytest.raises(BackupError):
        service.back_up_if_due()
    reason = service.scheduled_failures.reason
    assert reason.english() == f"The backup could not be made: {tmp_path / 'usb' / 'backups'} is not a folder."


def test_a_damaged_database_is_said_as_damaged_and_waits_too(tmp_path: Path) -> None:
    path = damaged_database(tmp_path / "rasad.sqlite3", every_leaf_but_the_first=False)
    clock = MovableClock(NOW)
    with open_database(path, create=False) as database:
        service = BackupService(database, clock)
        with pytest.raises(BackupError):
            service.back_up_if_due()
        assert service.scheduled_failures.reason.english() == REFUSAL.format(path=path)
        clock.advance(minutes=10)
        assert service.back_up_if_due() is None
