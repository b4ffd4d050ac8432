"""No visible text of the Persian window holds a Latin digit or untranslated English, on any page of the demo
(and the places reached from them): digits are Persian, words are translated."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabWidget,
    QWidget,
)

from desktop.ui.main_window import MainWindow
from desktop.ui.screenshots import settle

pytestmark = pytest.mark.gui

# Names that stay Latin by design (CONTRIBUTING.md, tools/ts_files.py) and the demo's own Latin data: the
# province's short code and the Excel/CSV file names of its imports.
ALLOWED_WORDS = {"CMS", "PDF", "SPI", "PV", "EV", "PNG", "JPEG", "SVG", "Excel", "SHA", "Vazirmatn", "CSV", "xlsx", "csv",
                 "SQLite", "https", "http"}
LATIN_DIGIT = re.compile(r"[0-9]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ISOLATED_LTR = re.compile("\u202a[^\u202c]*\u202c|[\u2066\u2068][^\u2069]*\u2069")  # paths, file names, fingerprints: Latin data on purpose
CODE = re.compile(r"\b[A-Z]{1,4}\b")  # the letters of a code (plan TD, program CR-P۰۱) are data


def problems_in(text: str) -> list[str]:
    text = CODE.sub("", ISOLATED_LTR.sub("", text.replace("SHA-256", "")))
    found = []
    if LATIN_DIGIT.search(text):
        found.append("Latin digit")
    words = [w for w in LATIN_WORD.findall(text) if w not in ALLOWED_WORDS]
    if words:
        found.append(f"English {words}")
    return found


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for what a user sees: labels, buttons, group titles, tabs, headers, cells, fields."""
    seen: list[tuple[str, str]] = []

    def add(widget: QWidget, text: str, what: str = "") -> None:
        if text and text.strip():
            seen.append((f"{type(widget).__name__}#{widget.objectName()}{what}", text))

    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            add(widget, widget.text() if widget.textFormat() != Qt.TextFormat.RichText else _plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            add(widget, widget.text().replace("&", ""))
        elif isinstance(widget, QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QComboBox):
            add(widget, widget.currentText())
        elif isinstance(widget, QAbstractSpinBox):
            add(widget, widget.text())
        elif isinstance(widget, QLineEdit) and not widget.echoMode() == QLineEdit.EchoMode.Password:
            add(widget, widget.placeholderText(), " placeholder")
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                add(widget, widget.tabText(index).replace("&", ""), " tab")
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None and (
                widget.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers):  # not what the user typed
            model = widget.model()
            if not isinstance(widget, QListView):  # a list has no header to see
                for column in range(_column_count(model, QModelIndex())):
                    add(widget, str(model.headerData(column, Qt.Orientation.Horizontal) or ""), " header")
            for text in _cells(model, QModelIndex(), 40):
                add(widget, text, " cell")
    return seen


def _cells(model, parent: QModelIndex, limit: int) -> list[str]:
    texts = []
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(_column_count(model, parent)):
            index = model.index(row, column, parent)
            value = model.data(index, Qt.ItemDataRole.DisplayRole)
            if isinstance(value, str):
                texts.append(value)
        first = model.index(row, 0, parent)
        if _column_count(model, parent) > 1 and model.rowCount(first):
            texts.extend(_cells(model, first, 10))
    return texts


def _column_count(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: one column, not callable from Python
        return 1


def _plain(rich: str) -> str:
    return re.sub(r"<[^>]+>", "", re.sub(r"<a href=\"[^\"]*\"", "<a", rich)).replace("&amp;", "&")


def walk_every_view(window, scan: Callable[[str], None]) -> None:  # noqa: ANN001
    """Show every page, then the views behind a click (an activity's details, the resolutions tab, a district's
    branches), calling ``scan(place)`` on each."""
    for entry in window._entries:
        window.show_page(entry.key)
        scan(entry.key)
    plans = window.show_page("plans")
    leaf = next(plans.model.node(*key) for key in plans.model.keys()
                if plans.model.node(*key).kind.name == "ACTIVITY" and not plans.model.node(*key).children)
    plans.select_activity(leaf.id)
    scan("plans/activity")
    meetings = window.show_page("meetings")
    meetings.tabs.setCurrentWidget(meetings.resolutions_tab)
    scan("meetings/resolutions")
    indicators = window.show_page("indicators")
    indicators.open_unit(indicators.current_table().rows[0].unit_id)
    scan("indicators/district")

def test_no_visible_text_of_the_persian_window_holds_a_latin_digit_or_english(qtbot, demo_services,
                                                                              ui_settings) -> None:
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitUntil(window.page("home").is_loaded, timeout=20_000)
    found: list[str] = []

    def scan(place: str) -> None:
        settle()
        for where, text in visible_texts(window):
            for problem in problems_in(text):
                found.append(f"{place}: {where}: {problem}: {text!r}")

    walk_every_view(window, scan)
    QApplication.processEvents()
    assert not found, "\n".join(sorted(set(found)))


def test_no_page_of_the_first_run_wizard_holds_a_latin_digit_or_english(qtbot, demo_services) -> None:
    from desktop.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(demo_services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.districts_page.table.insertRow(1)
    found = []
    for _page in wizard.pageIds():
        settle()
        for where, text in visible_texts(wizard):
            found.extend(f"{wizard.currentId()}: {where}: {p}: {text[:60]!r}" for p in problems_in(text))
        header = wizard.currentPage().findChildren(QAbstractItemView)
        for view in header:
            for row in range(view.model().rowCount()):
                label = str(view.model().headerData(row, Qt.Orientation.Vertical) or "")
                found.extend(f"row header: {p}: {label!r}" for p in problems_in(label))
        wizard.province_code.setText("QOM")
        wizard.province_name.setText("قم")
        wizard.user_name.setText("دبیر")
        wizard.login.setText("dabir")
        wizard.password.setText("باغ انار ۱۴۰۵ سبز")
        wizard.password_again.setText("باغ انار ۱۴۰۵ سبز")
        wizard.districts_page.set_rows([("01", "حوزه قضایی قم")])
        wizard.next()
    assert not found, "\n".join(sorted(set(found)))


# --- the English window ---------------------------------------------------------------------------------------
# Persian script in the English window is right only where it is the user's data: a name, a title, a unit's
# name stored in the database. We tell the two apart by the database itself: every Arabic-script word the window
# shows must be a word of a text value the database holds. A translation shown by mistake, a Persian comma or
# Persian digits of the window's own are in no stored value.
ARABIC_RUN = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+(?:[\s\u200c][\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+)*")


def stored_words(database_path) -> set[str]:
    """Every Arabic-script word of every text value in the database."""
    import sqlite3

    words: set[str] = set()
    with sqlite3.connect(database_path) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        words.update(word for run in ARABIC_RUN.findall(value) for word in run.split())
    return words


def persian_not_from_the_database(text: str, stored: set[str]) -> list[str]:
    return [word for run in ARABIC_RUN.findall(text) for word in run.split() if word not in stored]


def test_the_english_window_shows_persian_script_only_in_the_users_data(qtbot, demo_services, ui_settings) -> None:
    from desktop.ui.language import Language, install_language

    app = QApplication.instance()
    install_language(app, Language.ENGLISH)
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    try:
        stored = stored_words(demo_services.database.path)
        window = MainWindow(ui_settings, demo_services)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitUntil(window.page("home").is_loaded, timeout=20_000)
        found: list[str] = []

        def scan(place: str) -> None:
            settle()
            for where, text in visible_texts(window):
                words = persian_not_from_the_database(text, stored)
                if words:
                    found.append(f"{place}: {where}: {words}: {text[:80]!r}")

        walk_every_view(window, scan)
        assert not found, "\n".join(sorted(set(found)))
    finally:
        install_language(app, Language.PERSIAN)
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
