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
import desktop.store.backup_refusals as backup_refusals
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


def _sqlite_error(code: int, text: str = "disk I/O error") -> sqlite3.OperationalError:
    error = sqlite3.OperationalError(text)
    error.sqlite_errorcode = code
    return error


SOURCE_NOT_READ = ("No backup was made: the database “{path}” could not be read from its own disk, which may be "
                   "failing (the backup folder is not at fault). Have that disk checked, and keep the newest backups "
                   "safe.")


@pytest.mark.parametrize("code", [266, 522, 8458], ids=["IOERR_READ", "IOERR_SHORT_READ", "IOERR_CORRUPTFS"])
def test_a_database_its_disk_does_not_read_is_said_of_the_database_not_of_the_folder(
        source, tmp_path, monkeypatch, code: int) -> None:
    def unread(_uri: str, _destination: Path) -> None:  # what SQLite answers when the source's disk gives EIO
        raise _sqlite_error(code)

    monkeypatch.setattr(backup_module, "copy_database", unread)
    with pytest.raises(BackupError) as refused:
        create_backup(source, tmp_path / "bk", now=NOW)
    assert refused.value.english() == SOURCE_NOT_READ.format(path=source)
    assert _persian(refused.value).startswith(f"نسخهٔ پشتیبان ساخته نشد: پایگاه داده «{source}» از دیسک خودش خوانده نشد")
    assert "ایراد از پوشهٔ پشتیبان نیست" in _persian(refused.value) and "disk I/O" not in _persian(refused.value)
    assert not refused.value.problems  # not damage its check found: the database still takes changes


def test_sqlites_bare_io_error_is_the_databases_when_the_database_cannot_be_read_through(
        source, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(backup_module, "copy_database", lambda _uri, _to: (_ for _ in ()).throw(_sqlite_error(10)))
    monkeypatch.setattr(backup_refusals, "readable_through", lambda _path: False)
    with pytest.raises(BackupError) as refused:
        create_backup(source, tmp_path / "bk", now=NOW)
    assert refused.value.english() == SOURCE_NOT_READ.format(path=source)


def test_sqlites_bare_io_error_is_the_folders_when_the_database_reads_through(source, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(backup_module, "copy_database", lambda _uri, _to: (_ for _ in ()).throw(_sqlite_error(10)))
    with pytest.raises(BackupError) as refused:
        create_backup(source, tmp_path / "bk", now=NOW)
    assert refused.value.english() == (f"The backup could not be made: the folder {tmp_path / 'bk'} could not be "
                                       "written in (a read or write error of the disk).")


@pytest.mark.parametrize("code", [778, 1034], ids=["IOERR_WRITE", "IOERR_FSYNC"])
def test_a_write_the_folders_disk_refused_is_said_of_the_folder(source, tmp_path, monkeypatch, code: int) -> None:
    """SQLite's extended codes (a write's, an fsync's) are I/O errors of the folder's disk too: they had been "SQLite
    could not copy the database"."""
    monkeypatch.setattr(backup_module, "copy_database", lambda _uri, _to: (_ for _ in ()).throw(_sqlite_error(code)))
    with pytest.raises(BackupError) as refused:
        create_backup(source, tmp_path / "bk", now=NOW)
    assert refused.value.english().startswith(f"The backup could not be made: the folder {tmp_path / 'bk'} could not")


def test_a_copy_its_folder_cannot_read_back_is_said_of_the_folder_not_as_a_damaged_database(
        source, tmp_path, monkeypatch) -> None:
    """The copy written, then not read back for its check (the backup folder's disk failing): it had been "the
    database failed its check", and the database refused every change from then on."""
    real = backup_module.integrity_problems
    # /proc/self/mem: a file every read of which the system answers with EIO, as a failing disk does.
    monkeypatch.setattr(backup_module, "integrity_problems",
                        lambda _path, **options: real(Path("/proc/self/mem"), **options))
    with pytest.raises(BackupError) as refused:
        create_backup(source, tmp_path / "bk", now=NOW)
    assert refused.value.english() == (f"The backup could not be made: the folder {tmp_path / 'bk'} could not be "
                                       "written in (a read or write error of the disk).")
    assert not refused.value.problems
