"""What an import says, read as its user reads it: lists of branch codes in the language's own form and cut
short, the problems CSV as a spreadsheet shows it, a workbook or CSV file whose headers are below a title row, and
numbers with a space or an underscore inside."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from desktop.imports.notes import CODES_NAMED
from desktop.imports.parsing import UNDERSCORE
from desktop.imports.service import IMPORTED, REJECTED, ImportService
from desktop.translations import Language, translate
from tests.imports.conftest import CASE_HEADERS, CASES, MONTHLY_HEADERS, write_csv

BRANCH_HEADERS = ("کد شعبه", "نام شعبه", "حوزه قضایی", "نوع واحد")


def _note_texts(service: ImportService, tmp_path: Path, branches: int) -> tuple[str, str]:
    """The Persian and English note of a registry adding ``branches`` branches without their opening month to a
    province that has figures already."""
    monthly = write_csv(tmp_path / "monthly.csv", MONTHLY_HEADERS, (("101001", "1403", "2", "1", "1", "1", "1",
                                                                      "1", "1"),))
    assert service.import_file(monthly, "monthly").status == IMPORTED
    rows = [(f"9000{n:02d}", f"شعبه {n}", "01", "حقوقی") for n in range(1, branches + 1)]
    result = service.import_file(write_csv(tmp_path / "branches.csv", BRANCH_HEADERS, rows), "branches")
    assert result.status == IMPORTED and len(result.notes) == 1
    note = result.notes[0]
    return (translate(Language.PERSIAN, note.context, note.reason, **note.params),
            translate(Language.ENGLISH, note.context, note.reason, **note.params))


def test_branches_added_without_their_opening_month_are_listed_with_the_persian_comma(
        service: ImportService, tmp_path: Path) -> None:
    persian, english = _note_texts(service, tmp_path, 3)
    assert "شعبه‌های ۹۰۰۰۰۱، ۹۰۰۰۰۲، ۹۰۰۰۰۳ بدون" in persian
    assert ", " not in persian
    assert english.startswith("Branches 900001, 900002, 900003 were added")


def test_a_long_list_of_added_branches_names_the_first_and_counts_the_others(
        service: ImportService, tmp_path: Path) -> None:
    persian, english = _note_texts(service, tmp_path, CODES_NAMED + 88)
    assert "۹۰۰۰۱۰ و ۸۸ شعبهٔ دیگر بدون" in persian and "۹۰۰۰۱۱" not in persian
    assert "900010 and 88 more were added" in english and "900011" not in english


def test_the_note_calls_the_registry_a_file_not_a_case(service: ImportService, tmp_path: Path) -> None:
    """«پرونده» reads as a court case in a judicial office; a file is «فایل», as everywhere else in the app."""
    persian, _english = _note_texts(service, tmp_path, 1)
    assert "فایل را با ستون «ماه آغاز به کار»" in persian and "پرونده" not in persian


def _saved_reasons(service: ImportService, tmp_path: Path, file_name: str, language: Language) -> list[list[str]]:
    """The rows of the problems CSV of a monthly file whose incoming count is -5, in ``language``."""
    path = write_csv(tmp_path / file_name, MONTHLY_HEADERS, (("101001", "1403", "2", "-5", "1", "1", "1", "1", "1"),))
    result = service.import_file(path, "monthly")
    assert result.status == REJECTED

    def in_language(context: str, text: str, params: Any) -> str:
        return translate(language, context, text, **params)

    out = tmp_path / f"problems-{language.value}.csv"
    ImportService.save_problems(result.problems, out, in_language)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))[1:]


def test_a_negative_value_reads_in_the_persian_problems_csv_without_an_apostrophe_and_with_its_minus_in_front(
        service: ImportService, tmp_path: Path) -> None:
    """Before: «'-۵ منفی است…» - the reason began with the value, a spreadsheet would take it for a formula, so it
    went behind the guard's apostrophe (shown as text by LibreOffice and Excel), and the ASCII minus, neutral in a
    right-to-left line, was drawn on the digit's other side («۵-»)."""
    [row] = _saved_reasons(service, tmp_path, "monthly.csv", Language.PERSIAN)
    assert row[:3] == ["monthly.csv", "2", "ورودی"]
    assert row[3] == "مقدار \u202a-۵\u202c منفی است؛ نمی‌تواند کمتر از صفر باشد."
    [english] = _saved_reasons(service, tmp_path, "monthly.csv", Language.ENGLISH)
    assert english[3] == "The value -5 is negative; it cannot be below zero."


