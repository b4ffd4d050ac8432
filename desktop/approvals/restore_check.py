"""What a restore would move: the approved and the submitted periods of this database whose figures a restored
copy (``other``, carrying this ledger) would not reproduce. A restore that changes approved figures, or what
awaits approval, is refused until those periods are reopened, or the submission withdrawn or sent back
(docs/access.md, "Restore"). Each function reads this database in one read-only transaction; the figures are
computed outside it."""

from __future__ import annotations

from sqlalchemy import select

from desktop.approvals.rows import latest_snapshot
from desktop.approvals.snapshot import build_figures, differences, recompute
from desktop.clock import Clock
from desktop.domain.approval import ApprovalState
from desktop.domain.jalali import JalaliPeriod
from desktop.store.database import Database
from desktop.store.models import PeriodApproval


def periods_moved_by(database: Database, clock: Clock, other: Database) -> list[JalaliPeriod]:
    """The approved periods whose frozen figures ``other`` would not reproduce."""
    with database.reading() as session:
        snapshots = [latest_snapshot(session, JalaliPeriod.parse(row.period)) for row in session.scalars(
            select(PeriodApproval).where(PeriodApproval.state == ApprovalState.APPROVED.value))]
        frozen = [(JalaliPeriod.parse(s.period), s.figures) for s in snapshots if s is not None]
    today = clock.today()
    return sorted(period for period, figures in frozen if differences(figures, recompute(other, figures, today)))


def submitted_periods_moved_by(database: Database, clock: Clock, other: Database) -> list[JalaliPeriod]:
    """The submitted periods whose figures today ``other`` would not reproduce: they have no snapshot yet, so
    today's figures are compared."""
    with database.reading() as session:
        submitted = [JalaliPeriod.parse(code) for code in session.scalars(select(PeriodApproval.period).where(
            PeriodApproval.state == ApprovalState.SUBMITTED.value))]
    today = clock.today()
    moved = []
    for period in sorted(submitted):
        figures = build_figures(database, period, today)
        if differences(figures, recompute(other, figures, today)):
            moved.append(period)
    return moved
