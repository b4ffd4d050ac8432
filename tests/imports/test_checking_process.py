"""A large case listing read and checked in a second process (desktop/imports/checking_process.py) imports exactly
as one read here: the same tables, result, problems and notes, whatever its rows; a checking process killed halfway
ends the import with a message and nothing written."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest

from desktop.clock import FixedClock
from desktop.imports import checking_process, writing
from desktop.imports.checking_process import CheckingProcess, CheckingStopped
from desktop.imports.notes import MOVED_NOTE, WITHDRAWN_NOTE
from desktop.imports.service import IMPORTED, REJECTED, ImportResult, ImportService
from desktop.store.database import open_database
from desktop.tasks import TaskCancelled, TaskProgress
from tests.cli_support import qt_language_restored, run_cli  # noqa: F401 - autouse: Qt's language restored
from tests.imports.conftest import CASE_HEADERS, TODAY, USER, counts, make_database, write_csv

# Written at the time of the import, not by it: left out of the comparison.
_CLOCK_COLUMNS = {"imported_at", "changed_at", "happened_at", "written_at"}
_CLOCK_IN_JSON = re.compile(r'"imported_at": "[^"]*"')  # the change log's copy of the import's row
BRANCHES = ("101001", "101002", "102001")
TYPES = ("حقوقی", "کیفری", "خانواده")


def _clean_rows(count: int, first: int = 5000) -> list[tuple[str, ...]]:
    """Well-formed rows over three branches and several months, some pending, some referred and heard."""
    rows = []
    for n in range(count):
        month, day = 1 + n % 9, 1 + n % 28
        registered = f"1403/{month:02d}/{day:02d}"
        referred = f"1403/{month:02d}/{day:02d} 0{n % 10}:15" if n % 3 else ""
        hearing = f"1403/{min(month + 1, 9):02d}/{day:02d}" if n % 4 == 1 else ""
        disposed = f"1403/{min(month + 2, 9):02d}/{day:02d}" if n % 5 else ""
        rows.append((str(first + n), BRANCHES[n % 3], TYPES[n % 3], registered, referred, hearing,
                     str(n % 4) if hearing else "", disposed))
    return rows


def _with_bad_rows(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``rows`` with an unknown branch, a date in the future, a bad date, duplicate case numbers and wide rows."""
    rows = list(rows)
    rows[7] = (rows[7][0], "999999", *rows[7][2:])
    rows[40] = (*rows[40][:3], "1409/01/01", *rows[40][4:])
    rows[41] = (*rows[41][:3], "1403/13/40", *rows[41][4:])
    rows[90] = (rows[3][0], *rows[90][1:])
    rows[150] = (rows[149][0], *rows[150][1:])
    rows[160] = (*rows[160], "extra", "values")
    rows[260] = (*rows[260], "x")
    return rows


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, in key order, less the columns the clock fills."""
    connection = sqlite3.connect(path)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        dumped = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')
                       if row[1] not in _CLOCK_COLUMNS]
            names = ", ".join(f'"{column}"' for column in columns)
            dumped[table] = [tuple(_CLOCK_IN_JSON.sub("", cell) if isinstance(cell, str) else cell for cell in row)
                             for row in connection.execute(f'SELECT {names} FROM "{table}" ORDER BY 1')]
        return dumped
    finally:
        connection.close()


def _comparable(result: ImportResult) -> tuple[Any, ...]:
    return (result.status, result.kind, result.file_name, result.rows_read, result.rows_written,
            result.rows_rejected, result.problem_count, result.problems, result.months, result.branches,
            dict(result.extra), result.notes, result.changed_branches, dict(result.withdrawn), result.unreadable)


@pytest.fixture
def both_ways(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[Any]]:
    """Imports files into a fresh database once read here and once in a second process (batches of 50 rows);
    returns, for each way, each file's result and then the database's tables. Asserts the second way used one."""
    monkeypatch.setattr(writing, "BATCH_ROWS", 50)
    used: list[bool] = []
    enter = CheckingProcess.__enter__

    def noting(self: CheckingProcess) -> CheckingProcess:
        entered = enter(self)
        used.append(entered.in_second_process)
        return entered

    monkeypatch.setattr(CheckingProcess, "__enter__", noting)

    def run(files: Sequence[tuple[Path, dict[str, Any]]]) -> list[Any]:
        outcomes = []
        for way, threshold in (("here", 1 << 60), ("process", 0)):
            monkeypatch.setattr(checking_process, "PROCESS_MIN_BYTES", threshold)
            database = make_database(tmp_path / f"{way}.sqlite3")
            service = ImportService(database, FixedClock(TODAY), USER)
            try:
                results = [_comparable(service.import_file(path, "cases", **options)) for path, options in files]
            finally:
                database.close()
            outcomes.append((results, _dump(tmp_path / f"{way}.sqlite3")))
        assert used and all(used), "the second way did not read in a second process"
        here, process = outcomes
        assert process[0] == here[0]
        for table in here[1]:
            assert process[1][table] == here[1][table], table
        return here[0]

    return run


def test_a_clean_listing_imports_the_same_either_way(both_ways: Callable[..., list[Any]], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "clean.csv", CASE_HEADERS, _clean_rows(300))
    [result] = both_ways([(path, {})])
    assert result[0] == IMPORTED and result[3] == result[4] == 300


def test_bad_rows_duplicates_and_wide_rows_give_the_same_problems_either_way(
        both_ways: Callable[..., list[Any]], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", CASE_HEADERS, _with_bad_rows(_clean_rows(300)))
    refused, taken = both_ways([(path, {}), (path, {"only_valid_rows": True})])
    assert refused[0] == REJECTED and (refused[5], refused[6]) == (7, 8)  # row 42: in the future, referred before
    assert taken[0] == IMPORTED and taken[4] == 293 and taken[5] == 7
    assert {problem.row for problem in taken[7]} == {9, 42, 43, 92, 152, 162, 262}


def test_a_later_listing_over_known_cases_withdraws_moves_and_refuses_the_same_either_way(
        both_ways: Callable[..., list[Any]], tmp_path: Path) -> None:
    first = _clean_rows(300)
    later = [(number, BRANCHES[(BRANCHES.index(branch) + 1) % 3] if n % 7 == 0 and not disposed else branch,
              kind, registered, referred, hearing, hearings, disposed)
             for n, (number, branch, kind, registered, referred, hearing, hearings, disposed) in enumerate(first)
             if n % 11]
    older = [row[:7] + ("",) for row in first[:60]]  # shows pending cases the later listing disposed of
    files = [write_csv(tmp_path / name, CASE_HEADERS, rows)
             for name, rows in (("first.csv", first), ("later.csv", later + _clean_rows(40, 9000)),
                                ("older.csv", older + _clean_rows(20, 9500)))]
    results = both_ways([(files[0], {}), (files[1], {"confirm_withdrawals": lambda counts: True}),
                         (files[2], {"only_valid_rows": True, "snapshot": False})])
    assert [result[0] for result in results] == [IMPORTED, IMPORTED, IMPORTED]
    assert results[1][13] and {MOVED_NOTE, WITHDRAWN_NOTE} <= {note.reason for note in results[1][11]}
    assert (results[2][4], results[2][5]) == (24, 56)  # the older listing's known cases refused, its new ones taken


def test_a_file_unreadable_halfway_is_refused_the_same_either_way(
        both_ways: Callable[..., list[Any]], tmp_path: Path) -> None:
    path = write_csv(tmp_path / "broken.csv", CASE_HEADERS, _clean_rows(2000))  # past the encoding's sample
    data = path.read_bytes()
    cut = data.index(b"\n6800,")
    path.write_bytes(data[:cut] + b"\n6800,\xff\xfe," + data[cut + 7:])
    [result] = both_ways([(path, {"only_valid_rows": True})])
    assert result[0] == REJECTED and result[14] and result[7][0].row == 1802


def _killed_halfway(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The checking process killed (SIGKILL) once its first batch has arrived; its pid noted."""
    monkeypatch.setattr(checking_process, "PROCESS_MIN_BYTES", 0)
    monkeypatch.setattr(writing, "BATCH_ROWS", 200)
    killed: list[int] = []
    receive = CheckingProcess._next_message

    def killing(self: CheckingProcess) -> Any:
        message = receive(self)
        if not killed and self.pid is not None:
            killed.append(self.pid)
            os.kill(self.pid, signal.SIGKILL)
        return message

    monkeypatch.setattr(CheckingProcess, "_next_message", killing)
    return killed


