"""Backups beside other work: a backup refused because the database stayed busy (exit code 5, "nothing
written") leaves nothing - no unrecorded file, no older backup rotated away - and two backups taken in the same
second never replace one another."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import desktop.store.backup as backup_module
from desktop.backups.service import BackupService
from desktop.store.backup import create_backup, list_backups
from desktop.store.busy import DatabaseBusyError
from tests.accounts.conftest import MovableClock
from tests.backups.test_service import NOW, database  # noqa: F401 (fixture)


def test_a_backup_refused_for_a_busy_database_leaves_the_folder_as_it_was(
        database, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    clock = MovableClock(NOW)
    service = BackupService(database, clock, keep=1)
    older = service.back_up_now()
    clock.advance(seconds=60)
    monkeypatch.setenv("RASAD_BUSY_WAIT", "0.3")
    writer = sqlite3.connect(database.path)
    writer.execute("BEGIN IMMEDIATE")  # another command's change under way
    try:
        with pytest.raises(DatabaseBusyError):
            service.back_up_now()
    finally:
        writer.rollback()
        writer.close()
    assert [backup.path for backup in list_backups(service.folder)] == [older.path]


def test_two_backups_in_the_same_second_keep_both(database, tmp_path: Path,  # noqa: F811
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "backups"
    first = create_backup(database.path, folder, now=NOW)
    first_bytes = first.path.read_bytes()
    original = backup_module.free_name

    def as_if_still_free(folder_: Path, now, after: Path | None = None) -> Path:  # noqa: ANN001
        # the second process chose its name before the first had written its file: the same name
        return first.path if after is None else original(folder_, now, after)

    monkeypatch.setattr(backup_module, "free_name", as_if_still_free)
    second = create_backup(database.path, folder, now=NOW)

    assert second.path != first.path
    assert first.path.read_bytes() == first_bytes
    assert sorted(backup.path for backup in list_backups(folder)) == sorted([first.path, second.path])

