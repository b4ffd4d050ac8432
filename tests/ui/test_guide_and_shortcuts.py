"""F1 opens the user guide at the page's section (Persian and English guides cover every page, their pictures
exist); Ctrl+number opens a page; the window comes back on the page it was closed on."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.paths import resources_dir
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
GUIDE = resources_dir() / "guide"
ENGLISH_TITLES = ("Overview", "Plans and activities", "Meetings and resolutions", "Branch performance",
                  "Import statistics", "District comments", "Reports", "Approval", "Send to center", "Audit trail",
                  "Backups", "Users", "Settings")


def open_window(qtbot, services, ui_settings) -> MainWindow:
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def test_f1_opens_the_guide_at_the_section_of_the_page_on_screen(qtbot, demo_services, ui_settings) -> None:
    window = open_window(qtbot, demo_services, ui_settings)
    window.show_page("indicators")
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_F1)
    dialog = window.guide_dialog
    qtbot.addWidget(dialog)
    assert QTest.qWaitForWindowExposed(dialog)
    title = window._entries[[e.key for e in window._entries].index("indicators")].title
    assert dialog.current_heading().startswith(title)
    headings = dialog.headings()
    for entry in window._entries:  # every page of the window has its section in the Persian guide
        assert any(h.startswith(entry.title) for h in headings), entry.title


def test_the_english_guide_has_a_section_for_every_page_and_every_picture_exists() -> None:
    english = (GUIDE / "en.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", english, flags=re.MULTILINE)
    assert set(ENGLISH_TITLES) <= set(headings)
    for name in ("fa.md", "en.md"):
        text = (GUIDE / name).read_text(encoding="utf-8")
        pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
        assert pictures
        for picture in pictures:
            assert (GUIDE / Path(picture)).stat().st_size > 5_000, picture


def test_ctrl_and_a_number_opens_that_page(qtbot, demo_services, ui_settings) -> None:
    window = open_window(qtbot, demo_services, ui_settings)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window._stack.currentWidget() is window.page(window._entries[1].key)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window._stack.currentWidget() is window.page(window._entries[3].key)


def test_the_window_opens_again_on_the_page_it_was_closed_on(qtbot, demo_services, ui_settings) -> None:
    window = open_window(qtbot, demo_services, ui_settings)
    window.show_page("meetings")
    window.close()
    again = open_window(qtbot, demo_services, ui_settings)
    again.open_last_page()
    assert again._stack.currentWidget() is again.page("meetings")


def test_every_page_has_an_icon_in_the_navigation(qtbot, demo_services, ui_settings) -> None:
    window = open_window(qtbot, demo_services, ui_settings)
    for row in range(window._navigation.count()):
        assert not window._navigation.item(row).icon().isNull()


def test_opening_every_page_shows_no_stray_window_and_keeps_the_keyboard(qtbot, demo_services, ui_settings) -> None:
    """A widget shown before it had a parent flashed up as a window of its own and took the keyboard away
    from the main window (its shortcuts then stopped working)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QWidget

    window = open_window(qtbot, demo_services, ui_settings)
    stray: list[str] = []

    class Watch(QObject):
        def eventFilter(self, watched, event) -> bool:  # noqa: N802
            if (event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow()
                    and watched is not window):
                stray.append(f"{type(watched).__name__} {getattr(watched, 'text', lambda: '')()!r}")
            return False

    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    try:
        for number, entry in enumerate(window._entries[:9], start=1):
            QTest.keyClick(window.windowHandle(), getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier)
            assert window._stack.currentWidget() is window.page(entry.key), entry.key
        for entry in window._entries[9:]:
            window.show_page(entry.key)
            QApplication.processEvents()
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert not stray
