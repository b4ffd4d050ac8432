"""The command line: `python -m desktop indicators` and `generate-files`."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from desktop.indicators.rollup import rebuild_rollups
from desktop.store.database import open_database  # noqa: E402
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: E402, F401


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Two districts, three branches; Farvardin 1403 (16836): B1 10 in / 5 out, B2 30 / 30, B3 20 / 25."""
    path = tmp_path / "rasad.sqlite3"
    with open_database(path) as db, db.engine.begin() as connection:
        run = connection.exec_driver_sql
        run("INSERT INTO province (id, code, name) VALUES (1, 'P', 'استان')")
        run(
            "INSERT INTO district (id, province_id, code, name) VALUES (1, 1, '01', 'حوزه ۱'), (2, 1, '02', 'حوزه ۲')"
        )
        run(
            "INSERT INTO branch (id, district_id, code, name, unit_type) VALUES (1, 1, 'B1', 'شعبه ۱', ''),"
            " (2, 1, 'B2', 'شعبه ۲', ''), (3, 2, 'B3', 'شعبه ۳', '')"
        )
        run(
            "INSERT INTO indicator_month (branch_id, month_index, case_type, incoming, disposed, source)"
            " VALUES (?, 16836, 'حقوقی', ?, ?, 'cases')",
            [(1, 10, 5), (2, 30, 30), (3, 20, 25)],
        )
        # As a rebuild writes them: each branch-month's untyped row carries its (complete) source.
        run("INSERT INTO indicator_month (branch_id, month_index, case_type, source)"
            " VALUES (1, 16836, '', 'cases'), (2, 16836, '', 'cases'), (3, 16836, '', 'cases')")
        rebuild_rollups(connection)  # as a rebuild does after writing the branch rows
    return path


def test_a_district_table_prints_as_csv_best_first(db_path: Path) -> None:
    code, out, err = run_cli("indicators", "--db", str(db_path), "--indicator", "clearance_rate",
                             "--level", "district", "--period", "1403-01")  # fmt: skip
    assert (code, err) == (0, "")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["code"], r["value"], r["rank"]) for r in rows] == [("02", "125.0", "1"), ("01", "87.5", "2")]


def test_branches_of_one_district_as_json_into_a_file(db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "table.json"
    code, out, _ = run_cli("indicators", "--db", str(db_path), "--indicator", "disposed", "--level", "branch",
                           "--district", "01", "--period", "1403-Q1", "--case-type", "حقوقی", "--format", "json",
                           "--out", str(target))  # fmt: skip
    assert (code, out) == (0, "")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["period"] == "1403-Q1" and document["case_type"] == "حقوقی"
    # ranked, but a count (cases disposed of) marks no unit best or worst: units of different sizes
    assert [(r["code"], r["value"], r["rank"], r["best"], r["worst"]) for r in document["rows"]] == [
        ("B2", 30.0, 1, False, False),
        ("B1", 5.0, 2, False, False),
    ]


@pytest.mark.parametrize(
    "args, message",
    [
        (("--indicator", "speed"), "Unknown indicator speed"),
        (("--district", "99", "--level", "branch"), "There is no district with the code 99"),
        (("--period", "1403-13"), "is not a period code"),
        (("--district", "01", "--level", "district"), "--district needs --level branch"),
    ],
)
def test_mistakes_are_reported_with_exit_code_one(db_path: Path, args: tuple[str, ...], message: str) -> None:
    options = {"--indicator": "backlog", "--level": "province", "--period": "1403-01"}
    extra = dict(zip(args[::2], args[1::2], strict=True))
    merged = [item for key, value in {**options, **extra}.items() for item in (key, value)]
    code, out, err = run_cli("indicators", "--db", str(db_path), *merged)
    assert code == 1
    assert message in err


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "cp1256"])
def test_generate_files_writes_a_case_listing_with_persian_headers(tmp_path: Path, encoding: str) -> None:
    target = tmp_path / "cases.csv"
    code, out, _ = run_cli("generate-files", "--kind", "cases", "--rows", "50", "--out", str(target),
                           "--encoding", encoding, "--as-of", "2025-06-01", "--branches", "3")  # fmt: skip
    assert code == 0 and "50 rows" in out
    with target.open(encoding=encoding, newline="") as file:
        rows = list(csv.reader(file))
    assert len(rows) == 51
    assert rows[0][0] == "شماره پرونده"
    assert {row[1] for row in rows[1:]} <= {"900001", "900002", "900003"}


