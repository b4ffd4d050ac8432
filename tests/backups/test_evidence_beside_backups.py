"""A backup takes the evidence files its database refers to (beside it, each once), and a restore brings them back
into the evidence folder: a backup carried to a new computer brings the documents that prove the progress
reports and resolutions, not only the rows that name them."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.backups.service import BackupService
from desktop.store.backup_refusals import BackupError
from desktop.store.database import open_database
from tests.accounts.conftest import MovableClock
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: F401
from tests.demo_support import copy_demo

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)


@pytest.fixture
def demo(demo_province: Path, tmp_path: Path) -> Path:
    return copy_demo(demo_province, tmp_path / "office")


def _referenced(database: Path) -> set[str]:
    with sqlite3.connect(database) as connection:
        return {row[0] for row in connection.execute("SELECT sha256 FROM evidence_file")}


def _intact(folder: Path, sha256: str) -> bool:
    path = folder / sha256[:2] / sha256
    return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256


def test_a_backup_takes_every_evidence_file_once_and_the_next_copies_only_the_new(demo: Path, tmp_path: Path) -> None:
    referenced = _referenced(demo)
    assert len(referenced) > 10  # the demo's progress reports and resolutions have documents
    with open_database(demo, create=False) as database:
        service = BackupService(database, MovableClock(NOW), folder=tmp_path / "usb")
        first = service.back_up_now()
        assert (first.evidence.copied, first.evidence.already_there, first.evidence.complete) == (
            len(referenced), 0, True)
        assert all(_intact(tmp_path / "usb" / "evidence", sha256) for sha256 in referenced)
        second = service.back_up_now()
        assert len(service.backups()) == 2  # the evidence folder is not taken for a backup
    assert (second.evidence.copied, second.evidence.already_there) == (0, len(referenced))


def test_a_backup_restored_on_a_new_computer_brings_its_evidence_back(demo: Path, tmp_path: Path) -> None:
    with open_database(demo, create=False) as database:
        backup = BackupService(database, MovableClock(NOW), folder=tmp_path / "usb").back_up_now()
    # The old laptop is gone: a fresh province folder, the backup disk plugged in.
    new_home = tmp_path / "new-laptop" / "rasad.sqlite3"
    with open_database(new_home) as database:
        pass
    assert not (new_home.parent / "evidence").exists() or not any((new_home.parent / "evidence").rglob("*"))
    with open_database(new_home, create=False) as database:
        evidence_dir = database.evidence_dir
        restored = BackupService(database, MovableClock(NOW)).restore(backup.path)
    referenced = _referenced(new_home)
    assert (restored.evidence.copied, restored.evidence.complete) == (len(referenced), True)
    assert all(_intact(evidence_dir, sha256) for sha256 in referenced)


def test_a_damaged_or_missing_evidence_file_is_not_backed_up_and_is_counted(demo: Path, tmp_path: Path) -> None:
    referenced = sorted(_referenced(demo))
    evidence = demo.parent / "evidence"
    damaged, missing = referenced[0], referenced[1]
    (evidence / damaged[:2] / damaged).write_bytes(b"overwritten by a disk error")
    (evidence / missing[:2] / missing).unlink()
    with open_database(demo, create=False) as database:
        backup = BackupService(database, MovableClock(NOW), folder=tmp_path / "usb").back_up_now()
    assert (backup.evidence.damaged, backup.evidence.missing) == ((damaged,), (missing,))
    assert backup.evidence.copied == len(referenced) - 2 and backup.path.is_file()
    assert not (tmp_path / "usb" / "evidence" / damaged[:2] / damaged).exists()  # not spread


def test_evidence_that_cannot_be_copied_says_the_backup_itself_is_kept(demo: Path, tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(_store, _source):  # noqa: ANN001, ANN202
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.store.evidence.EvidenceStore.add", disk_full)
    with open_database(demo, create=False) as database:
        service = BackupService(database, MovableClock(NOW), folder=tmp_path / "usb")
        with pytest.raises(BackupError) as raised:
            service.back_up_now()
        assert "was written and checked, but its evidence files could not be copied beside it" in (
            raised.value.english())
        assert len(service.backups()) == 1


def test_an_evidence_file_refused_while_copying_is_named_in_the_users_language(demo: Path, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The reason inside the message is a refusal of its own: in Persian it was the English of it."""
    from desktop.domain.messages import Bilingual
    from desktop.store.errors import EvidenceUnreadableError

    def unreadable(_store, _source):  # noqa: ANN001, ANN202
        raise EvidenceUnreadableError("report.pdf", Bilingual("دسترسی رد شد", "permission denied"))

    monkeypatch.setattr("desktop.store.evidence.EvidenceStore.add", unreadable)
    usb = tmp_path / "usb"
    code, _, err = run_cli("backup", "create", "--db", str(demo), "--folder", str(usb), "--lang", "fa")
    assert code == 1
    assert "فایل «report.pdf» خوانده نمی‌شود: دسترسی رد شد" in err, err
    assert "cannot be read" not in err and "permission denied" not in err
    code, _, err = run_cli("backup", "create", "--db", str(demo), "--folder", str(usb), "--lang", "en")
    assert code == 1 and "The file “report.pdf” cannot be read: permission denied" in err


