"""A period's approved figures: those frozen at its approval while it is approved, the figures to show or send
(frozen, or today's), and today's against the frozen ones with what happened since that could have moved them.
Each function reads in one read-only transaction; today's figures are computed outside it, on the indicator
and roll-up services' own connections (ApprovalService checks the role first)."""

from __future__ import annotations

from sqlalchemy import select

from desktop.approvals.rows import approval_row, entries_after, latest_snapshot
from desktop.approvals.snapshot import SECTION_TABLES, build_figures, differences, recompute
from desktop.approvals.states import NEVER_APPROVED
from desktop.approvals.views import ChangeCause, ChangedSinceApproval, FrozenFigures, PeriodFigures
from desktop.clock import Clock
from desktop.domain.approval import APPROVAL_CONTEXT, ApprovalState
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.database import Database
from desktop.store.models import AuditEvent

NO_SNAPSHOT = QT_TRANSLATE_NOOP(
    "Approval", "{period} was approved before Rasad kept the approved figures; they are frozen at its next approval.")
#: Causes listed per section of "changed since approval" at most (newest first).
CAUSES_SHOWN = 200


def frozen_figures(database: Database, period: JalaliPeriod) -> FrozenFigures | None:
    """The figures the chief justice approved, while ``period`` is approved; None otherwise (then the figures
    are today's)."""
    with database.reading() as session:
        row = approval_row(session, period)
        if row is None or row.state != ApprovalState.APPROVED.value:
            return None
        snapshot = latest_snapshot(session, period)
        if snapshot is None:  # approved before snapshots existed (migration 0009)
            return None
        return FrozenFigures(period, snapshot.figures, snapshot.sha256, snapshot.taken_by, snapshot.taken_at)


def period_figures(database: Database, clock: Clock, period: JalaliPeriod,
                   frozen: FrozenFigures | None) -> PeriodFigures:
    """``frozen`` (the approved snapshot) while there is one, otherwise today's figures of ``period``."""
    if frozen is not None:
        return PeriodFigures(period, frozen.figures, True, frozen.sha256, frozen.approved_by, frozen.approved_at)
    return PeriodFigures(period, build_figures(database, period, clock.today()), False)


def figure_changes(database: Database, clock: Clock, period: JalaliPeriod) -> ChangedSinceApproval:
    """Today's figures of ``period`` against those frozen at its last approval, and what happened since that
    could have moved them (change-log entries by section, and restores)."""
    with database.reading() as session:
        row = approval_row(session, period)
        snapshot = latest_snapshot(session, period)
        if row is None or row.approved_change_id is None:
            raise DomainError(APPROVAL_CONTEXT, NEVER_APPROVED, {"period": period.message_label})
        if snapshot is None:  # approved before migration 0009
            raise DomainError(APPROVAL_CONTEXT, NO_SNAPSHOT, {"period": period.message_label})
        entries = entries_after(session, snapshot.approved_change_id)
        events = list(session.scalars(select(AuditEvent).where(
            AuditEvent.happened_at >= snapshot.taken_at, AuditEvent.kind == "restore")))
        state = ApprovalState(row.state)
        approved = (snapshot.figures, snapshot.sha256, snapshot.taken_by, snapshot.taken_at)
    now = recompute(database, approved[0], clock.today())
    found = tuple(differences(approved[0], now))
    causes: dict[str, tuple[ChangeCause, ...]] = {}
    restores = [ChangeCause(e.happened_at, e.display_name, e.login, "", None, e.kind, e.detail) for e in events]
    for section, tables in SECTION_TABLES.items():
        listed = [ChangeCause(e.changed_at, e.user_name, e.user_login, e.table_name, e.row_id, e.operation)
                  for e in entries if e.table_name in tables]
        listed = sorted(listed + restores, key=lambda c: c.changed_at, reverse=True)
        causes[section] = tuple(listed[:CAUSES_SHOWN])
    return ChangedSinceApproval(period, approved[1], approved[2], approved[3], state, found, causes)
