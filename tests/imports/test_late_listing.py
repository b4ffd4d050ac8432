"""A late file: a case listing exported before one already imported cannot turn the newer data back. Once a case it
shows pending is seen ended (disposed of, withdrawn) in a stored listing after its data runs out, each of its rows
of that listing's cases is refused (row, column, and the proof), its snapshot spares that listing's pending cases,
and what that listing withdrew stays withdrawn. A listing that only runs shorter - a case voided since, a quiet
branch, a partial file - is not older; and the user's word takes one that is (docs/indicators.md, "A late
listing")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.imports.notes import SPARED_NOTE
from desktop.imports.problems import MOVED_SINCE_STORED, OLDER_THAN_STORED
from desktop.imports.service import IMPORTED, REJECTED, ImportService
from desktop.store.database import Database
from tests.imports.conftest import CASE_HEADERS, write_csv

ROOT = Path(__file__).resolve().parents[2]


def case(number: str, branch: str, registered: str, disposed: str = "") -> tuple[str, ...]:
    return (number, branch, "حقوقی", registered, "", "", "", disposed)


def stored(database: Database) -> dict[str, list[tuple]]:
    """Every row an import writes or derives, to prove a refused file left them alone."""
    with database.engine.connect() as connection:
        return {table: [tuple(row) for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))]
                for table in ("case_record", "case_transfer", "case_listing_span", "indicator_month",
                              "indicator_rollup_month")}


def cases(database: Database) -> dict[str, tuple]:
    """Case number -> (branch code, disposed on, withdrawn on)."""
    with database.engine.connect() as connection:
        return {number: (code, disposed, withdrawn) for number, code, disposed, withdrawn in connection.execute(text(
            "SELECT c.case_number, b.code, c.disposed_on, c.withdrawn_on FROM case_record c"
            " JOIN branch b ON b.id = c.branch_id"))}


def test_an_older_listing_imported_after_a_newer_one_is_refused_row_by_row_and_writes_nothing(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    newer = write_csv(tmp_path / "newer.csv", CASE_HEADERS, [case("L1", "101001", "1403/05/01", "1403/07/15"),
                                                             case("L2", "101001", "1403/05/03")])
    assert service.import_file(newer, "cases", snapshot=False).status == IMPORTED
    before = stored(database)
    # Exported in Mordad: L1 still pending, L2 still in the branch it left since.
    older = write_csv(tmp_path / "older.csv", CASE_HEADERS, [case("L1", "101001", "1403/05/01"),
                                                             case("L2", "101002", "1403/05/03")])
    result = service.import_file(older, "cases", snapshot=False)
    assert result.status == REJECTED and result.rows_rejected == 2
    assert [(p.file, p.row, p.column, p.reason) for p in result.problems] == [
        ("older.csv", 2, "شماره پرونده", OLDER_THAN_STORED), ("older.csv", 3, "شماره پرونده", OLDER_THAN_STORED)]
    assert [p.english() for p in result.problems] == [
        f"Case {number} comes from newer.csv, a later export than this file: there case L1 ended on 1403/07/15"
        " (disposed of or withdrawn), while this file, whose data on its branch runs only to 1403/05/01, still shows"
        " it pending. This row would turn newer data back: it is refused." for number in ("L1", "L2")]
    assert stored(database) == before
    assert cases(database) == {"L1": ("101001", "2024-10-06", None), "L2": ("101001", None, None)}


def test_with_only_valid_rows_an_older_listing_brings_in_only_the_cases_nobody_knew(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    newer = write_csv(tmp_path / "newer.csv", CASE_HEADERS, [case("L1", "101001", "1403/05/01", "1403/07/15")])
    assert service.import_file(newer, "cases", snapshot=False).status == IMPORTED
    older = write_csv(tmp_path / "older.csv", CASE_HEADERS, [case("L1", "101001", "1403/05/01"),
                                                             case("L3", "101001", "1403/05/02")])
    result = service.import_file(older, "cases", snapshot=False, only_valid_rows=True)
    assert result.status == IMPORTED
    assert (result.rows_read, result.rows_written, result.rows_rejected) == (2, 1, 1)
    assert [p.row for p in result.problems] == [2]
    assert cases(database) == {"L1": ("101001", "2024-10-06", None), "L3": ("101001", None, None)}
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM case_transfer")).scalar() == 0


def test_a_late_snapshot_spares_the_pending_cases_of_a_later_listing_and_withdraws_the_older_ones(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    oldest = write_csv(tmp_path / "oldest.csv", CASE_HEADERS, [case("D", "101001", "1403/05/02")])
    assert service.import_file(oldest, "cases").status == IMPORTED
    newest = write_csv(tmp_path / "newest.csv", CASE_HEADERS, [case("A", "101001", "1403/05/01", "1403/07/10"),
                                                               case("B", "101001", "1403/05/03")])
    assert service.import_file(newest, "cases", snapshot=False).status == IMPORTED
    # Exported between the two: A still pending, B not registered yet.
    late = write_csv(tmp_path / "late.csv", CASE_HEADERS, [case("A", "101001", "1403/05/01"),
                                                           case("C", "101001", "1403/05/02")])
    asked: list[dict[str, int]] = []
    result = service.import_file(late, "cases", only_valid_rows=True,
                                 confirm_withdrawals=lambda counts: asked.append(dict(counts)) or True)
    assert result.status == IMPORTED and [p.row for p in result.problems] == [2]
    assert asked == [{"101001": 1}] and result.withdrawn == {"101001": 1}
    found = cases(database)
    assert found["D"][2] is not None  # from a listing older than the late file: withdrawn by it
    assert found["A"] == ("101001", "2024-10-01", None) and found["B"] == ("101001", None, None)
    assert [(n.reason, dict(n.params)) for n in result.notes if n.reason == SPARED_NOTE] == [
        (SPARED_NOTE, {"branch": "101001", "count": 1})]


def test_a_case_a_newer_snapshot_withdrew_is_not_brought_back_by_an_older_listing(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "first.csv", CASE_HEADERS, [case("A", "101001", "1403/05/01"),
                                                             case("B", "101001", "1403/05/02")])
    assert service.import_file(first, "cases").status == IMPORTED
    newer = write_csv(tmp_path / "newer.csv", CASE_HEADERS, [case("A", "101001", "1403/05/01"),
                                                             case("E", "101001", "1403/07/01")])
    assert service.import_file(newer, "cases", confirm_withdrawals=lambda counts: True).withdrawn == {"101001": 1}
    before = stored(database)
    # Exported after the first and before the newer one: B still pending there.
    late = write_csv(tmp_path / "late.csv", CASE_HEADERS, [case("B", "101001", "1403/05/02"),
                                                           case("F", "101001", "1403/05/03")])
    result = service.import_file(late, "cases", snapshot=False)
    assert result.status == REJECTED and [(p.row, p.params["file"]) for p in result.problems] == [(2, "newer.csv")]
    assert stored(database) == before
    assert cases(database)["B"][2] is not None


def transfers(database: Database) -> list[tuple[str, str, str, str]]:
    """(case number, from branch, to branch, moved on) of every recorded move."""
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(
            "SELECT c.case_number, f.code, t.code, m.moved_on FROM case_transfer m JOIN case_record c ON c.id = m.case_id"
            " JOIN branch f ON f.id = m.from_branch_id JOIN branch t ON t.id = m.to_branch_id ORDER BY m.id"))]


def _moved_in_a_newer_listing(service: ImportService, tmp_path: Path) -> None:
    """M registered in 101001 (first.csv), then shown in 101002 by newer.csv, whose data runs to 1403/07/20."""
    first = write_csv(tmp_path / "first.csv", CASE_HEADERS, [case("M", "101001", "1403/05/01")])
    assert service.import_file(first, "cases", snapshot=False).status == IMPORTED
    newer = write_csv(tmp_path / "newer.csv", CASE_HEADERS, [case("M", "101002", "1403/05/01"),
                                                             case("P", "101002", "1403/07/20")])
    assert service.import_file(newer, "cases", snapshot=False).status == IMPORTED


def test_a_late_listing_that_still_shows_a_case_in_the_branch_it_left_is_refused_and_moves_nothing_back(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    _moved_in_a_newer_listing(service, tmp_path)
    before = stored(database)
    # Exported in Shahrivar: M still in 101001, whose data there runs to 1403/06/01; no case it shows ended since.
    late = write_csv(tmp_path / "late.csv", CASE_HEADERS, [case("M", "101001", "1403/05/01"),
                                                           case("Q", "101001", "1403/06/01")])
    result = service.import_file(late, "cases", snapshot=False)
    assert result.status == REJECTED and result.has_older_rows
    assert [(p.file, p.row, p.column, p.reason) for p in result.problems] == [
        ("late.csv", 2, "شماره پرونده", MOVED_SINCE_STORED)]
    assert result.problems[0].english() == (
        "Case M comes from newer.csv, a later export than this file: there case M had left branch 101001 for branch"
        " 101002 by 1403/07/20, while this file, whose data on branch 101001 runs only to 1403/06/01, still shows it"
        " pending there. This row would turn newer data back: it is refused.")
    assert stored(database) == before
    valid = service.import_file(late, "cases", snapshot=False, only_valid_rows=True)
    assert valid.status == IMPORTED and (valid.rows_written, valid.rows_rejected) == (1, 1)
    assert cases(database)["M"] == ("101002", None, None) and cases(database)["Q"] == ("101001", None, None)
    assert transfers(database) == [("M", "101001", "101002", "2024-10-11")]


def test_a_late_listing_is_refused_for_every_case_of_the_listing_that_showed_the_move(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    _moved_in_a_newer_listing(service, tmp_path)
    # P, from the same newer listing, is refused with M: the file is older than all of newer.csv.
    late = write_csv(tmp_path / "late.csv", CASE_HEADERS, [case("P", "101002", "1403/07/20"),
                                                           case("M", "101001", "1403/05/01")])
    result = service.import_file(late, "cases", snapshot=False)
    assert result.status == REJECTED
    assert [(p.row, p.reason, p.params["value"], p.params["evidence"]) for p in result.problems] == [
        (2, MOVED_SINCE_STORED, "P", "M"), (3, MOVED_SINCE_STORED, "M", "M")]


def test_a_newer_listing_that_moves_a_case_back_is_taken(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    _moved_in_a_newer_listing(service, tmp_path)
    # Exported in Aban: M sent back to 101001, whose data there runs past the move (R, 1403/08/05).
    back = write_csv(tmp_path / "back.csv", CASE_HEADERS, [case("M", "101001", "1403/05/01"),
                                                           case("R", "101001", "1403/08/05")])
    result = service.import_file(back, "cases", snapshot=False)
    assert result.status == IMPORTED and result.problems == ()
    assert cases(database)["M"] == ("101001", None, None)
    assert [move[:3] for move in transfers(database)] == [("M", "101001", "101002"), ("M", "101002", "101001")]


def test_the_users_word_takes_a_listing_that_only_looks_older_by_a_move(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    _moved_in_a_newer_listing(service, tmp_path)
    # The move was entered in error and undone in the CMS; nothing happened on 101001 since.
    undone = write_csv(tmp_path / "undone.csv", CASE_HEADERS, [case("M", "101001", "1403/05/01"),
                                                               case("S", "101001", "1403/05/02")])
    assert service.import_file(undone, "cases", snapshot=False).has_older_rows
    result = service.import_file(undone, "cases", snapshot=False, newer_export=True)
    assert result.status == IMPORTED and cases(database)["M"] == ("101001", None, None)


NOT_OLDER = {
    # The province's listing runs to Mehr on a busy branch, to Mordad on a quiet one; the quiet branch's own export,
    # later, has its last event (Shahrivar) before the busy branch's.
    "a quiet branch's newer export": (
        [case("Q", "101002", "1403/05/01"), case("P", "101001", "1403/07/20")],
        [case("Q", "101002", "1403/05/01", "1403/06/01")], "Q", ("101002", "2024-08-22", None)),
    # M moved to 101001 and was disposed of there in Mordad, before the first file's last day there; the file runs
    # further on 101002 (a new case in Mehr).
    "a partial listing short on one branch of a move": (
        [case("M", "101002", "1403/05/01"), case("X", "101001", "1403/06/10", "1403/06/20")],
        [case("M", "101001", "1403/05/01", "1403/05/20"), case("N", "101002", "1403/07/01")],
        "M", ("101001", "2024-08-10", None)),
    "a listing exported the same day": (
        [case("A", "101001", "1403/05/01"), case("B", "101001", "1403/05/09")],
        [case("A", "101001", "1403/05/01", "1403/05/09"), case("B", "101001", "1403/05/09")],
        "A", ("101001", "2024-07-30", None)),
}


@pytest.mark.parametrize(("first", "second", "number", "expected"), NOT_OLDER.values(), ids=NOT_OLDER.keys())
def test_a_listing_that_only_runs_shorter_somewhere_is_not_taken_for_an_older_one(
        service: ImportService, database: Database, tmp_path: Path, first, second, number, expected) -> None:
    path = write_csv(tmp_path / "first.csv", CASE_HEADERS, first)
    assert service.import_file(path, "cases", snapshot=False).status == IMPORTED
    result = service.import_file(write_csv(tmp_path / "second.csv", CASE_HEADERS, second), "cases", snapshot=False)
    assert result.status == IMPORTED and result.problems == ()
    assert cases(database)[number] == expected


def test_a_newer_export_whose_branch_runs_shorter_because_a_case_was_voided_is_not_older(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "first.csv", CASE_HEADERS, [case("A", "101001", "1403/05/01"),
                                                             case("X", "101001", "1403/06/20")])
    assert service.import_file(first, "cases").status == IMPORTED
    # X was voided since: the newer export's last event on the branch (A's disposal) is before X's registration.
    newer = write_csv(tmp_path / "newer.csv", CASE_HEADERS, [case("A", "101001", "1403/05/01", "1403/06/10")])
    result = service.import_file(newer, "cases", confirm_withdrawals=lambda counts: True)
    assert result.status == IMPORTED and result.withdrawn == {"101001": 1} and not result.has_older_rows
    found = cases(database)
    assert found["A"] == ("101001", "2024-08-31", None) and found["X"][2] is not None


def test_the_users_word_that_a_listing_is_the_newer_export_takes_its_rows_and_spares_no_withdrawal(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "first.csv", CASE_HEADERS, [case("A", "101001", "1403/05/01", "1403/06/20"),
                                                             case("X", "101001", "1403/05/10")])
    assert service.import_file(first, "cases").status == IMPORTED
    # A's disposal was entered in error and undone in the CMS; X was voided. Nothing later on the branch.
    reopened = write_csv(tmp_path / "reopened.csv", CASE_HEADERS, [case("A", "101001", "1403/05/01")])
    looks_older = service.import_file(reopened, "cases", confirm_withdrawals=lambda counts: True)
    assert looks_older.status == REJECTED and looks_older.has_older_rows
    result = service.import_file(reopened, "cases", confirm_withdrawals=lambda counts: True, newer_export=True)
    assert result.status == IMPORTED and result.withdrawn == {"101001": 1} and not result.has_older_rows
    found = cases(database)
    assert found["A"] == ("101001", None, None) and found["X"][2] is not None


def _run_import(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "desktop", *map(str, args)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def _first_listing_by_command(database: Database, tmp_path: Path, rows: list[tuple[str, ...]]) -> Path:
    """The database's path, with a first (partial) listing of ``rows`` imported by the command line."""
    database.close()
    first = write_csv(tmp_path / "first.csv", CASE_HEADERS, rows)
    assert _run_import("--lang", "en", "import", "--db", database.path, "--not-snapshot", first).returncode == 0
    return database.path


