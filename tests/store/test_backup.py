"""Backups through the online backup API: verified, rotated, consistent while edits go on; restores into a
fresh file, verified, then swapped in."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.store.backup import (
    create_backup,
    integrity_problems,
    list_backups,
    restore_backup,
)
from desktop.store.backup_files import BEFORE_RESTORE_SUFFIX
from desktop.store.backup_refusals import BackupError
from desktop.store.database import Database, open_database
from desktop.store.models import ChangeLog, Meeting, MeetingAttendee, Province

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
ATTENDEES = 3


def _add_meeting(database: Database, number: int) -> None:
    with database.session(user_name="دبیر") as session:
        session.add(Meeting(number=number, held_on=date(2026, 11, 1), title=f"جلسه {number}", location="",
                            attendees=[MeetingAttendee(name=f"عضو {i}", role="") for i in range(ATTENDEES)]))


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


@pytest.fixture
def source(tmp_path: Path):
    database = open_database(tmp_path / "live" / "rasad.sqlite3")
    with database.session() as session:
        session.add(Province(code="QOM", name="قم"))
    yield database
    database.close()


def test_a_backup_is_a_verified_single_file_named_by_its_time(source: Database, tmp_path: Path) -> None:
    backup = create_backup(source.path, tmp_path / "backups", now=NOW)
    assert backup.name == "rasad-20261123-093000.sqlite3" and backup.taken_at == NOW
    assert integrity_problems(backup.path) == []
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == [backup.name]  # no -wal, no .part
    assert _count(backup.path, "province") == 1
    connection = sqlite3.connect(backup.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


def test_only_the_newest_backups_are_kept(source: Database, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup")
    for hours in range(5):  # a rotation removes only backups proven the database's own: its identity inside
        create_backup(source.path, folder, now=NOW + timedelta(hours=hours), keep=3, identity="live")
    create_backup(source.path, folder, now=NOW + timedelta(hours=4), keep=3, identity="live")  # a second name
    names = [b.name for b in list_backups(folder)]
    assert names == ["rasad-20261123-133000-2.sqlite3", "rasad-20261123-133000.sqlite3",
                     "rasad-20261123-123000.sqlite3"]
    assert (folder / "notes.txt").exists()


def test_a_transaction_still_open_is_not_in_the_backup(source: Database, tmp_path: Path) -> None:
    with source.session() as session:
        session.add(Province(code="TEH", name="تهران"))
        session.flush()
        backup = create_backup(source.path, tmp_path / "backups", now=NOW)
    assert _count(backup.path, "province") == 1


def test_a_backup_taken_while_edits_go_on_restores_to_a_consistent_state(source: Database, tmp_path: Path) -> None:
    stop = threading.Event()
    written: list[int] = []
    failures: list[BaseException] = []

    def writer() -> None:
        number = 0
        try:
            while not stop.is_set():
                number += 1
                _add_meeting(source, number)
                written.append(number)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            failures.append(error)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(written) < 5:
            stop.wait(0.01)
        backups = [create_backup(source.path, tmp_path / "backups", now=NOW + timedelta(seconds=i))
                   for i in range(3)]
    finally:
        stop.set()
        thread.join(timeout=30)
    assert not failures
    counts = []
    for index, backup in enumerate(backups):
        target = tmp_path / f"restored-{index}" / "rasad.sqlite3"
        restore_backup(backup.path, target)
        with open_database(target, create=False) as restored, restored.session() as session:
            meetings = session.scalar(select(func.count()).select_from(Meeting))
            attendees = session.scalars(select(func.count(MeetingAttendee.id)).group_by(MeetingAttendee.meeting_id))
            assert set(attendees) <= {ATTENDEES}
            logged = session.scalar(select(func.count()).where(ChangeLog.table_name == "meeting"))
            assert logged == meetings  # every change in the backup is logged, and nothing more
            numbers = sorted(session.scalars(select(Meeting.number)))
            assert numbers == list(range(1, meetings + 1))  # a prefix of what was written: no gaps
            with restored.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            counts.append(meetings)
    assert counts == sorted(counts) and counts[-1] <= len(written)


def test_restoring_swaps_in_the_backup_and_keeps_the_replaced_database(source: Database, tmp_path: Path) -> None:
    backup = create_backup(source.path, tmp_path / "backups", now=NOW)
    with source.session() as session:
        session.add(Province(code="TEH", name="تهران"))
    path = source.path
    source.close()
    kept = restore_backup(backup.path, path)
    assert kept == path.with_name(path.name + BEFORE_RESTORE_SUFFIX + "-1")
    assert _count(kept, "province") == 2
    assert not Path(f"{path}-wal").exists()
    with open_database(path, create=False) as restored, restored.session() as session:
        assert list(session.scalars(select(Province.code))) == ["QOM"]


def test_a_damaged_backup_is_refused_and_the_database_left_alone(source: Database, tmp_path: Path) -> None:
    backup = create_backup(source.path, tmp_path / "backups", now=NOW)
    data = bytearray(backup.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of garbage
    backup.path.write_bytes(bytes(data))
    path = source.path
    source.close()
    before = path.read_bytes()
    with pytest.raises(BackupError):
        restore_backup(backup.path, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(".")) == []


def test_a_file_that_is_not_a_rasad_database_is_not_restored(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE x (y)")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError):
        restore_backup(other, tmp_path / "rasad.sqlite3")
    assert not (tmp_path / "rasad.sqlite3").exists()


def test_a_backup_of_a_newer_schema_is_refused(source: Database, tmp_path: Path) -> None:
    backup = create_backup(source.path, tmp_path / "backups", now=NOW)
    with pytest.raises(BackupError) as raised:
        restore_backup(backup.path, tmp_path / "elsewhere.sqlite3", known_revisions=["0001"])
    message = raised.value.english()
    assert "cannot be restored: it was made by a newer version of Rasad (schema " in message
    assert message.endswith("). Update Rasad, then restore it.")


def test_a_restore_checks_the_copies_it_makes_and_never_the_backup_file_in_full_again(
    source: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each whole-file check reads the file in full (2.5 s for the large demo): the trial before the window
    closes its database checks its copy once, the restore its copy after the copy and again before the swap."""
    from desktop.store import backup as backup_module

    backup = create_backup(source.path, tmp_path / "backups", now=NOW)
    checked: list[Path] = []
    real_check = backup_module.integrity_problems

    def counted(path: Path) -> list[str]:
        checked.append(Path(path))
        return real_check(path)

    monkeypatch.setattr(backup_module, "integrity_problems", counted)
    path = source.path
    backup_module.try_restore(backup.path, path, lambda copy: None)
    source.close()
    restore_backup(backup.path, path)
    assert backup.path not in checked
    assert [copy.name.split(".part")[0].rsplit("-", 1)[0] for copy in checked] == [
        f".{path.name}.trial", f".{path.name}.restore", f".{path.name}.restore"]
