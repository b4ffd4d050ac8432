"""The signed-in account, checked again in every write transaction (docs/access.md, "A session ends with its
account").

A principal is read from its account at sign-in and kept by the window, and by a command, for as long as they run.
Disabling the account, giving it another role or district, renaming it or setting its password anew must end what
that session may do at once - not when the window next locks after 10 idle minutes: a disabled chief justice's
open window once approved a period and enabled his own account again. So every write transaction of the database
first reads the account's row by its primary key and refuses with :class:`AccountChanged`, nothing written, when
it no longer matches the principal. It runs in :meth:`Database.session` (its :attr:`~Database.before_write`), the
one door of every service's write transaction, after ``BEGIN IMMEDIATE`` has taken the write lock: the row cannot
change again before the transaction ends, and no use case can forget the check.

Reads are not checked query by query (a page reads in many short transactions; what the account could read a
moment ago it may read a moment longer): the window asks :func:`change_now` every 15 seconds and locks when the
account changed (desktop/ui/session_lock.py); an export is recorded in a write transaction, so it is refused.

A session's own change of its own account (its name or user name on the Users page, its password) is carried into
it once committed (:func:`renew`), not refused at its next write; its own role or district changed ends it, as
anyone else's change does (the window's pages are built for a role).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.accounts.errors import (
    AccountChanged,
    account_disabled_since,
    account_gone,
    name_changed_since,
    password_changed_since,
    role_changed_since,
)
from desktop.domain.access import Principal, Role
from desktop.store.database import Database
from desktop.store.models import Account


@dataclass(frozen=True)
class AccountWatch:
    """A database's :attr:`~Database.before_write` while ``principal`` is signed in. ``on_renewed`` takes the
    principal after the session's own change of its account (the window's services); without it the watch itself
    is renewed (a command)."""

    principal: Principal
    on_renewed: Callable[[Principal], None] | None = None

    def __call__(self, session: Session) -> None:
        refused = change_since_sign_in(session, self.principal)
        if refused is not None:
            raise refused


def watch(database: Database, principal: Principal, on_renewed: Callable[[Principal], None] | None = None) -> None:
    """Every write transaction of ``database`` checks ``principal``'s account from now on (none for a principal
    of no account: a database without accounts)."""
    database.before_write = AccountWatch(principal, on_renewed) if principal.account_id is not None else None


def change_since_sign_in(session: Session, principal: Principal) -> AccountChanged | None:
    """Why ``principal`` no longer acts for its account (None: it still does), read in ``session``."""
    row = session.execute(
        select(Account.active, Account.role, Account.district_id, Account.display_name, Account.login,
               Account.password_changed_at).where(Account.id == principal.account_id)).one_or_none()
    if row is None:
        return account_gone()
    if not row.active:
        return account_disabled_since(chief_justice=row.role == Role.CHIEF_JUSTICE.value)
    if row.role != principal.role.value or row.district_id != principal.district_id:
        return role_changed_since()
    # A principal made in code, not read from an account, carries no password stamp.
    if principal.password_changed_at is not None and row.password_changed_at != principal.password_changed_at:
        return password_changed_since()
    if row.display_name != principal.user_name or row.login != principal.login:
        return name_changed_since()
    return None


def watched(database: Database) -> Principal | None:
    """The principal whose account ``database``'s write transactions check, if any."""
    watcher = database.before_write
    return watcher.principal if isinstance(watcher, AccountWatch) else None


def change_now(database: Database) -> AccountChanged | None:
    """:func:`change_since_sign_in` for the watched principal, in a read transaction of its own (the window's
    periodic look); None when nobody is watched."""
    principal = watched(database)
    if principal is None:
        return None
    with database.reading() as session:
        return change_since_sign_in(session, principal)


def renew(database: Database, after: Principal) -> None:
    """``after``: the signed-in account as the session's own change, just committed, left it. The session goes on
    under its new name, user name and password; a changed role or district is left to end it."""
    watcher = database.before_write
    if not isinstance(watcher, AccountWatch) or watcher.principal.account_id != after.account_id:
        return
    before = watcher.principal
    if (after.role, after.district_id) != (before.role, before.district_id):
        return
    renewed = replace(before, user_name=after.user_name, login=after.login,
                      password_changed_at=after.password_changed_at)
    if watcher.on_renewed is not None:
        watcher.on_renewed(renewed)
        return
    watch(database, renewed)
    database.user_name, database.user_login = renewed.user_name, renewed.login


def require_unchanged(database: Database, principal: Principal | None = None) -> None:
    """Raise :class:`AccountChanged` when ``principal`` (default: the one ``database`` watches) no longer acts for
    its account, read now: for work that replaces the database's file rather than writing into it (a restore)."""
    principal = principal or watched(database)
    if principal is None or principal.account_id is None:
        return
    with database.reading() as session:
        refused = change_since_sign_in(session, principal)
    if refused is not None:
        raise refused
