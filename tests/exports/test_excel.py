"""Excel export: right-to-left sheets, numbers stay numbers, Jalali dates stay text, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.exports.excel import Sheet, sheet_title, write_workbook
from desktop.exports.files import ExportError


def test_a_table_is_written_right_to_left_with_numbers_as_numbers(tmp_path: Path) -> None:
    path = tmp_path / "شاخص‌ها.xlsx"
    write_workbook(path, [Sheet("نرخ رسیدگی", ["شعبه", "تاریخ", "نرخ رسیدگی"],
                                [["شعبه ۱۰۱ حقوقی", "۱۴۰۳/۰۲/۰۵", 93.5], ["شعبه ۱۰۲ حقوقی", "۱۴۰۳/۰۲/۰۶", 101]])])
    sheet = load_workbook(path).active
    assert sheet.sheet_view.rightToLeft is True
    assert [cell.value for cell in sheet[1]] == ["شعبه", "تاریخ", "نرخ رسیدگی"]
    assert sheet["C2"].value == 93.5 and sheet["C2"].data_type == "n"
    assert sheet["B2"].value == "۱۴۰۳/۰۲/۰۵" and sheet["B2"].data_type == "s"
    assert sheet.title == "نرخ رسیدگی"


def test_an_unwritable_path_raises_a_clear_error_and_leaves_no_file(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    target = blocker / "out.xlsx"
    with pytest.raises(ExportError) as raised:
        write_workbook(target, [Sheet("s", ["a"], [[1]])])
    assert str(target) in raised.value.english()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]


def test_a_failure_while_writing_leaves_no_partial_file(tmp_path: Path) -> None:
    def rows():
        yield [1]
        raise RuntimeError("the source failed half-way")

    with pytest.raises(RuntimeError):
        write_workbook(tmp_path / "out.xlsx", [Sheet("s", ["a"], rows())])
    assert list(tmp_path.iterdir()) == []


def test_sheet_titles_are_made_valid_for_excel() -> None:
    assert sheet_title("مانده/ورودی [۱۴۰۳]") == "مانده-ورودی -۱۴۰۳"  # no dangling dash at the end
    assert sheet_title("حوزه قضایی پردیسان —") == "حوزه قضایی پردیسان"
    assert len(sheet_title("x" * 50)) == 31


def test_every_sheet_is_set_up_to_print_fitted_to_the_page_width_with_its_header_repeated(tmp_path: Path) -> None:
    from desktop.exports.excel import PORTRAIT_COLUMNS

    wide = ["c"] * (PORTRAIT_COLUMNS + 1)
    write_workbook(tmp_path / "p.xlsx", [Sheet("narrow", ["a", "b"], [[1, 2]]), Sheet("wide", wide, [[1] * len(wide)])])
    workbook = load_workbook(tmp_path / "p.xlsx")
    for sheet, orientation in ((workbook["narrow"], "portrait"), (workbook["wide"], "landscape")):
        assert sheet.page_setup.orientation == orientation
        assert sheet.page_setup.paperSize == 9  # A4
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
        assert sheet.print_title_rows == "$1:$1"


def test_a_number_keeps_its_number_format_and_stays_a_number(tmp_path: Path) -> None:
    from desktop.exports.excel import Formatted

    write_workbook(tmp_path / "f.xlsx", [Sheet("s", ["n", "p"], [[Formatted(1234567, "#,##0"), Formatted(0.589, "0.0%")],
                                                                 [Formatted(None, "#,##0"), 3]])])
    sheet = load_workbook(tmp_path / "f.xlsx").active
    assert (sheet["A2"].value, sheet["A2"].number_format, sheet["A2"].data_type) == (1234567, "#,##0", "n")
    assert (sheet["B2"].value, sheet["B2"].number_format) == (0.589, "0.0%")
    assert sheet["A3"].value is None


def test_a_sheet_without_headers_has_no_frozen_or_repeated_empty_first_row(tmp_path: Path) -> None:
    write_workbook(tmp_path / "s.xlsx", [Sheet("summary", (), [["عنوان", None], ["برچسب", 3]])])
    sheet = load_workbook(tmp_path / "s.xlsx").active
    assert sheet["A1"].value == "عنوان"
    assert sheet.freeze_panes is None
    assert not sheet.print_title_rows
