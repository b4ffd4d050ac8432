"""The lockout's counter, kept so that it holds whatever the concurrency (security review sec40: 29 of 40
parallel wrong passwords were checked, and the right one among them signed in, with a policy of 5).

An attempt is counted as failed BEFORE its password is looked at, by one conditional UPDATE (:func:`reserve`):
the database orders concurrent UPDATEs of a row (SQLite has one writer; PostgreSQL, at READ COMMITTED, evaluates
the WHERE again on the row a concurrent UPDATE wrote), so between two locks at most ``max_failures`` attempts get
a check, on either database. The attempt that brings the count to ``max_failures`` also sets ``locked_until`` at
once: a lock *pending* on the attempts in flight, told from a lock by ``failed_attempts > 0`` (a lock leaves the
count at 0). While it is pending every further attempt is refused unchecked; an attempt in flight with the right
password still signs in (:func:`clear`: the fifth attempt after four failures must); the first of them that
fails makes the lock real (:func:`lock_if_spent`), and a right password checked after that is refused. When a
server dies mid-check its attempt stays counted, and the pending lock runs out as a lock does.

An unknown user name has no row: its attempts are replayed from the audit (:func:`unknown_name_state`), each one
written before it is judged, so a burst of one name gets no more checks than an account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, case, literal, null, or_, select, update
from sqlalchemy.orm import Session

from desktop.center.models import CenterAudit, CenterStaffAccount
from desktop.center.staff.audit import SIGN_IN, Outcome

_REPLAYED = 200  # audited attempts of an unknown user name replayed to find its lock (desc. order, newest)
_account = CenterStaffAccount


@dataclass(frozen=True)
class Limits:
    max_failures: int
    lockout: timedelta


def unlocked(now: datetime) -> ColumnElement[bool]:
    return or_(_account.locked_until.is_(None), _account.locked_until <= now)


def reserve(session: Session, account_id: int, now: datetime, limits: Limits) -> bool:
    """Count one attempt as failed unless the account is locked (or its lock pending): whether it may be
    checked."""
    counted = case((_account.locked_until.is_(None), _account.failed_attempts + 1), else_=1)  # a lock ran out
    pending = literal(now + limits.lockout, _account.locked_until.type)
    return bool(session.execute(
        update(_account).where(_account.id == account_id, unlocked(now))
        .values(failed_attempts=counted, locked_until=case((counted >= limits.max_failures, pending), else_=null()))
        .execution_options(synchronize_session=False)).rowcount)


def clear(session: Session, account_id: int, stored: str, rehashed: str | None, now: datetime) -> bool:
    """The right password: the count and a pending lock cleared, in the same UPDATE that checks the account is
    still the one checked (same hash), enabled and not locked by an attempt that failed meanwhile."""
    return bool(session.execute(
        update(_account).where(_account.id == account_id, _account.password_hash == stored,
                               _account.disabled.is_(False), or_(unlocked(now), _account.failed_attempts > 0))
        .values(failed_attempts=0, locked_until=None, password_hash=rehashed or stored)
        .execution_options(synchronize_session=False)).rowcount)


def lock_if_spent(session: Session, account_id: int, now: datetime, limits: Limits) -> bool:
    """A wrong password (already counted): whether it is the one that locks (the count at ``max_failures``)."""
    return bool(session.execute(
        update(_account).where(_account.id == account_id, _account.failed_attempts >= limits.max_failures)
        .values(failed_attempts=0, locked_until=now + limits.lockout)
        .execution_options(synchronize_session=False)).rowcount)


def unknown_name_state(session: Session, typed: str, now: datetime, limits: Limits,
                       besides: int | None = None) -> tuple[int, datetime | None]:
    """(failures counted, locked until) of a user name that has no account, replayed from its audited attempts
    (``besides`` the one being judged; those in flight count) with the same rules as an account's counter: every
    attempt fails; ``max_failures`` of them lock the name for ``lockout``; attempts while locked do not count;
    after the lock the count starts again."""
    times = sorted(session.scalars(select(CenterAudit.at).where(
        CenterAudit.user_name == typed, CenterAudit.action == SIGN_IN, CenterAudit.account_id.is_(None),
        CenterAudit.outcome == Outcome.UNKNOWN_USER, CenterAudit.id != besides)
        .order_by(CenterAudit.id.desc()).limit(_REPLAYED)))
    count, locked_until = 0, None
    for at in times:
        if locked_until is not None and at < locked_until:
            continue
        locked_until = None
        count += 1
        if count >= limits.max_failures:
            count, locked_until = 0, at + limits.lockout
    if locked_until is not None and locked_until <= now:
        locked_until = None
    return count, locked_until
