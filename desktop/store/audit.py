"""Writing the audit events the change log cannot hold (docs/access.md, "Audit trail"): refusals, exports,
backups, restores, key operations and settings, by login and display name."""

from __future__ import annotations

from datetime import datetime

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
DETAIL_MAX = 2000


def record_event(session: Session, who: Principal, kind: str, detail: str = "", *, outcome: str = "done",
                 at: datetime | None = None) -> None:
    """Add one audit event to ``session``'s transaction (it commits or rolls back with the use case)."""
    session.add(AuditEvent(happened_at=at or utc_now(), login=who.login[:64], display_name=who.user_name[:200],
                           kind=kind[:32], outcome=outcome, detail=detail[:DETAIL_MAX]))
