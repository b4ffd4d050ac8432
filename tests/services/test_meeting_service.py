"""MeetingService: council meetings, their resolutions and follow-up."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.context import AppServices
from desktop.domain.meetings import ResolutionStatus
from desktop.domain.messages import ValidationError
from desktop.meetings.service import MeetingService
from desktop.meetings.views import MeetingForm, ResolutionFilter, ResolutionForm
from desktop.store.models import (
    AgendaItem,
    Meeting,
    MeetingAttendee,
    Resolution,
    ResolutionEvidence,
    ResolutionFollowup,
)
from tests.services.conftest import TODAY, change_log, count_rows

HELD_ON = date(2026, 10, 1)
ATTENDEES = (("رئیس کل دادگستری استان", "رئیس جلسه"), ("دادستان مرکز استان", "عضو"), ("دبیر شورا", "دبیر"))
AGENDA = ("گزارش پیشرفت سند تحول", "بررسی مصوبات معوق")


@pytest.fixture
def meetings(services: AppServices) -> MeetingService:
    return services.meetings


@pytest.fixture
def meeting_id(meetings: MeetingService) -> int:
    return meetings.create_meeting(MeetingForm(HELD_ON, "جلسه شورای قضایی استان", location="سالن جلسات",
                                               attendees=ATTENDEES, agenda=AGENDA))


def _resolution(meetings: MeetingService, meeting_id: int, deadline: date, owner: str = "معاونت قضایی",
                text: str = "مصوبه", **kwargs) -> int:
    return meetings.create_resolution(ResolutionForm(meeting_id, text, owner, deadline, **kwargs))


def test_a_meeting_keeps_its_attendees_agenda_and_numbers_resolutions_from_one(
        meetings: MeetingService, meeting_id: int) -> None:
    ids = [_resolution(meetings, meeting_id, date(2026, 12, 1), text=f"مصوبه {n}") for n in range(1, 4)]
    detail = meetings.meeting(meeting_id)
    assert detail.form.number == 1 and detail.form.held_on == HELD_ON and detail.form.location == "سالن جلسات"
    assert detail.form.attendees == ATTENDEES
    assert detail.form.agenda == AGENDA
    assert [(r.id, r.number, r.text) for r in detail.resolutions] == [
        (ids[0], 1, "مصوبه 1"), (ids[1], 2, "مصوبه 2"), (ids[2], 3, "مصوبه 3")]
    [row] = meetings.meetings()
    assert (row.resolution_count, row.open_count) == (3, 3)
    second = meetings.create_meeting(MeetingForm(TODAY, "جلسه دوم"))
    assert meetings.meeting(second).form.number == 2
    assert _resolution(meetings, second, TODAY) and meetings.meeting(second).resolutions[0].number == 1


def test_a_meeting_in_the_future_is_refused_at_held_on(meetings: MeetingService) -> None:
    with pytest.raises(ValidationError) as raised:
        meetings.create_meeting(MeetingForm(date(2026, 11, 24), "جلسه آینده"))
    assert raised.value.fields == ("held_on",)
    assert count_rows(meetings._database, Meeting) == 0


def test_filters_select_open_overdue_and_by_owner(meetings: MeetingService, meeting_id: int) -> None:
    late = _resolution(meetings, meeting_id, date(2026, 11, 1), owner="معاونت قضایی")
    later = _resolution(meetings, meeting_id, date(2026, 10, 10), owner="اداره کل بازرسی")
    due_today = _resolution(meetings, meeting_id, TODAY, owner="معاونت قضایی")
    future = _resolution(meetings, meeting_id, date(2026, 12, 30), owner="اداره کل بازرسی",
                         status=ResolutionStatus.IN_PROGRESS)
    done = _resolution(meetings, meeting_id, date(2026, 10, 15), status=ResolutionStatus.DONE,
                       completed_on=date(2026, 10, 14))
    cancelled = _resolution(meetings, meeting_id, date(2026, 10, 15), status=ResolutionStatus.CANCELLED)

    assert {r.id for r in meetings.resolutions()} == {late, later, due_today, future, done, cancelled}
    assert {r.id for r in meetings.resolutions(ResolutionFilter(only_open=True))} == {
        late, later, due_today, future}
    # most overdue first; due today is not overdue yet
    overdue = meetings.resolutions(ResolutionFilter(only_overdue=True))
    assert [r.id for r in overdue] == [later, late]
    assert [r.days_overdue for r in overdue] == [44, 22]  # 2026-10-10 and 2026-11-01 to 2026-11-23
    assert all(r.is_overdue for r in overdue)
    assert [r.id for r in meetings.resolutions(ResolutionFilter(owner="اداره کل بازرسی"))] == [later, future]
    assert [r.id for r in meetings.resolutions(ResolutionFilter(only_overdue=True, owner="معاونت قضایی"))] == [
        late]
    by_id = {r.id: r for r in meetings.resolutions()}
    assert by_id[due_today].days_overdue == 0 and by_id[done].days_overdue == 0
    assert by_id[cancelled].days_overdue == 0
    assert meetings.owners() == sorted({"معاونت قضایی", "اداره کل بازرسی"})
    [row] = meetings.meetings()
    assert (row.resolution_count, row.open_count) == (6, 4)


def test_done_requires_a_completion_date(meetings: MeetingService, meeting_id: int) -> None:
    resolution = _resolution(meetings, meeting_id, date(2026, 11, 1))
    with pytest.raises(ValidationError) as raised:
        meetings.set_status(resolution, ResolutionStatus.DONE)
    assert raised.value.fields == ("completed_on",)
    assert meetings.resolution(resolution).row.status is ResolutionStatus.OPEN

    meetings.set_status(resolution, ResolutionStatus.DONE, date(2026, 11, 5))
    row = meetings.resolution(resolution).row
    assert (row.status, row.completed_on, row.days_overdue) == (ResolutionStatus.DONE, date(2026, 11, 5), 0)
    # reopening clears the completion date and makes it overdue again
    meetings.set_status(resolution, ResolutionStatus.IN_PROGRESS, date(2026, 11, 5))
    row = meetings.resolution(resolution).row
    assert (row.status, row.completed_on, row.days_overdue) == (ResolutionStatus.IN_PROGRESS, None, 22)


def test_a_deadline_before_the_meeting_is_refused_at_deadline(meetings: MeetingService, meeting_id: int) -> None:
    with pytest.raises(ValidationError) as raised:
        _resolution(meetings, meeting_id, date(2026, 9, 30))
    assert raised.value.fields == ("deadline",)
    assert count_rows(meetings._database, Resolution) == 0


def test_follow_up_notes_are_listed_by_date_with_their_author(meetings: MeetingService, meeting_id: int) -> None:
    resolution = _resolution(meetings, meeting_id, date(2026, 12, 1))
    meetings.add_follow_up(resolution, "دوم", date(2026, 11, 10))
    meetings.add_follow_up(resolution, "اول", date(2026, 10, 20))
    meetings.add_follow_up(resolution, "سوم")  # today
    notes = meetings.resolution(resolution).follow_ups
    assert [(f.noted_on, f.note) for f in notes] == [
        (date(2026, 10, 20), "اول"), (date(2026, 11, 10), "دوم"), (TODAY, "سوم")]
    assert {f.recorded_by for f in notes} == {meetings.user_name} and meetings.user_name
    with pytest.raises(ValidationError) as raised:
        meetings.add_follow_up(resolution, "آینده", date(2026, 11, 24))
    assert raised.value.fields == ("noted_on",)


def test_attached_evidence_is_stored_once_and_listed(
        meetings: MeetingService, meeting_id: int, tmp_path: Path) -> None:
    resolution = _resolution(meetings, meeting_id, date(2026, 12, 1))
    source = tmp_path / "نامه.pdf"
    source.write_bytes(b"%PDF letter")
    meetings.attach_evidence(resolution, [source])
    meetings.attach_evidence(resolution, [source])  # the same file again: one link
    meetings.add_follow_up(resolution, "نامه ارسال شد", evidence=[source])

    digest = hashlib.sha256(b"%PDF letter").hexdigest()
    [ref] = meetings.resolution(resolution).evidence
    assert (ref.sha256, ref.original_name, ref.media_type) == (digest, "نامه.pdf", "application/pdf")
    assert (meetings._database.evidence_dir / digest[:2] / digest).read_bytes() == b"%PDF letter"
    assert count_rows(meetings._database, ResolutionEvidence) == 1


def test_deleting_a_meeting_deletes_and_logs_everything_under_it(
        meetings: MeetingService, meeting_id: int, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("پیوست")
    first = _resolution(meetings, meeting_id, date(2026, 12, 1))
    second = _resolution(meetings, meeting_id, date(2026, 12, 2))
    meetings.add_follow_up(first, "پیگیری", evidence=[source])
    other_meeting = meetings.create_meeting(MeetingForm(TODAY, "جلسه دیگر"))
    kept = _resolution(meetings, other_meeting, TODAY)

    meetings.delete_meeting(meeting_id)
    database = meetings._database
    assert [r.id for r in meetings.resolutions()] == [kept]
    for model in (MeetingAttendee, AgendaItem, ResolutionFollowup, ResolutionEvidence):
        assert count_rows(database, model) == 0
    assert [r.row_id for r in change_log(database, "meeting", "delete")] == [meeting_id]
    assert {r.row_id for r in change_log(database, "resolution", "delete")} == {first, second}
    assert len(change_log(database, "meeting_attendee", "delete")) == len(ATTENDEES)
    assert len(change_log(database, "agenda_item", "delete")) == len(AGENDA)
    assert len(change_log(database, "resolution_followup", "delete")) == 1
    assert len(change_log(database, "resolution_evidence", "delete")) == 1


def test_editing_a_meeting_replaces_attendees_and_agenda(meetings: MeetingService, meeting_id: int) -> None:
    meetings.update_meeting(meeting_id, MeetingForm(HELD_ON, "عنوان تازه", attendees=ATTENDEES[:1],
                                                    agenda=("تنها دستور",)))
    form = meetings.meeting(meeting_id).form
    assert (form.title, form.attendees, form.agenda, form.number) == (
        "عنوان تازه", ATTENDEES[:1], ("تنها دستور",), 1)
    assert count_rows(meetings._database, MeetingAttendee) == 1


def test_a_meeting_number_already_used_is_refused(meetings: MeetingService, meeting_id: int) -> None:
    with pytest.raises(ValidationError) as raised:
        meetings.create_meeting(MeetingForm(TODAY, "جلسه تکراری", number=1))
    assert raised.value.fields == ("number",)
    assert raised.value.params == {"number": 1}


def test_renumbering_a_meeting_onto_another_number_is_refused_and_changes_nothing(
        meetings: MeetingService, meeting_id: int) -> None:
    second = meetings.create_meeting(MeetingForm(TODAY, "جلسه دوم"))
    with pytest.raises(ValidationError) as raised:
        meetings.update_meeting(second, MeetingForm(TODAY, "عنوان تازه", number=1))
    assert raised.value.fields == ("number",)
    assert [(r.number, r.title) for r in meetings.meetings()] == [(2, "جلسه دوم"), (1, "جلسه شورای قضایی استان")]


def _status_on(meetings: MeetingService, resolution_id: int, day: date) -> tuple[ResolutionStatus, date | None]:
    row = next(r for r in meetings.resolutions_as_of(day) if r.id == resolution_id)
    return row.status, row.completed_on


def test_each_status_change_is_kept_with_the_day_it_took_effect(meetings: MeetingService, meeting_id: int) -> None:
    resolution = _resolution(meetings, meeting_id, date(2026, 10, 20))
    meetings.set_status(resolution, ResolutionStatus.IN_PROGRESS)  # on TODAY
    meetings.set_status(resolution, ResolutionStatus.DONE, date(2026, 11, 10))
    assert _status_on(meetings, resolution, HELD_ON) == (ResolutionStatus.OPEN, None)
    assert _status_on(meetings, resolution, date(2026, 11, 9)) == (ResolutionStatus.OPEN, None)
    assert _status_on(meetings, resolution, date(2026, 11, 10)) == (ResolutionStatus.DONE, date(2026, 11, 10))
    as_then = next(r for r in meetings.resolutions_as_of(date(2026, 11, 1)) if r.id == resolution)
    assert as_then.days_overdue == 12  # overdue as of that day, not as of today


def test_a_corrected_completion_date_moves_the_completion_instead_of_adding_one(
        meetings: MeetingService, meeting_id: int) -> None:
    resolution = _resolution(meetings, meeting_id, date(2026, 10, 20))
    meetings.set_status(resolution, ResolutionStatus.DONE, date(2026, 10, 5))
    meetings.set_status(resolution, ResolutionStatus.DONE, date(2026, 10, 15))
    assert _status_on(meetings, resolution, date(2026, 10, 10)) == (ResolutionStatus.OPEN, None)
    assert _status_on(meetings, resolution, date(2026, 10, 15)) == (ResolutionStatus.DONE, date(2026, 10, 15))


def test_a_resolution_reopened_today_was_done_before(meetings: MeetingService, meeting_id: int) -> None:
    resolution = _resolution(meetings, meeting_id, date(2026, 10, 20), status=ResolutionStatus.DONE,
                             completed_on=date(2026, 10, 5))
    meetings.set_status(resolution, ResolutionStatus.OPEN)
    assert _status_on(meetings, resolution, date(2026, 10, 4)) == (ResolutionStatus.OPEN, None)
    assert _status_on(meetings, resolution, date(2026, 10, 6)) == (ResolutionStatus.DONE, date(2026, 10, 5))
    assert _status_on(meetings, resolution, TODAY) == (ResolutionStatus.OPEN, None)
    assert [r.id for r in meetings.resolutions_as_of(HELD_ON - timedelta(days=1))] == []  # not adopted yet
