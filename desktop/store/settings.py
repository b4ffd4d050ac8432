"""Database-scoped settings (province profile, schema facts): a key and any JSON value.

Settings are not written to the change log.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.indicators.office_hours import OfficeHours
from desktop.store.models import Setting


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    """The value stored under ``key``, or ``default`` when there is none."""
    row = session.get(Setting, key)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    """Store ``value`` (anything JSON can hold) under ``key``, replacing any previous value."""
    json.dumps(value)  # refuse a non-JSON value here, with a clear TypeError, not at flush time
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def delete_setting(session: Session, key: str) -> None:
    row = session.get(Setting, key)
    if row is not None:
        session.delete(row)


#: The office hours used for "last-hour referrals" (docs/indicators.md); JSON of ``OfficeHours.to_json()``.
OFFICE_HOURS_KEY = "office_hours"


def get_office_hours(session: Session) -> OfficeHours:
    """The province's office hours; the default (Sat–Wed 07:30–14:30, Thu 07:30–12:30) when never set."""
    return OfficeHours.from_json(get_setting(session, OFFICE_HOURS_KEY))


def set_office_hours(session: Session, hours: OfficeHours) -> None:
    """Store new office hours. The caller rebuilds the indicators of every month (last-hour referrals change)."""
    set_setting(session, OFFICE_HOURS_KEY, hours.to_json())


#: Set in a database restored from a backup: the bundle chain must be brought up to date from the center
#: before anything is sent (desktop/sync/resync.py). Value: {"change_id_boundary": the last change id in the
#: backup, "restored_at": ISO time}.
RESYNC_REQUIRED_KEY = "sync.resync_required"
#: Set in a restored database: the furthest bundle the center had acknowledged to the database it replaced
#: (desktop/store/restore_ledger.py); a resync must reach it. Value: {"sequence", "file_hash", "bundle_id",
#: "receipt": base64 of the center's signed receipt}. Removed by a resync that reached it.
ACKNOWLEDGED_BEFORE_RESTORE_KEY = "sync.acknowledged_before_restore"
#: Added to change-log ids in bundles, so ids stay increasing along the chain after a restore (default 0).
CHANGE_ID_OFFSET_KEY = "sync.change_id_offset"


#: The official letterhead of reports: the path of the province's emblem picture (PNG or JPEG); none = no emblem.
LETTERHEAD_EMBLEM_KEY = "letterhead.emblem"
