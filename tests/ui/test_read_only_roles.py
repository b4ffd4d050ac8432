"""A read-only role (a viewer, a district head) is offered no edit control on any page: no enabled button or
action that changes data, no field that takes typing, and hints do not tell him to press what he may not; each
disabled command says why on hover, in the services' own words. The secretary keeps every control. The services
refuse anyway (tests/services/test_role_action_matrix.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget

from desktop.context import AppServices
from desktop.domain.access import Principal, Role
from desktop.planning.views import NodeKind, PlanNode
from desktop.ui.language import translate
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.meetings import MeetingsPage
from desktop.ui.pages.plans import PlansPage
from tests.ui.edit_controls import enabled_edit_controls

pytestmark = pytest.mark.gui

SECRETARY = Principal("دبیر شورا", Role.SECRETARY)
VIEWER = Principal("بیننده استان", Role.VIEWER, login="viewer1", account_id=90)


def refused_edit() -> str:
    """The services' refusal, in the window's language (installed once the tests start)."""
    return translate("Access", "Your role does not allow changing the data; only the secretary edits.")


def _head(services: AppServices) -> Principal:
    return Principal("رئیس حوزه", Role.DISTRICT_HEAD, services.organisation.districts()[0].id, login="head1",
                     account_id=91)


def _walk(node: PlanNode) -> Iterator[PlanNode]:
    yield node
    for child in node.children:
        yield from _walk(child)


def _first(services: AppServices, kind: NodeKind, leaf: bool = False) -> int:
    return next(node.id for plan in services.plans.tree() for node in _walk(plan)
                if node.kind is kind and (not leaf or not node.children))


def _meetings_states(page: MeetingsPage, services: AppServices) -> Iterator[str]:
    """The meetings page with nothing selected, a meeting in its editor, a resolution in its editor."""
    reading = [*page.resolutions_tab.choice.buttons(), page.resolutions_tab.owner,
               *page.findChildren(QWidget, "openFile")]
    yield from enabled_edit_controls(page, reading)
    meeting = services.meetings.meetings()[0]
    assert page.meetings_tab.select_meeting(meeting.id)
    assert page.meetings_tab.editor.isVisibleTo(page)
    yield from enabled_edit_controls(page, reading)
    resolution = services.meetings.meeting(meeting.id).resolutions[0]
    page.show_resolution(resolution.id)
    assert page.resolutions_tab.editor.isVisibleTo(page)
    yield from enabled_edit_controls(page, reading)


def _plans_states(page: PlansPage, services: AppServices) -> Iterator[str]:
    """The plans page on a plan, a solution, an operational program and an activity without sub-activities."""
    expand = next(action for action in page.findChildren(type(page.delete_action)) if action.objectName() == "expandAll")
    reading = [expand, *page.findChildren(QWidget, "openFile")]
    page.resize(1180, 700)  # its share of a 1366x768 window: the toolbar shows every action, none in its overflow
    page.show()  # a toolbar lays its buttons out (shows them) once shown
    yield from enabled_edit_controls(page, reading)
    for kind in (NodeKind.SOLUTION, NodeKind.PROGRAM, NodeKind.ACTIVITY):
        page.tree.setCurrentIndex(page.model.index_of(kind, _first(services, kind, leaf=kind is NodeKind.ACTIVITY)))
        assert page.shown_editor().isVisibleTo(page)
        yield from enabled_edit_controls(page, reading)


@pytest.mark.parametrize("role", ["viewer", "district head"])
def test_a_read_only_role_is_offered_no_edit_control_on_the_meetings_page(qtbot, demo_services: AppServices,
                                                                          notifier, role: str) -> None:
    demo_services.set_principal(VIEWER if role == "viewer" else _head(demo_services))
    page = MeetingsPage(demo_services, notifier)
    qtbot.addWidget(page)
    tab = page.meetings_tab
    assert tab.side.hint.text() == translate("MeetingsTab", "Select a meeting to see it and its resolutions.")
    assert list(_meetings_states(page, demo_services)) == []
    for command in (tab.new_button, tab.delete_button, tab.new_resolution_button, tab.editor.save_button,
                    page.resolutions_tab.editor.save_button, page.resolutions_tab.editor.add_note_button):
        assert not command.isEnabled() and command.toolTip() == refused_edit()
    assert not page.resolutions_tab.editor.new_note.isVisibleTo(page)  # no blank note to type into
    assert page.resolutions_tab.editor.text.toPlainText()  # what is recorded is still shown


def test_the_secretary_keeps_every_edit_control_on_the_meetings_page(qtbot, demo_services: AppServices,
                                                                     notifier) -> None:
    demo_services.set_principal(SECRETARY)
    page = MeetingsPage(demo_services, notifier)
    qtbot.addWidget(page)
    assert page.meetings_tab.side.hint.text() == translate(
        "MeetingsTab", "Select a meeting to see it and its resolutions, or press New meeting.")
    offered = set(_meetings_states(page, demo_services))
    editor, resolution = page.meetings_tab.editor, page.resolutions_tab.editor
    for control in (page.meetings_tab.new_button, page.meetings_tab.delete_button, editor.save_button,
                    resolution.save_button, resolution.add_note_button):
        assert f"QPushButton:{control.text()}" in offered and control.toolTip() == ""
    assert {"QLineEdit:", "QTableWidget:attendees", "QListWidget:agenda", "QPlainTextEdit:"} <= offered


@pytest.mark.parametrize("role", ["viewer", "district head"])
def test_a_read_only_role_is_offered_no_edit_control_on_the_plans_page(qtbot, demo_services: AppServices,
                                                                       notifier, role: str) -> None:
    demo_services.set_principal(VIEWER if role == "viewer" else _head(demo_services))
    page = PlansPage(demo_services, notifier)
    qtbot.addWidget(page)
    assert list(_plans_states(page, demo_services)) == []
    for action in (page.new_activity_action, page.new_sub_activity_action, page.delete_action):
        assert not action.isEnabled() and action.toolTip() == refused_edit()
    panel = page.activity_panel
    assert panel.isVisibleTo(page) and not panel.record_button.isEnabled()
    assert panel.record_button.toolTip() == refused_edit()
    assert not panel.percent.isVisibleTo(page)  # no blank progress report to fill in
    assert panel.schedule.title.isReadOnly() and panel.schedule.title.text()


def test_the_secretary_keeps_every_edit_control_on_the_plans_page(qtbot, demo_services: AppServices,
                                                                  notifier) -> None:
    demo_services.set_principal(SECRETARY)
    page = PlansPage(demo_services, notifier)
    qtbot.addWidget(page)
    offered = list(_plans_states(page, demo_services))
    panel = page.activity_panel
    assert f"QPushButton:{panel.record_button.text()}" in offered
    assert panel.percent.isVisibleTo(page) and not panel.percent.isReadOnly()
    assert f"QToolButton:{page.delete_action.text()}" in offered
    assert page.new_sub_activity_action.isEnabled() and page.delete_action.toolTip() == page.delete_action.text()


def test_the_window_offers_a_viewer_no_edit_control_on_any_of_his_pages_and_the_secretary_hers(
        qtbot, demo_services: AppServices, ui_settings) -> None:
    """Every page with edit controls the window gives each role, as it opens, walked (the other pages' controls
    only choose what is shown). The window's language is the user's own preference, not the province's data."""
    def offered(principal: Principal) -> dict[str, list[str]]:
        demo_services.set_principal(principal)
        window.rebuild_pages()
        found = {}
        for key in EDITING_PAGES & {entry.key for entry in window._entries}:
            page = window.show_page(key)
            reading = [*page.findChildren(QWidget, "openFile")]
            if key == "settings":
                reading += [page.persian, page.english, page.save_language_button]
            if key == "meetings":
                reading += [*page.resolutions_tab.choice.buttons(), page.resolutions_tab.owner]
            if key == "comments":
                reading += [page.district, page.month]
            if key == "plans":
                reading += [a for a in page.findChildren(type(page.delete_action)) if a.objectName() == "expandAll"]
            found[key] = enabled_edit_controls(page, reading)
        return found

    window = MainWindow(ui_settings, demo_services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    viewer = offered(VIEWER)
    assert set(viewer) == {"plans", "meetings", "comments", "settings"}
    assert {key: controls for key, controls in viewer.items() if controls} == {}
    secretary = offered(SECRETARY)
    assert {key for key, controls in secretary.items() if controls} == set(secretary)
    assert set(secretary) == EDITING_PAGES - {"users"}  # (the demo has no accounts to manage)


#: The pages with edit controls (the others' only choose what is shown: a period, a unit, a report).
EDITING_PAGES = {"plans", "meetings", "comments", "settings", "imports", "sync", "backups", "users"}


def test_a_read_only_role_is_told_why_on_the_settings_page_and_the_secretary_may_rename(
        qtbot, services: AppServices, ui_settings) -> None:
    from desktop.ui.pages.settings_page import SettingsPage

    services.set_principal(VIEWER)
    page = SettingsPage(services, ui_settings)
    qtbot.addWidget(page)
    # A signed-in user's name is his account's, shown as it is, never the province's (settings_page.py).
    assert not page.user_name.isVisibleTo(page) and not page.save_user_button.isVisibleTo(page)
    assert page.account_name.text() == VIEWER.user_name
    assert page.letterhead.choose_button.toolTip() == refused_edit()
    assert page.save_language_button.isEnabled()  # the window's language is the user's own choice
    services.set_principal(SECRETARY)
    page = SettingsPage(services, ui_settings)
    qtbot.addWidget(page)
    assert not page.user_name.isReadOnly() and page.save_user_button.isEnabled()


def test_a_viewer_gets_no_blank_comment_and_the_button_says_why(qtbot, demo_services: AppServices,
                                                                notifier) -> None:
    from desktop.ui.pages.comments import CommentsPage

    demo_services.set_principal(VIEWER)
    page = CommentsPage(demo_services, notifier)
    qtbot.addWidget(page)
    assert not page.text.isVisibleTo(page) and not page.add_button.isEnabled()
    assert page.add_button.toolTip() == translate("Access", "Your role does not allow commenting here.")
    demo_services.set_principal(_head(demo_services))
    page = CommentsPage(demo_services, notifier)
    qtbot.addWidget(page)
    assert page.text.isVisibleTo(page) and page.add_button.isEnabled() and page.add_button.toolTip() == ""


def test_on_day_one_a_viewer_is_told_what_is_not_recorded_yet_not_to_record_or_import_it(
        qtbot, services: AppServices, ui_settings) -> None:
    services.set_principal(VIEWER)
    window = MainWindow(ui_settings, services)
    qtbot.addWidget(window)
    window.show()
    home = window.page("home")
    qtbot.waitUntil(home.is_loaded, timeout=20_000)
    started = home.getting_started
    assert started.isVisible() and started.title() == translate("HomePage", "Not recorded yet")
    assert set(started.links()) == {"page:plans", "page:meetings"}  # the import page is not his
    assert [item.heading for item in started.items()] == [
        translate("HomeAttention", "No progress of the activities has been recorded yet:"),
        translate("HomeAttention", "The branches' statistics have not been imported yet."),
        translate("HomeAttention", "No council meeting has been recorded yet:")]
