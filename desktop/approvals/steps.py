"""The approval steps written: submitting, withdrawing, approving (with the snapshot of the period's figures),
sending back and reopening a period, once ApprovalService has checked who may take the step, that the period may
be approved and is over, and the reason. Each attempt is one write transaction (an approval reads the change
log's newest id first, and computes the figures on their own connections before it); an approval is tried again
while another writer outdates its figures."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from desktop.approvals.rows import approval_row
from desktop.approvals.snapshot import build_figures, figures_hash
from desktop.clock import Clock
from desktop.domain.access import Principal
from desktop.domain.approval import APPROVAL_CONTEXT, ApprovalState, ApprovalStep, next_state
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.database import Database
from desktop.store.models import ApprovalSnapshot, ChangeLog, PeriodApproval

#: How often approving recomputes the figures when someone else wrote meanwhile, before giving up.
SNAPSHOT_ATTEMPTS = 3
BUSY_APPROVING = QT_TRANSLATE_NOOP(
    "Approval", "The data kept changing while {period} was being approved; try again in a moment.")


def take_step(database: Database, clock: Clock, principal: Principal, step: ApprovalStep, period: JalaliPeriod,
              text: str, now: datetime) -> None:
    """Store ``step`` on ``period`` for ``principal`` (``text`` its reason), at most :data:`SNAPSHOT_ATTEMPTS`
    times while its figures are outdated before they are stored."""
    for _attempt in range(SNAPSHOT_ATTEMPTS):
        if _try_step(database, clock, principal, step, period, text, now):
            return
    raise DomainError(APPROVAL_CONTEXT, BUSY_APPROVING, {"period": period.message_label})


def _try_step(database: Database, clock: Clock, principal: Principal, step: ApprovalStep, period: JalaliPeriod,
              text: str, now: datetime) -> bool:
    """One attempt; False when an approval's figures were outdated by another writer before it was stored.

    The figures are computed outside the transaction (the indicator and roll-up services read on their own
    connections) and stored only if the change log did not move meanwhile: every write that can move a
    figure is change-logged (an import as its ``import_batch`` row)."""
    figures = marker = None
    if step is ApprovalStep.APPROVE:
        with database.session() as session:
            marker = session.scalar(select(func.max(ChangeLog.id))) or 0
            current = approval_row(session, period)
            next_state(step, ApprovalState(current.state) if current else ApprovalState.OPEN, period)
        figures = build_figures(database, period, clock.today())
    with database.session(user_name=principal.user_name) as session:
        row = approval_row(session, period)
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
            row.submitted_by, row.submitted_at, row.reason = principal.user_name, now, ""
            row.decided_by, row.decided_at = "", None
        else:
            row.decided_by, row.decided_at, row.reason = principal.user_name, now, text
        if step is ApprovalStep.APPROVE:
            assert figures is not None
            digest = figures_hash(figures)
            row.approved_change_id = newest_change
            row.approved_at = now
            row.snapshot_sha256 = digest
            session.add(ApprovalSnapshot(period=period.code, taken_at=now, taken_by=principal.user_name,
                                         taken_by_login=principal.login, approved_change_id=newest_change,
                                         sha256=digest, figures=figures))
        session.flush()
    return True
