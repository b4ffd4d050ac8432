"""Query helpers for period approval: which periods are approved (their data locked)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.approval import ApprovalState, ensure_unlocked
from desktop.domain.jalali import JalaliPeriod
from desktop.store.models import PeriodApproval


def approved_periods(session: Session) -> list[JalaliPeriod]:
    """Every period whose data is locked, in order."""
    codes = session.scalars(select(PeriodApproval.period).where(
        PeriodApproval.state == ApprovalState.APPROVED.value))
    return sorted(JalaliPeriod.parse(code) for code in codes)


def ensure_dates_unlocked(session: Session, *days) -> None:
    """Raise :class:`~desktop.domain.approval.PeriodLocked` when one of ``days`` lies in an approved period."""
    wanted = [d for d in days if d is not None]
    if wanted:
        ensure_unlocked(wanted, approved_periods(session))