def test_generate_files_takes_branch_codes_from_a_database_and_writes_excel(
    db_path: Path, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "monthly.xlsx"
    code, _, _ = run_cli("generate-files", "--kind", "monthly", "--rows", "5", "--out", str(target),
                         "--format", "xlsx", "--db", str(db_path), "--as-of", "2025-06-01")  # fmt: skip
    assert code == 0
    rows = list(load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][:3] == ("کد شعبه", "سال", "ماه")
    assert len(rows) == 6
    assert {row[0] for row in rows[1:]} <= {"B1", "B2", "B3"}


def test_an_unknown_case_type_is_refused_like_an_unknown_district_listing_the_known_ones(db_path: Path) -> None:
    code, out, err = run_cli("indicators", "--db", str(db_path), "--indicator", "clearance_rate",
                             "--level", "province", "--period", "1403-01", "--case-type", "X")  # fmt: skip
    assert (code, out) == (1, "")  # not an empty table with exit code 0
    assert err == "Unknown case type X. Known case types: حقوقی.\n"


def test_a_case_type_typed_with_arabic_letters_is_the_persian_one(db_path: Path) -> None:
    tables = [run_cli("indicators", "--db", str(db_path), "--indicator", "disposed", "--level", "branch",
                      "--period", "1403-01", "--case-type", typed) for typed in ("حقوقی", "حقوقي")]  # fmt: skip
    assert tables[0] == tables[1] and tables[0][0] == 0 and "B2" in tables[0][1]


def test_a_case_type_in_a_database_without_case_listings_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    open_database(path).close()
    code, out, err = run_cli("indicators", "--db", str(path), "--indicator", "clearance_rate",
                             "--level", "province", "--period", "1403-01", "--case-type", "حقوقی")  # fmt: skip
    assert (code, out) == (1, "")
    assert "this database has no case types yet" in err


def test_a_branch_that_did_not_answer_the_survey_is_listed_with_the_months_it_missed(db_path: Path) -> None:
    """Satisfaction of Farvardin 1403: B1 and B3 answered the survey, B2 did not - its case statistics are complete,
    its satisfaction is not, and the CSV says which survey month it missed (as the window's tooltip does)."""
    with open_database(db_path, create=False) as db, db.engine.begin() as connection:
        run = connection.exec_driver_sql
        run("INSERT INTO import_batch (id, kind, file_name, sha256, imported_at, imported_by, rows_read,"
            " rows_written, rows_rejected) VALUES (1, 'satisfaction', 's.csv', ?, '2024-04-20', 'test', 2, 2, 0)",
            ("0" * 64,))
        run("INSERT INTO satisfaction_month (branch_id, month_index, responses, average, batch_id)"
            " VALUES (1, 16836, 10, 80.0, 1), (3, 16836, 20, 60.0, 1)")
        run("UPDATE indicator_month SET satisfaction_sum = ?, satisfaction_responses = ? WHERE branch_id = ?"
            " AND month_index = 16836 AND case_type = ''", [(800.0, 10, 1), (1200.0, 20, 3)])
        rebuild_rollups(connection)
    code, out, err = run_cli("indicators", "--db", str(db_path), "--indicator", "satisfaction", "--level", "branch",
                             "--period", "1403-01")  # fmt: skip
    assert (code, err) == (0, "")
    rows = {r["code"]: r for r in csv.DictReader(io.StringIO(out))}
    assert (rows["B2"]["complete"], rows["B2"]["rank"], rows["B2"]["unanswered_survey_months"]) == ("False", "", "1403-01")
    assert (rows["B1"]["complete"], rows["B1"]["unanswered_survey_months"]) == ("True", "")


def test_a_quarter_with_one_month_of_statistics_says_the_month_its_figures_run_to(db_path: Path) -> None:
    """Only Farvardin 1403 has statistics: the quarter's figures are Farvardin's, said on every CSV row and
    beside the table, never passed off as the quarter's (a whole month says nothing of the kind)."""
    code, out, err = run_cli("indicators", "--db", str(db_path), "--indicator", "incoming",
                             "--level", "district", "--period", "1403-Q1")  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {row["through_month"] for row in rows} == {"1403-01"}
    assert "the figures of Q1 1403 run through the end of Farvardin 1403" in err
    code, out, err = run_cli("indicators", "--db", str(db_path), "--indicator", "incoming",
                             "--level", "district", "--period", "1403-01", "--format", "json")  # fmt: skip
    assert (code, err) == (0, "")
    document = json.loads(out)
    assert document["through_month"] is None
    assert {row["through_month"] for row in document["rows"]} == {None}
