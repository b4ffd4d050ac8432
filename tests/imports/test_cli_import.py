"""`python -m desktop import`: exit codes, problems printed as file:row:column: reason, saved problem lists."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.store.database import Database
from tests.cli_support import english, qt_language_restored  # noqa: F401 - autouse: English, Qt restored
from tests.imports.conftest import CASE_HEADERS, CASES, write_csv

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "desktop", "import", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def test_import_then_again_then_a_rejected_file(database: Database, tmp_path: Path) -> None:
    db_path = database.path
    database.close()
    good = write_csv(tmp_path / "cases.csv", CASE_HEADERS, CASES)
    first = _run("--db", db_path, good)
    assert first.returncode == 0, first.stderr
    assert "3 of 3 rows imported" in first.stdout
    again = _run("--db", db_path, good, "--kind", "cases")
    assert again.returncode == 0 and "already imported" in again.stdout

    bad = write_csv(tmp_path / "bad.csv", CASE_HEADERS, (("9001", "999999", "حقوقی", "1403/02/05", "", "", "", ""),))
    problems = tmp_path / "problems.csv"
    rejected = _run("--db", db_path, bad, "--problems", problems)
    assert rejected.returncode == 1
    assert "bad.csv:2:کد شعبه: There is no branch with the code 999999." in rejected.stderr
    assert problems.read_text(encoding="utf-8-sig").splitlines()[0] == "File,Row,Column,Reason"  # --lang en

    valid_only = _run("--db", db_path, bad, "--only-valid-rows")
    assert valid_only.returncode == 1  # no valid row at all: still rejected


def test_the_summary_names_withdrawals_and_changed_branches_and_a_partial_listing_withdraws_nothing(
        database: Database, tmp_path: Path) -> None:
    db_path = database.path
    database.close()
    first = write_csv(tmp_path / "a.csv", CASE_HEADERS, CASES)
    assert _run("--db", db_path, first).returncode == 0
    newer = write_csv(tmp_path / "b.csv", CASE_HEADERS, CASES[:1])  # 1002 (101002, pending) is gone
    partial = _run("--db", db_path, newer, "--not-snapshot")
    assert partial.returncode == 0 and "withdrawn" not in partial.stdout
    snapshot_file = write_csv(tmp_path / "c.csv", CASE_HEADERS, CASES[:1] + (
        ("1004", "101001", "حقوقی", "1403/02/09", "", "", "", ""), ("1005", "101002", "کیفری", "1403/02/10", "", "", "", "")))
    snapshot = _run("--db", db_path, snapshot_file, "--confirm-withdrawals")
    assert snapshot.returncode == 0, snapshot.stderr
    assert "1 pending cases of branch 101002 are not in this listing any more: marked withdrawn." in snapshot.stdout
    assert "1403/02: figures changed for 2 branches: 101001, 101002" in snapshot.stdout


def test_a_snapshot_that_would_withdraw_cases_is_not_imported_by_a_script_unless_confirmed(
        database: Database, tmp_path: Path) -> None:
    """The window asks before a snapshot marks pending cases withdrawn; a script (no terminal) got no question
    and the cases stopped counting as pending in silence."""
    db_path = database.path
    database.close()
    assert _run("--db", db_path, write_csv(tmp_path / "a.csv", CASE_HEADERS, CASES)).returncode == 0
    # 1002 (101002, pending) is gone from a listing that covers its branch and month
    smaller = write_csv(tmp_path / "b.csv", CASE_HEADERS, CASES[:1] + (
        ("1004", "101001", "حقوقی", "1403/02/09", "", "", "", ""), ("1005", "101002", "کیفری", "1403/02/10", "", "", "", "")))

    refused = _run("--db", db_path, smaller)
    assert refused.returncode == 1
    assert ("b.csv: this case listing no longer holds 1 pending cases that earlier files brought; importing it"
            " marks them withdrawn (not deleted) - branch 101002: 1.") in refused.stderr
    assert "b.csv was not imported; nothing was written. Give --confirm-withdrawals" in refused.stderr
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM case_record WHERE withdrawn_on IS NOT NULL").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM case_record").fetchone() == (len(CASES),)

    confirmed = _run("--db", db_path, smaller, "--confirm-withdrawals")
    assert confirmed.returncode == 0, confirmed.stderr
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM case_record WHERE withdrawn_on IS NOT NULL").fetchone() == (1,)


def test_the_earliest_plausible_year_is_stored_from_the_command_line(database: Database, tmp_path: Path) -> None:
    db_path = database.path
    database.close()
    old = write_csv(tmp_path / "old.csv", CASE_HEADERS, (("1", "101001", "حقوقی", "1365/02/05", "", "", "", ""),))
    refused = _run("--db", db_path, old)
    assert refused.returncode == 1
    assert "old.csv:2:تاریخ ثبت: The date 1365/02/05 is before 1370, the earliest plausible year" in refused.stderr
    assert _run("--db", db_path, old, "--earliest-year", "1360").returncode == 0
    bad = _run("--db", db_path, old, "--earliest-year", "99")
    assert bad.returncode == 1 and "between 1300 and 1499" in bad.stderr


def test_a_month_changed_for_thousands_of_branches_prints_ten_codes_and_how_many_more(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """A first listing changes every branch's figures: 3,000 codes made one line of 24,000 characters."""
    from types import SimpleNamespace

    from desktop.cli import output
    from desktop.cli.commands_import import _print_summary
    from desktop.imports.parsing import month_label

    monkeypatch.setenv("RASAD_LANG", "en")  # whatever language an earlier test in this worker left installed
    monkeypatch.setattr(output, "_language_override", None)
    monkeypatch.setattr(output, "_translator_ready", False)

    codes = tuple(str(101001 + number) for number in range(3000))
    _print_summary(SimpleNamespace(notes=(), changed_branches=((16836, codes), (16837, codes[:2]))), None)
    assert capsys.readouterr().out.splitlines() == [
        f"{month_label(16836)}: figures changed for 3000 branches: {', '.join(codes[:10])} and 2990 more",
        f"{month_label(16837)}: figures changed for 2 branches: 101001, 101002",
    ]


