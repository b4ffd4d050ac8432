"""The whole window, as the secretary uses it: plan work, record progress with evidence, see the overview
change; record a resolution and see it become overdue."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.planning.views import NodeKind
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.home import HomePage
from desktop.ui.pages.meetings import MeetingsPage
from desktop.ui.pages.plans import PlansPage

TODAY = date(2026, 11, 23)


def open_window(qtbot, services: AppServices, ui_settings) -> MainWindow:
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    qtbot.waitUntil(home.is_loaded, timeout=10_000)
    return window


def wait_for_new_summary(qtbot, home: HomePage, before) -> None:
    qtbot.waitUntil(lambda: home.summary() is not before and not home.is_refreshing(), timeout=10_000)


def select(page: PlansPage, kind: NodeKind, item_id: int) -> None:
    index = page.model.index_of(kind, item_id)
    assert index.isValid()
    page.tree.setCurrentIndex(index)


def test_planning_and_reporting_progress_moves_the_overview(qtbot, services: AppServices, ui_settings,
                                                            tmp_path: Path) -> None:
    window = open_window(qtbot, services, ui_settings)
    home: HomePage = window.page("home")
    start = home.summary()

    plans: PlansPage = window.show_page("plans")
    transformation = next(node for node in services.plans.tree() if node.code == "TD")
    select(plans, NodeKind.PLAN, transformation.id)
    plans.new_solution_action.trigger()
    solution_editor = plans.solution_editor
    solution_editor.code.setText("TD-S90")
    solution_editor.title.setText("استقرار میز خدمت الکترونیک در همه حوزه‌ها")
    solution_editor.term.setCurrentIndex(solution_editor.term.findData("mid"))
    qtbot.mouseClick(solution_editor.save_button, Qt.MouseButton.LeftButton)
    solution = plans.current_node()
    assert solution is not None and solution.kind is NodeKind.SOLUTION and solution.code == "TD-S90"

    plans.new_program_action.trigger()
    program_editor = plans.program_editor
    program_editor.code.setText("TD-S90-P1")
    program_editor.title.setText("برنامه عملیاتی میز خدمت الکترونیک")
    qtbot.mouseClick(program_editor.save_button, Qt.MouseButton.LeftButton)
    program = plans.current_node()
    assert program is not None and program.kind is NodeKind.PROGRAM

    plans.new_activity_action.trigger()
    activity_editor = plans.activity_editor
    activity_editor.code.setText("1")
    activity_editor.title.setText("تجهیز میز خدمت در حوزه مرکز استان")
    activity_editor.planned_start.set_value(TODAY - timedelta(days=50))
    activity_editor.planned_finish.set_value(TODAY + timedelta(days=50))
    qtbot.mouseClick(activity_editor.save_button, Qt.MouseButton.LeftButton)
    activity = plans.current_node()
    assert activity is not None and activity.kind is NodeKind.ACTIVITY
    assert activity.progress.planned == pytest.approx(50.0)  # halfway through its schedule
    assert activity.progress.actual is None and activity.not_reported  # no report yet: never a measured 0 %

    panel = plans.activity_panel
    evidence = tmp_path / "صورتجلسه-تجهیز.txt"
    evidence.write_text("صورتجلسه تحویل تجهیزات میز خدمت", encoding="utf-8")
    panel.percent.setValue(80)
    panel.note.setText("تجهیزات تحویل شد")
    panel.evidence.add_paths([evidence])
    before = home.summary()
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_recording(), timeout=30_000)

    detail = panel.detail()
    assert detail is not None and [h.percent for h in detail.history] == [80.0]
    assert [ref.original_name for ref in detail.history[0].evidence] == [evidence.name]
    activity = plans.current_node()
    assert activity.progress.actual == 80.0 and activity.progress.spi == pytest.approx(1.6)

    wait_for_new_summary(qtbot, home, before)
    after = home.summary()
    assert after.activity_count == start.activity_count + 1
    assert after.overall.actual > start.overall.actual  # a new activity ahead of schedule lifts the province


def test_a_recorded_resolution_becomes_overdue_after_its_deadline(qtbot, services: AppServices, ui_settings
                                                                  ) -> None:
    window = open_window(qtbot, services, ui_settings)
    meetings: MeetingsPage = window.show_page("meetings")
    tab = meetings.meetings_tab
    tab.new_meeting()
    tab.editor.held_on.set_value(TODAY - timedelta(days=7))
    tab.editor.title.setText("جلسه شورای قضایی استان — آذر")
    qtbot.mouseClick(tab.editor.save_button, Qt.MouseButton.LeftButton)
    dialog = tab.new_resolution()
    assert dialog is not None
    dialog.editor.text.setPlainText("گزارش ثبت کامل پرونده‌های جاری در سامانه مدیریت پرونده ارائه شود.")
    dialog.editor.owner.setCurrentText("معاون قضایی رئیس کل")
    dialog.editor.deadline.set_value(TODAY + timedelta(days=3))
    qtbot.mouseClick(dialog.editor.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted

    meetings.set_filter(open_only=False, overdue_only=True, owner=None)
    assert meetings.resolution_rows() == []
    home: HomePage = window.page("home")
    assert home.summary() is not None

    # A week later the same database opens with the resolution past its deadline.
    later = AppServices(services.database, FixedClock(TODAY + timedelta(days=7)))
    later_window = open_window(qtbot, later, ui_settings)
    later_meetings: MeetingsPage = later_window.show_page("meetings")
    later_meetings.set_filter(open_only=False, overdue_only=True, owner=None)
    assert [(r.owner, r.days_overdue) for r in later_meetings.resolution_rows()] == [("معاون قضایی رئیس کل", 4)]
    later_home: HomePage = later_window.page("home")
    assert later_home._overdue.rows()[0].days_overdue == 4