def test_the_commands_say_what_went_beside_the_backup_and_what_came_back(demo: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    code, out, err = run_cli("backup", "create", "--db", str(demo), "--folder", str(usb))
    assert code == 0, err
    count = len(_referenced(demo))
    assert f"Evidence files beside the backups: {count} copied now, 0 there already." in out
    [backup] = usb.glob("*.sqlite3")
    shutil.rmtree(demo.parent / "evidence")  # the evidence folder lost
    code, out, err = run_cli("backup", "restore", str(backup), "--db", str(demo), "--folder", str(usb))
    assert code == 0, err
    assert f"Evidence files brought back from beside the backup: {count} (0 were in place)." in out


def test_a_new_computer_with_no_database_yet_restores_the_backup_and_its_evidence(demo: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    assert run_cli("backup", "create", "--db", str(demo), "--folder", str(usb))[0] == 0
    [backup] = usb.glob("*.sqlite3")
    home = tmp_path / "new-laptop" / "rasad" / "rasad.sqlite3"
    code, out, err = run_cli("backup", "restore", str(backup), "--db", str(home))
    assert code == 0, err
    assert f"Restored {backup} into {home}, where there was no database before." in out
    assert not [path for path in home.parent.iterdir() if "before-restore" in path.name]  # no empty one kept
    assert _referenced(home) == _referenced(demo)
    assert all(_intact(home.parent / "evidence", sha256) for sha256 in _referenced(home))
    with open_database(home, create=False) as database, database.reading() as session:
        from sqlalchemy import select

        from desktop.store.models import Province

        assert session.scalar(select(Province.code)) == "QOM"


def test_a_refused_restore_onto_a_new_computer_leaves_nothing_behind(demo: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.sqlite3"
    data = demo.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    home = tmp_path / "new-laptop" / "rasad.sqlite3"
    code, _, err = run_cli("backup", "restore", str(cut), "--db", str(home))
    assert code == 1 and "was cut short" in err
    assert not home.parent.exists()
    code, _, err = run_cli("backup", "restore", str(tmp_path / "no-such.sqlite3"), "--db", str(home))
    assert code == 1 and "there is no such file" in err and not home.parent.exists()


def test_an_evidence_copy_killed_halfway_is_cleared_at_the_next_start_and_one_in_progress_is_not(
        demo: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(gone.stdout)
    places = [demo.parent / "evidence", tmp_path / "usb" / "evidence"]
    for place in places:
        place.mkdir(parents=True, exist_ok=True)
        (place / f".incoming-{dead_pid}-abc.tmp").write_bytes(b"half a document")
        (place / f".incoming-{os.getpid()}-def.tmp").write_bytes(b"a copy being made now")
    with open_database(demo, create=False) as database:
        BackupService(database, MovableClock(NOW), folder=tmp_path / "usb")  # as at the window's start
    for place in places:
        assert sorted(path.name for path in place.glob(".incoming-*")) == [f".incoming-{os.getpid()}-def.tmp"]


def test_a_database_only_just_made_is_restored_into_by_the_command_as_on_a_new_computer(demo: Path,
                                                                                      tmp_path: Path) -> None:
    """Rasad started once on the new computer made an empty database there: the command restores over it without a
    sign-in and keeps no empty "before-restore" copy of it."""
    usb = tmp_path / "usb"
    assert run_cli("backup", "create", "--db", str(demo), "--folder", str(usb))[0] == 0
    [backup] = usb.glob("*.sqlite3")
    home = tmp_path / "new-laptop" / "rasad.sqlite3"
    open_database(home).close()
    code, out, err = run_cli("backup", "restore", str(backup), "--db", str(home))
    assert code == 0, err
    assert f"Restored {backup} into {home}, where no province was set up yet." in out
    assert not [path for path in home.parent.iterdir() if "before-restore" in path.name]
    assert _referenced(home) == _referenced(demo)