def test_in_persian_the_changed_codes_are_a_persian_list(capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from desktop.cli import output
    from desktop.cli.commands_import import _print_summary

    monkeypatch.setenv("RASAD_LANG", "fa")
    monkeypatch.setattr(output, "_translator_ready", False)
    _print_summary(SimpleNamespace(notes=(), changed_branches=((16837, ("101001", "101002")),)), None)
    line = capsys.readouterr().out.strip()
    assert line.endswith("۱۰۱۰۰۱، ۱۰۱۰۰۲") and ", " not in line, line


def test_on_a_terminal_the_withdrawals_are_asked_and_a_yes_imports_the_file(database: Database, tmp_path: Path) -> None:
    import pty
    import select
    import time

    db_path = database.path
    database.close()
    assert _run("--db", db_path, write_csv(tmp_path / "a.csv", CASE_HEADERS, CASES)).returncode == 0
    smaller = write_csv(tmp_path / "b.csv", CASE_HEADERS, CASES[:1] + (
        ("1004", "101001", "حقوقی", "1403/02/09", "", "", "", ""), ("1005", "101002", "کیفری", "1403/02/10", "", "", "", "")))
    controller, terminal = pty.openpty()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RASAD_LANG": "en"}
    process = subprocess.Popen([sys.executable, "-m", "desktop", "import", "--db", str(db_path), str(smaller)],
                               cwd=ROOT, env=env, stdin=terminal, stdout=terminal, stderr=terminal)
    os.close(terminal)
    seen, answered = b"", False
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(controller, 4096)
                except OSError:  # the terminal closed: the process is done
                    break
                seen += chunk
            if not answered and b"mark them withdrawn? [y/N]" in seen:
                os.write(controller, b"y\n")
                answered = True
            if process.poll() is not None and not ready:
                break
    finally:
        os.close(controller)
        process.wait(30)
    text = seen.decode("utf-8", "replace")
    assert answered, text
    assert "no longer holds 1 pending cases" in text and "branch 101002: 1" in text
    assert process.returncode == 0 and "marked withdrawn" in text, text
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT count(*) FROM case_record WHERE withdrawn_on IS NOT NULL").fetchone() == (1,)
