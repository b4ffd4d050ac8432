"""The imports page reads a file's preview (its headers, which kind of file it is) in the background: opening a
workbook of 100,000 rows takes openpyxl 0.7 s, a file on a slow removable disk longer, and the window froze."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.context import AppServices
from desktop.imports.service import ImportService
from desktop.ui.changes import ChangeNotifier
from desktop.ui.pages.imports import ImportsPage
from tests.ui.test_indicators_page import BRANCH_HEADERS, import_through_page, write_csv

pytestmark = pytest.mark.gui


def test_the_preview_is_read_off_the_windows_thread_and_the_import_follows(
        qtbot, services: AppServices, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)
    on_window_thread: list[bool] = []
    preview = ImportService.preview

    def recorded(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202 - the service's own
        on_window_thread.append(threading.current_thread() is threading.main_thread())
        return preview(self, *args, **kwargs)

    monkeypatch.setattr(ImportService, "preview", recorded)
    page = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(page)
    import_through_page(qtbot, page, write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [("201", "شعبه ۲۰۱", "01", "")]))
    assert on_window_thread == [False]
    assert page.last_result.status == "imported" and page.import_button.isEnabled()


def test_cancelling_while_the_preview_is_read_imports_nothing(
        qtbot, services: AppServices, tmp_path: Path, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *_args: shown.append(text))
    reading = threading.Event()
    release = threading.Event()
    preview = ImportService.preview

    def slow(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202 - the service's own
        reading.set()
        release.wait(10)
        return preview(self, *args, **kwargs)

    monkeypatch.setattr(ImportService, "preview", slow)
    page = ImportsPage(services, ChangeNotifier())
    qtbot.addWidget(page)
    page.import_path(write_csv(tmp_path / "b.csv", BRANCH_HEADERS, [("201", "شعبه ۲۰۱", "01", "")]))
    assert page.is_importing() and not page.import_button.isEnabled()  # the window is free meanwhile
    assert reading.wait(10)
    page._task.cancel()  # the progress dialog's Cancel
    release.set()
    qtbot.waitUntil(lambda: not page.is_importing(), timeout=20_000)
    assert page.last_result is None and page.import_button.isEnabled() and shown == []
    assert services.imports.history() == []
