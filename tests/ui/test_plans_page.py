"""The plans page: the tree beside forms that create and edit through PlanService, and the activity panel
that records progress with evidence."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from sqlalchemy import func, select

from desktop.approvals.service import ApprovalService
from desktop.domain.jalali import JalaliPeriod
from desktop.planning.views import NodeKind
from desktop.store.evidence import DEFAULT_MAX_BYTES
from desktop.store.models import Activity, EvidenceFile, ProgressUpdate, Solution
from desktop.ui.changes import Area
from desktop.ui.language import translate
from desktop.ui.pages.plans import PlansPage
from tests.approvals.conftest import CHIEF

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, services, notifier) -> PlansPage:
    widget = PlansPage(services, notifier)
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    return widget


def _count(services, model) -> int:
    with services.database.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _select(page: PlansPage, kind: NodeKind, item_id: int) -> None:
    index = page.model.index_of(kind, item_id)
    assert index.isValid()
    page.tree.setCurrentIndex(index)


def _first(page: PlansPage, kind: NodeKind, *, leaf: bool | None = None):
    for key in page.model.keys():
        node = page.model.node(*key)
        if node.kind is kind and (leaf is None or leaf == (not node.children)):
            return node
    raise AssertionError(f"no {kind} in the tree")


def _type(field, text: str) -> None:
    """Type Persian text (QTest.keyClicks handles Latin keys only)."""
    field.setFocus()
    field.insert(text)


def _click_record(qtbot, page: PlansPage) -> None:
    panel = page.activity_panel
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_recording(), timeout=30_000)


def test_creating_a_solution_through_the_editor_adds_it_to_the_tree(qtbot, page: PlansPage, services,
                                                                     notifier) -> None:
    plan = _first(page, NodeKind.PLAN)
    _select(page, NodeKind.PLAN, plan.id)
    assert page.new_solution_action.isEnabled() and not page.delete_action.isEnabled()
    page.new_solution_action.trigger()
    editor = page.solution_editor
    assert page.shown_editor() is editor and editor.is_new()
    qtbot.keyClicks(editor.code, "TD-S99")
    _type(editor.title, "راهکار آزمایشی")
    editor.term.setCurrentIndex(editor.term.findData("short"))
    editor.responsible_unit.setCurrentText("واحد تازه")
    editor.driver_project.setCurrentIndex(editor.driver_project.findData(3))
    editor.weight.setValue(2.5)
    before = _count(services, Solution)
    with qtbot.waitSignal(notifier.changed, timeout=30_000) as announced:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert announced.args == [frozenset({Area.PLANS})]
    assert _count(services, Solution) == before + 1
    node = page.current_node()
    assert node.kind is NodeKind.SOLUTION and node.code == "TD-S99" and node.title == "راهکار آزمایشی"
    assert page.model.ancestor(node.kind, node.id, NodeKind.PLAN).id == plan.id
    saved = services.plans.solution(node.id)
    assert (saved.term.value, saved.responsible_unit, saved.driver_project_number, saved.weight) == (
        "short", "واحد تازه", 3, 2.5)
    assert not editor.is_new()  # the editor now shows the saved solution
    assert "واحد تازه" in [editor.responsible_unit.itemText(i) for i in range(editor.responsible_unit.count())]


def test_a_duplicate_code_is_shown_at_the_code_field_and_nothing_is_saved(qtbot, page: PlansPage, services) -> None:
    solution = _first(page, NodeKind.SOLUTION)
    _select(page, NodeKind.PLAN, page.model.ancestor(NodeKind.SOLUTION, solution.id, NodeKind.PLAN).id)
    page.new_solution()
    editor = page.solution_editor
    qtbot.keyClicks(editor.code, solution.code)
    _type(editor.title, "تکراری")
    before = _count(services, Solution)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors.message_for("code") == translate(
        "Validation", "The code {code} is already in use.", code=solution.code)
    assert _count(services, Solution) == before and editor.is_new()


def test_adding_an_activity_to_a_program(qtbot, page: PlansPage, services) -> None:
    program = _first(page, NodeKind.PROGRAM)
    _select(page, NodeKind.PROGRAM, program.id)
    assert page.new_activity_action.isEnabled() and not page.new_sub_activity_action.isEnabled()
    page.new_activity_action.trigger()
    editor = page.activity_editor
    qtbot.keyClicks(editor.code, "99")
    _type(editor.title, "فعالیت آزمایشی")
    editor.planned_start.set_value(date(2026, 12, 1))
    editor.planned_finish.set_value(date(2027, 2, 1))
    _type(editor.owner, "اداره فناوری")
    before = len(program.children)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    node = page.current_node()
    assert node.kind is NodeKind.ACTIVITY and node.title == "فعالیت آزمایشی" and node.parent_id is None
    assert page.model.ancestor(NodeKind.ACTIVITY, node.id, NodeKind.PROGRAM).id == program.id
    assert len(page.model.node(NodeKind.PROGRAM, program.id).children) == before + 1
    assert (node.planned_start, node.planned_finish, node.owner) == (date(2026, 12, 1), date(2027, 2, 1),
                                                                     "اداره فناوری")
    assert page.details.currentWidget() is page.activity_panel
    assert page.activity_panel.activity_id() == node.id


def test_a_finish_before_the_start_is_shown_at_planned_finish_and_nothing_is_saved(qtbot, page: PlansPage,
                                                                                   services) -> None:
    program = _first(page, NodeKind.PROGRAM)
    _select(page, NodeKind.PROGRAM, program.id)
    page.new_activity()
    editor = page.activity_editor
    qtbot.keyClicks(editor.code, "98")
    _type(editor.title, "فعالیت وارونه")
    editor.planned_start.set_value(date(2026, 12, 1))
    editor.planned_finish.set_value(date(2026, 11, 1))
    before = _count(services, Activity)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    expected = translate("Validation", "The planned finish must not be before the start.")
    assert editor.errors.message_for("planned_finish") == expected
    assert editor.findChild(QLabel, "error-planned_finish").isVisibleTo(editor)
    assert _count(services, Activity) == before
    assert page.model.node_count() == len(page.model.keys())
    assert page.current_node().kind is NodeKind.PROGRAM


def test_a_sub_activity_goes_under_the_selected_activity(qtbot, page: PlansPage) -> None:
    activity = _first(page, NodeKind.ACTIVITY)
    _select(page, NodeKind.ACTIVITY, activity.id)
    page.new_sub_activity_action.trigger()
    editor = page.activity_editor
    qtbot.keyClicks(editor.code, "S1")
    _type(editor.title, "زیرفعالیت")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    node = page.current_node()
    assert node.parent_id == activity.id
    assert page.tree.isExpanded(page.model.index_of(NodeKind.ACTIVITY, activity.id))
    _select(page, NodeKind.ACTIVITY, activity.id)
    assert not page.activity_panel.record_box.isEnabled()  # computed from its sub-activities now


def test_every_problem_of_a_form_is_shown_at_its_own_field(qtbot, page: PlansPage) -> None:
    _select(page, NodeKind.PROGRAM, _first(page, NodeKind.PROGRAM).id)
    page.new_activity()
    editor = page.activity_editor
    editor.planned_start.set_value(date(2026, 12, 1))
    editor.planned_finish.set_value(date(2026, 11, 1))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors.message_for("code") == translate("Validation", "A code is required.")
    assert editor.errors.message_for("title") == translate("Validation", "This field must not be empty.")
    assert editor.errors.message_for("planned_finish")
    assert editor.errors.message_for("weight") == ""


def test_recording_progress_with_evidence_adds_a_history_row_and_lists_the_evidence(
        qtbot, page: PlansPage, services, notifier, tmp_path: Path) -> None:
    activity = _first(page, NodeKind.ACTIVITY, leaf=True)
    _select(page, NodeKind.ACTIVITY, activity.id)
    panel = page.activity_panel
    # The chart follows once matplotlib is imported off the window's thread (at once when an earlier test did).
    qtbot.waitUntil(lambda: panel.chart() is not None, timeout=20_000)
    assert panel.record_box.isEnabled()
    assert panel.reported_on.value() == services.clock.today()
    rows_before = panel.history.rowCount()
    evidence = tmp_path / "صورتجلسه.pdf"
    evidence.write_bytes(b"%PDF-1.4 minutes of the meeting")
    panel.percent.setValue(40)
    _type(panel.note, "گزارش آزمایشی")
    panel.evidence.add_paths([evidence])
    with qtbot.waitSignal(notifier.changed, timeout=30_000) as announced:
        _click_record(qtbot, page)

    assert announced.args == [frozenset({Area.PROGRESS})]
    assert panel.history.rowCount() == rows_before + 1
    latest = panel.history.row_at(panel.history.rowCount() - 1)
    assert (latest.percent, latest.note, latest.reported_on) == (40, "گزارش آزمایشی", services.clock.today())
    assert [e.original_name for e in latest.evidence] == ["صورتجلسه.pdf"]
    assert panel.stored_evidence.names() == ["صورتجلسه.pdf"]
    assert panel.evidence.paths() == [] and panel.note.text() == ""
    flags = panel.history.flags(panel.history.index(0, 0))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert page.current_node().progress.actual == pytest.approx(40)  # the tree reloaded
    ref = panel.stored_evidence.files()[0]
    assert services.plans.evidence_path(ref.sha256).read_bytes() == evidence.read_bytes()


def test_an_activity_with_no_progress_report_is_shown_as_not_reported_until_one_is_recorded(
        qtbot, page: PlansPage, services, notifier) -> None:
    """Its panel read "Actual 0.0%, SPI 0.00" beside an empty history; the overview and the status report say
    "not reported" and "—" for the same activity."""
    activity = _first(page, NodeKind.ACTIVITY, leaf=True)
    assert services.plans.activity(activity.id).history == ()
    _select(page, NodeKind.ACTIVITY, activity.id)
    panel = page.activity_panel
    assert (panel._actual.value_text(), panel._spi.value_text()) == ("گزارش نشده", "—")
    assert page.current_node().not_reported
    panel.percent.setValue(0)
    with qtbot.waitSignal(notifier.changed, timeout=30_000):
        _click_record(qtbot, page)
    assert panel._actual.value_text() == "۰٫۰٪"  # a reported 0 % is a measured figure
    assert not page.current_node().not_reported and page.current_node().progress.actual == 0.0


def test_opening_stored_evidence_hands_the_stored_file_to_the_system(qtbot, page: PlansPage, services,
                                                                     tmp_path: Path, monkeypatch) -> None:
    activity = _first(page, NodeKind.ACTIVITY, leaf=True)
    evidence = tmp_path / "photo.jpg"
    evidence.write_bytes(b"\xff\xd8 not really a photo")
    services.plans.record_progress(activity.id, 10, services.clock.today(), "", [evidence])
    _select(page, NodeKind.ACTIVITY, activity.id)
    opened = []
    monkeypatch.setattr("desktop.ui.widgets.open_evidence.QDesktopServices.openUrl", opened.append)
    page.activity_panel.stored_evidence.open_file(page.activity_panel.stored_evidence.files()[0])
    sha = page.activity_panel.stored_evidence.files()[0].sha256
    # opened from a copy under its original name, so the system knows which viewer to use
    [shown] = [Path(url.toLocalFile()) for url in opened]
    assert shown.name == "photo.jpg"
    assert shown.read_bytes() == services.plans.evidence_path(sha).read_bytes()


def test_a_too_large_evidence_file_shows_a_message_and_saves_nothing(qtbot, page: PlansPage, services,
                                                                     tmp_path: Path) -> None:
    activity = _first(page, NodeKind.ACTIVITY, leaf=True)
    _select(page, NodeKind.ACTIVITY, activity.id)
    panel = page.activity_panel
    huge = tmp_path / "huge.bin"
    with huge.open("wb") as file:
        file.truncate(DEFAULT_MAX_BYTES + 1)  # sparse: instant, and refused before it is read
    panel.percent.setValue(30)
    panel.evidence.add_paths([huge])
    updates, files = _count(services, ProgressUpdate), _count(services, EvidenceFile)
    _click_record(qtbot, page)

    message = panel.record_errors.general_message()
    assert "huge.bin" in message and message.strip()
    assert (_count(services, ProgressUpdate), _count(services, EvidenceFile)) == (updates, files)
    assert panel.history.rowCount() == 0
    assert panel.evidence.paths() == [huge]  # kept so the user can remove it and try again
    evidence_dir = services.database.evidence_dir
    assert not evidence_dir.exists() or not any(path.is_file() for path in evidence_dir.rglob("*"))


def test_a_percent_lower_than_the_last_report_asks_before_recording(qtbot, page: PlansPage, services,
                                                                    monkeypatch) -> None:
    activity = _first(page, NodeKind.ACTIVITY, leaf=True)
    services.plans.record_progress(activity.id, 50, services.clock.today() - timedelta(days=7))
    _select(page, NodeKind.ACTIVITY, activity.id)
    panel = page.activity_panel
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    panel.percent.setValue(20)
    _click_record(qtbot, page)
    assert len(asked) == 1 and _count(services, ProgressUpdate) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    _click_record(qtbot, page)
    assert _count(services, ProgressUpdate) == 2 and panel.history.rowCount() == 2


def test_delete_asks_naming_the_item_then_removes_it_and_selects_its_parent(qtbot, page: PlansPage, services,
                                                                            monkeypatch) -> None:
    activity = _first(page, NodeKind.ACTIVITY)
    program = page.model.ancestor(NodeKind.ACTIVITY, activity.id, NodeKind.PROGRAM)
    _select(page, NodeKind.ACTIVITY, activity.id)
    questions = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: questions.append(args[2]) or QMessageBox.StandardButton.Yes)
    page.delete_action.trigger()
    assert activity.title in questions[0]
    assert page.model.node(NodeKind.ACTIVITY, activity.id) is None
    assert page.current_node().id == program.id and page.current_node().kind is NodeKind.PROGRAM


def test_deleting_an_activity_spanning_a_locked_month_is_refused_before_the_user_is_asked(
        qtbot, page: PlansPage, services, monkeypatch) -> None:
    aban = JalaliPeriod.parse("1405-08")
    activity = next(page.model.node(*key) for key in page.model.keys() if key[0] is NodeKind.ACTIVITY
                    and page.model.node(*key).planned_start <= aban.end
                    and page.model.node(*key).planned_finish >= aban.start)
    ApprovalService(services.database, services.clock, principal=services.principal).submit(aban)
    _select(page, NodeKind.ACTIVITY, activity.id)
    questions: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kwargs: questions.append(args[2]) or QMessageBox.StandardButton.Yes)
    for module in ("plans", "plan_edits"):  # where it is refused now; where the delete itself would refuse it
        monkeypatch.setattr(f"desktop.ui.pages.{module}.show_error",
                            lambda _parent, _title, error: told.append(error.english()))
    page.delete_action.trigger()
    assert questions == [] and len(told) == 1 and told[0].startswith("Aban 1405 is awaiting approval and its data")
    assert page.model.node(NodeKind.ACTIVITY, activity.id) is not None


def test_select_activity_expands_to_it_and_creates_the_chart_on_first_use(qtbot, demo_services, notifier) -> None:
    page = PlansPage(demo_services, notifier)
    qtbot.addWidget(page)
    assert page.activity_panel.chart() is None
    activity = next(page.model.node(*k) for k in page.model.keys()
                    if k[0] is NodeKind.ACTIVITY and page.model.node(*k).parent_id is not None)
    assert page.select_activity(activity.id)
    index = page.model.index_of(NodeKind.ACTIVITY, activity.id)
    assert page.tree.currentIndex() == index and page.tree.isExpanded(index.parent())
    panel = page.activity_panel
    assert page.details.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.chart() is not None, timeout=20_000)  # after matplotlib's off-thread import
    detail = panel.detail()
    assert panel.history.rowCount() == len(detail.history)
    assert detail.plan_title in panel._crumbs.text() and detail.program_title in panel._crumbs.text()


def test_a_change_announced_elsewhere_reloads_the_tree_keeping_selection_and_expansion(
        qtbot, page: PlansPage, services, notifier) -> None:
    program = _first(page, NodeKind.PROGRAM)
    _select(page, NodeKind.PROGRAM, program.id)
    page.tree.expand(page.model.index_of(NodeKind.PROGRAM, program.id))
    activity = program.children[0]
    services.plans.record_progress(activity.id, 100, services.clock.today())
    notifier.announce(Area.PROGRESS)
    assert page.current_node().id == program.id
    assert page.tree.isExpanded(page.model.index_of(NodeKind.PROGRAM, program.id))
    assert page.model.node(NodeKind.ACTIVITY, activity.id).progress.actual == pytest.approx(100)


def test_a_report_dated_before_an_approved_month_that_would_change_it_is_refused_with_its_name(
        qtbot, page: PlansPage, services, tmp_path: Path) -> None:
    """The activity panel's "record progress" goes through the same rule as the command line (PlanService)."""
    activity = _first(page, NodeKind.ACTIVITY, leaf=True)
    approvals = ApprovalService(services.database, services.clock, principal=services.principal)
    approvals.submit(JalaliPeriod.parse("1405-08"))
    ApprovalService(services.database, services.clock, principal=CHIEF).approve(JalaliPeriod.parse("1405-08"))
    _select(page, NodeKind.ACTIVITY, activity.id)
    panel = page.activity_panel
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 a photo")
    panel.reported_on.set_value(date(2026, 10, 15))  # 23 Mehr 1405: open, before the approved Aban
    panel.percent.setValue(90)
    panel.evidence.add_paths([photo])
    updates, files = _count(services, ProgressUpdate), _count(services, EvidenceFile)
    _click_record(qtbot, page)

    message = panel.record_errors.general_message()
    assert message.startswith("آبان ۱۴۰۵ تأیید شده") and "گزارش پیشرفت" in message, message
    assert (_count(services, ProgressUpdate), _count(services, EvidenceFile)) == (updates, files)
    evidence_dir = services.database.evidence_dir
    assert not evidence_dir.exists() or not any(path.is_file() for path in evidence_dir.rglob("*"))


def test_the_page_opens_on_the_first_plan_s_summary_not_an_empty_panel(page: PlansPage) -> None:
    node = page.current_node()
    assert node is not None and node.kind is NodeKind.PLAN
    assert page.details.currentWidget() is page._summary_scroll
