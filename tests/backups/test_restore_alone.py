"""A restore is alone with the database file (desktop/store/open_lock.py): it waits, boundedly, for every other
process to close it, and a process opening it meanwhile waits for the restore and then opens the restored file.
Without it, a command writing while a restore swapped the file in left its write-ahead log beside the new file:
the restore said it succeeded and the database failed its integrity check."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.store.backup import create_backup, integrity_problems, restore_backup
from desktop.store.busy import DatabaseBusyError
from desktop.store.database import open_database
from desktop.store.open_lock import lock_path
from tests.backups.test_service import NOW

ROOT = Path(__file__).resolve().parents[2]


def _database_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as database, database.session() as session:
        session.execute(text("INSERT INTO setting (key, value) VALUES ('marker', '\"backed up\"')"))
    backup = create_backup(path, tmp_path / "backups", now=NOW).path
    with open_database(path) as database, database.session() as session:
        session.execute(text("UPDATE setting SET value = '\"after the backup\"' WHERE key = 'marker'"))
    return path, backup


def _marker(path: Path) -> str:
    with open_database(path, create=False) as database, database.session() as session:
        return session.execute(text("SELECT value FROM setting WHERE key = 'marker'")).scalar_one()


def test_a_restore_waits_for_the_database_to_be_closed_and_is_refused_when_it_is_not(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.store import busy

    path, backup = _database_with_backup(tmp_path)
    monkeypatch.setenv("RASAD_BUSY_WAIT", "2.5")
    heard: list[object] = []
    busy.set_wait_notice(lambda holder, limit: heard.append(holder))
    elsewhere = open_database(path, create=False)  # another window, or a command under way
    try:
        with pytest.raises(DatabaseBusyError) as refused:
            restore_backup(backup, path)
        assert "open in another Rasad window or command" in refused.value.english()
        assert heard == [busy.OPEN_ELSEWHERE]  # said after two seconds, as a write's wait is
        assert _marker(path) == '"after the backup"'  # nothing replaced
    finally:
        busy.set_wait_notice(None)
        elsewhere.close()

    restore_backup(backup, path)
    assert _marker(path) == '"backed up"'
    assert not lock_path(path).exists()  # nothing left beside a closed database


HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from desktop.store.open_lock import alone_with
    with alone_with(Path(sys.argv[1])):
        print("alone", flush=True)
        time.sleep(1.0)
""")


def test_a_process_opening_the_database_while_a_restore_is_alone_with_it_waits(tmp_path: Path) -> None:
    path, _ = _database_with_backup(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    restorer = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, env=env,
                                stdout=subprocess.PIPE, text=True)
    assert restorer.stdout is not None and restorer.stdout.readline().strip() == "alone"
    started = time.monotonic()
    with open_database(path, create=False):
        waited = time.monotonic() - started
    restorer.wait(30)
    assert waited >= 0.5


WRITER = textwrap.dedent("""
    import sys, time
    from sqlalchemy import text
    from desktop.store.database import open_database
    path, until = sys.argv[1], time.monotonic() + float(sys.argv[2])
    n = 0
    while time.monotonic() < until:
        with open_database(path, create=False) as database, database.session() as session:
            n += 1
            session.execute(text("INSERT OR REPLACE INTO setting (key, value) VALUES (:k, '1')"), {"k": f"w{n}"})
    print(n)
""")


def test_a_restore_beside_a_command_that_keeps_writing_leaves_a_sound_database(tmp_path: Path) -> None:
    path, backup = _database_with_backup(tmp_path)
    with open_database(path) as database, database.session() as session:  # a restore that takes a while
        session.execute(text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)"
                             " INSERT INTO setting (key, value) SELECT 'filler' || i, '0' FROM n"))
    backup = create_backup(path, tmp_path / "backups", now=NOW.replace(minute=NOW.minute + 1)).path
    env = {**os.environ, "RASAD_BUSY_WAIT": "20", "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(path), "4"], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, text=True)
    time.sleep(1.0)
    restore_backup(backup, path)
    written, _ = writer.communicate(timeout=60)
    assert writer.returncode == 0 and int(written) > 0
    assert integrity_problems(path) == []
    assert _marker(path) == '"after the backup"'  # the second backup's
