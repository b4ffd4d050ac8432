"""`db check` and a damaged database on the command line: the full check with progress, and every write
refused with the Persian message before a byte is written (opening no longer runs the full check)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from desktop.paths import translations_dir
from desktop.store.check_record import is_recorded_as_checked
from desktop.store.database import open_database
from desktop.store.health import DatabaseDamagedError
from desktop.store.models import District, Province
from tests.damage import overwrite_leaf_pages

ROOT = Path(__file__).resolve().parent.parent
DAMAGED = DatabaseDamagedError(Path("x"), []).message


def _district_database(tmp_path: Path) -> Path:
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db, db.session() as session:
        province = Province(code="QOM", name="قم")
        session.add(province)
        session.flush()
        for number in range(1, 300):
            session.add(District(province_id=province.id, code=f"{number:03d}", name="حوزه قضایی " * 10))
    return path


def _damage_the_district_table(path: Path, tmp_path: Path, *, every_leaf_but_the_first: bool = False) -> Path:
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(path, damaged)
    overwrite_leaf_pages(damaged, "district", every_leaf_but_the_first=every_leaf_but_the_first)
    return damaged


def _cli(*args: str, persian: bool) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("RASAD_LANG", None)
    if not persian:
        env["RASAD_LANG"] = "en"
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def _persian(text: str) -> str:
    translator = QTranslator()
    compiled = translations_dir() / "rasad_fa.qm"
    if not compiled.is_file() or not translator.load(str(compiled)):
        pytest.skip("i18n/rasad_fa.qm is not built")
    translated = translator.translate("Store", text)
    if not translated or translated == text:
        pytest.skip("the message is not translated yet")
    return translated


def test_db_check_reports_progress_and_no_problem_on_a_healthy_file(tmp_path: Path) -> None:
    path = _district_database(tmp_path)
    result = _cli("db", "check", "--db", str(path), persian=False)
    assert result.returncode == 0, result.stderr
    progress = [line for line in result.stderr.splitlines() if line.startswith("Checking the database: ")]
    assert "Checking the database: 0% account" in progress[0]
    assert progress[-1] == "Checking the database: 100% (the whole file)"
    assert any(line.endswith(" district") for line in progress)
    assert result.stdout.startswith(f"{path}: the integrity check found no problem (")


def test_db_check_finds_a_damaged_table_and_exits_3_with_the_persian_message(tmp_path: Path) -> None:
    damaged = _damage_the_district_table(_district_database(tmp_path), tmp_path)
    persian = _persian(DAMAGED)
    result = _cli("db", "check", "--db", str(damaged), persian=True)
    assert result.returncode == 7
    message, hint = result.stderr.strip().splitlines()[-2:]  # then how to see SQLite's own findings
    assert message.startswith(persian.split("{path}")[0])
    assert "--details" in hint
    assert str(damaged) in message


def test_a_write_command_on_a_damaged_file_is_refused_in_persian_before_any_write(tmp_path: Path) -> None:
    damaged = _damage_the_district_table(_district_database(tmp_path), tmp_path)
    persian = _persian(DAMAGED)
    before = damaged.read_bytes()
    result = _cli("comment", "add", "--db", str(damaged), "--district", "001", "--period", "1405-08",
                  "--text", "بررسی شد", persian=True)
    assert result.returncode == 1
    assert result.stderr.strip().startswith(persian.split("{path}")[0])
    assert "Traceback" not in result.stderr
    assert damaged.read_bytes() == before


def test_a_read_command_that_meets_the_damage_says_so_in_persian_without_a_traceback(tmp_path: Path) -> None:
    damaged = _damage_the_district_table(_district_database(tmp_path), tmp_path, every_leaf_but_the_first=True)
    persian = _persian(DAMAGED)
    result = _cli("comment", "list", "--db", str(damaged), "--district", "150", persian=True)
    assert "Traceback" not in result.stderr
    assert result.returncode == 1
    assert result.stderr.strip().startswith(persian.split("{path}")[0])


def test_a_file_damaged_in_place_after_rasad_recorded_it_checked_is_refused_in_persian_before_any_write(
        tmp_path: Path) -> None:
    """The record beside a file lets a write skip the full check only while the file is exactly as recorded
    (desktop/store/check_record.py): a page overwritten in place, its modification time put back, is not."""
    path = _district_database(tmp_path)
    assert is_recorded_as_checked(path) is not None
    recorded = path.stat()
    while time.time_ns() < recorded.st_ctime_ns + 50_000_000:  # past the file clock's tick
        time.sleep(0.01)
    damaged = _damage_the_district_table(path, tmp_path)
    with path.open("r+b") as file:  # the same file (inode), damaged where it lies, same size
        file.write(damaged.read_bytes())
    os.utime(path, ns=(recorded.st_mtime_ns, recorded.st_mtime_ns))
    persian = _persian(DAMAGED)
    before = path.read_bytes()
    result = _cli("comment", "add", "--db", str(path), "--district", "001", "--period", "1405-08",
                  "--text", "بررسی شد", persian=True)
    assert result.returncode == 1
    assert result.stderr.strip().startswith(persian.split("{path}")[0])
    assert path.read_bytes() == before


def test_checking_an_empty_file_refuses_it_and_leaves_it_empty(tmp_path: Path, qapp) -> None:  # as other tests expect
    """SQLite reads an empty file as an empty database; the check had migrated it into a Rasad database."""
    from tests.cli_support import run_cli

    empty = tmp_path / "copied.sqlite3"
    empty.touch()
    code, _, err = run_cli("--lang", "en", "db", "check", "--db", str(empty))
    assert code == 1 and "is not a Rasad database" in err
    assert empty.stat().st_size == 0 and sorted(p.name for p in tmp_path.iterdir()) == ["copied.sqlite3"]
