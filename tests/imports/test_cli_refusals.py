"""`python -m desktop import` on files of the wrong shape: one line per problem naming the file, the row where
there is one (never "row 0"), the column where there is one; exit code 1 and nothing written."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop.store.database import Database, open_database
from tests.cli_support import english, qt_language_restored, run_cli  # noqa: F401 - autouse: English, Qt restored
from tests.imports.conftest import SATISFACTION_HEADERS, counts, write_csv

GOOD = ("101001", "1403", "7", "10", "80")


def _import(database: Database, *args: str | Path) -> tuple[int, str, str, dict[str, int]]:
    """Exit code, stdout, stderr, and the rows of every table an import writes afterwards."""
    path = database.path
    database.close()
    code, out, err = run_cli("import", "--db", str(path), *map(str, args))
    with open_database(path, create=False) as reopened:
        return code, out, err, counts(reopened)


def test_a_column_named_twice_is_printed_with_the_header_line_and_both_positions(
        database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "dupcol.csv", (*SATISFACTION_HEADERS, "کد شعبه"), [(*GOOD, "101002")])
    before = counts(database)
    code, _, err, after = _import(database, path)
    assert (code, after) == (1, before)
    assert ("dupcol.csv:1:کد شعبه: The column کد شعبه appears twice, as columns 1 and 6: which one holds the values "
            "cannot be told. Remove or rename one of them.") in err.splitlines()


def test_a_row_with_more_values_than_the_header_is_printed_with_its_line(
        database: Database, tmp_path: Path) -> None:
    path = tmp_path / "extra.csv"
    path.write_text(f"{','.join(SATISFACTION_HEADERS)}\n{','.join(GOOD)}\n101002,1403,7,10,80,EXTRA,MORE\n",
                    encoding="utf-8")
    before = counts(database)
    code, _, err, after = _import(database, path)
    assert (code, after) == (1, before)
    assert ("extra.csv:3: This row has 7 values but the header has 5 columns: the values after column 5 belong to "
            "no column (a delimiter inside a value without quotes?).") in err.splitlines()


def test_a_header_only_file_is_refused_naming_the_file_and_no_row(database: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "hdronly.csv", SATISFACTION_HEADERS, [])
    before = counts(database)
    problems = tmp_path / "problems.csv"
    message = "hdronly.csv has column headers but no data rows: there is nothing to import."
    code, out, err, after = _import(database, path)  # the kind guessed: refused by the preview
    assert (code, out, after) == (1, "", before)
    assert err == f"{path} {message.removeprefix('hdronly.csv ')}\n"  # named once, as given
    code, out, err, after = _import(database, path, "--kind", "satisfaction", "--problems", problems)
    assert (code, after) == (1, before)
    assert f"{path} {message.removeprefix('hdronly.csv ')}" in err.splitlines() and ":0:" not in err
    assert problems.read_text(encoding="utf-8-sig").splitlines()[1] == f"hdronly.csv,,,{message}"


def test_a_workbook_whose_first_sheet_is_not_the_data_names_the_sheet_read_and_the_others(
        database: Database, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "خلاصه"
    book.active.append(["عنوان", "مقدار"])
    book.active.append(["جمع", 12])
    data = book.create_sheet("آمار")
    data.append(list(SATISFACTION_HEADERS))
    data.append(list(GOOD))
    path = tmp_path / "m_sheet2.xlsx"
    book.save(path)
    before = counts(database)
    code, _, err, after = _import(database, path)
    assert (code, after) == (1, before)
    assert err.splitlines() == [
        f"{path}: the kind of file could not be told from the headers of its first sheet.",
        "Only the first sheet of a workbook is read: 'خلاصه' in m_sheet2.xlsx. Its other sheets ('آمار') are not "
        "read; move the data to the first sheet, or save its sheet as a file of its own."]


def test_a_refusal_that_names_its_file_names_it_once_whether_the_kind_is_guessed_or_given(
        database: Database, tmp_path: Path) -> None:
    """«…/cases.csv: cases.csv is empty.» had named the file twice, as a prefix and in the sentence."""
    files = {"empty.csv": b"", "headers.csv": ",".join(SATISFACTION_HEADERS).encode(),
             "binary.csv": bytes(range(256)) * 8}
    for name, content in files.items():
        path = tmp_path / name
        path.write_bytes(content)
        for kind in ((), ("--kind", "satisfaction")):
            code, _, err, _ = _import(database, path, *kind)
            assert code == 1 and err, (name, kind)
            assert [line for line in err.splitlines() if line.count(name) > 1] == [], err
            assert any(line.startswith(f"{path} ") for line in err.splitlines()), err
