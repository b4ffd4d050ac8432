"""Signing in with slow-down and lockout, and changing one's own password (the current one counts as an attempt).
Each function is one use case, one transaction.

A refused sign-in says the same thing, after the same work (one Argon2id check), whether the user name is
unknown or the password wrong, a disabled account's included. Only the right password of a disabled account is
told that it is disabled and whom to ask: its owner cannot otherwise tell a disabled account from a mistyped
password, and whoever knows the password learns nothing he could not try anyway. It still counts as a failure. Failures are counted in the database for every name with
the same policy (issue 11, failures.py): a real account's in its row, an unknown name's in ``login_failure`` under
the SHA-256 of the name; both survive a restart and both end up "locked", so the lock does not reveal which names
exist.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.accounts.errors import AccountDisabled, TryLater, WrongCredentials
from desktop.accounts.failures import remember_unknown, settled_state, store_state
from desktop.accounts.live import renew
from desktop.accounts.rows import account_event, own_account, principal_of
from desktop.clock import Clock
from desktop.domain.access import Principal, Role
from desktop.domain.signin import (
    FailureState,
    LockoutPolicy,
    normalise_login,
    normalise_password,
    validate_new_password,
)
from desktop.store.database import Database
from desktop.store.models import Account

if TYPE_CHECKING:
    from desktop.accounts.passwords import PasswordHashing


def sign_in(database: Database, clock: Clock, hashing: PasswordHashing, policy: LockoutPolicy,
            login: str, password: str) -> Principal:
    """The principal of the account, or :class:`WrongCredentials` / :class:`TryLater`."""
    now = clock.now()
    key = normalise_login(login)
    disabled: AccountDisabled | None = None
    # Not as the signed-in user: the window's lock signs in again over a session that may have ended.
    with database.session(signed_in=False) as session:
        account = session.scalar(select(Account).where(Account.login == key))
        state = settled_state(session, account, key, policy, now)
        # Raised once the block has committed: a failure "in the future" brought to now is kept.
        refused = _refusal(policy, state, now)
        if refused is None:
            secret = normalise_password(password)
            matched = hashing.check(account.password_hash if account is not None else None, secret)
            if account is not None and matched and account.active:
                if hashing.needs_rehash(account.password_hash):
                    account.password_hash = hashing.hash(secret)
                store_state(account, policy.after_success(state))
                account.last_sign_in_at = now
                account_event(session, account, account.display_name, "signed_in", now)
                return principal_of(account)
            failed = policy.after_failure(state, now)
            if account is not None:
                if matched:  # the right password of a disabled account
                    disabled = AccountDisabled(chief_justice=account.role == Role.CHIEF_JUSTICE.value)
                store_state(account, failed)
                account_event(session, account, "", "sign_in_failed", now, "disabled" if disabled else "")
                if failed.locked_until is not None:
                    account_event(session, account, "", "locked", now)
            else:
                remember_unknown(session, key, failed)
    if refused is not None:
        raise refused
    if disabled is not None:  # before the lock this failure may have set: being disabled is what to act on
        raise disabled
    if failed.locked_until is not None:
        raise TryLater(failed.locked_until - now, locked=True)
    raise WrongCredentials()


def change_password(database: Database, clock: Clock, hashing: PasswordHashing, policy: LockoutPolicy,
                    principal: Principal, current: str, new: str) -> None:
    """The signed-in user's own password; the current one must be given (and counts as an attempt)."""
    now = clock.now()
    renewed: Principal | None = None
    with database.session() as session:  # the account checked first (live.py): a session ended changes nothing
        account = own_account(session, principal)
        secret = validate_new_password(new, account.login, "new_password")
        state = settled_state(session, account, account.login, policy, now)
        refused = _refusal(policy, state, now)
        if refused is None:
            if hashing.check(account.password_hash, normalise_password(current)):
                account.password_hash = hashing.hash(secret)
                account.password_changed_at = now
                store_state(account, policy.after_success(state))
                account_event(session, account, principal.user_name, "password_changed", now)
                renewed = principal_of(account)
            else:
                store_state(account, policy.after_failure(state, now))
                account_event(session, account, principal.user_name, "sign_in_failed", now)
    if renewed is not None:
        renew(database, renewed)  # this session goes on under its new password; any other one ends
        return
    raise refused or WrongCredentials()


def _refusal(policy: LockoutPolicy, state: FailureState, now: datetime) -> TryLater | None:
    """The answer to an attempt made too soon, or None when it may be checked."""
    wait = policy.wait(state, now)
    return TryLater(wait, locked=policy.is_locked(state, now)) if wait else None
