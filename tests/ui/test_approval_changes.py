"""The Approval page shows "changed since approval" by figure: each approved figure that differs today, in
Persian with Persian digits, and its causes (who changed what, when) (issue 11, What to build 1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool

from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.domain.table_labels import TABLE_LABEL_CONTEXT, table_label
from desktop.organisation.service import OrganisationService
from desktop.store.database import open_database
from desktop.ui.language import translate
from tests.approvals.conftest import ABAN, Province
from tests.services.conftest import PLANS_YEAR, setup_form

pytestmark = pytest.mark.gui


@pytest.fixture
def province(tmp_path: Path, clock: FixedClock) -> Iterator[Province]:
    """The approvals tests' province (two districts, Aban statistics), in the window's language."""
    database = open_database(tmp_path / "t.sqlite3")
    OrganisationService(database).complete_setup(setup_form(), plans_year=PLANS_YEAR)
    yield Province(AppServices(database, clock), tmp_path)
    database.close()


def _moved_after_reopening(province: Province) -> None:
    province.approve()
    province.reopen()
    province.services.imports.import_file(province.registry_moving_101001_to_02(), "branches")


def _page_comparing_aban_submitted_again(qtbot, province: Province):  # noqa: ANN202 - an ApprovalPage
    """The approval page on Aban: approved, reopened, a branch moved, submitted again - its figures compared."""
    from desktop.ui.changes import ChangeNotifier
    from desktop.ui.pages.approval import ApprovalPage

    _moved_after_reopening(province)
    province.approvals().submit(ABAN)
    page = ApprovalPage(province.services, ChangeNotifier())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.periods.rowCount() == 14, timeout=10_000)
    page.select_period(ABAN.code)
    qtbot.waitUntil(lambda: page.figure_changes.differences.rowCount() > 0, timeout=30_000)
    return page


def test_the_approval_page_shows_the_differing_figures_and_their_causes_in_persian(
        qtbot, province: Province) -> None:
    page = _page_comparing_aban_submitted_again(qtbot, province)
    view = page.figure_changes
    shown = {view.differences.data(view.differences.index(r, 0)): (view.differences.data(view.differences.index(r, 1)),
                                                                  view.differences.data(view.differences.index(r, 2)))
             for r in range(view.differences.rowCount())}
    incoming = [label for label in shown if "حوزه ۰۱" in label or "district ۰۱" in label]
    assert incoming and ("۸۰", "۳۰") in [shown[label] for label in incoming]
    who = province.services.principal.user_name
    causes = [[view.causes.data(view.causes.index(r, c)) for c in range(5)] for r in range(view.causes.rowCount())]
    branch = translate(TABLE_LABEL_CONTEXT, table_label("branch"))
    assert branch != "branch" and any(who in row[1] and branch in row[2] for row in causes)
    assert "۸۰" not in view.title.text() and any("۰" <= ch <= "۹" for ch in view.title.text())
    QThreadPool.globalInstance().waitForDone(60_000)  # no comparison left running when the database closes


def test_a_half_year_heads_its_six_months_in_bold_and_the_months_are_indented_under_it(
        qtbot, province: Province) -> None:
    from PySide6.QtCore import Qt

    from desktop.domain.jalali import PeriodKind
    from desktop.ui.changes import ChangeNotifier
    from desktop.ui.pages.approval import ApprovalPage

    page = ApprovalPage(province.services, ChangeNotifier())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.periods.rowCount() == 14, timeout=10_000)
    rows = page.periods.rows()
    kinds = [row.period.kind for row in rows]
    assert kinds == [PeriodKind.HALF] + [PeriodKind.MONTH] * 6 + [PeriodKind.HALF] + [PeriodKind.MONTH] * 6
    for number, row in enumerate(rows):
        index = page.periods.index(number, 0)
        font = page.periods.data(index, Qt.ItemDataRole.FontRole)
        label = page.periods.data(index)
        if row.period.kind is PeriodKind.HALF:
            assert font is not None and font.bold() and not label.startswith(" ")
        else:
            assert font is None and label.startswith("    ")


def test_a_period_reopened_after_its_approval_is_compared_with_its_last_approval_said_as_such(
        qtbot, province: Province) -> None:
    # Approved, reopened, changed and submitted again: not approved now. The page once said "Every figure … is as
    # approved by …" and "3 change(s) to  Aban 1405 since it was approved on …" (two spaces: the month's indent).
    page = _page_comparing_aban_submitted_again(qtbot, province)
    view = page.figure_changes
    qtbot.waitUntil(lambda: page.changes.rowCount() > 0, timeout=10_000)
    for title in (view.title.text(), page.changes_title.text()):
        assert "آخرین" in title and "بازگشایی شده است" in title, title
        assert "  " not in title, title


def test_the_change_log_since_approval_names_a_meeting_edit_s_table_as_the_audit_trail_does(
        qtbot, province: Province) -> None:
    from dataclasses import replace

    from desktop.ui.changes import ChangeNotifier
    from desktop.ui.pages.approval import ApprovalPage

    province.approve()
    meetings = province.services.meetings
    meetings.update_meeting(province.meeting, replace(meetings.meeting(province.meeting).form, title="جلسه اصلاح‌شده"))
    page = ApprovalPage(province.services, ChangeNotifier())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.periods.rowCount() == 14, timeout=10_000)
    page.select_period(ABAN.code)
    qtbot.waitUntil(lambda: page.changes.rowCount() > 0, timeout=10_000)
    tables = [page.changes.data(page.changes.index(r, 2)) for r in range(page.changes.rowCount())]
    assert tables == [translate(TABLE_LABEL_CONTEXT, table_label("meeting"))] and tables[0] != "meeting"
    QThreadPool.globalInstance().waitForDone(60_000)  # no comparison left running when the database closes
