"""The imports page shows the refusals of a file of the wrong shape in Persian, as the command line prints them:
a header with no rows at once (before any column is asked for), a row with more values than the header in the
problem list with its row and no column, and a workbook whose first sheet is not the data naming its sheets in
the column dialog."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.context import AppServices
from desktop.ui.changes import ChangeNotifier
from desktop.ui.dialogs.column_mapping import ColumnMappingDialog
from desktop.ui.dialogs.import_problems import ImportProblemsDialog
from desktop.ui.pages.imports import ImportsPage
from tests.ui.test_indicators_page import BRANCH_HEADERS, import_through_page, silent_messages  # noqa: F401
from tests.ui.text_layout import readable, visual_spans

pytestmark = pytest.mark.gui


def _page(qtbot, services: AppServices) -> ImportsPage:
    page = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(page)
    return page


def test_a_header_only_file_is_refused_at_once_saying_it_has_no_data_rows(
        qtbot, services: AppServices, tmp_path: Path, silent_messages: list[str], monkeypatch) -> None:  # noqa: F811
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda _dialog: pytest.fail("no column to match"))
    path = tmp_path / "hdronly.csv"
    path.write_text("branch_code,year,month\n", encoding="utf-8")
    page = _page(qtbot, services)
    import_through_page(qtbot, page, path)
    assert [readable(message) for message in silent_messages] == ["hdronly.csv عنوان ستون‌ها را دارد، اما هیچ ردیف داده‌ای ندارد؛ چیزی برای وارد کردن "
                               "نیست."]
    assert page.last_result is None and services.imports.history() == []


def test_a_row_with_more_values_than_the_header_is_listed_with_its_row_and_no_column(
        qtbot, services: AppServices, tmp_path: Path, silent_messages: list[str], monkeypatch) -> None:  # noqa: F811
    listed: list[tuple[str, str, str]] = []

    def review(dialog: ImportProblemsDialog) -> int:
        model = dialog.model
        listed.extend(tuple(model.index(row, column).data() for column in (1, 2, 3)) for row in range(model.rowCount()))
        return ImportProblemsDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportProblemsDialog, "exec", review)
    path = tmp_path / "extra.csv"
    path.write_text(",".join(BRANCH_HEADERS) + "\n201,شعبه ۲۰۱,01,,اضافه\n", encoding="utf-8")
    page = _page(qtbot, services)
    import_through_page(qtbot, page, path)
    assert listed == [("۲", "—", "این ردیف ۵ مقدار دارد، اما ردیف عنوان ۴ ستون دارد: مقدارهای پس از ستون ۴ به هیچ "
                                 "ستونی تعلق ندارند (شاید در مقداری، ویرگول یا جداکنندهٔ دیگری بی‌گیومه آمده است؟).")]
    assert page.last_result.status == "rejected" and services.imports.history() == []


def test_the_column_dialog_of_a_workbook_names_the_sheet_read_and_the_others(
        qtbot, services: AppServices, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "خلاصه"
    book.active.append(["عنوان", "مقدار"])
    book.active.append(["جمع", 12])
    book.create_sheet("آمار").append(list(BRANCH_HEADERS))
    path = tmp_path / "m_sheet2.xlsx"
    book.save(path)
    dialog = ColumnMappingDialog(services.imports.preview(path), {})
    qtbot.addWidget(dialog)
    intro = dialog.findChild(QLabel, "intro")
    assert intro is not None and readable(intro.text()).endswith(
        "از فایل اکسل تنها برگهٔ نخست خوانده می‌شود: در m_sheet2.xlsx، برگهٔ «خلاصه». برگه‌های دیگر آن («آمار») خوانده "
        "نمی‌شوند؛ داده‌ها را به برگهٔ نخست ببرید، یا برگهٔ داده‌ها را جداگانه در فایلی دیگر ذخیره کنید.")


def _visual_x(label: QLabel, piece: str) -> float:
    """Where ``piece`` of the label's text starts on screen, laid out as the label lays it out (its direction from
    its text's first strong character)."""
    [(left, _right)] = visual_spans(label.text(), [piece], label.font(), Qt.LayoutDirection.LayoutDirectionAuto)
    return left


def test_a_file_unreadable_deep_inside_is_listed_by_its_line_and_offers_no_valid_rows(
        qtbot, services: AppServices, tmp_path: Path, silent_messages: list[str], monkeypatch) -> None:  # noqa: F811
    shown: dict[str, object] = {}

    def review(dialog: ImportProblemsDialog) -> int:
        labels = [label for label in dialog.findChildren(QLabel) if label.text()]
        summary = next(label for label in labels if label.objectName() != "selectedReason")
        reason = dialog.findChild(QLabel, "selectedReason")
        # Read right to left: the file name, then its count - not the count drawn to the name's right.
        shown.update(valid_rows=dialog.valid_rows_button.isEnabled(), row=dialog.model.index(0, 1).data(),
                     reason=reason.text(), name_right_of_count=_visual_x(summary, "bad.csv") > _visual_x(summary, "۱؛"),
                     reason_right_to_left=_visual_x(reason, "bad.csv") > _visual_x(reason, "نیستند"))
        return ImportProblemsDialog.DialogCode.Rejected

    monkeypatch.setattr(ImportProblemsDialog, "exec", review)
    path = tmp_path / "bad.csv"
    row = "201,شعبه ۲۰۱,01,".encode()
    # Past the rows the preview reads, and past the first block the reader decodes.
    path.write_bytes(",".join(BRANCH_HEADERS).encode() + b"\n" + (row + b"\n") * 5_000 + row + b"\xff\n")
    page = _page(qtbot, services)
    import_through_page(qtbot, page, path)
    assert silent_messages == []
    assert shown == {"valid_rows": False, "row": "۵٬۰۰۲",
                     "reason": "\u200f\u200f\u202abad.csv\u202c\u200f در سطر ۵۰۰۲ بایت‌هایی دارد که متن معتبری با کدگذاری utf-8 نیستند.",
                     "name_right_of_count": True, "reason_right_to_left": True}
    assert page.last_result.status == "rejected" and page.last_result.unreadable
    assert services.imports.history() == []
