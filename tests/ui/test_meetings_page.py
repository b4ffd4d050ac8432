"""The meetings page: recording meetings and resolutions, following them up, finding the overdue ones."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog
from sqlalchemy import func, select

from desktop.clock import FixedClock
from desktop.context import AppServices
from desktop.domain.meetings import ResolutionStatus
from desktop.meetings.views import MeetingForm, ResolutionForm
from desktop.store.models import ChangeLog
from desktop.ui.changes import ChangeNotifier
from desktop.ui.language import translate
from desktop.ui.pages.meetings import MeetingsPage
from desktop.ui.status_colors import BAD, GOOD

MEETING_DAY = date(2026, 11, 18)  # 27 Aban 1405
OWNER_IT = "مدیر فناوری اطلاعات"
OWNER_ADMIN = "مدیرکل امور اداری و پشتیبانی"


@pytest.fixture
def page(qtbot, services: AppServices, notifier: ChangeNotifier) -> MeetingsPage:
    widget = MeetingsPage(services, notifier)
    qtbot.addWidget(widget)
    return widget


def record_meeting(services: AppServices) -> int:
    return services.meetings.create_meeting(MeetingForm(MEETING_DAY, "جلسه شورای قضایی استان — آبان"))


def record_resolution(services: AppServices, meeting_id: int, owner: str = OWNER_IT,
                      deadline: date = date(2026, 12, 1)) -> int:
    return services.meetings.create_resolution(ResolutionForm(
        meeting_id, "راه‌اندازی سامانه ابلاغ الکترونیک در همه شعب", owner, deadline))


def change_count(services: AppServices) -> int:
    with services.database.session() as session:
        return session.scalar(select(func.count()).select_from(ChangeLog)) or 0


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_a_meeting_and_a_resolution_recorded_through_the_editors_are_listed(
        qtbot, page: MeetingsPage, services: AppServices, notifier: ChangeNotifier) -> None:
    tab = page.meetings_tab
    tab.new_meeting()
    editor = tab.editor
    editor.held_on.set_value(MEETING_DAY)
    editor.title.setText("جلسه شورای قضایی استان — آبان")
    editor.location.setText("سالن جلسات دادگستری کل استان")
    editor.add_attendee("رئیس کل دادگستری استان", "رئیس شورا")
    editor.add_attendee("دبیر شورای قضایی استان", "دبیر")
    editor.add_agenda_item("پیگیری مصوبات جلسات پیشین")
    with qtbot.waitSignal(notifier.changed, timeout=30_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert [(row.number, row.title) for row in tab.model.rows()] == [(1, "جلسه شورای قضایی استان — آبان")]
    assert cell(tab.model, 0, 0) == "۱"
    assert cell(tab.model, 0, 1) == "۱۴۰۵/۰۸/۲۷"
    saved = services.meetings.meeting(tab.model.rows()[0].id).form
    assert saved.attendees == (("رئیس کل دادگستری استان", "رئیس شورا"), ("دبیر شورای قضایی استان", "دبیر"))
    assert saved.agenda == ("پیگیری مصوبات جلسات پیشین",)

    dialog = tab.new_resolution()
    assert dialog is not None
    new = dialog.editor
    new.text.setPlainText("راه‌اندازی سامانه ابلاغ الکترونیک در همه شعب")
    new.owner.setCurrentText(OWNER_IT)
    new.deadline.set_value(date(2026, 12, 20))
    qtbot.mouseClick(new.save_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [(r.number, r.owner, r.deadline) for r in tab.resolutions.rows()] == [(1, OWNER_IT, date(2026, 12, 20))]
    assert cell(tab.model, 0, 3) == "۱"  # the meeting's resolution count
    page.set_filter(open_only=False, overdue_only=False, owner=None)
    assert [r.text for r in page.resolution_rows()] == ["راه‌اندازی سامانه ابلاغ الکترونیک در همه شعب"]
    assert page.resolutions_tab.owner.findText(OWNER_IT) > 0


def test_a_resolution_past_its_deadline_is_listed_as_overdue_with_its_days(
        qtbot, services: AppServices, notifier: ChangeNotifier) -> None:
    meeting = record_meeting(services)
    record_resolution(services, meeting, deadline=date(2026, 12, 1))
    today = MeetingsPage(services, notifier)
    qtbot.addWidget(today)
    today.set_filter(open_only=False, overdue_only=True, owner=None)
    assert today.resolution_rows() == []

    later = MeetingsPage(AppServices(services.database, FixedClock(date(2026, 12, 11))), ChangeNotifier())
    qtbot.addWidget(later)
    later.set_filter(open_only=False, overdue_only=True, owner=None)

    rows = later.resolution_rows()
    assert [(r.owner, r.days_overdue) for r in rows] == [(OWNER_IT, 10)]
    model = later.resolutions_tab.model
    assert cell(model, 0, 6) == "۱۰"
    assert cell(model, 0, 4) == "۱۴۰۵/۰۹/۱۰"
    assert cell(model, 0, 2, Qt.ItemDataRole.BackgroundRole).color() == BAD


def test_the_owner_filter_lists_only_that_owners_resolutions(page: MeetingsPage, services: AppServices) -> None:
    meeting = record_meeting(services)
    record_resolution(services, meeting, OWNER_IT)
    record_resolution(services, meeting, OWNER_ADMIN)
    record_resolution(services, meeting, OWNER_ADMIN)
    page.refresh()

    page.set_filter(open_only=False, overdue_only=False, owner=OWNER_ADMIN)
    assert [r.owner for r in page.resolution_rows()] == [OWNER_ADMIN, OWNER_ADMIN]
    assert page.resolutions_tab.owner.currentText() == OWNER_ADMIN
    page.set_filter(open_only=True, overdue_only=False, owner=None)
    assert len(page.resolution_rows()) == 3


def test_marking_done_without_a_completion_date_is_refused_at_that_field_and_changes_nothing(
        qtbot, page: MeetingsPage, services: AppServices) -> None:
    resolution = record_resolution(services, record_meeting(services))
    page.show_resolution(resolution)
    editor = page.resolutions_tab.editor
    assert editor.resolution_id == resolution
    assert not editor.completed_on.isEnabled()
    editor.status.setCurrentIndex(editor.status.findData(ResolutionStatus.DONE.value))
    assert editor.completed_on.isEnabled()
    changes = change_count(services)

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.errors.message_for("completed_on") == translate(
        "Validation", "A completed resolution needs its completion date.")
    assert services.meetings.resolution(resolution).row.status is ResolutionStatus.OPEN
    assert change_count(services) == changes

    editor.completed_on.set_value(date(2026, 11, 22))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.errors.message_for("completed_on") == ""
    row = services.meetings.resolution(resolution).row
    assert (row.status, row.completed_on) == (ResolutionStatus.DONE, date(2026, 11, 22))
    assert cell(page.resolutions_tab.model, 0, 2, Qt.ItemDataRole.BackgroundRole).color() == GOOD


def test_a_deadline_before_the_meeting_is_refused_at_the_deadline_field(
        qtbot, page: MeetingsPage, services: AppServices) -> None:
    meeting = record_meeting(services)
    page.refresh()
    assert page.meetings_tab.select_meeting(meeting)
    dialog = page.meetings_tab.new_resolution()
    assert dialog is not None
    editor = dialog.editor
    editor.text.setPlainText("تشکیل کارگروه کاهش اطاله دادرسی")
    editor.owner.setCurrentText(OWNER_ADMIN)
    editor.deadline.set_value(date(2026, 11, 10))

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.errors.message_for("deadline") == translate(
        "Validation", "The deadline must not be before the meeting date.")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert services.meetings.resolutions() == []


def test_follow_up_notes_and_evidence_files_are_added_to_a_resolution(
        qtbot, page: MeetingsPage, services: AppServices, tmp_path: Path, monkeypatch) -> None:
    resolution = record_resolution(services, record_meeting(services))
    page.show_resolution(resolution)
    editor = page.resolutions_tab.editor
    editor.note_date.set_value(date(2026, 11, 20))
    editor.note_text.setText("نامه به شعب ارسال شد")
    qtbot.mouseClick(editor.add_note_button, Qt.MouseButton.LeftButton)
    assert editor.follow_ups.rowCount() == 1
    assert editor.follow_ups.item(0, 0).text() == "۱۴۰۵/۰۸/۲۹"
    assert editor.follow_ups.item(0, 2).text() == "دبیر شورا"

    letter = tmp_path / "نامه.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(letter)], ""))
    editor.evidence.choose_files()
    assert [f.original_name for f in services.meetings.resolution(resolution).evidence] == ["نامه.pdf"]
    assert [f.original_name for f in editor.evidence.files()] == ["نامه.pdf"]

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert editor.evidence.open_file(editor.evidence.files()[0])
    assert Path(opened[0]).name == "نامه.pdf"
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 letter"


def test_deleting_a_meeting_asks_first_and_removes_its_resolutions(
        page: MeetingsPage, services: AppServices, monkeypatch) -> None:
    meeting = record_meeting(services)
    record_resolution(services, meeting)
    page.refresh()
    page.meetings_tab.select_meeting(meeting)
    monkeypatch.setattr("desktop.ui.pages.meetings.ask", lambda *args: False)
    page.meetings_tab.delete_meeting()
    assert len(page.meetings_tab.model.rows()) == 1

    monkeypatch.setattr("desktop.ui.pages.meetings.ask", lambda *args: True)
    page.meetings_tab.delete_meeting()
    assert page.meetings_tab.model.rows() == []
    assert page.resolution_rows() == []
    assert page.meetings_tab.editor.meeting_id is None


def test_deleting_a_meeting_of_a_locked_month_is_refused_before_the_user_is_asked(
        page: MeetingsPage, services: AppServices, monkeypatch) -> None:
    from desktop.domain.jalali import JalaliPeriod

    meeting = record_meeting(services)
    services.approvals.submit(JalaliPeriod.parse("1405-08"))  # awaiting approval: Aban's data is locked
    page.refresh()
    page.meetings_tab.select_meeting(meeting)
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr("desktop.ui.pages.meetings.ask", lambda _parent, _title, text: asked.append(text) or True)
    monkeypatch.setattr("desktop.ui.pages.meetings.show_error",
                        lambda _parent, _title, error: told.append(error.english()))
    page.meetings_tab.delete_meeting()
    assert asked == [] and told == ["Aban 1405 is awaiting approval and its data is locked; withdraw the submission, "
                                    "or the chief justice sends it back, before it is changed."]
    assert [row.id for row in page.meetings_tab.model.rows()] == [meeting]
    assert page.meetings_tab.editor.meeting_id == meeting  # still shown, as it still is


def test_the_demo_overdue_filter_lists_only_overdue_ones_most_overdue_first(qtbot, demo_services) -> None:
    page = MeetingsPage(demo_services, ChangeNotifier())
    qtbot.addWidget(page)
    page.set_filter(open_only=False, overdue_only=True, owner=None)
    rows = page.resolution_rows()
    assert rows and all(r.is_overdue and r.status.is_active for r in rows)
    assert [r.days_overdue for r in rows] == sorted((r.days_overdue for r in rows), reverse=True)
    page.set_filter(open_only=True, overdue_only=False, owner=None)
    assert all(r.status.is_active for r in page.resolution_rows())
    assert len(page.resolution_rows()) > len(rows)


def test_the_editor_beside_the_meetings_shows_once_a_meeting_is_chosen_or_a_new_one_begun(
        page: MeetingsPage, services: AppServices, monkeypatch) -> None:
    meeting = record_meeting(services)
    page.refresh()
    tab = page.meetings_tab
    assert not tab.side.showing_details()
    tab.select_meeting(meeting)
    assert tab.side.showing_details() and tab.editor.meeting_id == meeting
    monkeypatch.setattr("desktop.ui.pages.meetings.ask", lambda *args: True)
    tab.delete_meeting()
    assert not tab.side.showing_details()
    tab.new_meeting()
    assert tab.side.showing_details() and tab.editor.meeting_id is None


def test_the_resolution_editor_shows_once_a_resolution_is_chosen(page: MeetingsPage, services: AppServices) -> None:
    resolution = record_resolution(services, record_meeting(services))
    page.refresh()
    tab = page.resolutions_tab
    assert not tab.side.showing_details()
    page.show_resolution(resolution)
    assert tab.side.showing_details() and tab.editor.resolution_id == resolution


def test_the_meeting_forms_date_and_number_start_at_the_right_edge_as_its_other_fields_in_persian(
        page: MeetingsPage, services: AppServices, qtbot) -> None:
    from PySide6.QtGui import QColor

    page.resize(1200, 700)
    page.show()
    meeting = record_meeting(services)
    page.refresh()
    assert page.meetings_tab.select_meeting(meeting)
    qtbot.waitExposed(page)
    editor = page.meetings_tab.editor
    for spin in (editor.held_on, editor.number):  # digits only: laid out left to right, they went to the left
        field = spin.lineEdit()
        assert field.isRightToLeft() and field.text()
        image = field.grab().toImage()
        ink = [x for x in range(image.width())
               if any(QColor(image.pixel(x, y)).lightness() < 128 for y in range(image.height()))]
        assert ink and min(ink) > image.width() / 2, (spin, min(ink), max(ink), image.width())
