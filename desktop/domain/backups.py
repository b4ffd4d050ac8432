"""When the scheduled backup is due. Pure: "now" is an argument."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class BackupSchedule:
    """A backup every ``every`` (default daily), and at once when there is none yet."""

    every: timedelta = timedelta(days=1)

    def is_due(self, last_backup_at: datetime | None, now: datetime) -> bool:
        return last_backup_at is None or now - last_backup_at >= self.every
