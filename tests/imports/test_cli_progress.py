"""`python -m desktop import` on a terminal says what it is doing on one line of stderr, rewritten in place and
cleared before the result; in a script (stderr not a terminal) it prints only the result."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.imports.conftest import CASE_HEADERS, CASES, make_database, write_csv
from tests.terminal_support import ROOT, lines_shown, run_command


def _import(tmp_path: Path, *, terminal: bool) -> tuple[int, str, str]:
    database = make_database(tmp_path / "rasad.sqlite3")
    database.close()
    path = write_csv(tmp_path / f"cases-{terminal}.csv", CASE_HEADERS, CASES)
    return run_command([sys.executable, "-m", "desktop", "--lang", "en", "import", str(path), "--kind", "cases",
                        "--db", str(tmp_path / "rasad.sqlite3")], terminal=terminal)


def test_on_a_terminal_the_import_shows_each_phase_on_one_line_then_clears_it(tmp_path: Path) -> None:
    code, out, err = _import(tmp_path, terminal=True)
    assert code == 0 and "rows imported" in out, err
    shown = lines_shown(err)
    assert shown[0].startswith("cases-True.csv: ") and "% Reading and checking the rows…" in shown[0]
    phases = [line.split(": ", 1)[1] for line in shown]
    # The figures by their steps, as shares (the line is rewritten at most so often: some steps are not shown).
    named = [re.sub(r"^\d+% ", "", phase) for phase in phases]
    assert [phase for n, phase in enumerate(named) if n == 0 or named[n - 1] != phase][-3:] == [
        "Computing the branches' monthly figures…", "Summing the districts, the province and the periods…",
        "Saving…"]
    assert any(re.match(r"\d+% Summing the districts", phase) for phase in phases)
    assert err.endswith("\r\x1b[K") and "Traceback" not in err  # cleared before the result


def test_in_a_script_the_import_prints_only_its_result(tmp_path: Path) -> None:
    code, out, err = _import(tmp_path, terminal=False)
    assert code == 0 and "rows imported" in out
    assert err == ""


# The rebuild made one statement of about a minute (a count to 10^9), announced on stderr when it starts.
_SLOW_REBUILD = """
import sys
from sqlalchemy import text
from desktop.indicators import aggregate

def a_minute_of_sql(session, *args, **kwargs):
    print("rebuilding", file=sys.stderr, flush=True)
    return session.execute(text("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                "WHERE i < 1000000000) SELECT count(*) FROM n")).scalar()

aggregate.rebuild_from = a_minute_of_sql
from desktop.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_ctrl_c_during_an_import_stops_it_at_once_rolls_it_back_and_says_so(tmp_path: Path) -> None:
    """Python's own KeyboardInterrupt, raised inside SQLite's progress handler or SQLAlchemy, ended in a
    traceback (exit 1); Ctrl+C now cancels as the window's Cancel does."""
    import signal
    import sqlite3
    import time

    database = make_database(tmp_path / "rasad.sqlite3")
    database.close()
    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, CASES)
    command = [sys.executable, "-c", _SLOW_REBUILD, "import", str(path), "--kind", "cases",
               "--db", str(tmp_path / "rasad.sqlite3")]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                          env={**os.environ, "RASAD_LANG": "fa"}) as process:
        assert process.stderr is not None and process.stderr.readline() == "rebuilding\n"
        time.sleep(0.2)  # inside the statement
        interrupted = time.monotonic()
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=60)
    assert time.monotonic() - interrupted < 10  # not the minute the statement would take
    assert process.returncode == 130, err
    assert err == f"{path}: ورود داده‌ها قطع شد؛ چیزی نوشته نشد.\n"  # one line, no traceback
    assert out == ""
    with sqlite3.connect(tmp_path / "rasad.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM case_record").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM import_batch").fetchone() == (0,)
