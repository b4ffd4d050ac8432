"""`backup create|list|restore` on the command line."""

from __future__ import annotations

import json
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from sqlalchemy import select  # noqa: E402

from desktop.store.database import open_database  # noqa: E402
from desktop.store.models import Province  # noqa: E402
from tests.test_cli import english, qt_language_restored, run_cli  # noqa: E402, F401


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as database, database.session() as session:
        session.add(Province(code="QOM", name="قم"))
    return path


def test_backup_create_list_and_restore(db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "copies"
    code, out, err = run_cli("backup", "create", "--db", str(db_path), "--folder", str(folder))
    assert code == 0, err
    assert "verified" in out
    [backup] = list(folder.glob("rasad-*.sqlite3"))
    with open_database(db_path) as database, database.session() as session:
        session.add(Province(code="TEH", name="تهران"))

    code, out, _ = run_cli("backup", "list", "--db", str(db_path), "--folder", str(folder))
    assert code == 0 and str(backup) in out

    code, out, err = run_cli("backup", "restore", str(backup), "--db", str(db_path), "--folder", str(folder))
    assert code == 0, err
    assert "Restored" in out
    with open_database(db_path, create=False) as database, database.session() as session:
        assert list(session.scalars(select(Province.code))) == ["QOM"]


def test_restoring_a_missing_backup_fails_with_a_message(db_path: Path, tmp_path: Path) -> None:
    code, _, err = run_cli("backup", "restore", str(tmp_path / "nope.sqlite3"), "--db", str(db_path))
    assert code == 1 and "cannot be restored: there is no such file (was its disk removed?)" in err
    code, _, err = run_cli("backup", "restore", str(tmp_path), "--db", str(db_path))
    assert code == 1 and err.strip() == f"“{tmp_path}” is a folder, not a backup file: choose one of the backup files in it."


def _unchanged(db_path: Path) -> bool:
    with open_database(db_path, create=False) as database, database.session() as session:
        return list(session.scalars(select(Province.code))) == ["QOM"]


def test_a_backup_cut_short_is_refused_as_damaged_in_the_users_language(db_path: Path, tmp_path: Path) -> None:
    """A backup copied to a removable disk that was pulled out mid-copy: SQLite calls it "malformed"; the user
    reads that the backup was cut short, how much of it is there and what to do, in Persian too."""
    code, _, err = run_cli("backup", "create", "--db", str(db_path), "--folder", str(tmp_path / "copies"))
    assert code == 0, err
    [backup] = (tmp_path / "copies").glob("*.sqlite3")
    cut = tmp_path / "cut.sqlite3"
    data = backup.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    code, _, err = run_cli("backup", "restore", str(cut), "--db", str(db_path))
    assert code == 1
    assert f"The backup “{cut}” cannot be restored: it was cut short and only " in err
    assert "Nothing was restored; choose another backup." in err and "malformed" not in err
    code, _, err = run_cli("--lang", "fa", "backup", "restore", str(cut), "--db", str(db_path))
    assert code == 1 and f"نسخهٔ پشتیبان «{cut}» بازگرداندنی نیست: نیمه‌کاره مانده است" in err
    assert _unchanged(db_path)


def test_a_database_of_another_program_is_refused_as_no_rasad_backup(db_path: Path, tmp_path: Path) -> None:
    import sqlite3

    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE note (text TEXT)")
    code, _, err = run_cli("backup", "restore", str(other), "--db", str(db_path))
    assert code == 1 and f"The file “{other}” is not a Rasad backup: it is a database of another program." in err
    assert _unchanged(db_path)


def test_a_backup_of_a_newer_rasad_is_refused_saying_to_update(db_path: Path, tmp_path: Path) -> None:
    import shutil
    import sqlite3

    newer = tmp_path / "newer.sqlite3"
    shutil.copyfile(db_path, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    code, _, err = run_cli("backup", "restore", str(newer), "--db", str(db_path))
    assert code == 1
    assert ("cannot be restored: it was made by a newer version of Rasad (schema 9999_from_the_future). Update "
            "Rasad, then restore it.") in err
    assert _unchanged(db_path)


def test_an_empty_backup_folder_is_said_so(db_path: Path, tmp_path: Path) -> None:
    code, out, _ = run_cli("backup", "list", "--db", str(db_path), "--folder", str(tmp_path / "none"))
    assert code == 0 and "no backups" in out


def _of_province(path: Path, code: str, name: str) -> Path:
    from desktop.organisation.service import PROVINCE_CODE, PROVINCE_NAME
    from desktop.store.settings import set_setting

    with open_database(path) as database, database.session() as session:
        session.add(Province(code=code, name=name))
        set_setting(session, PROVINCE_CODE, code)
        set_setting(session, PROVINCE_NAME, name)
    return path


def test_a_backup_of_another_province_is_restored_only_with_another_province(tmp_path: Path) -> None:
    qom = _of_province(tmp_path / "two" / "one.sqlite3", "QOM", "Qom")
    isfahan = _of_province(tmp_path / "two" / "isf.sqlite3", "ISF", "Isfahan")
    code, _, err = run_cli("backup", "create", "--db", str(qom))
    assert code == 0, err
    [backup] = (tmp_path / "two" / "backups").glob("one-*.sqlite3")
    code, _, err = run_cli("backup", "restore", str(backup), "--db", str(isfahan))
    assert code == 1
    assert " ".join(err.split()) == (
        f"The backup “{backup}” is of the province Qom, and this database is Isfahan's: restored, it would put "
        "Qom's data, province and name in place of Isfahan's. Nothing was restored. To restore it all the same, "
        "add --another-province.")
    assert not list((tmp_path / "two").glob("isf.sqlite3.before-restore-*"))
    code, out, err = run_cli("backup", "restore", str(backup), "--db", str(isfahan), "--another-province")
    assert code == 0 and "Restored" in out, err


def test_another_installations_backup_of_this_province_is_restored_only_with_another_database(
        tmp_path: Path) -> None:
    office = _of_province(tmp_path / "office" / "rasad.sqlite3", "QOM", "Qom")
    laptop = _of_province(tmp_path / "laptop" / "rasad.sqlite3", "QOM", "Qom")
    for database in (office, laptop):
        assert run_cli("backup", "create", "--db", str(database))[0] == 0
    [backup] = (tmp_path / "laptop" / "backups").glob("rasad-*.sqlite3")
    code, _, err = run_cli("backup", "restore", str(backup), "--db", str(office))
    assert code == 1
    assert " ".join(err.split()) == (
        f"The backup “{backup}” is of Qom, but of another installation's database (“rasad.sqlite3”), not of this "
        f"one (“{office}”): restored, that database's data would replace this one's. Nothing was restored. To "
        "restore it all the same, add --another-database.")
    assert not list(office.parent.glob("rasad.sqlite3.before-restore-*"))
    code, _, err = run_cli("backup", "restore", str(backup), "--db", str(office), "--lang", "fa")
    assert code == 1 and "--another-database" in err and "نصبی دیگر" in err
    code, out, err = run_cli("backup", "restore", str(backup), "--db", str(office), "--another-database")
    assert code == 0 and "Restored" in out, err
    code, out, err = run_cli("audit", "list", "--events", "--kind", "restore", "--db", str(office),
                             "--format", "json")
    assert code == 0, err
    assert [event["consents"] for event in json.loads(out)] == [["another-database"]]


def test_audit_list_events_tells_a_restore_that_needed_no_consent_from_every_other_event(tmp_path: Path) -> None:
    """``consents``: [] for a restore that needed none (its own backup, a flag given all the same), null where
    there is nothing to consent to (a backup) - the same value for both had said nothing."""
    office = _of_province(tmp_path / "office" / "rasad.sqlite3", "QOM", "Qom")
    assert run_cli("backup", "create", "--db", str(office))[0] == 0
    [backup] = (tmp_path / "office" / "backups").glob("rasad-*.sqlite3")
    code, _, err = run_cli("backup", "restore", str(backup), "--db", str(office), "--another-database")
    assert code == 0, err
    code, out, err = run_cli("audit", "list", "--events", "--db", str(office), "--format", "json")
    assert code == 0, err
    assert [(event["kind"], event["consents"]) for event in json.loads(out)] == [
        ("restore", []), ("backup.create", None)]
    code, out, err = run_cli("audit", "list", "--events", "--kind", "restore", "--db", str(office))
    assert code == 0 and out.splitlines()[1].endswith("; consents needed: none,[]"), err


def test_every_command_that_opens_the_database_removes_what_a_killed_restore_or_backup_left(
        db_path: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (tmp_path / "backups").mkdir()
    restore = tmp_path / f".rasad.sqlite3.restore-{dead.pid}.part"  # a restore killed with kill -9
    left = [restore, Path(f"{restore}-journal"),
            tmp_path / "backups" / f".rasad-20261204-200626.sqlite3.{dead.pid}.part-journal"]  # a full disk
    for path in left:
        path.write_bytes(b"partial")
    code, _, err = run_cli("db", "check", "--db", str(db_path))
    assert code == 0, err
    assert [path.exists() for path in left] == [False, False, False]
