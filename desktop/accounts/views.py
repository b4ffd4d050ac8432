"""What the accounts service hands out: frozen values, never ORM rows (and never a password hash)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.access import Role


@dataclass(frozen=True)
class AccountForm:
    """What the secretary enters for an account. ``district_id`` only for a district head."""

    login: str
    display_name: str
    role: Role
    district_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class AccountView:
    id: int
    login: str
    display_name: str
    role: Role
    district_id: int | None
    district_name: str
    active: bool
    locked_until: datetime | None
    last_sign_in_at: datetime | None
    password_changed_at: datetime


@dataclass(frozen=True)
class AccountEventView:
    id: int
    happened_at: datetime
    account_id: int
    login: str
    actor: str
    kind: str
    detail: str
