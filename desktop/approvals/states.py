"""Reading the periods' states: a year's halves and months, one period, the stored approval records, and the
changes logged since a period's last approval that touch its dates. Each function is one read-only transaction
(ApprovalService checks the role first)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.approvals.rows import approval_row, entries_after
from desktop.approvals.views import PeriodStatus
from desktop.domain.approval import (
    APPROVAL_CONTEXT,
    ApprovalRecord,
    ApprovalState,
    change_spans,
    month_days,
    spans_touch,
)
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.approvals import branch_data_months
from desktop.store.changelog import ChangeEntry
from desktop.store.database import Database
from desktop.store.models import (
    Activity,
    AgendaItem,
    Meeting,
    MeetingAttendee,
    PeriodApproval,
    ProgressEvidence,
    ProgressUpdate,
    Resolution,
    ResolutionEvidence,
    ResolutionFollowup,
)

NEVER_APPROVED = QT_TRANSLATE_NOOP("Approval", "{period} has never been approved.")


def periods(database: Database, year: int) -> list[PeriodStatus]:
    """The year's two halves and twelve months (half first, then its months), each with its state."""
    wanted = []
    for half in (1, 2):
        wanted.append(JalaliPeriod(PeriodKind.HALF, year, half))
        wanted.extend(JalaliPeriod(PeriodKind.MONTH, year, m) for m in range(6 * half - 5, 6 * half + 1))
    with database.reading() as session:
        rows = {r.period: r for r in session.scalars(select(PeriodApproval).where(
            PeriodApproval.period.in_([p.code for p in wanted])))}
        counted = _counts(session, [r for r in rows.values() if r.approved_change_id is not None])
    return [_status(p, rows.get(p.code), counted.get(p.code, 0)) for p in wanted]


def status(database: Database, period: JalaliPeriod) -> PeriodStatus:
    with database.reading() as session:
        row = approval_row(session, period)
        count = _counts(session, [row]).get(period.code, 0) if row and row.approved_change_id else 0
    return _status(period, row, count)


def records(database: Database, periods: Iterable[JalaliPeriod]) -> list[ApprovalRecord]:
    """The stored approval of each period (OPEN when never submitted), in period order."""
    ordered = sorted(set(periods))
    with database.reading() as session:
        return [_record(p, approval_row(session, p)) for p in ordered]


def changes_since_approval(database: Database, period: JalaliPeriod, limit: int) -> list[ChangeEntry]:
    """Changes logged after the period's last approval that touch its dates (newest first); approval steps
    themselves are not counted."""
    with database.reading() as session:
        row = approval_row(session, period)
        if row is None or row.approved_change_id is None:
            raise DomainError(APPROVAL_CONTEXT, NEVER_APPROVED, {"period": period.message_label})
        spans = _Spans(session)
        found = [e for e in entries_after(session, row.approved_change_id)
                 if spans.touches(e, period)]
    return sorted(found, key=lambda e: e.id, reverse=True)[:limit]


def _counts(session: Session, rows: list[PeriodApproval]) -> dict[str, int]:
    if not rows:
        return {}
    entries = entries_after(session, min(r.approved_change_id or 0 for r in rows))
    spans = _Spans(session)
    counts: dict[str, int] = {}
    for row in rows:
        period = JalaliPeriod.parse(row.period)
        counts[row.period] = sum(1 for e in entries if e.id > (row.approved_change_id or 0)
                                 and spans.touches(e, period))
    return counts


#: A row whose day is its owner's: (its model, the column naming the owner, the owner's table). An edit of a
#: meeting's attendee or agenda item, a resolution's note or evidence, changes what the meeting's period shows.
_OWNERS: dict[str, tuple[type, str, str]] = {
    "meeting_attendee": (MeetingAttendee, "meeting_id", "meeting"),
    "agenda_item": (AgendaItem, "meeting_id", "meeting"),
    "resolution": (Resolution, "meeting_id", "meeting"),
    "resolution_followup": (ResolutionFollowup, "resolution_id", "resolution"),
    "resolution_evidence": (ResolutionEvidence, "resolution_id", "resolution"),
    "progress_evidence": (ProgressEvidence, "progress_update_id", "progress_update"),
}
#: The day of an owner row (a meeting's is the day it was held; a progress report's, the day it reports).
_OWNER_DAYS: dict[str, tuple[type, str]] = {"meeting": (Meeting, "held_on"),
                                             "progress_update": (ProgressUpdate, "reported_on")}


class _Spans:
    """Which days a change-log entry touches, looking up what the entry itself does not carry: an activity's
    current planned span (a weight change logs only the weight), a branch's months of figures (a move logs
    only its district), the day of the meeting (or progress report) a row belongs to - an update logs only
    the columns it changed, so a meeting's new title carries no day of its own."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def touches(self, entry: ChangeEntry, period: JalaliPeriod) -> bool:
        spans = change_spans(entry.table_name, entry.old_values, entry.new_values)
        table, row_id = entry.table_name, entry.row_id
        if table == "activity":
            row = self._session.get(Activity, row_id)
            if row is not None:
                spans.append((row.planned_start, row.planned_finish))
        elif table == "branch" and entry.operation != "insert":
            spans.extend((d, d) for m in branch_data_months(self._session, [row_id]) for d in month_days(m, m))
        elif table in _OWNERS or (table in _OWNER_DAYS and not spans):
            day = self._owner_day(table, row_id, {**(entry.old_values or {}), **(entry.new_values or {})})
            if day is not None:
                spans.append((day, day))
        return spans_touch(spans, period)

    def _owner_day(self, table: str, row_id: int, values: dict) -> date | None:
        """The day of the meeting or progress report the row belongs to: its owner's id from the entry's
        values, else from the row as it is now (an update logs only what it changed)."""
        while table in _OWNERS:
            model, column, table = _OWNERS[table]
            owner_id = values.get(column)
            if not isinstance(owner_id, int):
                row = self._session.get(model, row_id)
                owner_id = getattr(row, column, None) if row is not None else None
            if not isinstance(owner_id, int):
                return None
            row_id, values = owner_id, {}
        model, column = _OWNER_DAYS[table]
        row = self._session.get(model, row_id)
        return getattr(row, column, None) if row is not None else None


def _record(period: JalaliPeriod, row: PeriodApproval | None) -> ApprovalRecord:
    if row is None:
        return ApprovalRecord(period, ApprovalState.OPEN)
    return ApprovalRecord(period, ApprovalState(row.state), row.submitted_by, row.decided_by, row.reason,
                          row.approved_change_id)


def _status(period: JalaliPeriod, row: PeriodApproval | None, changes: int) -> PeriodStatus:
    if row is None:
        return PeriodStatus(period, ApprovalState.OPEN)
    return PeriodStatus(period, ApprovalState(row.state), row.submitted_by, row.submitted_at, row.decided_by,
                        row.decided_at, row.reason, row.approved_at, changes)
