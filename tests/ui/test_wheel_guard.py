"""The mouse wheel never changes a date, number or choice field the user has not clicked into: scrolling a
form scrolls the form, as the user meant, in every page of the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QWidget

from desktop.planning.views import NodeKind
from desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def turn_wheel_over(widget: QWidget, notches: int) -> None:
    """Real wheel turns at the widget's centre, delivered by the window system as a user's would be."""
    window = widget.window()
    centre = widget.mapTo(window, widget.rect().center())
    assert window.rect().contains(centre) and window.childAt(centre) in (widget, *widget.findChildren(QWidget))
    for _ in range(abs(notches)):
        QTest.wheelEvent(window.windowHandle(), QPointF(centre), QPoint(0, -120 if notches < 0 else 120))
        QApplication.processEvents()


def scroll_area_of(widget: QWidget) -> QScrollArea:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    return parent


@pytest.fixture
def window(qtbot, demo_services, ui_settings) -> MainWindow:
    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return window


def test_scrolling_over_the_progress_date_and_percent_changes_neither_and_scrolls_the_panel(
        qtbot, window: MainWindow) -> None:
    plans = window.show_page("plans")
    leaf = next(plans.model.node(*key) for key in plans.model.keys()
                if key[0] is NodeKind.ACTIVITY and not plans.model.node(*key).children)
    assert plans.select_activity(leaf.id)
    panel = plans.activity_panel
    plans.tree.setFocus()
    for field in (panel.reported_on, panel.percent):
        scroll = scroll_area_of(field)
        QApplication.processEvents()  # the panel lays itself out for the activity first
        scroll.ensureWidgetVisible(field, 0, 200)
        QApplication.processEvents()
        assert scroll.viewport().rect().contains(field.mapTo(scroll.viewport(), field.rect().center()))
        before_value, before_scroll = field.text(), scroll.verticalScrollBar().value()
        turn_wheel_over(field, -3)
        assert field.text() == before_value
        assert not field.hasFocus()
        assert scroll.verticalScrollBar().value() > before_scroll  # the panel scrolled instead
    turn_wheel_over(panel.reported_on, 3)
    assert panel.reported_on.value() == window.services.clock.today()


def test_a_clicked_into_number_field_still_follows_the_wheel(qtbot, window: MainWindow) -> None:
    meetings = window.show_page("meetings").meetings_tab
    meetings.new_meeting()
    number = meetings.editor.number
    number.setValue(5)
    window.activateWindow()
    number.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is number)
    turn_wheel_over(number, 2)
    assert number.value() == 7


def test_the_new_meeting_date_ignores_the_wheel_until_clicked(qtbot, window: MainWindow) -> None:
    meetings = window.show_page("meetings").meetings_tab
    meetings.new_meeting()
    held_on = meetings.editor.held_on
    before = held_on.value()
    turn_wheel_over(held_on, -3)
    assert held_on.value() == before


def test_every_field_of_every_page_is_guarded(qtbot, window: MainWindow) -> None:
    for entry in window._entries:
        window.show_page(entry.key)
    QApplication.processEvents()
    fields = [w for w in window.findChildren(QWidget) if isinstance(w, (QAbstractSpinBox, QComboBox))]
    assert len(fields) > 20
    for field in fields:
        field.ensurePolished()
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus, field.objectName() or type(field).__name__


def test_digits_typed_into_a_number_or_date_field_show_as_persian_digits(qtbot, window: MainWindow) -> None:
    plans = window.show_page("plans")
    leaf = next(plans.model.node(*key) for key in plans.model.keys()
                if key[0] is NodeKind.ACTIVITY and not plans.model.node(*key).children)
    assert plans.select_activity(leaf.id)
    panel = plans.activity_panel
    percent = panel.percent
    percent.setFocus()
    percent.lineEdit().selectAll()
    QTest.keyClicks(percent, "15")
    assert "۱۵" in percent.text() and not any(c.isascii() and c.isdigit() for c in percent.text())
    assert percent.value() == 15
    date_field = panel.reported_on
    date_field.setFocus()
    date_field.setSelectedSection(date_field.Section.YearSection)
    QTest.keyClicks(date_field, "1404")
    assert "۱۴۰۴" in date_field.text() and not any(c.isascii() and c.isdigit() for c in date_field.text())
    assert date_field.value().year in (2025, 2026)  # Jalali 1404
