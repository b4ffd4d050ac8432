"""Files whose shape a person got wrong are refused, never imported in part or in silence: a row with more
values than the header, a header naming a column twice, a header with no rows under it, a workbook whose data
is not on its first sheet. Each refusal names the file, and the row and column where there is one."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop.imports.reading import open_table
from desktop.imports.service import IMPORTED, REJECTED, ImportService
from desktop.imports.table_reader import EmptyFileError
from desktop.store.database import Database
from tests.imports.conftest import SATISFACTION_HEADERS, counts, write_csv, write_xlsx

GOOD = ("101001", "1403", "7", "10", "80")


def _lines(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- a header naming a column twice ------------------------------------------------------------------------


@pytest.mark.parametrize("second", ["کد شعبه", "branch_code"], ids=["same header", "its English alias"])
def test_a_header_naming_a_column_twice_is_refused_naming_it_and_both_positions(
        service: ImportService, database: Database, tmp_path: Path, second: str) -> None:
    path = write_csv(tmp_path / "dupcol.csv", (*SATISFACTION_HEADERS, second), [(*GOOD, "101002")])
    before = counts(database)
    result = service.import_file(path, "satisfaction")
    assert result.status == REJECTED and counts(database) == before
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert (problem.file, problem.row, problem.column) == ("dupcol.csv", 1, second)
    assert problem.english() == (f"The column {second} appears twice, as columns 1 and 6: which one holds the "
                                 "values cannot be told. Remove or rename one of them.")


def test_the_kind_is_still_told_from_a_header_naming_a_column_twice(service: ImportService, tmp_path: Path) -> None:
    """The preview guesses the kind as before; it is the import that refuses (so the window lists the problem)."""
    path = write_csv(tmp_path / "dupcol.csv", (*SATISFACTION_HEADERS, "کد شعبه"), [(*GOOD, "101002")])
    preview = service.preview(path)
    assert preview.kind == "satisfaction" and preview.match is not None
    assert preview.match.repeated == (("branch_code", 0, 5),)


# --- a row with more values than the header ---------------------------------------------------------------


def test_a_row_with_more_values_than_the_header_is_refused_naming_its_line_and_both_counts(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    path = _lines(tmp_path / "extra.csv", ",".join(SATISFACTION_HEADERS), ",".join(GOOD),
                  "101002,1403,7,10,80,EXTRA,MORE")
    before = counts(database)
    result = service.import_file(path, "satisfaction")
    assert result.status == REJECTED
    assert counts(database) == before
    assert (result.problem_count, result.rows_rejected, result.rows_read) == (1, 1, 2)
    problem = result.problems[0]
    assert (problem.file, problem.row, problem.column) == ("extra.csv", 3, "")
    assert problem.english() == ("This row has 7 values but the header has 5 columns: the values after column 5 "
                                 "belong to no column (a delimiter inside a value without quotes?).")


def test_only_the_valid_rows_leaves_a_row_with_more_values_than_the_header_out(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    path = _lines(tmp_path / "extra.csv", ",".join(SATISFACTION_HEADERS), "101002,1403,7,10,80,EXTRA",
                  ",".join(GOOD))
    result = service.import_file(path, "satisfaction", only_valid_rows=True)
    assert (result.status, result.rows_read, result.rows_written, result.rows_rejected) == (IMPORTED, 2, 1, 1)
    assert [problem.row for problem in result.problems] == [2]


def test_a_worksheet_row_with_a_value_beyond_the_header_is_refused(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "extra.xlsx", SATISFACTION_HEADERS, [GOOD, (*GOOD[:1], "1403", "8", "10", "80", "x")])
    before = counts(database)
    result = service.import_file(path, "satisfaction")
    assert result.status == REJECTED and counts(database) == before
    assert [(p.row, p.params["count"], p.params["columns"]) for p in result.problems] == [(3, 6, 5)]


def test_empty_fields_after_the_header_are_no_problem(service: ImportService, tmp_path: Path) -> None:
    """A trailing delimiter on every line (some exports write one) leaves nothing beyond the header."""
    path = _lines(tmp_path / "trailing.csv", ",".join(SATISFACTION_HEADERS) + ",", ",".join(GOOD) + ",,")
    assert service.import_file(path, "satisfaction").status == IMPORTED


# --- a header and no rows ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["hdronly.csv", "hdronly.xlsx"])
def test_a_header_only_file_is_refused_as_having_no_data_rows(
        service: ImportService, database: Database, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    if name.endswith(".csv"):
        _lines(path, ",".join(SATISFACTION_HEADERS), "", ",,,,")  # blank lines are no rows either
    else:
        write_xlsx(path, SATISFACTION_HEADERS, [])
    expected = f"{name} has column headers but no data rows: there is nothing to import."
    with pytest.raises(EmptyFileError) as raised:
        service.preview(path)
    assert raised.value.english() == expected
    before = counts(database)
    result = service.import_file(path, "satisfaction")
    assert result.status == REJECTED and counts(database) == before
    assert [(p.file, p.row, p.english()) for p in result.problems] == [(name, 0, expected)]


def test_a_header_only_file_of_unknown_columns_says_it_has_no_rows_first(
        service: ImportService, tmp_path: Path) -> None:
    """Its missing columns would be beside the point: there is nothing to import whatever they are."""
    path = _lines(tmp_path / "hdronly.csv", "branch_code,year,month")
    result = service.import_file(path, "monthly")
    assert [p.english() for p in result.problems] == [
        "hdronly.csv has column headers but no data rows: there is nothing to import."]


def test_the_first_data_row_read_ahead_is_still_read_first(tmp_path: Path) -> None:
    path = _lines(tmp_path / "s.csv", ",".join(SATISFACTION_HEADERS), "", ",".join(GOOD), "101002,1403,7,1,2")
    with open_table(path) as reader:
        assert [line for line, _ in reader.rows()] == [3, 4]


# --- a workbook whose data is not on its first sheet -------------------------------------------------------


def _two_sheets(path: Path, first: list[tuple[str, ...]]) -> Path:
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "خلاصه"
    for row in first:
        summary.append(list(row))
    data = book.create_sheet("آمار")
    data.append(list(SATISFACTION_HEADERS))
    data.append(list(GOOD))
    book.create_sheet("Notes")
    book.save(path)
    return path


@pytest.mark.parametrize("first", [[], [("این برگه خلاصه است",)]], ids=["empty", "one line of text"])
def test_a_workbook_whose_first_sheet_has_no_rows_names_it_and_its_other_sheets(
        service: ImportService, database: Database, tmp_path: Path, first: list[tuple[str, ...]]) -> None:
    path = _two_sheets(tmp_path / "m_sheet2.xlsx", first)
    expected = ("The first sheet of m_sheet2.xlsx, 'خلاصه', has no data rows, and only a workbook's first sheet is "
                "read. Its other sheets: 'آمار', 'Notes'. Move the data to the first sheet, or save its sheet as a "
                "file of its own.")
    with pytest.raises(EmptyFileError) as raised:
        service.preview(path)
    assert raised.value.english() == expected
    before = counts(database)
    result = service.import_file(path, "satisfaction")
    assert result.status == REJECTED and counts(database) == before
    assert [p.english() for p in result.problems] == [expected]


def test_a_workbook_whose_first_sheet_has_other_columns_says_only_that_sheet_was_read(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    path = _two_sheets(tmp_path / "m_sheet2.xlsx", [("عنوان", "مقدار"), ("جمع", "12")])
    preview = service.preview(path)
    assert preview.kind is None and preview.sheets == ("خلاصه", "آمار", "Notes")
    before = counts(database)
    result = service.import_file(path, "satisfaction")
    assert result.status == REJECTED and counts(database) == before
    assert ("Only the first sheet of a workbook is read: 'خلاصه' in m_sheet2.xlsx. Its other sheets ('آمار', "
            "'Notes') are not read; move the data to the first sheet, or save its sheet as a file of its own."
            ) in [p.english() for p in result.problems]


# --- a quotation mark left open ------------------------------------------------------------------------------


def test_a_quotation_mark_left_open_is_refused_naming_its_line_in_the_users_words(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    """An open quote swallows the rest of the file into one cell: the cell's cap refuses it, naming where it began,
    and the message is the program's (the csv module's own English words never reach a Persian reader)."""
    good = ",".join(GOOD)
    path = _lines(tmp_path / "open_quote.csv", ",".join(SATISFACTION_HEADERS), good,
                  '101002,1403,"7,10,80', *([good] * 120_000))
    before = counts(database)
    result = service.import_file(path, "satisfaction")
    assert result.status == REJECTED and counts(database) == before
    [problem] = result.problems
    assert problem.english() == ("open_quote.csv could not be read as CSV: a cell starting near line 3 runs on for "
                                 "more than a million characters. Is a quotation mark left open there?")
    assert "error" not in problem.params  # no English words of the csv module in any language


def test_bytes_of_another_encoding_deep_in_a_file_refuse_it_naming_their_exact_line(
        service: ImportService, database: Database, tmp_path: Path) -> None:
    """The reader decodes a block ahead of its rows: the line it counted was dozens short of the bad bytes."""
    path = tmp_path / "bad_byte.csv"
    good = ",".join(GOOD).encode()
    path.write_bytes(",".join(SATISFACTION_HEADERS).encode() + b"\n" + (good + b"\n") * 20_000
                     + b"101001,1403,7,10,8\xff\n" + (good + b"\n") * 10)
    before = counts(database)
    result = service.import_file(path, "satisfaction")
    assert result.status == REJECTED and counts(database) == before
    assert [(p.row, p.english()) for p in result.problems] == [
        (20_002, "bad_byte.csv has bytes that are not valid utf-8 text on line 20002.")]
