"""What holds the database busy is said in words - an import of a file, a backup, a restore, the window - never
as its command line ("python -m desktop import (process 1234)")."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.store import busy
from desktop.store.busy import WINDOW, DatabaseBusyError, LockHolder
from desktop.store.busy_words import activity_words

SINCE = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(("activity", "subject", "said"), [
    ("import", "/data/cases 1405-08.csv", "an import of cases 1405-08.csv"),
    ("import", "/data/a.csv\n/data/b.csv\n/data/c.csv", "an import of a.csv and 2 more files"),
    ("backup create", "", "a backup"),
    ("backup restore", "/media/usb/rasad-20261204-200443.sqlite3",
     "the restore of the backup rasad-20261204-200443.sqlite3"),
    (WINDOW, "", "the Rasad window"),
    ("sync send", "", "sending to the center"),
    ("python -m desktop import", "", "an import"),  # a note written before activities were codes
    ("meetings add", "", "the Rasad command “meetings add”"),
    ("Rasad", "", "another Rasad program"),
])
def test_what_holds_the_database_is_said_in_words(activity: str, subject: str, said: str) -> None:
    assert activity_words(LockHolder(1234, activity, SINCE, subject)).english() == said


def test_the_busy_refusal_says_what_the_holder_does_not_its_command_line() -> None:
    refusal = DatabaseBusyError(Path("/tmp/rasad.sqlite3"), 60, LockHolder(1234, "import", SINCE, "/d/cases.csv"))
    assert refusal.english().startswith("The database is busy with an import of cases.csv (process 1234, since ")
    assert "python" not in refusal.english()


def test_a_threads_job_in_the_window_names_itself_in_the_note(tmp_path: Path) -> None:
    path = tmp_path / "rasad.sqlite3"
    saved = busy._activity, busy._subject
    busy.set_activity(WINDOW)
    try:
        with busy.doing("import", "/data/cases.csv"):
            busy._write_note(path)
        during = json.loads(Path(f"{path}{busy.NOTE_SUFFIX}").read_text(encoding="utf-8"))
        busy._write_note(path)
        after = json.loads(Path(f"{path}{busy.NOTE_SUFFIX}").read_text(encoding="utf-8"))
    finally:
        busy.set_activity(*saved)
    assert (during["activity"], during["subject"], during["pid"]) == ("import", "/data/cases.csv", os.getpid())
    assert (after["activity"], after["subject"]) == (WINDOW, "")