def test_a_killed_checking_process_ends_the_import_with_its_message_and_nothing_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    killed = _killed_halfway(monkeypatch)
    database = make_database(tmp_path / "t.sqlite3")
    before = counts(database)
    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, _clean_rows(20_000))  # far more than a pipe holds
    try:
        with pytest.raises(CheckingStopped) as raised:
            ImportService(database, FixedClock(TODAY), USER).import_file(path, "cases")
        assert killed and counts(database) == before
        assert raised.value.params == {"file": "cases.csv"}
    finally:
        database.close()


def test_a_killed_checking_process_fails_the_import_command_in_persian(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    killed = _killed_halfway(monkeypatch)
    database = make_database(tmp_path / "t.sqlite3")
    before = counts(database)
    database.close()
    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, _clean_rows(20_000))
    code, out, err = run_cli("--lang", "fa", "import", "--db", str(tmp_path / "t.sqlite3"), "--kind", "cases",
                             str(path))
    assert killed and code == 1, err
    assert "فرایندی که cases.csv را می‌خواند" in err and "Traceback" not in err
    reopened = open_database(tmp_path / "t.sqlite3")
    try:
        assert counts(reopened) == before
    finally:
        reopened.close()


def test_a_cancel_stops_the_checking_process_and_writes_nothing(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checking_process, "PROCESS_MIN_BYTES", 0)
    monkeypatch.setattr(writing, "BATCH_ROWS", 100)
    pids: list[int | None] = []
    exit_ = CheckingProcess.__exit__

    def noting(self: CheckingProcess, *args: Any) -> None:
        pids.append(self.pid)
        exit_(self, *args)

    monkeypatch.setattr(CheckingProcess, "__exit__", noting)
    database = make_database(tmp_path / "t.sqlite3")
    before = counts(database)
    path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, _clean_rows(5_000))
    progress = TaskProgress()
    steps: list[int] = []

    def on_progress(done: int, total: int, message: str) -> None:
        steps.append(done)
        if message == writing.READING_ROWS and len(steps) > 3:
            progress.cancel()

    progress.on_progress = on_progress
    try:
        with pytest.raises(TaskCancelled):
            ImportService(database, FixedClock(TODAY), USER).import_file(path, "cases", progress=progress)
        assert counts(database) == before
    finally:
        database.close()
    [pid] = pids
    assert pid is not None
    with pytest.raises(ProcessLookupError):  # ended and reaped
        os.kill(pid, 0)


def test_where_no_second_process_can_start_the_listing_is_read_here(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing.context

    def refused(self: Any) -> None:
        raise OSError("no processes here")

    monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refused)
    monkeypatch.setattr(checking_process, "PROCESS_MIN_BYTES", 0)
    seen: list[bool] = []
    enter = CheckingProcess.__enter__
    monkeypatch.setattr(CheckingProcess, "__enter__", lambda self: seen.append(enter(self).in_second_process) or self)
    database = make_database(tmp_path / "t.sqlite3")
    try:
        path = write_csv(tmp_path / "cases.csv", CASE_HEADERS, _clean_rows(120))
        result = ImportService(database, FixedClock(TODAY), USER).import_file(path, "cases")
    finally:
        database.close()
    assert seen == [False] and result.status == IMPORTED and result.rows_written == 120
