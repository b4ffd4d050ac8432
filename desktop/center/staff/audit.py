"""The audit: every sign-in attempt and every staff action, allowed or refused (table ``center_audit``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.models import CenterAudit
from desktop.center.staff.context import StaffContext, check
from desktop.center.staff.roles import Action

#: who the command line acts as in the audit (its operator has the database itself)
COMMAND_LINE = "cli"
SIGN_IN = "sign_in"
SIGN_OUT = "sign_out"


class Outcome:
    """The outcomes written to the audit (stable codes; the audit page translates them)."""
    ALLOWED = "allowed"
    REFUSED = "refused"
    SIGNED_IN = "signed_in"
    WRONG_PASSWORD = "wrong_password"
    LOCKED = "locked"
    UNKNOWN_USER = "unknown_user"
    DISABLED = "disabled"
    SIGNED_OUT = "signed_out"


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    user_name: str
    action: str
    target: str
    outcome: str
    address: str


def record(session: Session, staff: StaffContext | None, action: Action | str, target: str, outcome: str, *,
           user_name: str | None = None, address: str = "", at: datetime | None = None) -> CenterAudit:
    """Add one audit row in the caller's transaction (and return it). ``staff`` None: the command line, or a
    sign-in attempt (then ``user_name`` is the name typed)."""
    row = CenterAudit(
        at=at or datetime.now(UTC), account_id=staff.account_id if staff else None,
        user_name=(staff.user_name if staff else (user_name if user_name is not None else COMMAND_LINE))[:64],
        action=str(action)[:32], target=target[:200], outcome=outcome[:32], address=address[:64])
    session.add(row)
    return row


def latest(session: Session, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
    """The newest audit rows first (for the command line, whose operator holds the database)."""
    rows = session.scalars(select(CenterAudit).order_by(CenterAudit.id.desc()).limit(limit).offset(offset))
    return [AuditEntry(r.id, r.at, r.user_name, r.action, r.target, r.outcome, r.address) for r in rows]


def entries(session: Session, staff: StaffContext, limit: int = 200, offset: int = 0) -> list[AuditEntry]:
    """The audit for the dashboard: administrators only (Refused otherwise)."""
    check(staff, Action.view_audit)
    return latest(session, limit, offset)
