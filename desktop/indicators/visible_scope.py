"""What of the indicators a principal may see: a district head his own district and its branches, nothing of
another district or of the whole province (:func:`allowed_parent`, applied by every query of the indicator
service)."""

from __future__ import annotations

from sqlalchemy import Connection, text

from desktop.domain.access import Action, Principal


class Nothing:
    """Marks a request outside the principal's reach: the answer is empty."""


NOTHING = Nothing()


def _province_of(connection: Connection, district_id: int) -> int | None:
    return connection.execute(text("SELECT province_id FROM district WHERE id = :id"), {"id": district_id}).scalar()


def _district_of_branch(connection: Connection, branch_id: int) -> int | None:
    return connection.execute(text("SELECT district_id FROM branch WHERE id = :id"), {"id": branch_id}).scalar()


def allowed_parent(
    connection: Connection, principal: Principal, level: str, parent: tuple[str, int] | None
) -> tuple[str, int] | None | Nothing:
    """``parent`` narrowed to the principal's district, or NOTHING when it lies outside it."""
    principal.require(Action.VIEW)
    own = principal.visible_district
    if own is None:
        return parent
    if level == "province" or (parent is not None and parent[0] == "province" and parent[1] != _province_of(
            connection, own)):
        return NOTHING
    if parent is None or parent[0] == "province":
        return ("district", own)
    if parent[0] == "district":
        return parent if parent[1] == own else NOTHING
    return parent if _district_of_branch(connection, parent[1]) == own else NOTHING
