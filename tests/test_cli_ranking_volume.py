"""`python -m desktop indicators`: an unbounded disposition time is the worst, with no number (JSON has no
infinity) but its note; a branch with one case keeps its value, unranked, and says why."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401
from tests.services.volume_province import FARVARDIN, volume_province  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "volume.sqlite3"
    volume_province(path).close()
    return path


def _table(db_path: Path, code: str, output: str = "csv") -> str:
    status, out, err = run_cli("indicators", "--db", str(db_path), "--indicator", code, "--level", "branch",
                               "--district", "01", "--period", FARVARDIN, "--format", output, "--lang", "en")
    assert (status, err) == (0, "")
    return out


def test_the_csv_ranks_the_branch_that_disposed_of_nothing_last_and_the_single_case_not_at_all(db_path) -> None:
    rows = {row["code"]: row for row in csv.DictReader(io.StringIO(_table(db_path, "disposition_time")))}
    g1, b1 = rows["G1"], rows["B1"]
    assert (g1["rank"], g1["value"], g1["worst"], g1["unbounded"], g1["note"]) == ("3", "", "True", "True",
                                                                                  "No disposals")
    assert (b1["rank"], b1["value"], b1["best"], b1["too_few_cases"], b1["cases"], b1["note"]) == (
        "", "0.0", "False", "True", "1", "Too few cases to rank (1)")
    assert rows["F1"]["best"] == "True"


def test_the_json_holds_no_infinity(db_path) -> None:
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in the JSON")

    document = json.loads(_table(db_path, "disposition_time", "json"), parse_constant=refuse)
    g1 = next(row for row in document["rows"] if row["code"] == "G1")
    assert (g1["value"], g1["unbounded"], g1["worst"], g1["rank"]) == (None, True, True, 3)


def test_the_average_time_of_no_disposed_case_says_why_it_has_no_value(db_path) -> None:
    rows = {row["code"]: row for row in csv.DictReader(io.StringIO(_table(db_path, "avg_time_to_disposition")))}
    assert (rows["G1"]["value"], rows["G1"]["rank"], rows["G1"]["note"]) == ("", "", "No disposed cases")
