"""The plans page's "New sub-activity": refused at once under an activity with progress reports of its own (they
would vanish from every figure) or whose own dates lie in a locked period; refused on Save when the locked
period's plan figures would change (desktop/planning/sub_activities.py)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from desktop.approvals.service import ApprovalService
from desktop.domain.jalali import JalaliPeriod
from desktop.planning.views import ActivityForm, NodeKind
from desktop.store.models import Activity
from desktop.ui.pages.plans import PlansPage

pytestmark = pytest.mark.gui

ABAN = JalaliPeriod.parse("1405-08")  # 2026-10-23 .. 2026-11-21


@pytest.fixture
def page(qtbot, services, notifier) -> PlansPage:
    widget = PlansPage(services, notifier)
    qtbot.addWidget(widget)
    widget.resize(1400, 850)
    return widget


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """The messages the page shows in a box (in Persian, the window's language)."""
    shown: list[str] = []
    monkeypatch.setattr("desktop.ui.pages.plans.show_error",
                        lambda _parent, _title, error: shown.append(error.english()))
    return shown


def _count(services) -> int:
    with services.database.session() as session:
        return session.scalar(select(func.count()).select_from(Activity)) or 0


def _select(page: PlansPage, activity_id: int) -> None:
    page.reload()
    index = page.model.index_of(NodeKind.ACTIVITY, activity_id)
    assert index.isValid()
    page.tree.setCurrentIndex(index)


def _a_leaf(page: PlansPage):
    return next(page.model.node(*key) for key in page.model.keys()
                if key[0] is NodeKind.ACTIVITY and not page.model.node(*key).children)


def test_new_sub_activity_under_an_activity_with_progress_reports_is_refused_before_the_form(
        qtbot, page: PlansPage, services, told: list[str]) -> None:
    leaf = _a_leaf(page)
    services.plans.record_progress(leaf.id, 40, date(2026, 11, 1))
    _select(page, leaf.id)
    shown_before = page.shown_editor()
    page.new_sub_activity_action.trigger()
    assert len(told) == 1 and "has its own progress reports (1, the latest 40% on" in told[0], told
    assert page.shown_editor() is shown_before  # no empty form to fill in vain
    assert services.plans.activity(leaf.id).progress.actual == pytest.approx(40)


def test_new_sub_activity_under_an_activity_spanning_a_submitted_month_is_refused_before_the_form(
        qtbot, page: PlansPage, services, told: list[str]) -> None:
    leaf = next(page.model.node(*key) for key in page.model.keys() if key[0] is NodeKind.ACTIVITY
                and not page.model.node(*key).children and page.model.node(*key).planned_start <= ABAN.end
                and page.model.node(*key).planned_finish >= ABAN.start)
    ApprovalService(services.database, services.clock, principal=services.principal).submit(ABAN)
    _select(page, leaf.id)
    page.new_sub_activity_action.trigger()
    assert len(told) == 1 and told[0].startswith("Aban 1405 is awaiting approval"), told


def test_a_first_sub_activity_that_would_change_a_submitted_month_is_refused_on_save(
        qtbot, page: PlansPage, services, told: list[str]) -> None:
    """Planned before Aban, the activity counts 100 % planned in it; a sub-activity planned for next year would
    make that 0 %: the form says why, in Persian, and nothing is saved."""
    program = next(page.model.node(*key) for key in page.model.keys() if key[0] is NodeKind.PROGRAM)
    done = services.plans.create_activity(ActivityForm(program.id, "77", "پیشین", 1, date(2026, 6, 1),
                                                       date(2026, 8, 1)))
    ApprovalService(services.database, services.clock, principal=services.principal).submit(ABAN)
    _select(page, done)
    page.new_sub_activity_action.trigger()
    assert told == []
    editor = page.activity_editor
    assert page.shown_editor() is editor and editor.is_new()
    qtbot.keyClicks(editor.code, "77.1")
    editor.title.insert("زیرفعالیت")
    editor.planned_start.set_value(date(2027, 4, 1))
    editor.planned_finish.set_value(date(2027, 6, 1))
    before = _count(services)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    message = editor.errors.general_message()
    assert message.startswith("آبان ۱۴۰۵ در انتظار تأیید است"), message
    assert _count(services) == before and editor.is_new()
