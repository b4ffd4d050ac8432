"""An account's row: found by its id or by the signed-in principal, read out as the values the service hands
out (never the row, never the hash), and its security events (``account_event``)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from desktop.accounts.errors import account_not_found
from desktop.accounts.views import AccountView
from desktop.domain.access import Principal, Role
from desktop.store.models import Account, AccountEvent


def get_account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise account_not_found(account_id)
    return account


def own_account(session: Session, principal: Principal) -> Account:
    if principal.account_id is None:
        raise account_not_found(0)
    return get_account(session, principal.account_id)


def principal_of(account: Account) -> Principal:
    return Principal(user_name=account.display_name, role=Role(account.role), district_id=account.district_id,
                     account_id=account.id, login=account.login,
                     password_changed_at=account.password_changed_at)


def view_of(row: Account) -> AccountView:
    return AccountView(
        id=row.id, login=row.login, display_name=row.display_name, role=Role(row.role),
        district_id=row.district_id, district_name=row.district.name if row.district else "",
        active=row.active, locked_until=row.locked_until, last_sign_in_at=row.last_sign_in_at,
        password_changed_at=row.password_changed_at,
    )


def describe(account: Account) -> str:
    """Role, district and state in a line for the event log (never the hash)."""
    district = f" district={account.district_id}" if account.district_id is not None else ""
    state = "" if account.active else " disabled"
    return f"{account.login} {account.display_name} {account.role}{district}{state}"


def account_event(session: Session, account: Account, actor: str, kind: str, now: datetime,
                  detail: str = "") -> None:
    session.add(AccountEvent(happened_at=now, account_id=account.id, login=account.login, actor=actor,
                             kind=kind, detail=detail))
