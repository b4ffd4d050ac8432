"""A backup that cannot be written names the folder the user chose and what is wrong with it - read-only, full,
missing - never the temporary file it was being copied to, and never SQLite's English ("database or disk is
full") inside a Persian sentence."""

from __future__ import annotations

import errno
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

import desktop.store.backup as backup_module
from desktop.store.backup import create_backup
from desktop.store.backup_refusals import BackupError
from desktop.store.database import open_database
from desktop.translations import Language, translate

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    database = open_database(tmp_path / "live" / "rasad.sqlite3")
    database.close()
    return tmp_path / "live" / "rasad.sqlite3"


def _persian(error: BackupError) -> str:
    return translate(Language.PERSIAN, error.context, error.message, **error.params)


def test_a_read_only_folder_is_named_not_the_temporary_file(source, tmp_path, monkeypatch) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()

    def read_only(_uri: str, destination: Path) -> None:  # what a read-only disk answers: even to an unlink
        raise OSError(errno.EROFS, "Read-only file system", str(destination))

    real_unlink = Path.unlink

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name.endswith(".part"):
            raise OSError(errno.EROFS, "Read-only file system", str(self))
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(backup_module, "copy_database", read_only)
    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(BackupError) as refused:
        create_backup(source, folder, now=NOW)
    assert refused.value.english() == f"The backup could not be made: the folder {folder} is on a read-only disk."
    assert _persian(refused.value) == f"نسخهٔ پشتیبان ساخته نشد: پوشهٔ {folder} روی دیسکی فقط‌خواندنی است."


def test_a_full_disk_is_said_in_the_users_words_not_sqlites(source, tmp_path, monkeypatch) -> None:
    def full(_uri: str, _destination: Path) -> None:
        error = sqlite3.OperationalError("database or disk is full")
        error.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise error

    monkeypatch.setattr(backup_module, "copy_database", full)
    with pytest.raises(BackupError) as refused:
        create_backup(source, tmp_path / "bk", now=NOW)
    assert refused.value.english() == f"The backup could not be made: the disk of the folder {tmp_path / 'bk'} is full."
    assert "database or disk is full" not in _persian(refused.value)


def test_a_folder_that_cannot_be_made_is_named_as_a_folder(source, tmp_path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(BackupError) as refused:
        create_backup(source, tmp_path / "a-file" / "bk", now=NOW)
    assert refused.value.english() == f"The backup could not be made: {tmp_path / 'a-file' / 'bk'} is not a folder."
