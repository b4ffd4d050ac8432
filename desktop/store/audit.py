"""Writing the audit events the change log cannot hold (docs/access.md, "Audit trail"): refusals, exports,
backups, restores, key operations and settings, by login and display name."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.orm import Session

from desktop.domain.access import Principal

# The kinds live in a module without SQLAlchemy: the command line lists them in its --help.
from desktop.store.audit_kinds import (  # noqa: F401 - re-exported
    BACKUP_CREATE,
    EVENT_KINDS,
    EXPORT_AUDIT,
    EXPORT_BUNDLE,
    EXPORT_REPORT,
    KEYS_CREATE,
    KEYS_ROTATE,
    REFUSED,
    RESTORE,
    SETTING,
)
from desktop.store.models import AuditEvent, utc_now

if TYPE_CHECKING:
    from desktop.store.database import Database

DETAIL_MAX = 2000


class _Acting(Protocol):
    """A database as the change log sees it: who acts on it now."""

    user_name: str
    user_login: str


def record_event(session: Session, who: Principal | _Acting, kind: str, detail: str = "", *,
                 outcome: str = "done", at: datetime | None = None) -> None:
    """Add one audit event to ``session``'s transaction (it commits or rolls back with the use case). ``who``: the
    principal, or the database (whose acting user the command line and the window set after a sign-in)."""
    login = who.login if isinstance(who, Principal) else getattr(who, "user_login", "")
    session.add(AuditEvent(happened_at=at or utc_now(), login=(login or "")[:64],
                           display_name=(who.user_name or "")[:200], kind=kind[:32], outcome=outcome,
                           detail=detail[:DETAIL_MAX]))


@contextmanager
def event_recorded(database: Database, who: Principal, kind: str, detail: str) -> Iterator[None]:
    """The block runs inside the write transaction that records ``kind``, once the event is written: what it does
    (an exported file renamed into place, desktop/exports/files.py) happens only with its event - a database
    that refuses the event (damaged, busy past the wait) stops it first - and the event is kept only if the
    block ends normally."""
    with database.session() as session:
        record_event(session, who, kind, detail)
        session.flush()
        yield
