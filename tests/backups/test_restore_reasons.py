"""A backup that cannot be read is refused in the user's sentences, naming the file, never in SQLite's English
("database disk image is malformed", "Page 17: btreeInitPage() returns error code 11", "disk I/O error"): the raw
text goes to the log only."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import pytest

from desktop.domain.messages import DomainError
from desktop.store.backup import create_backup, restore_backup
from desktop.store.database import open_database
from desktop.store.models import Province
from tests.backups.test_service import NOW
from tests.cli_support import qt_language_restored, run_cli  # noqa: F401 - Qt as the window tests left it

RAW = ("malformed", "btreeInitPage", "error code", "disk I/O", "not a database", "***")


@pytest.fixture
def live_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A database of some 300 pages, and its backup."""
    path = tmp_path / "live" / "rasad.sqlite3"
    with open_database(path) as database:
        with database.session() as session:
            session.add(Province(code="QOM", name="قم"))
        with database.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE filler (text TEXT)")
            connection.exec_driver_sql("INSERT INTO filler VALUES (?)", [(os.urandom(600).hex(),)] * 1000)
        backup = create_backup(path, tmp_path / "backups", now=NOW).path
    return path, backup


def _refusal(backup: Path, path: Path) -> DomainError:
    with pytest.raises(DomainError) as refused:
        restore_backup(backup, path)
    assert not any(raw in refused.value.english() for raw in RAW), refused.value.english()
    return refused.value


def test_a_backup_cut_short_says_how_much_of_it_is_there(live_and_backup, caplog) -> None:
    path, backup = live_and_backup
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    with caplog.at_level(logging.INFO):
        refused = _refusal(backup, path)
    assert refused.english().startswith(f"The backup “{backup}” cannot be restored: it was cut short and only ")
    assert "MB are there" in refused.english() or "KB are there" in refused.english()
    assert "malformed" in caplog.text  # SQLite's own words, for whoever reads the log


def test_a_backup_with_damaged_pages_is_said_so(live_and_backup) -> None:
    path, backup = live_and_backup
    with backup.open("r+b") as file:
        for page in range(3, 200, 5):
            file.seek(page * 4096)
            file.write(os.urandom(500))
    assert _refusal(backup, path).english() == (
        f"The backup “{backup}” cannot be restored: some of its pages are damaged (on its disk, or while it was "
        "copied). Nothing was restored; choose another backup.")


def test_a_disk_that_cannot_be_read_is_said_so(live_and_backup, monkeypatch: pytest.MonkeyPatch) -> None:
    path, backup = live_and_backup

    def taken_out(_source: str, _destination: Path) -> None:
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode = 266  # SQLITE_IOERR_READ: the removable disk taken out midway
        raise error

    monkeypatch.setattr("desktop.store.backup.copy_database", taken_out)
    assert _refusal(backup, path).english() == (
        f"The backup “{backup}” cannot be restored: its disk could not be read (taken out, or failing). Nothing was "
        "restored; choose another backup.")


def test_an_empty_file_is_said_to_be_empty(live_and_backup, tmp_path: Path) -> None:
    path, _backup = live_and_backup
    empty = tmp_path / "rasad-20261101-090000.sqlite3"
    empty.write_bytes(b"")
    assert _refusal(empty, path).english() == (
        f"The file “{empty}” is empty (0 bytes): it is not a Rasad backup. Nothing was restored.")


def test_the_command_line_says_it_in_persian_without_sqlites_english(live_and_backup) -> None:
    path, backup = live_and_backup
    data = backup.read_bytes()
    backup.write_bytes(data[: len(data) // 2])
    code, _, err = run_cli("backup", "restore", str(backup), "--db", str(path), "--lang", "fa")
    assert code == 1 and "نیمه‌کاره" in err and str(backup) in err
    assert not any(raw in err for raw in RAW), err
