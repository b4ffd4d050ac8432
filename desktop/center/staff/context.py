"""The signed-in person as every service function that a page calls receives it, and its refusal."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.center.staff.roles import Action, StaffRole, allowed
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError


@dataclass(frozen=True)
class StaffContext:
    account_id: int
    user_name: str
    display_name: str
    role: StaffRole
    provinces: frozenset[str] | None  # a liaison's provinces; None: every province
    session_id: str  # the SHA-256 of the session's cookie value (what the database stores), never the cookie
    csrf_token: str
    language: str = "fa"


class Refused(DomainError):
    """The signed-in person may not do this (a role too weak, or a province not his)."""

    def __init__(self, action: Action | str, target: str = "") -> None:
        if target:
            super().__init__("Center", QT_TRANSLATE_NOOP(
                "Center", "Your account may not see province {province}."), {"province": target})
        else:
            super().__init__("Center", QT_TRANSLATE_NOOP(
                "Center", "Your account's role does not allow this page or action."))
        self.action = str(action)
        self.target = target


def visible_provinces(staff: StaffContext) -> frozenset[str] | None:
    """The provinces ``staff`` sees: a liaison's own (possibly none), None (= all) for the other roles."""
    if StaffRole(staff.role) is StaffRole.liaison:
        return staff.provinces or frozenset()
    return None


def check(staff: StaffContext, action: Action, province: str | None = None) -> None:
    """Raise Refused unless ``staff``'s role allows ``action`` (on ``province``, when one is named)."""
    if not allowed(staff.role, action):
        raise Refused(action)
    if province is not None:
        visible = visible_provinces(staff)
        if visible is not None and province not in visible:
            raise Refused(action, province)
