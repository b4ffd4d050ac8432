"""A command's process ends without collecting its objects once more (desktop/process_exit.py): what it wrote is
whole and closed all the same - the report on disk, the database without a write-ahead log left beside it, its
check record current - and a test calling ``main()`` in process still collects."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

from desktop.store.check_record import is_recorded_as_checked

# the fixtures: the in-process command finds the tests' QApplication and leaves the language as it found it
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: F401
from tests.demo_support import copy_demo

ROOT = Path(__file__).resolve().parents[1]


def test_a_report_command_ends_with_its_file_written_and_its_database_closed(demo_province: Path,
                                                                             tmp_path: Path) -> None:
    database = copy_demo(demo_province, tmp_path / "demo")
    out = tmp_path / "status.pdf"
    result = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "report", "status", "--db",
                             str(database), "--period", "1405-H1", "--out", str(out), "--as-of", "2026-11-23"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
    assert out.read_bytes().startswith(b"%PDF") and out.read_bytes().rstrip().endswith(b"%%EOF")
    assert not Path(f"{database}-wal").exists()  # its last connection closed: the log checkpointed and removed
    assert is_recorded_as_checked(database) is not None


def test_main_in_process_leaves_the_collector_on(tmp_path: Path) -> None:
    code, _out, _err = run_cli("--lang", "en", "db", "check", "--db", str(tmp_path / "missing.sqlite3"))
    assert code != 0
    assert gc.isenabled()


def test_a_screenshots_command_refused_in_process_leaves_the_collector_on(tmp_path: Path) -> None:
    """The command turns automatic collection over to the window's thread while it draws; refused (here: no such
    database; for a viewer: no export right), it left it off for whatever the process did next."""
    code, _out, _err = run_cli("--lang", "en", "screenshots", "--db", str(tmp_path / "missing.sqlite3"),
                               "--out", str(tmp_path / "shots"))
    assert code != 0
    assert gc.isenabled()
