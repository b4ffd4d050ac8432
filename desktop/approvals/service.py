"""Use cases of period approval (docs/access.md, "Approval").

The secretary submits a Jalali month or half-year (``Action.SUBMIT``); the chief justice approves it, which
locks its data, or sends it back with a reason (``Action.APPROVE``); only he reopens an approved period, with a
reason (``Action.REOPEN``). The ``period_approval`` row is change-logged, so each step is in the audit trail
and travels to the center. The lock itself is enforced by the services that write dated data, through
:func:`desktop.store.approvals.ensure_dates_unlocked`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal, Reach
from desktop.domain.approval import (
    APPROVABLE_KINDS,
    APPROVAL_CONTEXT,
    ApprovalRecord,
    ApprovalState,
    ApprovalStep,
    approvable,
    change_dates,
    next_state,
    validate_reason,
)
from desktop.domain.jalali import JalaliPeriod, PeriodKind
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.changelog import ChangeEntry
from desktop.store.database import Database
from desktop.store.models import ChangeLog, PeriodApproval

NEVER_APPROVED = QT_TRANSLATE_NOOP("Approval", "{period} has never been approved.")
_OWN_TABLE = PeriodApproval.__tablename__


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
        with self._database.session() as session:
            rows = {r.period: r for r in session.scalars(select(PeriodApproval).where(
                PeriodApproval.period.in_([p.code for p in wanted])))}
            counted = self._counts(session, [r for r in rows.values() if r.approved_change_id is not None])
        return [_status(p, rows.get(p.code), counted.get(p.code, 0)) for p in wanted]

    def status(self, period: JalaliPeriod) -> PeriodStatus:
        self.principal.require(Action.VIEW)
        with self._database.session() as session:
            row = _row(session, period)
            count = self._counts(session, [row]).get(period.code, 0) if row and row.approved_change_id else 0
        return _status(period, row, count)

    def records(self, periods: Iterable[JalaliPeriod]) -> list[ApprovalRecord]:
        """The stored approval of each period (OPEN when never submitted), in period order."""
        self.principal.require(Action.VIEW)
        ordered = sorted(set(periods))
        with self._database.session() as session:
            return [_record(p, _row(session, p)) for p in ordered]

    def changes_since_approval(self, period: JalaliPeriod, limit: int = 5000) -> list[ChangeEntry]:
        """Changes logged after the period's last approval that touch its dates (newest first); approval steps
        themselves are not counted. Reads the whole change log, so a district head may not."""
        self.principal.require(Action.VIEW, Reach.ALL_DISTRICTS)
        with self._database.session() as session:
            row = _row(session, period)
            if row is None or row.approved_change_id is None:
                raise DomainError(APPROVAL_CONTEXT, NEVER_APPROVED, {"period": period.label_fa})
            found = [e for e in _entries_after(session, row.approved_change_id)
                     if _touches(e, period)]
        return sorted(found, key=lambda e: e.id, reverse=True)[:limit]

    # steps -------------------------------------------------------------------------------------
    def submit(self, period: JalaliPeriod) -> PeriodStatus:
        return self._step(ApprovalStep.SUBMIT, period)

    def approve(self, period: JalaliPeriod) -> PeriodStatus:
        return self._step(ApprovalStep.APPROVE, period)

    def send_back(self, period: JalaliPeriod, reason: str) -> PeriodStatus:
        return self._step(ApprovalStep.SEND_BACK, period, reason)

    def reopen(self, period: JalaliPeriod, reason: str) -> PeriodStatus:
        return self._step(ApprovalStep.REOPEN, period, reason)

    def _step(self, step: ApprovalStep, period: JalaliPeriod, reason: str = "") -> PeriodStatus:
        self.principal.require(step.action)
        approvable(period)
        text = validate_reason(reason) if step.needs_reason else ""
        now = self._clock.now()
        with self._database.session(user_name=self.user_name) as session:
            row = _row(session, period)
            newest_change = session.scalar(select(func.max(ChangeLog.id))) or 0
            current = ApprovalState(row.state) if row is not None else ApprovalState.OPEN
            target = next_state(step, current, period)
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
                row.approved_change_id = newest_change
                row.approved_at = now
            session.flush()
        return self.status(period)

    # helpers -----------------------------------------------------------------------------------
    @staticmethod
    def _counts(session: Session, rows: list[PeriodApproval]) -> dict[str, int]:
        if not rows:
            return {}
        entries = _entries_after(session, min(r.approved_change_id or 0 for r in rows))
        counts: dict[str, int] = {}
        for row in rows:
            period = JalaliPeriod.parse(row.period)
            counts[row.period] = sum(1 for e in entries if e.id > (row.approved_change_id or 0)
                                     and _touches(e, period))
        return counts


def _row(session: Session, period: JalaliPeriod) -> PeriodApproval | None:
    return session.scalar(select(PeriodApproval).where(PeriodApproval.period == period.code))


def _entries_after(session: Session, change_id: int) -> list[ChangeEntry]:
    query = (select(ChangeLog).where(ChangeLog.id > change_id, ChangeLog.table_name != _OWN_TABLE)
             .order_by(ChangeLog.id))
    return [ChangeEntry(r.id, r.changed_at, r.user_name, r.table_name, r.row_id, r.operation, r.old_values,
                        r.new_values, r.user_login or "") for r in session.scalars(query)]


def _touches(entry: ChangeEntry, period: JalaliPeriod) -> bool:
    return any(period.contains(d) for d in change_dates(entry.table_name, entry.old_values, entry.new_values))


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


__all__ = ["APPROVABLE_KINDS", "ApprovalService", "PeriodStatus"]
