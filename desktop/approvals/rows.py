"""The approval ledger as the use cases read it, on the caller's session: a period's ``period_approval`` row, its
latest approval snapshot, and the change-log entries logged after a change id (the approval steps themselves,
change-logged too, left out)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.jalali import JalaliPeriod
from desktop.store.changelog import ChangeEntry
from desktop.store.models import ApprovalSnapshot, ChangeLog, PeriodApproval

_OWN_TABLE = PeriodApproval.__tablename__


def approval_row(session: Session, period: JalaliPeriod) -> PeriodApproval | None:
    return session.scalar(select(PeriodApproval).where(PeriodApproval.period == period.code))


def entries_after(session: Session, change_id: int) -> list[ChangeEntry]:
    query = (select(ChangeLog).where(ChangeLog.id > change_id, ChangeLog.table_name != _OWN_TABLE)
             .order_by(ChangeLog.id))
    return [ChangeEntry(r.id, r.changed_at, r.user_name, r.table_name, r.row_id, r.operation, r.old_values,
                        r.new_values, r.user_login or "") for r in session.scalars(query)]


def latest_snapshot(session: Session, period: JalaliPeriod) -> ApprovalSnapshot | None:
    return session.scalar(select(ApprovalSnapshot).where(ApprovalSnapshot.period == period.code)
                          .order_by(ApprovalSnapshot.id.desc()).limit(1))
