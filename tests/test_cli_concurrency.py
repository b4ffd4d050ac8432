"""Two at once is normal: command-line processes run side by side on one database — reads, comments, imports —
and none ends in a traceback; every write is either done or cleanly refused; the file stays intact."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from desktop.accounts.service import AccountService
from desktop.accounts.views import AccountForm
from desktop.clock import SystemClock
from desktop.demo import case_files
from desktop.domain.access import Role
from desktop.organisation.service import DistrictDraft, OrganisationService, SetupForm
from desktop.store.database import open_database

PASSWORD = "باغ انار ۱۴۰۵ سبز"
ROOT = Path(__file__).resolve().parents[1]
AS_OF = date(2026, 11, 20)
BRANCHES = [f"{district}{number:02d}" for district in (1, 2) for number in range(1, 21)]


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """Two districts of twenty branches, a secretary and the head of district 01 (real Argon2 cost), and two
    monthly statistics files for disjoint halves of the branches."""
    with open_database(tmp_path / "rasad.sqlite3") as database:
        drafts = tuple(DistrictDraft(f"0{d}", f"حوزه {d}", tuple((code, f"شعبه {code}", "") for code in BRANCHES
                                                               if code.startswith(str(d)))) for d in (1, 2))
        OrganisationService(database).complete_setup(SetupForm("QOM", "قم", "دبیر شورا", drafts))
        accounts = AccountService(database, SystemClock())
        secretary = accounts.create_first_secretary("dabir", "دبیر شورا", PASSWORD)
        accounts.create_account(secretary, AccountForm("head01", "رئیس حوزه یک", Role.DISTRICT_HEAD, 1), PASSWORD)
    halves = (BRANCHES[::2], BRANCHES[1::2])
    for index, codes in enumerate(halves, start=1):
        case_files.write_monthly(tmp_path / f"monthly{index}.csv", 20 * len(codes), index, codes, as_of=AS_OF)
    return tmp_path


def _start(place: Path, *args: str, wait: str | None = None) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), RASAD_PASSWORD=PASSWORD, RASAD_LANG="en",
               QT_QPA_PLATFORM="offscreen", RASAD_DATA_DIR=str(place / "data"))
    env.pop("RASAD_BUSY_WAIT", None)
    if wait is not None:
        env["RASAD_BUSY_WAIT"] = wait
    return subprocess.Popen([sys.executable, "-m", "desktop", *args, "--db", str(place / "rasad.sqlite3")],
                            cwd=place, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=240)
    return process.returncode, out, err


def _integrity(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute("PRAGMA integrity_check")]


def test_eight_commands_at_once_end_without_a_traceback_and_every_write_is_done(place: Path) -> None:
    reads = [("comment", "list", "--district", "01", "--user", "head01")] * 3 + [
        ("audit", "list", "--limit", "5", "--user", "dabir"),
        ("indicators", "--indicator", "incoming", "--level", "district", "--period", "1405-06", "--user", "dabir")]
    comments = [("comment", "add", "--district", "01", "--period", "1405-07", "--text", f"یادداشت {n}",
                 "--user", "head01") for n in (1, 2)]
    importing = ("import", str(place / "monthly1.csv"), "--kind", "monthly", "--user", "dabir")
    commands = [importing, *comments, *reads]
    assert len(commands) == 8
    processes = [_start(place, *command) for command in commands]
    results = [_finish(process) for process in processes]
    for command, (code, _out, err) in zip(commands, results, strict=True):
        assert "Traceback" not in err and "database is locked" not in err, (command, err)
        assert code == 0, (command, code, err)
    assert "rows imported" in results[0][1]
    assert _integrity(place / "rasad.sqlite3") == ["ok"]
    code, out, err = _finish(_start(place, "comment", "list", "--district", "01", "--user", "head01"))
    assert code == 0 and "یادداشت 1" in out and "یادداشت 2" in out  # both comments written, none lost


def test_two_imports_started_seconds_apart_both_go_through(place: Path) -> None:
    first = _start(place, "import", str(place / "monthly1.csv"), "--kind", "monthly", "--user", "dabir")
    time.sleep(2)
    second = _start(place, "import", str(place / "monthly2.csv"), "--kind", "monthly", "--user", "dabir")
    for code, out, err in (_finish(first), _finish(second)):
        assert "Traceback" not in err, err
        assert code == 0 and "rows imported" in out, (code, out, err)
    assert _integrity(place / "rasad.sqlite3") == ["ok"]
    with sqlite3.connect(place / "rasad.sqlite3") as connection:
        assert connection.execute("SELECT count(*) FROM import_batch WHERE kind = 'monthly'").fetchone()[0] == 2


def test_a_write_that_waits_too_long_is_refused_with_what_holds_the_database(place: Path) -> None:
    """The lock holder is another Rasad process: the refusal says what it is doing (an import of a file) and its
    process, not its command line."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time\n"
         "from desktop.store import busy\n"
         "from desktop.store.database import open_database\n"
         "busy.set_activity('import', '/data/monthly 1405-08.csv')\n"
         "with open_database(sys.argv[1]) as db, db.session() as s:\n"
         "    s.connection(); print('holding', flush=True); time.sleep(30)\n", str(place / "rasad.sqlite3")],
        env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        code, out, err = _finish(_start(place, "comment", "add", "--district", "01", "--period", "1405-07",
                                        "--text", "x", "--user", "head01", wait="4"))
    finally:
        holder.kill()
        holder.wait()
    assert code == 5, err
    lines = err.strip().splitlines()
    assert lines[0].startswith("Waiting for the database: it is busy with an import of monthly 1405-08.csv"), err
    assert lines[-1].startswith("The database is busy with an import of monthly 1405-08.csv (process "), err
    assert len(lines) == 2
    assert "Traceback" not in err
