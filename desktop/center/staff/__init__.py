"""The center's staff: roles and what each may do, the signed-in person, accounts and sessions, the audit
(issue 16; docs/access.md). No web imports here: the dashboard (desktop/center/web/) only shows the answers."""

from desktop.center.staff.context import Refused, StaffContext, check, visible_provinces
from desktop.center.staff.roles import MATRIX, Action, StaffRole, allowed

__all__ = ["MATRIX", "Action", "Refused", "StaffContext", "StaffRole", "allowed", "check", "visible_provinces"]
