"""`python -m desktop import` on a terminal says what it is doing on one line of stderr, rewritten in place and
cleared before the result; in a script (stderr not a terminal) it prints only the result."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from tests.imports.conftest import CASE_HEADERS, CASES, make_database, write_csv

ROOT = Path(__file__).resolve().parents[2]


def _import(tmp_path: Path, *, terminal: bool) -> tuple[int, str, str]:
    database = make_database(tmp_path / "rasad.sqlite3")
    database.close()
    path = write_csv(tmp_path / f"cases-{terminal}.csv", CASE_HEADERS, CASES)
    command = [sys.executable, "-m", "desktop", "--lang", "en", "import", str(path), "--kind", "cases",
               "--db", str(tmp_path / "rasad.sqlite3")]
    env = {**os.environ, "RASAD_LANG": "en"}
    if not terminal:
        result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        return result.returncode, result.stdout, result.stderr
    leader, follower = pty.openpty()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=follower, cwd=ROOT, env=env) as process:
        os.close(follower)
        stderr = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the process closed the terminal
                break
            if not chunk:
                break
            stderr += chunk
        stdout = process.stdout.read().decode() if process.stdout else ""
    os.close(leader)
    return process.returncode, stdout, stderr.decode()


def test_on_a_terminal_the_import_shows_each_phase_on_one_line_then_clears_it(tmp_path: Path) -> None:
    code, out, err = _import(tmp_path, terminal=True)
    assert code == 0 and "rows imported" in out, err
    shown = [part.removesuffix("\x1b[K") for part in err.split("\r") if part.removesuffix("\x1b[K")]
    assert shown[0].startswith("cases-True.csv: ") and "% Reading and checking the rows…" in shown[0]
    phases = [line.split(": ", 1)[1] for line in shown]
    assert phases[-3:] == ["Computing the branches' monthly figures…",
                           "Summing the districts, the province and the periods…", "Saving…"]
    assert err.endswith("\r\x1b[K") and "Traceback" not in err  # cleared before the result


def test_in_a_script_the_import_prints_only_its_result(tmp_path: Path) -> None:
    code, out, err = _import(tmp_path, terminal=False)
    assert code == 0 and "rows imported" in out
    assert err == ""
