"""The Backups page says why a damaged database could not be backed up in a Persian sentence, never in SQLite's
English ("database disk image is malformed")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.store.database import open_database
from tests.backups.damaged_database import SQLITES_WORDS, damaged_database

pytestmark = pytest.mark.gui


def test_the_backups_page_says_a_damaged_database_was_not_backed_up_in_persian(
        qtbot, notifier, ui_settings, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.ui.pages.backups import BackupsPage

    path = damaged_database(tmp_path / "rasad.sqlite3", every_leaf_but_the_first=False)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_args: said.append(text))
    with open_database(path, create=False) as database:
        page = BackupsPage(AppServices(database, clock), notifier, ui_settings)
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.back_up_now().finished, timeout=20_000):
            pass
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    [message] = said
    assert "در بررسی سالم نبود: برخی از صفحه‌های آن آسیب دیده است" in message and str(path) in message
    assert not any(word in message for word in SQLITES_WORDS)
