"""Use cases of council meetings and their resolutions (مصوبات): record, follow up, find the overdue."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import Integer, func, select
from sqlalchemy.orm import Session, selectinload

from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.meetings import (
    ResolutionStatus,
    StatusChange,
    days_overdue,
    status_as_of,
    status_change_day,
    validate_meeting,
    validate_resolution,
    validate_status_change,
)
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, ErrorCollector, ValidationError
from desktop.domain.planning import validate_title
from desktop.exports.listing import Listing, write_listing
from desktop.meetings.views import (
    FollowUp,
    MeetingDetail,
    MeetingForm,
    MeetingRow,
    ResolutionDetail,
    ResolutionFilter,
    ResolutionForm,
    ResolutionRow,
)
from desktop.planning.views import EvidenceRef
from desktop.store.approvals import ensure_dates_unlocked
from desktop.store.changelog import was_deleted
from desktop.store.database import Database
from desktop.store.evidence import EvidenceStore, get_or_create_evidence_row
from desktop.store.models import (
    AgendaItem,
    Meeting,
    MeetingAttendee,
    Resolution,
    ResolutionEvidence,
    ResolutionFollowup,
    ResolutionStatusChange,
)

ACTIVE = (ResolutionStatus.OPEN.value, ResolutionStatus.IN_PROGRESS.value)


class MeetingService(ActsForPrincipal):
    """Meeting use cases for :attr:`principal`: anyone may read, only a role that may edit writes."""

    def __init__(self, database: Database, clock: Clock, user_name: str = "", *,
                 principal: Principal | None = None):
        self._database = database
        self._clock = clock
        self._act_for(principal, user_name)

    # meetings ----------------------------------------------------------------------------------
    def meetings(self) -> list[MeetingRow]:
        with self._database.reading() as session:
            counts = (select(Resolution.meeting_id, func.count().label("total"),
                             # type_: SUM over a boolean would otherwise be read back as a boolean (3 -> True -> 1)
                             func.sum(Resolution.status.in_(ACTIVE), type_=Integer).label("active"))
                      .group_by(Resolution.meeting_id).subquery())
            rows = session.execute(
                select(Meeting.id, Meeting.number, Meeting.held_on, Meeting.title, counts.c.total, counts.c.active)
                .outerjoin(counts, counts.c.meeting_id == Meeting.id)
                .order_by(Meeting.held_on.desc(), Meeting.id.desc()))
            return [MeetingRow(r.id, r.number, r.held_on, r.title, r.total or 0, int(r.active or 0)) for r in rows]

    def export_listing(self, path: Path, listing: Listing) -> Path:
        """Meetings or resolutions as the caller wrote them out (``meetings list|resolutions --out``), to
        ``path``: an export - the export right, and its audit event (desktop/exports/listing.py)."""
        return write_listing(self._database, self.principal, path, listing)

    def meeting(self, meeting_id: int) -> MeetingDetail:
        today = self._clock.today()
        with self._database.reading() as session:
            row = self._get(session, Meeting, meeting_id)
            form = MeetingForm(row.held_on, row.title, row.number, row.location,
                               tuple((a.name, a.role) for a in row.attendees),
                               tuple(item.text for item in sorted(row.agenda_items, key=lambda i: i.position)))
            resolutions = tuple(_row(r, row, today) for r in sorted(row.resolutions, key=lambda r: r.number))
            return MeetingDetail(row.id, form, resolutions)

    def create_meeting(self, form: MeetingForm) -> int:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            ensure_dates_unlocked(session, form.held_on)
            number = form.number or (session.scalar(select(func.max(Meeting.number))) or 0) + 1
            row = Meeting(number=number)
            self._fill_meeting(session, row, form)
            session.add(row)
            session.flush()
            return row.id

    def update_meeting(self, meeting_id: int, form: MeetingForm) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, Meeting, meeting_id)
            if form.held_on != row.held_on:  # its resolutions move to another month's counts
                ensure_dates_unlocked(session, row.held_on, form.held_on)
            if form.number:
                row.number = form.number
            self._fill_meeting(session, row, form)

    def delete_meeting(self, meeting_id: int) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, Meeting, meeting_id)
            _ensure_deletable(session, row)
            session.delete(row)

    def delete_refusal(self, meeting_id: int) -> DomainError | None:
        """The refusal :meth:`delete_meeting` would raise now (None: it would delete), not recorded: asked before
        the user is asked to confirm, so that a meeting of a locked period is refused, not first offered."""
        refused = self.principal.refusal(Action.EDIT)
        if refused is not None:
            return refused
        try:
            with self._database.reading() as session:
                _ensure_deletable(session, self._get(session, Meeting, meeting_id))
        except DomainError as error:
            return error
        return None

    def _fill_meeting(self, session: Session, row: Meeting, form: MeetingForm) -> None:
        checked = validate_meeting(form.held_on, form.title, self._clock.today())
        if form.number is not None and form.number <= 0:
            raise ValidationError("number", QT_TRANSLATE_NOOP("Validation", "The meeting number must be positive."))
        duplicate = session.scalar(select(Meeting.id).where(Meeting.number == (form.number or row.number),
                                                            Meeting.id != (row.id or -1)))
        if duplicate is not None:
            raise ValidationError("number", QT_TRANSLATE_NOOP(
                "Validation", "Another meeting already has the number {number}."), {"number": row.number})
        row.held_on, row.title = checked.held_on, checked.title
        row.location = form.location.strip()
        attendees = [(name.strip(), role.strip()) for name, role in form.attendees if name.strip()]
        agenda = [text.strip() for text in form.agenda if text.strip()]
        if [(a.name, a.role) for a in row.attendees] != attendees:
            for old in list(row.attendees):
                session.delete(old)
            row.attendees = [MeetingAttendee(name=n, role=r) for n, r in attendees]
        if [item.text for item in row.agenda_items] != agenda:
            for old in list(row.agenda_items):
                session.delete(old)
            row.agenda_items = [AgendaItem(position=i, text=t) for i, t in enumerate(agenda, start=1)]

    # resolutions -------------------------------------------------------------------------------
    def resolutions(self, which: ResolutionFilter = ResolutionFilter()) -> list[ResolutionRow]:  # noqa: B008
        today = self._clock.today()
        with self._database.reading() as session:
            query = select(Resolution, Meeting).join(Meeting, Meeting.id == Resolution.meeting_id)
            if which.only_open or which.only_overdue:
                query = query.where(Resolution.status.in_(ACTIVE))
            if which.only_overdue:
                query = query.where(Resolution.deadline < today)
            if which.owner:
                query = query.where(Resolution.owner == which.owner)
            if which.meeting_id is not None:
                query = query.where(Resolution.meeting_id == which.meeting_id)
            query = query.order_by(Resolution.deadline, Meeting.number, Resolution.number)
            rows = [_row(resolution, meeting, today) for resolution, meeting in session.execute(query)]
        if which.only_overdue:
            rows.sort(key=lambda r: (-r.days_overdue, r.meeting_number, r.number))
        return rows

    def resolutions_as_of(self, day: date) -> list[ResolutionRow]:
        """Every resolution adopted by ``day`` with the status, completion date and days overdue it had on that
        day (from the status history), so that a report of a closed period reads the same on any later day."""
        with self._database.reading() as session:
            history: dict[int, list[StatusChange]] = {}
            for change in session.scalars(select(ResolutionStatusChange).order_by(
                    ResolutionStatusChange.resolution_id, ResolutionStatusChange.id)):
                history.setdefault(change.resolution_id, []).append(StatusChange(
                    ResolutionStatus(change.status), change.effective_on, change.completed_on))
            query = (select(Resolution, Meeting).join(Meeting, Meeting.id == Resolution.meeting_id)
                     .where(Meeting.held_on <= day)
                     .order_by(Resolution.deadline, Meeting.number, Resolution.number))
            rows = []
            for resolution, meeting in session.execute(query):
                then = status_as_of(history.get(resolution.id, ()), day)
                rows.append(replace(_row(resolution, meeting, day), status=then.status,
                                    completed_on=then.completed_on,
                                    days_overdue=days_overdue(then.status, resolution.deadline, day)))
            return rows

    def owners(self) -> list[str]:
        with self._database.reading() as session:
            return list(session.scalars(select(Resolution.owner).distinct().order_by(Resolution.owner)))

    def resolution(self, resolution_id: int) -> ResolutionDetail:
        today = self._clock.today()
        with self._database.reading() as session:
            row = session.scalar(select(Resolution).where(Resolution.id == resolution_id).options(
                selectinload(Resolution.followups), selectinload(Resolution.evidence_links)))
            if row is None:
                raise _not_found(session, Resolution, resolution_id)
            return ResolutionDetail(
                _row(row, row.meeting, today),
                tuple(FollowUp(f.id, f.noted_on, f.note, f.recorded_by)
                      for f in sorted(row.followups, key=lambda f: (f.noted_on, f.id))),
                tuple(EvidenceRef(link.evidence_file.sha256, link.evidence_file.original_name,
                                  link.evidence_file.size_bytes, link.evidence_file.media_type)
                      for link in row.evidence_links))

    def create_resolution(self, form: ResolutionForm) -> int:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            meeting = self._get(session, Meeting, form.meeting_id)
            ensure_dates_unlocked(session, meeting.held_on, form.completed_on)
            number = form.number or (session.scalar(select(func.max(Resolution.number)).where(
                Resolution.meeting_id == meeting.id)) or 0) + 1
            row = Resolution(meeting_id=meeting.id, number=number)
            self._fill_resolution(row, meeting, form)
            session.add(row)
            session.flush()
            return row.id

    def update_resolution(self, resolution_id: int, form: ResolutionForm) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, Resolution, resolution_id)
            # A new deadline or a cancellation changes its meeting month's counts (overdue, cancelled).
            counted = form.deadline != row.deadline or ResolutionStatus.CANCELLED in (
                ResolutionStatus(row.status), ResolutionStatus(form.status))
            ensure_dates_unlocked(session, row.meeting.held_on if counted else None, row.completed_on,
                                  form.completed_on)
            self._fill_resolution(row, row.meeting, form)

    def delete_resolution(self, resolution_id: int) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, Resolution, resolution_id)
            ensure_dates_unlocked(session, *_resolution_days(row))
            session.delete(row)

    def _fill_resolution(self, row: Resolution, meeting: Meeting, form: ResolutionForm) -> None:
        errors = ErrorCollector()
        checked = errors.check(validate_resolution, form.text, form.owner, form.deadline, meeting.held_on)
        if form.deadline is None:
            errors.add(ValidationError("deadline", QT_TRANSLATE_NOOP("Validation", "A deadline is required.")))
        completed = errors.check(validate_status_change, form.status, form.completed_on, meeting.held_on,
                                 self._clock.today())
        errors.raise_if_any()
        assert checked is not None
        row.text, row.owner, row.deadline = checked.text, checked.owner, form.deadline
        self._change_status(row, meeting, ResolutionStatus(form.status), completed)
        if form.number:
            row.number = form.number

    def _change_status(self, row: Resolution, meeting: Meeting, status: ResolutionStatus,
                       completed_on: date | None) -> None:
        """Set the status and write it to the resolution's history, dated the day it takes effect. A new
        completion date of a resolution already done corrects the last entry rather than adding one."""
        new = row.id is None
        if not new and row.status == status.value and row.completed_on == completed_on:
            return
        if new and status is ResolutionStatus.OPEN:
            effective = meeting.held_on  # open from the meeting that adopted it
        else:
            effective = status_change_day(status, completed_on, meeting.held_on, self._clock.today())
        history = [] if new else row.status_changes
        if (not new and row.status == ResolutionStatus.DONE.value and status is ResolutionStatus.DONE and history
                and history[-1].status == ResolutionStatus.DONE.value):
            history[-1].effective_on, history[-1].completed_on = effective, completed_on
        else:
            row.status_changes.append(ResolutionStatusChange(status=status.value, effective_on=effective,
                                                             completed_on=completed_on))
        row.status = status.value
        row.completed_on = completed_on

    def set_status(self, resolution_id: int, status: ResolutionStatus, completed_on: date | None = None) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, Resolution, resolution_id)
            completed = validate_status_change(status, completed_on, row.meeting.held_on, self._clock.today())
            cancelling = ResolutionStatus.CANCELLED in (ResolutionStatus(row.status), ResolutionStatus(status))
            ensure_dates_unlocked(session, row.meeting.held_on if cancelling else None, row.completed_on,
                                  completed)
            self._change_status(row, row.meeting, ResolutionStatus(status), completed)

    def add_follow_up(self, resolution_id: int, note: str, noted_on: date | None = None,
                      evidence: Sequence[Path] = ()) -> int:
        self.principal.require(Action.EDIT)
        today = self._clock.today()
        noted_on = noted_on or today
        with self._database.session() as session:
            row = self._get(session, Resolution, resolution_id)
            text = validate_title(note, "note", 4000)
            if noted_on > today:
                raise ValidationError("noted_on", QT_TRANSLATE_NOOP(
                    "Validation", "A follow-up note cannot be dated in the future."))
            ensure_dates_unlocked(session, noted_on)
            stored = [EvidenceStore(self._database.evidence_dir).add(Path(p)) for p in evidence]
            follow_up = ResolutionFollowup(resolution_id=row.id, noted_on=noted_on, note=text,
                                           recorded_by=self.user_name)
            session.add(follow_up)
            for item in stored:
                evidence_row = get_or_create_evidence_row(session, item)
                if all(link.evidence_file_id != evidence_row.id for link in row.evidence_links):
                    session.add(ResolutionEvidence(resolution_id=row.id, evidence_file_id=evidence_row.id))
            session.flush()
            return follow_up.id

    def attach_evidence(self, resolution_id: int, paths: Sequence[Path]) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, Resolution, resolution_id)
            stored = [EvidenceStore(self._database.evidence_dir).add(Path(p)) for p in paths]
            for item in stored:
                evidence_row = get_or_create_evidence_row(session, item)
                if all(link.evidence_file_id != evidence_row.id for link in row.evidence_links):
                    session.add(ResolutionEvidence(resolution_id=row.id, evidence_file_id=evidence_row.id))

    @staticmethod
    def _get(session: Session, model, item_id: int):
        row = session.get(model, item_id)
        if row is None:
            raise _not_found(session, model, item_id)
        return row


def _ensure_deletable(session: Session, meeting: Meeting) -> None:
    """The delete cascades to its resolutions and their follow-ups: their dates are locked too."""
    ensure_dates_unlocked(session, meeting.held_on, *(d for r in meeting.resolutions for d in _resolution_days(r)))


def _resolution_days(resolution: Resolution) -> list[date | None]:
    """What a resolution counts in: its meeting's month (the period's resolution counts, as of the period's end:
    docs/access.md "Snapshot"), the day it was completed and its follow-ups' days."""
    return [resolution.meeting.held_on, resolution.completed_on, *(f.noted_on for f in resolution.followups)]


