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
    assert sheet_title("مانده/ورودی [۱۴۰۳]") == "مانده-ورودی -۱۴۰۳-"
    assert len(sheet_title("x" * 50)) == 31
