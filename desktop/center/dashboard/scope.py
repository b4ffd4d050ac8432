"""Who may see or do what on the dashboard: the contract's role × action matrix and a liaison's provinces
(desktop/center/staff), and the audit of what was done.

The rule lives here, in the service layer; a page only shows the answer. A refusal raises
:class:`~desktop.center.staff.Refused` — the dashboard's handler audits it and answers 403 in the person's
language (desktop/center/web/app.py). Every action that changes something (issuing a directive, registering or
rotating a key) is audited as allowed in the same transaction as the change — not every page view.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.models import CenterProvince
from desktop.center.staff import Action, Refused, StaffContext, check, visible_provinces
from desktop.center.staff.audit import Outcome, record

__all__ = ["Refused", "audit_allowed", "require", "require_province", "visible_codes"]


def require(staff: StaffContext, action: Action) -> None:
    """Refuse unless the staff member's role may do ``action``."""
    check(staff, action)


def require_province(staff: StaffContext, action: Action, province: str) -> None:
    """Refuse unless the role may do ``action`` and ``province`` is one the staff member sees."""
    check(staff, action, province)


def visible_codes(session: Session, staff: StaffContext) -> list[tuple[str, str]]:
    """(code, name) of the registered provinces the staff member sees, in code order."""
    visible = visible_provinces(staff)
    rows = session.execute(select(CenterProvince.code, CenterProvince.name).order_by(CenterProvince.code)).all()
    return [(code, name) for code, name in rows if visible is None or code in visible]


def audit_allowed(session: Session, staff: StaffContext, action: Action, target: str, at: datetime) -> None:
    record(session, staff, action, target, Outcome.ALLOWED, at=at)
