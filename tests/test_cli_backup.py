"""`backup create|list|restore` on the command line."""

from __future__ import annotations

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
    assert code == 1 and "cannot be restored" in err


def test_an_empty_backup_folder_is_said_so(db_path: Path, tmp_path: Path) -> None:
    code, out, _ = run_cli("backup", "list", "--db", str(db_path), "--folder", str(tmp_path / "none"))
    assert code == 0 and "no backups" in out