def test_the_formula_guard_still_covers_a_cell_that_starts_like_a_formula(service: ImportService,
                                                                         tmp_path: Path) -> None:
    [row] = _saved_reasons(service, tmp_path, "-monthly.csv", Language.PERSIAN)
    assert row[0] == "'-monthly.csv" and not row[3].startswith("'")


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


MONTHLY_ROW: list[object] = [101001, 1403, 2, 10, 8, 40, 55.5, 12, 30]
TITLE = ["گزارش آمار ماهانه استان قم"]


def test_a_workbook_with_a_title_above_its_headers_is_read_from_the_headers_and_the_import_says_so(
        service: ImportService, tmp_path: Path) -> None:
    """Before: «… was it read in the right encoding (xlsx)?» and every column missing."""
    path = _workbook(tmp_path / "titled.xlsx", [TITLE, [], list(MONTHLY_HEADERS), MONTHLY_ROW,
                                                [101002, 1403, 2, "12,5", 1, 1, 1, 1, 1]])
    preview = service.preview(path)
    assert preview.kind == "monthly" and preview.headers == MONTHLY_HEADERS and preview.rows[0][0] == 4
    result = service.import_file(path, preview.kind, only_valid_rows=True)
    assert result.status == IMPORTED and result.rows_written == 1
    assert [(p.row, p.column) for p in result.problems] == [(5, "ورودی")]  # the sheet's own row numbers
    [note] = result.notes
    assert note.english() == "The column headers of titled.xlsx are on row 3, below a title: the rows above them " \
                             "were not read."
    assert translate(Language.PERSIAN, note.context, note.reason, **note.params).startswith(
        "عنوان ستون‌های titled.xlsx در ردیف ۳، زیر عنوان جدول")


def test_a_workbook_without_known_headers_is_not_asked_about_its_encoding(service: ImportService,
                                                                          tmp_path: Path) -> None:
    path = _workbook(tmp_path / "odd.xlsx", [["a", "b", "c"], MONTHLY_ROW])
    result = service.import_file(path, "monthly")
    assert result.status == REJECTED
    first = result.problems[0].english()
    assert first.startswith("None of the cells of row 1 of odd.xlsx, the first row of its first sheet, is a known "
                            "column header") and "encoding" not in first


def test_headers_below_a_title_that_cannot_be_told_apart_are_named_not_guessed(service: ImportService,
                                                                               tmp_path: Path) -> None:
    """A row below with one known header among other text may be a second title or the headers: the file is
    refused, naming the row."""
    path = _workbook(tmp_path / "unclear.xlsx", [TITLE, ["کد شعبه", "یادداشت", "شرح"], list(MONTHLY_HEADERS),
                                                 MONTHLY_ROW])
    result = service.import_file(path, "monthly")
    assert result.status == REJECTED
    assert result.problems[0].english() == (
        "None of the cells of row 1 of unclear.xlsx, the first row of its first sheet, is a known column header: "
        "the headers seem to be on row 2. Remove the rows above them.")
    assert "ردیف ۲ است" in translate(Language.PERSIAN, result.problems[0].context, result.problems[0].reason,
                                     **result.problems[0].params)