def test_the_command_line_refuses_an_older_listing_naming_file_row_column_and_its_proof(
        database: Database, tmp_path: Path) -> None:
    db_path = _first_listing_by_command(database, tmp_path, [case("L1", "101001", "1403/05/01", "1403/07/15")])
    older = write_csv(tmp_path / "older.csv", CASE_HEADERS, [case("L1", "101001", "1403/05/01"),
                                                             case("L3", "101001", "1403/05/02")])
    refused = _run_import("--lang", "en", "import", "--db", db_path, "--not-snapshot", older)
    assert refused.returncode == 1
    assert ("older.csv:2:شماره پرونده: Case L1 comes from first.csv, a later export than this file: there case L1"
            " ended on 1403/07/15") in refused.stderr
    in_persian = _run_import("--lang", "fa", "import", "--db", db_path, "--not-snapshot", older)
    assert in_persian.returncode == 1
    assert "پروندهٔ L1 از first.csv آمده است" in in_persian.stderr
    assert "۱۴۰۳/۰۷/۱۵" in in_persian.stderr and "فقط تا ۱۴۰۳/۰۵/۰۲" in in_persian.stderr
    assert f"If {older} is in fact the newer export" in refused.stderr and "--newer-export" in refused.stderr
    valid = _run_import("--lang", "en", "import", "--db", db_path, "--not-snapshot", "--only-valid-rows", older)
    assert valid.returncode == 0, valid.stderr
    assert "1 of 2 rows imported" in valid.stdout and "--newer-export" not in valid.stderr


