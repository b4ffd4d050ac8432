"""A late case listing in the window: its rows older than the stored data are listed with the reason in Persian,
and "import the valid rows" brings in only the cases nobody knew - the newer data stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.context import AppServices
from desktop.ui.changes import ChangeNotifier
from desktop.ui.dialogs.import_problems import ImportProblemsDialog
from desktop.ui.pages.imports import ImportsPage
from tests.ui.test_indicators_page import BRANCH_HEADERS, CASE_HEADERS, import_through_page, write_csv
from tests.ui.text_layout import readable

pytestmark = pytest.mark.gui


def test_an_older_listings_rows_are_listed_as_older_and_only_its_new_cases_are_imported(
        qtbot, services: AppServices, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    listed: list[tuple[str, str, str]] = []
    reasons: list[str] = []

    def review(dialog: ImportProblemsDialog) -> int:
        model = dialog.model
        listed.extend(tuple(model.index(row, column).data() for column in (1, 2, 3)) for row in range(model.rowCount()))
        reasons.append(dialog.reason.text().lstrip("\u200f"))  # the selected row's reason, whole, under the list
        return ImportProblemsDialog.DialogCode.Accepted  # "import the valid rows"

    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(ImportProblemsDialog, "exec", review)
    imports = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(imports)
    import_through_page(qtbot, imports, write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [("201", "شعبه ۲۰۱", "01", "")]))
    newer = [("L1", "201", "حقوقی", "1405/05/01", "", "", "", "1405/07/15")]
    import_through_page(qtbot, imports, write_csv(tmp_path / "newer.csv", CASE_HEADERS, newer))
    older = [("L1", "201", "حقوقی", "1405/05/01", "", "", "", ""), ("L3", "201", "حقوقی", "1405/05/02", "", "", "", "")]
    imports.import_path(write_csv(tmp_path / "older.csv", CASE_HEADERS, older))
    qtbot.waitUntil(lambda: imports.last_result is not None and imports.last_result.status == "imported"
                    and imports.last_result.file_name == "older.csv", timeout=20_000)
    qtbot.waitUntil(lambda: not imports.is_importing(), timeout=20_000)

    assert [(row, column, readable(reason)) for row, column, reason in listed] == [("۲", "شماره پرونده", "پروندهٔ L1 از newer.csv آمده است که خروجی جدیدتری از این فایل است: در آن، "
                       "پروندهٔ L1 در ۱۴۰۵/۰۷/۱۵ پایان یافته (مختومه یا خارج‌شده)، اما این فایل، که داده‌هایش دربارهٔ "
                       "شعبهٔ آن پرونده فقط تا ۱۴۰۵/۰۵/۰۲ است، آن را هنوز جاری نشان می‌دهد. این ردیف داده‌های جدیدتر را "
                       "به گذشته برمی‌گرداند؛ پذیرفته نشد.")]
    assert reasons == [listed[0][2]]
    assert imports.last_result.rows_written == 1 and imports.last_result.rows_rejected == 1
    with services.database.engine.connect() as connection:
        found = dict(connection.exec_driver_sql("SELECT case_number, disposed_on FROM case_record").all())
    assert found == {"L1": "2026-10-07", "L3": None}
    history = imports.history  # the months each file covered, in the window's digits
    assert [history.index(row, 5).data() for row in range(history.rowCount())][:2] == ["۱۴۰۵/۰۵", "۱۴۰۵/۰۵–۱۴۰۵/۰۷"]


def test_a_listing_that_only_looks_older_is_taken_after_the_user_says_it_is_the_newer_export(
        qtbot, services: AppServices, tmp_path: Path, monkeypatch) -> None:
    questions: list[str] = []
    offered: list[bool] = []

    def review(dialog: ImportProblemsDialog) -> int:
        offered.append(not dialog.newer_export_button.isHidden())
        dialog.newer_export_button.click()  # asks first (answered Yes below), then closes the dialog
        return dialog.result()

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(ImportProblemsDialog, "exec", review)
    imports = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(imports)
    import_through_page(qtbot, imports, write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [("201", "شعبه ۲۰۱", "01", "")]))
    first = [("A", "201", "حقوقی", "1405/05/01", "", "", "", "1405/06/20"), ("X", "201", "حقوقی", "1405/05/10", "", "", "", "")]
    import_through_page(qtbot, imports, write_csv(tmp_path / "first.csv", CASE_HEADERS, first))
    # A's disposal was entered in error and undone, X voided: nothing on the branch after the first file's data.
    newer = [("A", "201", "حقوقی", "1405/05/01", "", "", "", "")]
    imports.import_path(write_csv(tmp_path / "newer.csv", CASE_HEADERS, newer))
    qtbot.waitUntil(lambda: imports.last_result is not None and imports.last_result.file_name == "newer.csv"
                    and imports.last_result.status == "imported", timeout=20_000)
    qtbot.waitUntil(lambda: not imports.is_importing(), timeout=20_000)

    assert offered == [True]
    assert questions[0].startswith("\u200f\u202anewer.csv\u202c\u200f را جدیدتر از همهٔ فهرست‌های پروندهٔ واردشدهٔ پیشین")
    with services.database.engine.connect() as connection:
        found = {number: (disposed, withdrawn) for number, disposed, withdrawn in connection.exec_driver_sql(
            "SELECT case_number, disposed_on, withdrawn_on IS NOT NULL FROM case_record")}
    assert found == {"A": (None, 0), "X": (None, 1)}  # pending again; the snapshot withdrew X, nothing spared
