"""Writing the audit events the change log cannot hold (docs/access.md, "Audit trail"): refusals, exports,
backups, restores, key operations and settings, by login and display name."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session

from desktop.domain.access import Principal
from desktop.store.models import AuditEvent, utc_now

#: The kinds written by the services (``kind`` is free text in the table, these are the ones in use).
REFUSED = "refused"
EXPORT_REPORT = "export.report"
EXPORT_AUDIT = "export.audit"
EXPORT_BUNDLE = "export.bundle"
BACKUP_CREATE = "backup.create"
RESTORE = "restore"
KEYS_CREATE = "keys.create"
KEYS_ROTATE = "keys.rotate"
SETTING = "setting"
#: Every kind of audit event, in the order the audit page offers them.
EVENT_KINDS = (REFUSED, EXPORT_REPORT, EXPORT_AUDIT, EXPORT_BUNDLE, BACKUP_CREATE, RESTORE, KEYS_CREATE, KEYS_ROTATE,
               SETTING)
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
