"""A newer case listing that would withdraw cases asks first, per branch; declining writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.context import AppServices
from desktop.ui.changes import ChangeNotifier
from desktop.ui.pages.imports import ImportsPage
from tests.ui.test_indicators_page import BRANCH_HEADERS, CASE_HEADERS, import_through_page, write_csv

pytestmark = pytest.mark.gui


def withdrawn(services: AppServices) -> int:
    with services.database.engine.connect() as connection:
        return connection.exec_driver_sql("SELECT count(*) FROM case_record WHERE withdrawn_on IS NOT NULL").scalar()


def test_a_snapshot_asks_before_withdrawing_and_no_means_nothing_is_written(
        qtbot, services: AppServices, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    answers: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: shown.append(text) or answers.pop(0))
    imports = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(imports)
    import_through_page(qtbot, imports, write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [("201", "شعبه ۲۰۱", "01", "")]))
    old = [("201-1", "201", "حقوقی", "1405/07/02", "", "", "", ""), ("201-2", "201", "حقوقی", "1405/07/03", "", "", "", "")]
    import_through_page(qtbot, imports, write_csv(tmp_path / "a.csv", CASE_HEADERS, old))
    newer = write_csv(tmp_path / "n.csv", CASE_HEADERS, old[:1])

    answers.append(QMessageBox.StandardButton.No)
    import_through_page(qtbot, imports, newer)
    assert "شعبهٔ ۲۰۱: ۱" in shown[-1]  # the question names the branch, in the window's digits
    assert imports.last_result.status == "cancelled" and imports.last_result.withdrawn == {"201": 1}
    assert withdrawn(services) == 0
    assert [b.file_name for b in imports.history.rows()][0] == "a.csv"  # nothing recorded

    answers.append(QMessageBox.StandardButton.Yes)
    import_through_page(qtbot, imports, newer)
    qtbot.waitUntil(lambda: imports.last_result.status == "imported", timeout=20_000)
    assert withdrawn(services) == 1


def test_the_result_of_an_import_names_the_changed_months_and_branches_in_the_windows_digits(
        qtbot, services: AppServices, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: shown.append(text))
    imports = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(imports)
    import_through_page(qtbot, imports, write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [("201", "شعبه ۲۰۱", "01", "")]))
    cases = [("201-1", "201", "حقوقی", "1405/07/02", "", "", "", "")]
    import_through_page(qtbot, imports, write_csv(tmp_path / "a.csv", CASE_HEADERS, cases))
    assert imports.last_result.changed_branches  # the figures of the listing's months changed
    assert "۱۴۰۵/۰۷: ارقام ۱ شعبه تغییر کرد: ۲۰۱" in shown[-1]
    assert not any(digit in shown[-1].split("\n", 1)[1] for digit in "0123456789")  # none left in Latin digits



def test_an_import_with_a_note_per_branch_shows_a_few_and_keeps_the_rest_in_the_details(
        qtbot, services: AppServices, tmp_path: Path, monkeypatch) -> None:
    """A file can bring a note per branch (here twelve branches with figures said to open only later): the box shows
    the first few, so that it still fits a 1366x768 screen (a note wraps to five lines: eight of them made the box
    949 px tall), and every one in its details."""
    from desktop.ui.pages.imports import NOTES_SHOWN

    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append((box.text(), box.detailedText())) or 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    imports = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(imports)
    codes = [f"3{n:02d}" for n in range(12)]
    import_through_page(qtbot, imports, write_csv(tmp_path / "b.csv", BRANCH_HEADERS,
                                                  [(code, f"شعبه {code}", "01", "") for code in codes]))
    cases = [(f"{code}-1", code, "حقوقی", "1405/07/02", "", "", "", "") for code in codes]
    import_through_page(qtbot, imports, write_csv(tmp_path / "a.csv", CASE_HEADERS, cases))
    assert not boxes
    opened = [(code, f"شعبه {code}", "01", "", "1406/01") for code in codes]
    import_through_page(qtbot, imports, write_csv(tmp_path / "c.csv", (*BRANCH_HEADERS, "ماه آغاز به کار"), opened))
    assert len(imports.last_result.notes) == len(codes)
    (text, details), = boxes
    shown = [line for line in text.split("\n") if "۱۴۰۶/۰۱" in line]
    assert len(shown) == NOTES_SHOWN < len(codes)
    assert f"… و {len(codes) - NOTES_SHOWN}".translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) in text  # ... and 9 more
    assert len(details.split("\n")) == len(codes)