def _csv(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _monthly_lines(*counts: str, delimiter: str = ",") -> str:
    """A monthly-statistics CSV's header and one row per incoming count, branches 101001, 101002, 102001."""
    rows = [delimiter.join(MONTHLY_HEADERS)]
    for branch, incoming in zip(("101001", "101002", "102001"), counts, strict=False):
        rows.append(delimiter.join((branch, "1403", "2", f'"{incoming}"' if delimiter in incoming else incoming,
                                    "8", "40", "55.5", "12", "30")))
    return "\n".join(rows) + "\n"


def test_a_count_with_a_space_or_an_underscore_inside_is_a_cell_problem_and_the_valid_rows_go_in(
        service: ImportService, database: Any, tmp_path: Path) -> None:
    """Before: '12 5' went in as 125 and '1_000' as 1000 without a word; a narrow no-break space before three
    digits is a thousands separator, and '1 234' is 1234."""
    path = _csv(tmp_path / "monthly.csv", _monthly_lines("12 5", "1\u202f234", "1_000"))
    result = service.import_file(path, "monthly", only_valid_rows=True)
    assert result.status == IMPORTED and result.rows_written == 1
    assert [(p.file, p.row, p.column) for p in result.problems] == [("monthly.csv", 2, "ورودی"),
                                                                    ("monthly.csv", 4, "ورودی")]
    spaced, underscored = result.problems
    assert spaced.english() == ("'12 5' has a space that does not separate thousands (a space may stand only before "
                                "each group of three digits, as in 1 234): is it a mistyped number, or two values in "
                                "one cell?")
    assert underscored.english().startswith("'1_000' has an underscore")
    persian = translate(Language.PERSIAN, spaced.context, spaced.reason, **spaced.params)
    assert persian.startswith("«\u202a12 5\u202c»") and "فاصله" in persian  # not shown «5 12» right-to-left
    from sqlalchemy import select

    from desktop.store.models import Branch, BranchMonthStat
    with database.session() as session:
        stored = session.execute(select(Branch.code, BranchMonthStat.incoming).join(
            Branch, Branch.id == BranchMonthStat.branch_id)).all()
    assert stored == [("101002", 1234)]


def test_a_case_listing_refuses_an_underscore_in_its_hearings_count(service: ImportService, tmp_path: Path) -> None:
    """The case listing's fast path read '1_0' hearings as 10."""
    cases = [list(row) for row in CASES]
    cases[0][6] = "1_0"
    result = service.import_file(write_csv(tmp_path / "cases.csv", CASE_HEADERS, cases), "cases",
                                 only_valid_rows=True)
    assert result.status == IMPORTED and result.rows_written == 2
    assert [(p.row, p.column, p.reason) for p in result.problems] == [(2, "تعداد جلسات", UNDERSCORE)]


TITLE_LINE = "گزارش آمار ماهانه استان قم"


@pytest.mark.parametrize(("title", "delimiter"), [(TITLE_LINE, ";"), (TITLE_LINE + ",,,,,,,,", ","),
                                                  (f"{TITLE_LINE}\t\t\t", "\t")])
def test_a_csv_with_a_title_line_above_its_headers_is_read_from_the_headers_and_the_import_says_so(
        service: ImportService, tmp_path: Path, title: str, delimiter: str) -> None:
    """Before: «None of the column headers of titled.csv is known … the right encoding (utf-8)?» - the title was
    taken for the headers (and a title without a delimiter set the delimiter to ',')."""
    path = _csv(tmp_path / "titled.csv", f"{title}\n\n" + _monthly_lines("10", "12,5", delimiter=delimiter))
    preview = service.preview(path)
    assert preview.kind == "monthly" and preview.headers == MONTHLY_HEADERS and preview.rows[0][0] == 4
    result = service.import_file(path, preview.kind, only_valid_rows=True)
    assert result.status == IMPORTED and result.rows_written == 1
    assert [(p.row, p.column) for p in result.problems] == [(5, "ورودی")]  # the file's own line numbers
    [note] = result.notes
    assert note.english() == "The column headers of titled.csv are on row 3, below a title: the rows above them " \
                             "were not read."


def test_csv_headers_below_a_title_that_cannot_be_told_apart_are_named_not_guessed(service: ImportService,
                                                                                   tmp_path: Path) -> None:
    path = _csv(tmp_path / "unclear.csv", f"{TITLE_LINE}\nکد شعبه,یادداشت,شرح\n" + _monthly_lines("10"))
    result = service.import_file(path, "monthly")
    assert result.status == REJECTED
    first = result.problems[0]
    assert first.english() == ("None of the cells of row 1 of unclear.csv, its first row, is a known column header: "
                               "the headers seem to be on row 2. Remove the rows above them.")
    assert "ردیف ۲" in translate(Language.PERSIAN, first.context, first.reason, **first.params)


def test_a_csv_without_known_headers_anywhere_is_still_asked_about_its_encoding(service: ImportService,
                                                                               tmp_path: Path) -> None:
    path = _csv(tmp_path / "odd.csv", "a,b,c\n1,2,3\n4,5,6\n")
    result = service.import_file(path, "monthly")
    assert result.status == REJECTED
    assert result.problems[0].english().startswith("None of the column headers of odd.csv is known") and \
        "encoding (utf-8)" in result.problems[0].english()
