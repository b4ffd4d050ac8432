"""The center's follow-up of the provinces in the national report, gathered from its tables: each province's
approval of the half-year (with the figures it froze), the provinces silent too long, the bundles held now or
refused since the period began, and the directives issued in the period (no text, no layout)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.models import CenterBundle, CenterDirective, NationalApproval
from desktop.center.national import status
from desktop.center.report.snapshots import ApprovedSnapshot, approved_snapshot
from desktop.domain.jalali import JalaliPeriod


@dataclass(frozen=True)
class StaleLine:
    code: str
    name: str
    last_received: datetime | None
    days_since: int | None
    stale: bool  # late (a province that has sent nothing counts from its registration)
    never_sent: bool = False  # nothing at all has reached the center from it: never "sent recently"
    registered_at: datetime | None = None
    received: bool = True  # some bundle of it has been applied (False: its figures are not known, never zero)

    @property
    def listed(self) -> bool:
        """Shown among the provinces that have sent nothing recently: the stale ones and those that never sent."""
        return self.stale or self.never_sent


@dataclass(frozen=True)
class BundleLine:
    province: str
    sequence: int
    state: str  # held | rejected
    received_at: datetime
    reason: str  # the English text of desktop/sync/refusals.py the receipt carried


@dataclass(frozen=True)
class ApprovalLine:
    code: str
    name: str
    state: str | None  # submitted | approved | returned | reopened; None: never submitted
    decided_by: str
    approved_at: datetime | None
    snapshot: ApprovedSnapshot | None


@dataclass(frozen=True)
class DirectiveLine:
    province: str
    sequence: int
    issued_at: datetime
    summary: str


def approval_lines(session: Session, period: JalaliPeriod,
                   provinces: tuple[tuple[str, str], ...]) -> tuple[ApprovalLine, ...]:
    rows = {row.province: row for row in session.scalars(select(NationalApproval).where(
        NationalApproval.period == period.code))}
    lines = []
    for code, name in provinces:
        row = rows.get(code)
        state = row.state if row else None
        # only a period approved now uses its snapshot: one reopened since is not the approved figures any more
        snapshot = approved_snapshot(session, code, period.code) if state == "approved" else None
        approved_at = _moment(row.approved_at) if row else None
        lines.append(ApprovalLine(code, name, state, row.decided_by if row else "", approved_at, snapshot))
    return tuple(lines)


def _moment(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def stale_lines(session: Session, now: datetime, stale_days: int) -> list[StaleLine]:
    lines = []
    for row in status(session, now, stale_days):
        days = (now - row.last_received).days if row.last_received else None
        lines.append(StaleLine(row.code, row.name, row.last_received, days, row.stale, row.never_sent,
                               row.registered_at, row.last_sequence > 0))
    return lines


def _span(period: JalaliPeriod) -> tuple[datetime, datetime]:
    """The period as UTC instants (its first day's start to the day after its last)."""
    return (datetime.combine(period.start, time(), UTC), datetime.combine(period.end + timedelta(days=1), time(), UTC))


def bundle_lines(session: Session, period: JalaliPeriod) -> list[BundleLine]:
    """Every bundle held now (waiting for an earlier one), and every bundle refused since the period began (the
    report is read after the period: a refusal since is still the province's open problem)."""
    start, _end = _span(period)
    rows = session.scalars(select(CenterBundle).where(
        (CenterBundle.state == "held") | ((CenterBundle.state == "rejected") & (CenterBundle.received_at >= start))
    ).order_by(
        CenterBundle.province, CenterBundle.received_at, CenterBundle.sequence))
    return [BundleLine(row.province, row.sequence, row.state, row.received_at, row.reason) for row in rows]


def directive_lines(session: Session, period: JalaliPeriod) -> list[DirectiveLine]:
    start, end = _span(period)
    rows = session.scalars(select(CenterDirective).where(
        CenterDirective.created_at >= start, CenterDirective.created_at < end).order_by(
        CenterDirective.created_at, CenterDirective.province, CenterDirective.sequence))
    return [DirectiveLine(row.province, row.sequence, row.created_at, row.summary) for row in rows]
