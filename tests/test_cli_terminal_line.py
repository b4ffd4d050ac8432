"""Long commands say what they are doing on their terminal, one line of stderr rewritten in place and cleared before
the result; in a script (stderr not a terminal) nothing is added. `report status` on a copied large demo was silent
for 5.2 s: 3.5 s of the whole-file check its first change waits for (the file not as last recorded checked:
copied, restored by hand, changed by another program), then the figures gathered and the PDF written."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.demo_support import copy_demo
from tests.terminal_support import lines_shown, run_command


def _set_user_name(demo_province: Path, folder: Path, *, terminal: bool) -> tuple[int, str, str]:
    folder.mkdir()
    copied = folder / "copied.sqlite3"
    shutil.copyfile(demo_province / "demo.sqlite3", copied)  # no record beside it: checked before a change
    return run_command([sys.executable, "-m", "desktop", "settings", "user-name", "مریم احمدی", "--db",
                        str(copied)], terminal=terminal)


def test_on_a_terminal_the_check_a_first_change_waits_for_is_shown_then_cleared(
        demo_province: Path, tmp_path: Path) -> None:
    code, out, err = _set_user_name(demo_province, tmp_path / "terminal", terminal=True)
    assert code == 0, out + err
    shown = lines_shown(err)
    assert shown and all(line.startswith("Checking the database before its first change: ") for line in shown)
    assert shown[-1].endswith("100%")
    assert err.endswith("\r\x1b[K") and "Traceback" not in err  # cleared before the result


def test_in_a_script_the_check_adds_nothing_to_stderr(demo_province: Path, tmp_path: Path) -> None:
    code, out, err = _set_user_name(demo_province, tmp_path / "script", terminal=False)
    assert code == 0, out + err
    assert err == ""


def test_on_a_terminal_a_report_shows_its_figures_gathered_then_its_file_written_then_clears_the_line(
        demo_province: Path, tmp_path: Path) -> None:
    db = copy_demo(demo_province, tmp_path / "demo")  # recorded as checked: no check first
    out_file = tmp_path / "status.pdf"
    code, out, err = run_command([sys.executable, "-m", "desktop", "report", "status", "--db", str(db), "--period",
                                  "1404-H2", "--out", str(out_file)], terminal=True)
    assert code == 0 and out_file.is_file(), out + err
    shown = lines_shown(err)
    gathering = [line for line in shown if line.startswith("Gathering the report's figures… ")]
    writing = [line for line in shown if line.startswith("Writing status.pdf… ")]
    assert gathering and writing and shown == gathering + writing  # in that order, nothing else
    assert gathering[-1].endswith("100%")
    assert err.endswith("\r\x1b[K") and "Report written to" in out


def test_in_a_script_a_report_prints_only_its_result(demo_province: Path, tmp_path: Path) -> None:
    db = copy_demo(demo_province, tmp_path / "demo")
    code, out, err = run_command([sys.executable, "-m", "desktop", "report", "status", "--db", str(db), "--period",
                                  "1404-H2", "--out", str(tmp_path / "status.pdf")], terminal=False)
    assert code == 0 and "Report written to" in out
    assert err == ""


def test_on_a_terminal_a_backup_and_a_restore_say_their_phases_then_clear_the_line(
        demo_province: Path, tmp_path: Path) -> None:
    db = copy_demo(demo_province, tmp_path / "demo")
    folder = tmp_path / "b"
    command = [sys.executable, "-m", "desktop", "backup", "create", "--db", str(db), "--folder", str(folder)]
    code, out, err = run_command(command, terminal=True)
    assert code == 0 and "Backup written and verified" in out, out + err
    assert lines_shown(err) == ["Taking a backup: Copying the database… 0%", "Taking a backup: Checking the copy… 16%",
                                "Taking a backup: Checking the copy… 100%"] and err.endswith("\r\x1b[K")
    code, out, err = run_command(command, terminal=False)
    assert code == 0 and err == ""
    backup = str(next(folder.glob("demo-*.sqlite3")))  # named after the database
    code, out, err = run_command([sys.executable, "-m", "desktop", "backup", "restore", backup, "--db", str(db),
                                  "--folder", str(folder)], terminal=True)
    assert code == 0 and "Restored" in out, out + err
    assert lines_shown(err) == [f"Restoring the backup: {phase}" for phase in (
        "Copying the backup… 0%", "Checking the copy… 4%", "Comparing the approved periods' figures… 27%",
        "Copying the backup… 40%", "Checking the copy… 45%", "Carrying the approvals in… 68%",
        "Checking the restored database… 77%", "Checking the restored database… 100%")] and err.endswith("\r\x1b[K")


def test_on_a_terminal_the_demo_says_it_is_being_written_then_clears_the_line(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite3"
    code, out, err = run_command([sys.executable, "-m", "desktop", "demo", "--db", str(db), "--as-of",
                                  "2026-11-23"], terminal=True)
    assert code == 0 and "Demo database written to" in out, out + err
    assert lines_shown(err) == [f"Writing the demo province into {db}…"] and err.endswith("\r\x1b[K")


def test_a_message_said_while_a_line_is_shown_takes_a_line_of_its_own(monkeypatch) -> None:
    """A wait for another program's write was printed on the end of "Writing the backup and checking it…"."""
    import io

    from desktop.cli.output import TerminalLine, print_error

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    line = TerminalLine()
    line.show("Writing the backup and checking it…")
    print_error("Waiting for the database: another program is changing it (at most 60 s)…")
    line.show("Writing the backup and checking it…")  # back at its next update
    line.clear()
    assert terminal.getvalue() == ("\rWriting the backup and checking it…\x1b[K\r\x1b[K"
                                   "Waiting for the database: another program is changing it (at most 60 s)…\n"
                                   "\rWriting the backup and checking it…\x1b[K\r\x1b[K")
