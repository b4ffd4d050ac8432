"""Checking rows (desktop/imports/month_checkers.py): the fast paths give what the careful one gives."""

from __future__ import annotations

from datetime import date

from desktop.imports.columns import FIELDS, FileKind, match_headers
from desktop.imports.month_checkers import MonthlyChecker
from desktop.imports.problems import Problems
from desktop.imports.row_checker import RowChecker

HEADERS = tuple(spec.persian for spec in FIELDS[FileKind.MONTHLY])
BRANCHES = {"101": 1, "102": 2, "B-7": 3}
TODAY = date(2026, 11, 23)  # 1405/09/02

#: Rows a file may hold: plain ones (the fast path), and every kind of surprise (the careful path).
ROWS = [
    ["101", "1404", "1", "20", "18", "100", "40.5", "9", "20"],
    ["102", "1404", "1", "0", "0", "0", "0", "0", "0"],
    ["101", "1404", "2", " 21 ", "19", "101", "41", "9.5", "21.0"],   # spaces: int() and float() read them
    ["101", "۱۴۰۴", "۳", "۲۰", "18", "100", "40", "9", "20"],          # Persian digits: int() reads them too
    ["101", "1,404", "4", "20", "18", "100", "40", "9", "20"],       # a cell to clean: the careful path
    ["101", "1404", "5", "20.0", "18", "100", "40٫5", "9", "20"],     # likewise
    ["B-7", "1404", "1", "20", "18", "100", "40", "9", "20"],        # a code parse_code has to read
    [" B-7", "1404", "2", "20", "18", "100", "40", "9", "20"],       # another spelling of it
    ["b-7", "1404", "3", "20", "18", "100", "40", "9", "20"],        # not it: codes are case-sensitive
    ["۱۰۱", "1404", "6", "20", "18", "100", "40", "9", "20"],        # a code in Persian digits
    ["999", "1404", "1", "20", "18", "100", "40", "9", "20"],        # unknown branch
    ["101", "1404", "1", "20", "18", "100", "40", "9", "20"],        # the same branch and month again
    ["102", "1369", "1", "20", "18", "100", "40", "9", "20"],        # before the earliest year
    ["102", "1405", "10", "20", "18", "100", "40", "9", "20"],       # in the future
    ["102", "1404", "13", "20", "18", "100", "40", "9", "20"],       # no such month
    ["102", "1404", "2", "-1", "18", "100", "40", "9", "20"],        # negative
    ["102", "1404", "3", "20", "18", "100", "nan", "9", "20"],       # not a number
    ["102", "1404", "4", "20", "18", "100", "40", "inf", "inf"],     # not finite
    ["102", "1404", "5", "20", "18", "100", "40", "9", "8"],         # the longest below the average
    ["102", "1404", "6", "20", "", "100", "40", "9", "20"],          # empty
    ["102", "1404", "7", "20", "18"],                                # short
    ["101", "1404", "8", "20", "18", "100", "40", "9", "20"],        # covered by a case listing
    ["102", "1404", "9", "5", "4", "3", "2.25", "1e1", "1E2"],
]


def _check(rows: list[list[str]], fast: bool) -> tuple[list[tuple], list[tuple], MonthlyChecker]:
    problems = Problems()
    match = match_headers(FileKind.MONTHLY, HEADERS, {})
    checker = MonthlyChecker("monthly.csv", HEADERS, match, BRANCHES, TODAY, problems)
    checker.set_earliest_year(1370)
    checker.covered[1] = [(month, month) for month in (1404 * 12 + 7,)]
    numbered = [(line, cells) for line, cells in enumerate(rows, start=2)]
    if fast:
        records = checker.check(numbered)
    else:  # the careful path alone: the base class's row-by-row check, without the monthly fast path
        records = RowChecker.check(checker, numbered)
    shown = [(p.row, p.column, p.reason, tuple(sorted((k, str(v)) for k, v in p.params.items())))
             for p in problems.stored]
    return records, shown, checker


def test_the_monthly_fast_path_gives_the_careful_paths_records_and_problems() -> None:
    fast_records, fast_problems, fast = _check(ROWS, fast=True)
    slow_records, slow_problems, slow = _check(ROWS, fast=False)
    assert fast_records == slow_records
    assert [tuple(map(type, record)) for record in fast_records] == [tuple(map(type, r)) for r in slow_records]
    assert fast_problems == slow_problems
    assert fast.problems.rows == slow.problems.rows
    assert (fast.first_month, fast.last_month, fast.branch_ids, fast.pairs, fast.seen) == (
        slow.first_month, slow.last_month, slow.branch_ids, slow.pairs, slow.seen)
    assert len(fast_records) == 10 and fast_problems  # both paths were taken


def test_the_monthly_fast_path_reads_a_batch_after_a_careful_row_as_the_careful_path_does() -> None:
    # A branch text first read by the careful path is then known to the fast one; a duplicate across batches
    # is still found.
    rows = [["B-7", "1404", "1", "1", "1", "1", "1", "1", "1"], ["B-7", "1404", "2", "1", "1", "1", "1", "1", "1"],
            ["B-7", "1404", "1", "1", "1", "1", "1", "1", "1"]]
    problems = Problems()
    match = match_headers(FileKind.MONTHLY, HEADERS, {})
    checker = MonthlyChecker("monthly.csv", HEADERS, match, BRANCHES, TODAY, problems)
    records = checker.check([(2, rows[0])])
    assert "B-7" in checker._raw_branches  # learnt from the careful path
    records += checker.check([(3, rows[1]), (4, rows[2])])
    assert [record[:2] for record in records] == [(3, 1404 * 12), (3, 1404 * 12 + 1)]
    assert [(p.row, p.column) for p in problems.stored] == [(4, "کد شعبه")]
    assert (checker.first_month, checker.last_month) == (1404 * 12, 1404 * 12 + 1)
