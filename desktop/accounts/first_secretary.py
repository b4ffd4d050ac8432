"""The province's first account, its secretary's, written in the transaction that sets the province up
(:meth:`desktop.organisation.service.OrganisationService.complete_setup`): a province is never set up, even for a
moment, without the account that guards it - a second window on the same new database, or a busy database after
the setup, would otherwise find a province with nobody to sign in and open it unguarded (docs/access.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.accounts.errors import already_set_up
from desktop.accounts.rows import account_event, describe, principal_of
from desktop.domain.access import Principal, Role
from desktop.store.models import Account


@dataclass(frozen=True)
class FirstSecretary:
    """The secretary's account, checked and its password already hashed (Argon2id is slow: never under the
    write lock). Made by :meth:`desktop.accounts.service.AccountService.first_secretary`."""

    login: str
    display_name: str
    password_hash: str = ""
    created_at: datetime | None = None

    def __repr__(self) -> str:  # never the hash in a log or a traceback
        return f"FirstSecretary(login={self.login!r}, display_name={self.display_name!r})"


def has_accounts(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(Account)))


def write_first_secretary(session: Session, secretary: FirstSecretary) -> Principal:
    """The account, in ``session``'s transaction; refused once any account exists."""
    if has_accounts(session):
        raise already_set_up()
    now = secretary.created_at
    account = Account(login=secretary.login, display_name=secretary.display_name, role=Role.SECRETARY.value,
                      district_id=None, password_hash=secretary.password_hash, active=True, failed_attempts=0,
                      created_at=now, password_changed_at=now)
    session.add(account)
    session.flush()
    account_event(session, account, secretary.display_name, "created", now, describe(account))
    return principal_of(account)
