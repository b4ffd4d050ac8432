"""Ctrl+C is something a user does: a command ends with exit code 130 and no traceback, whatever it was doing,
and leaves nothing half-written (nor a lock-holder note of a process that is gone)."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.cli.output import ExitCode
from desktop.store import busy

ROOT = Path(__file__).resolve().parents[1]

# Ctrl+C arriving while a statement runs, made exact: the driver's execute raises KeyboardInterrupt when the demo
# records its case listing (inside its write transaction, after its cases). SQLAlchemy then invalidates the
# connection, and the rollback after it failed in its turn: the command ended in a PendingRollbackError traceback,
# exit code 1, and left its lock-holder note behind.
_CTRL_C_IN_A_STATEMENT = """
import sys
from sqlalchemy.engine import default

execute = default.DefaultDialect.do_execute

def interrupted(self, cursor, statement, parameters, context=None):
    if statement.startswith("INSERT INTO case_listing_span") and "FROM branch" in statement:  # the demo's own
        raise KeyboardInterrupt
    return execute(self, cursor, statement, parameters, context)

default.DefaultDialect.do_execute = interrupted
from desktop.cli.main import main
sys.exit(main(sys.argv[1:]))
"""


def test_ctrl_c_during_a_statement_ends_with_exit_code_130_and_leaves_no_lock_note(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    result = subprocess.run([sys.executable, "-c", _CTRL_C_IN_A_STATEMENT, "demo", "--scale", "normal", "--db",
                             str(database)], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == ExitCode.INTERRUPTED, result.stderr
    assert "Traceback" not in result.stderr
    assert not database.with_name(database.name + busy.NOTE_SUFFIX).exists()  # the note went with the lock
    if database.exists():  # whatever is left holds no half-written demo
        with sqlite3.connect(database) as connection:
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
            if "case_record" in tables:
                assert connection.execute("SELECT count(*) FROM case_record").fetchone() == (0,)


def test_ctrl_c_during_the_integrity_check_ends_with_exit_code_130_not_a_traceback(tmp_path: Path) -> None:
    """The check stops SQLite through a progress handler; the KeyboardInterrupt Python raises inside it is
    swallowed by the sqlite3 module, which aborts the statement instead ("interrupted"): a traceback, exit 1."""
    from desktop.store.database import open_database

    database = tmp_path / "rasad.sqlite3"
    open_database(database).close()
    with sqlite3.connect(database) as connection:  # a table whose check takes seconds
        connection.execute("CREATE TABLE filler (n INTEGER PRIMARY KEY, text TEXT)")
        connection.execute("CREATE INDEX filler_text ON filler (text)")
        connection.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 600000)"
                           " INSERT INTO filler SELECT i, hex(randomblob(32)) FROM n")
    with subprocess.Popen([sys.executable, "-m", "desktop", "--lang", "en", "db", "check", "--db", str(database)],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT) as process:
        assert process.stderr is not None
        shown = ""
        while "filler" not in shown:  # the check's progress names the table it is at: the largest comes last
            line = process.stderr.readline()
            assert line, shown
            shown += line
        process.send_signal(signal.SIGINT)
        _out, err = process.communicate(timeout=120)
    assert "Traceback" not in err, err
    assert process.returncode == ExitCode.INTERRUPTED, err
