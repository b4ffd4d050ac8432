"""One writer per province at a time, across every ``serve`` process sharing the center database; waits bounded.

* **PostgreSQL**: a transaction-level advisory lock keyed by the province code (``pg_advisory_xact_lock``), taken
  first in every transaction that writes a province's chain, directives or keys, and released by its commit or
  rollback — so it also covers a province whose row does not exist yet (two first registrations at once), and a
  process killed mid-transaction frees it with its connection. ``lock_timeout`` bounds that wait and every row
  or unique-index wait after it in the same transaction: past it the database says "lock not available" and the
  caller answers "busy, try again" (HTTP 503 with ``Retry-After``) instead of hanging.
* **SQLite**: every transaction already starts with ``BEGIN IMMEDIATE`` (desktop/center/engine.py), so one
  writer holds the whole file; the driver's ``timeout`` bounds that wait ("database is locked").

Two provinces whose keys collide in the 64-bit hash only wait for each other: harmless.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

#: how long one transaction waits for a province's lock (or any row it then needs) before "busy"
DEFAULT_LOCK_TIMEOUT_SECONDS = 15.0
_NAMESPACE = "rasad.center.province:"
#: PostgreSQL's SQLSTATE for a lock that could not be had in time (a deadlock, 40P01, is retried instead)
_LOCK_NOT_AVAILABLE = "55P03"


class CenterBusy(DomainError):
    """The province (or the database) stayed busy past the bounded wait: answer "try again later" (HTTP 503
    with Retry-After; one line and exit code 2 on the command line)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__("Center", QT_TRANSLATE_NOOP(
            "Center", "The center database is busy with another process; try again in a moment."), {})
        self.detail = detail  # for the log, not the user


def province_lock_key(code: str) -> int:
    """The signed 64-bit advisory-lock key of province ``code`` (stable across processes and versions)."""
    digest = hashlib.sha256((_NAMESPACE + code).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


def serialise_province(session: Session, code: str, timeout_seconds: float = DEFAULT_LOCK_TIMEOUT_SECONDS) -> None:
    """Make this transaction the only writer of province ``code`` until it ends (PostgreSQL); a no-op on SQLite,
    whose BEGIN IMMEDIATE already serialises every writer. Raises CenterBusy past ``timeout_seconds``."""
    if session.get_bind().dialect.name != "postgresql":
        return
    milliseconds = max(1, int(timeout_seconds * 1000))
    try:
        # SET cannot take a bound parameter; the value is an int we made
        session.execute(text(f"SET LOCAL lock_timeout = {milliseconds}"))
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": province_lock_key(code)})
    except DBAPIError as error:
        if is_lock_timeout(error):
            raise CenterBusy(f"province {code} stayed busy for {timeout_seconds:g} s") from error
        raise


def is_lock_timeout(error: BaseException) -> bool:
    """Whether ``error`` is a bounded wait that ran out (PostgreSQL's lock_timeout, SQLite's "locked")."""
    orig = getattr(error, "orig", None)
    if getattr(orig, "sqlstate", None) == _LOCK_NOT_AVAILABLE:
        return True
    return "database is locked" in str(orig or error)
