"""The dashboard's provinces page as data: each province's last bundle, days since, held and refused bundles with
their reasons, the approval state of each period, and whether it is stale — only the provinces the signed-in
person may see (a liaison: his own). Built on desktop/center/national.py's status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.center.models import CenterBundle, CenterFlag, NationalApproval
from desktop.center.national import status
from desktop.center.staff import Action, StaffContext, check, visible_provinces

#: held / refused bundles listed per province (the newest); the count says how many there are in all
LISTED_BUNDLES = 5


@dataclass(frozen=True)
class BundleNote:
    sequence: int
    bundle_id: str
    received_at: datetime
    reason: str  # as the center wrote it in the receipt (English text of desktop/sync/refusals.py)


@dataclass(frozen=True)
class PeriodApproval:
    period: str
    kind: str
    state: str  # as the province sent it: draft | submitted | approved | returned ...
    decided_by: str
    approved_at: str | None


@dataclass(frozen=True)
class ProvinceOverview:
    code: str
    name: str
    last_sequence: int  # 0: nothing applied yet
    last_received: datetime | None
    days_since: int | None  # None: never sent a bundle
    stale: bool
    held_count: int
    held: tuple[BundleNote, ...]
    refused_count: int
    refused: tuple[BundleNote, ...]
    flags: int
    approvals: tuple[PeriodApproval, ...]
    never_sent: bool = False  # nothing at all has reached the center from it: never "sent recently"
    registered_at: datetime | None = None


def province_overview(session: Session, staff: StaffContext, now: datetime, stale_days: int) -> list[ProvinceOverview]:
    check(staff, Action.view_provinces)
    visible = visible_provinces(staff)
    rows = [row for row in status(session, now, stale_days) if visible is None or row.code in visible]
    codes = [row.code for row in rows]
    counts: dict[tuple[str, str], int] = {
        (province, state): count for province, state, count in session.execute(
            select(CenterBundle.province, CenterBundle.state, func.count()).where(
                CenterBundle.province.in_(codes), CenterBundle.state.in_(("held", "rejected")))
            .group_by(CenterBundle.province, CenterBundle.state))}
    flags = dict(session.execute(select(CenterFlag.province, func.count()).where(CenterFlag.province.in_(codes))
                                 .group_by(CenterFlag.province)).all())
    approvals: dict[str, list[PeriodApproval]] = {}
    for row in session.scalars(select(NationalApproval).where(NationalApproval.province.in_(codes))
                               .order_by(NationalApproval.province, NationalApproval.period, NationalApproval.kind)):
        approvals.setdefault(row.province, []).append(
            PeriodApproval(row.period, row.kind, row.state, row.decided_by, row.approved_at))
    result = []
    for row in rows:
        result.append(ProvinceOverview(
            code=row.code, name=row.name, last_sequence=row.last_sequence, last_received=row.last_received,
            days_since=(now - row.last_received).days if row.last_received else None, stale=row.stale,
            held_count=(held := counts.get((row.code, "held"), 0)),
            held=_notes(session, row.code, "held") if held else (),
            refused_count=(refused := counts.get((row.code, "rejected"), 0)),
            refused=_notes(session, row.code, "rejected") if refused else (),
            flags=flags.get(row.code, 0), approvals=tuple(approvals.get(row.code, ())),
            never_sent=row.never_sent, registered_at=row.registered_at))
    return result


def _notes(session: Session, province: str, state: str) -> tuple[BundleNote, ...]:
    rows = session.execute(select(CenterBundle.sequence, CenterBundle.bundle_id, CenterBundle.received_at,
                                  CenterBundle.reason).where(CenterBundle.province == province,
                                                             CenterBundle.state == state)
                           .order_by(CenterBundle.id.desc()).limit(LISTED_BUNDLES)).all()
    return tuple(BundleNote(*row) for row in rows)