def test_the_command_line_takes_a_listing_that_only_looks_older_with_newer_export(
        database: Database, tmp_path: Path) -> None:
    db_path = _first_listing_by_command(database, tmp_path, [case("A", "101001", "1403/05/01", "1403/06/20")])
    newer = write_csv(tmp_path / "newer.csv", CASE_HEADERS, [case("A", "101001", "1403/05/01")])  # reopened
    assert _run_import("--lang", "en", "import", "--db", db_path, "--not-snapshot", newer).returncode == 1
    taken = _run_import("--lang", "fa", "import", "--db", db_path, "--not-snapshot", "--newer-export", newer)
    assert taken.returncode == 0, taken.stderr
    assert "۱ ردیف از ۱ ردیف وارد شد (فهرست پرونده‌ها)" in taken.stdout  # the file's kind in Persian too


def test_the_command_line_names_the_move_a_late_listing_does_not_know_of_in_persian(
        database: Database, tmp_path: Path) -> None:
    db_path = _first_listing_by_command(database, tmp_path, [case("M", "101001", "1403/05/01")])
    newer = write_csv(tmp_path / "newer.csv", CASE_HEADERS, [case("M", "101002", "1403/05/01"),
                                                             case("P", "101002", "1403/07/20")])
    assert _run_import("import", "--db", db_path, "--not-snapshot", newer).returncode == 0
    late = write_csv(tmp_path / "late.csv", CASE_HEADERS, [case("M", "101001", "1403/05/01"),
                                                           case("Q", "101001", "1403/06/01")])
    refused = _run_import("--lang", "fa", "import", "--db", db_path, "--not-snapshot", late)
    assert refused.returncode == 1
    assert "late.csv:2:شماره پرونده: پروندهٔ M از newer.csv آمده است" in refused.stderr
    assert "تا ۱۴۰۳/۰۷/۲۰ از شعبهٔ ۱۰۱۰۰۱ به شعبهٔ ۱۰۱۰۰۲ رفته بود" in refused.stderr
    assert "فقط تا ۱۴۰۳/۰۶/۰۱ است" in refused.stderr and "--newer-export" in refused.stderr