#: What is asked for by id: (deleted - the change log holds its delete, never there - a mistyped id).
_NOT_FOUND = {
    "meeting": (QT_TRANSLATE_NOOP("Meetings", "This meeting no longer exists (id {id}); it may have been deleted."),
                QT_TRANSLATE_NOOP("Meetings", "There is no meeting with id {id}.")),
    "resolution": (QT_TRANSLATE_NOOP("Meetings",
                                     "This resolution no longer exists (id {id}); it may have been deleted."),
                   QT_TRANSLATE_NOOP("Meetings", "There is no resolution with id {id}.")),
}


def _not_found(session: Session, model: type, item_id: int) -> DomainError:
    table: str = model.__tablename__  # type: ignore[attr-defined]
    deleted, never = _NOT_FOUND[table]
    return DomainError("Meetings", deleted if was_deleted(session, table, item_id) else never, {"id": item_id})


def _row(resolution: Resolution, meeting: Meeting, today: date) -> ResolutionRow:
    status = ResolutionStatus(resolution.status)
    return ResolutionRow(
        id=resolution.id, meeting_id=meeting.id, meeting_number=meeting.number, meeting_held_on=meeting.held_on,
        number=resolution.number, text=resolution.text, owner=resolution.owner, deadline=resolution.deadline,
        status=status, completed_on=resolution.completed_on,
        days_overdue=days_overdue(status, resolution.deadline, today))
