"""Use cases of period approval (docs/access.md, "Approval").

The secretary submits a Jalali month or half-year once it is over (``Action.SUBMIT``), which locks its data
while it awaits approval, and may withdraw the submission (``Action.SUBMIT``); the chief justice approves it,
which keeps it locked, or sends it back with a reason (``Action.APPROVE``); only he reopens an approved period,
with a reason (``Action.REOPEN``). The ``period_approval`` row is change-logged, so each step is in the audit
trail and travels to the center. The lock itself is enforced by the services that write dated data, through
:func:`desktop.store.approvals.ensure_dates_unlocked` and its siblings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.approvals.snapshot import (
    SECTION_TABLES,
    FigureDifference,
    build_figures,
    differences,
    figures_hash,
    recompute,
)
from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal, Reach
from desktop.domain.approval import (
    APPROVABLE_KINDS,
    APPROVAL_CONTEXT,
    ApprovalRecord,
    ApprovalState,
    ApprovalStep,
    approvable,
    change_spans,
    ensure_over,
    month_days,
    next_state,
    spans_touch,
    state_label,
    validate_reason,
)
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.approvals import branch_data_months
from desktop.store.changelog import ChangeEntry
from desktop.store.database import Database
from desktop.store.models import (
    Activity,
    ApprovalSnapshot,
    AuditEvent,
    ChangeLog,
    Meeting,
    PeriodApproval,
    Resolution,
)

NEVER_APPROVED = QT_TRANSLATE_NOOP("Approval", "{period} has never been approved.")
NO_SNAPSHOT = QT_TRANSLATE_NOOP(
    "Approval", "{period} was approved before Rasad kept the approved figures; they are frozen at its next approval.")
_OWN_TABLE = PeriodApproval.__tablename__
#: How often approving recomputes the figures when someone else wrote meanwhile, before giving up.
SNAPSHOT_ATTEMPTS = 3
BUSY_APPROVING = QT_TRANSLATE_NOOP(
    "Approval", "The data kept changing while {period} was being approved; try again in a moment.")
#: Causes listed per section of "changed since approval" at most (newest first).
CAUSES_SHOWN = 200


@dataclass(frozen=True)
class FrozenFigures:
    """A period's figures for a report or a bundle: the snapshot of its approval while it is approved
    (``frozen``), otherwise None: the caller computes them as of today."""

    period: JalaliPeriod
    figures: Mapping[str, Any]
    sha256: str
    approved_by: str
    approved_at: datetime


@dataclass(frozen=True)
class PeriodFigures:
    """A period's figures for whoever shows or sends them: ``frozen`` when they are the approved snapshot (then
    ``sha256``, ``approved_by`` and ``approved_at`` say which), otherwise computed as of today."""

    period: JalaliPeriod
    figures: Mapping[str, Any]
    frozen: bool
    sha256: str = ""
    approved_by: str = ""
    approved_at: datetime | None = None


@dataclass(frozen=True)
class ChangeCause:
    """Something that happened after the approval and can move a figure: a change-log entry, or an audit event
    such as a restore (``table`` empty then, ``operation`` the event's kind)."""

    changed_at: datetime
    user_name: str
    user_login: str
    table: str
    row_id: int | None
    operation: str
    detail: str = ""


@dataclass(frozen=True)
class ChangedSinceApproval:
    period: JalaliPeriod
    sha256: str
    approved_by: str
    approved_at: datetime
    state: ApprovalState
    differences: tuple[FigureDifference, ...]
    causes: Mapping[str, tuple[ChangeCause, ...]]  # by section: "indicators", "plan", "resolutions"


@dataclass(frozen=True)
class PeriodStatus:
    """One period as the approval page lists it."""

    period: JalaliPeriod
    state: ApprovalState
    submitted_by: str = ""
    submitted_at: datetime | None = None
    decided_by: str = ""
    decided_at: datetime | None = None
    reason: str = ""
    approved_at: datetime | None = None
    changes_since_approval: int = 0

    @property
    def label(self) -> str:
        """What the period's state is called (source text, context "Labels"): a withdrawn submission apart from
        one the chief justice sent back."""
        return state_label(self.state, self.reason)


class ApprovalService(ActsForPrincipal):
    def __init__(self, database: Database, clock: Clock, *, principal: Principal | None = None) -> None:
        self._database = database
        self._clock = clock
        self._act_for(principal)

    # reading -----------------------------------------------------------------------------------
    def periods(self, year: int) -> list[PeriodStatus]:
        """The year's two halves and twelve months (half first, then its months), each with its state."""
        self.principal.require(Action.VIEW)
        wanted = []
        for half in (1, 2):
            wanted.append(JalaliPeriod(PeriodKind.HALF, year, half))
            wanted.extend(JalaliPeriod(PeriodKind.MONTH, year, m) for m in range(6 * half - 5, 6 * half + 1))
        with self._database.reading() as session:
            rows = {r.period: r for r in session.scalars(select(PeriodApproval).where(
                PeriodApproval.period.in_([p.code for p in wanted])))}
            counted = self._counts(session, [r for r in rows.values() if r.approved_change_id is not None])
        return [_status(p, rows.get(p.code), counted.get(p.code, 0)) for p in wanted]

    def status(self, period: JalaliPeriod) -> PeriodStatus:
        self.principal.require(Action.VIEW)
        with self._database.reading() as session:
            row = _row(session, period)
            count = self._counts(session, [row]).get(period.code, 0) if row and row.approved_change_id else 0
        return _status(period, row, count)

    def records(self, periods: Iterable[JalaliPeriod]) -> list[ApprovalRecord]:
        """The stored approval of each period (OPEN when never submitted), in period order."""
        self.principal.require(Action.VIEW)
        ordered = sorted(set(periods))
        with self._database.reading() as session:
            return [_record(p, _row(session, p)) for p in ordered]

    def changes_since_approval(self, period: JalaliPeriod, limit: int = 5000) -> list[ChangeEntry]:
        """Changes logged after the period's last approval that touch its dates (newest first); approval steps
        themselves are not counted. Reads the whole change log, so a district head may not."""
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        with self._database.reading() as session:
            row = _row(session, period)
            if row is None or row.approved_change_id is None:
                raise DomainError(APPROVAL_CONTEXT, NEVER_APPROVED, {"period": period.message_label})
            spans = _Spans(session)
            found = [e for e in _entries_after(session, row.approved_change_id)
                     if spans.touches(e, period)]
        return sorted(found, key=lambda e: e.id, reverse=True)[:limit]

    def frozen_figures(self, period: JalaliPeriod) -> FrozenFigures | None:
        """The figures the chief justice approved, while ``period`` is approved; None otherwise (then the
        figures are today's). Reports and bundles of an approved period use these and say so."""
        self.principal.require(Action.VIEW)
        with self._database.reading() as session:
            row = _row(session, period)
            if row is None or row.state != ApprovalState.APPROVED.value:
                return None
            snapshot = _snapshot(session, period)
            if snapshot is None:  # approved before snapshots existed (migration 0009)
                return None
            return FrozenFigures(period, snapshot.figures, snapshot.sha256, snapshot.taken_by, snapshot.taken_at)

    def figures(self, period: JalaliPeriod) -> PeriodFigures:
        """The figures to show or send for ``period``: the approved snapshot while it is approved (``frozen``),
        otherwise today's. Province-wide, so a district head may not."""
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        frozen = self.frozen_figures(period)
        if frozen is not None:
            return PeriodFigures(period, frozen.figures, True, frozen.sha256, frozen.approved_by, frozen.approved_at)
        return PeriodFigures(period, build_figures(self._database, period, self._clock.today()), False)

    def figure_changes(self, period: JalaliPeriod) -> ChangedSinceApproval:
        """Today's figures of ``period`` against those frozen at its last approval, and what happened since that
        could have moved them (who changed what, when, through any path: edits, imports, registry moves,
        deletes, restores). Province-wide, so a district head may not."""
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        with self._database.reading() as session:
            row = _row(session, period)
            snapshot = _snapshot(session, period)
            if row is None or row.approved_change_id is None:
                raise DomainError(APPROVAL_CONTEXT, NEVER_APPROVED, {"period": period.message_label})
            if snapshot is None:  # approved before migration 0009
                raise DomainError(APPROVAL_CONTEXT, NO_SNAPSHOT, {"period": period.message_label})
            entries = _entries_after(session, snapshot.approved_change_id)
            events = list(session.scalars(select(AuditEvent).where(
                AuditEvent.happened_at >= snapshot.taken_at, AuditEvent.kind == "restore")))
            state = ApprovalState(row.state)
            approved = (snapshot.figures, snapshot.sha256, snapshot.taken_by, snapshot.taken_at)
        now = recompute(self._database, approved[0], self._clock.today())
        found = tuple(differences(approved[0], now))
        causes: dict[str, tuple[ChangeCause, ...]] = {}
        restores = [ChangeCause(e.happened_at, e.display_name, e.login, "", None, e.kind, e.detail) for e in events]
        for section, tables in SECTION_TABLES.items():
            listed = [ChangeCause(e.changed_at, e.user_name, e.user_login, e.table_name, e.row_id, e.operation)
                      for e in entries if e.table_name in tables]
            listed = sorted(listed + restores, key=lambda c: c.changed_at, reverse=True)
            causes[section] = tuple(listed[:CAUSES_SHOWN])
        return ChangedSinceApproval(period, approved[1], approved[2], approved[3], state, found, causes)

    def periods_moved_by(self, other: Database) -> list[JalaliPeriod]:
        """The approved periods of *this* database whose frozen figures ``other`` (a restored copy carrying this
        ledger) would not reproduce: a restore that changes approved figures is refused until those periods are
        reopened (docs/access.md, "Restore")."""
        with self._database.reading() as session:
            snapshots = [_snapshot(session, JalaliPeriod.parse(row.period)) for row in session.scalars(
                select(PeriodApproval).where(PeriodApproval.state == ApprovalState.APPROVED.value))]
            frozen = [(JalaliPeriod.parse(s.period), s.figures) for s in snapshots if s is not None]
        today = self._clock.today()
        return sorted(period for period, figures in frozen if differences(figures, recompute(other, figures, today)))

    def submitted_periods_moved_by(self, other: Database) -> list[JalaliPeriod]:
        """The submitted periods of *this* database whose figures today ``other`` (a restored copy carrying this
        ledger) would not reproduce: they have no snapshot yet, so today's figures are compared; a restore that
        changes what awaits approval is refused until the submission is withdrawn or sent back."""
        with self._database.reading() as session:
            submitted = [JalaliPeriod.parse(code) for code in session.scalars(select(PeriodApproval.period).where(
                PeriodApproval.state == ApprovalState.SUBMITTED.value))]
        today = self._clock.today()
        moved = []
        for period in sorted(submitted):
            figures = build_figures(self._database, period, today)
            if differences(figures, recompute(other, figures, today)):
                moved.append(period)
        return moved

    # steps -------------------------------------------------------------------------------------
    def submit(self, period: JalaliPeriod) -> PeriodStatus:
        return self._step(ApprovalStep.SUBMIT, period)

    def approve(self, period: JalaliPeriod) -> PeriodStatus:
        return self._step(ApprovalStep.APPROVE, period)

    def send_back(self, period: JalaliPeriod, reason: str) -> PeriodStatus:
        return self._step(ApprovalStep.SEND_BACK, period, reason)

    def reopen(self, period: JalaliPeriod, reason: str) -> PeriodStatus:
        return self._step(ApprovalStep.REOPEN, period, reason)

    def withdraw(self, period: JalaliPeriod) -> PeriodStatus:
        """The secretary takes back a submission the chief justice has not decided yet: the period's data can be
        changed again. It becomes "sent back" (decided by the secretary, no reason), or "reopened" when it had
        been approved before - the state it was submitted from."""
        return self._step(ApprovalStep.WITHDRAW, period)

    def _step(self, step: ApprovalStep, period: JalaliPeriod, reason: str = "") -> PeriodStatus:
        self.principal.require(step.action)
        approvable(period)
        if step in (ApprovalStep.SUBMIT, ApprovalStep.APPROVE):  # only a period that is over (approve re-checks)
            ensure_over(period, self._clock.today())
        text = validate_reason(reason) if step.needs_reason else ""
        now = self._clock.now()
        for _attempt in range(SNAPSHOT_ATTEMPTS):
            if self._try_step(step, period, text, now):
                return self.status(period)
        raise DomainError(APPROVAL_CONTEXT, BUSY_APPROVING, {"period": period.message_label})

    def _try_step(self, step: ApprovalStep, period: JalaliPeriod, text: str, now: datetime) -> bool:
        """One attempt; False when an approval's figures were outdated by another writer before it was stored.

        The figures are computed outside the transaction (the indicator and roll-up services read on their own
        connections) and stored only if the change log did not move meanwhile: every write that can move a
        figure is change-logged (an import as its ``import_batch`` row)."""
        figures = marker = None
        if step is ApprovalStep.APPROVE:
            with self._database.session() as session:
                marker = session.scalar(select(func.max(ChangeLog.id))) or 0
                current = _row(session, period)
                next_state(step, ApprovalState(current.state) if current else ApprovalState.OPEN, period)
            figures = build_figures(self._database, period, self._clock.today())
        with self._database.session(user_name=self.user_name) as session:
            row = _row(session, period)
            newest_change = session.scalar(select(func.max(ChangeLog.id))) or 0
            if marker is not None and newest_change != marker:
                return False
            current = ApprovalState(row.state) if row is not None else ApprovalState.OPEN
            target = next_state(step, current, period)
            if step is ApprovalStep.WITHDRAW and row is not None and row.approved_change_id is not None:
                target = ApprovalState.REOPENED  # approved once, reopened, submitted again: back to reopened
            if row is None:
                row = PeriodApproval(period=period.code, kind=period.kind.value, state=target.value)
                session.add(row)
            row.state = target.value
            if step is ApprovalStep.SUBMIT:
                row.submitted_by, row.submitted_at, row.reason = self.user_name, now, ""
                row.decided_by, row.decided_at = "", None
            else:
                row.decided_by, row.decided_at, row.reason = self.user_name, now, text
            if step is ApprovalStep.APPROVE:
                assert figures is not None
                digest = figures_hash(figures)
                row.approved_change_id = newest_change
                row.approved_at = now
                row.snapshot_sha256 = digest
                session.add(ApprovalSnapshot(period=period.code, taken_at=now, taken_by=self.user_name,
                                             taken_by_login=self.principal.login, approved_change_id=newest_change,
                                             sha256=digest, figures=figures))
            session.flush()
        return True

    # helpers -----------------------------------------------------------------------------------
    @staticmethod
    def _counts(session: Session, rows: list[PeriodApproval]) -> dict[str, int]:
        if not rows:
            return {}
        entries = _entries_after(session, min(r.approved_change_id or 0 for r in rows))
        spans = _Spans(session)
        counts: dict[str, int] = {}
        for row in rows:
            period = JalaliPeriod.parse(row.period)
            counts[row.period] = sum(1 for e in entries if e.id > (row.approved_change_id or 0)
                                     and spans.touches(e, period))
        return counts


def _row(session: Session, period: JalaliPeriod) -> PeriodApproval | None:
    return session.scalar(select(PeriodApproval).where(PeriodApproval.period == period.code))


def _entries_after(session: Session, change_id: int) -> list[ChangeEntry]:
    query = (select(ChangeLog).where(ChangeLog.id > change_id, ChangeLog.table_name != _OWN_TABLE)
             .order_by(ChangeLog.id))
    return [ChangeEntry(r.id, r.changed_at, r.user_name, r.table_name, r.row_id, r.operation, r.old_values,
                        r.new_values, r.user_login or "") for r in session.scalars(query)]


def _snapshot(session: Session, period: JalaliPeriod) -> ApprovalSnapshot | None:
    return session.scalar(select(ApprovalSnapshot).where(ApprovalSnapshot.period == period.code)
                          .order_by(ApprovalSnapshot.id.desc()).limit(1))


class _Spans:
    """Which days a change-log entry touches, looking up what the entry itself does not carry: an activity's
    current planned span (a weight change logs only the weight), a branch's months of figures (a move logs
    only its district), a resolution's meeting day."""

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
        elif table in ("resolution", "resolution_followup"):
            values = {**(entry.old_values or {}), **(entry.new_values or {})}
            resolution = self._session.get(Resolution, values.get("resolution_id") if table != "resolution"
                                           else row_id)
            meeting_id = resolution.meeting_id if resolution is not None else values.get("meeting_id")
            meeting = self._session.get(Meeting, meeting_id) if isinstance(meeting_id, int) else None
            if meeting is not None:
                spans.append((meeting.held_on, meeting.held_on))
        return spans_touch(spans, period)


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


__all__ = ["APPROVABLE_KINDS", "ApprovalService", "ChangeCause", "ChangedSinceApproval", "FrozenFigures",
           "PeriodFigures", "PeriodStatus"]
