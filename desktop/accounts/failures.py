"""The failure counts behind the sign-in's slow-down and lockout, one policy for every name (issue 11): a real
account's in its row, an unknown name's in ``login_failure`` under the SHA-256 of the name, the oldest unknown
names forgotten first. Functions taking the caller's session: no transaction of their own."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.signin import FailureState, LockoutPolicy
from desktop.store.models import Account, LoginFailure

#: How many unknown user names' failures are remembered (the oldest are forgotten first).
UNKNOWN_NAMES_REMEMBERED = 1000


def account_state(account: Account) -> FailureState:
    return FailureState(account.failed_attempts, account.last_failed_at, account.locked_until)


def store_state(account: Account, state: FailureState) -> None:
    account.failed_attempts = state.failures
    account.last_failed_at = state.last_failure_at
    account.locked_until = state.locked_until


def _failure_key(login: str) -> str:
    """How an unknown name is remembered: a hash, so that a password typed into the name field is not kept."""
    return hashlib.sha256(login.encode("utf-8")).hexdigest()


def unknown_state(session: Session, login: str) -> FailureState:
    row = session.get(LoginFailure, _failure_key(login))
    return FailureState(row.failures, row.last_failed_at, row.locked_until) if row is not None else FailureState()


def remember_unknown(session: Session, login: str, state: FailureState) -> None:
    key = _failure_key(login)
    row = session.get(LoginFailure, key)
    if row is None:
        row = LoginFailure(key=key)
        session.add(row)
    row.failures, row.last_failed_at, row.locked_until = state.failures, state.last_failure_at, state.locked_until
    session.flush()
    count = session.scalar(select(func.count()).select_from(LoginFailure)) or 0
    if count > UNKNOWN_NAMES_REMEMBERED:  # forget the oldest: the table never grows without bound
        oldest = session.scalars(select(LoginFailure).order_by(LoginFailure.last_failed_at).limit(
            count - UNKNOWN_NAMES_REMEMBERED))
        for stale in oldest:
            session.delete(stale)


def settled_state(session: Session, account: Account | None, login: str, policy: LockoutPolicy,
                  now: datetime) -> FailureState:
    """The failures of ``account`` (None: of the unknown name ``login``) as of ``now``
    (:meth:`LockoutPolicy.as_of`), written back when a time "in the future" was brought to now: a wait counted
    from the stored time would restart at every attempt until the clock caught up."""
    stored = account_state(account) if account is not None else unknown_state(session, login)
    state = policy.as_of(stored, now)
    if state != stored:
        if account is not None:
            store_state(account, state)
        else:
            remember_unknown(session, login, state)
    return state
