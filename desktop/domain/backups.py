"""When the scheduled backup is due. Pure: "now" is an argument."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain.messages import DomainError


@dataclass(frozen=True)
class BackupSchedule:
    """A backup every ``every`` (default daily), and at once when there is none yet."""

    every: timedelta = timedelta(days=1)

    def is_due(self, last_backup_at: datetime | None, now: datetime) -> bool:
        return last_backup_at is None or now - last_backup_at >= self.every


#: The first wait after a scheduled backup failed, doubled after each failure up to the longest: a folder on a disk
#: taken out, or a full disk, is tried again within the hour, then a few times a day - never every few minutes,
#: each attempt copying and checking the whole database.
FIRST_RETRY = timedelta(minutes=30)
LONGEST_RETRY = timedelta(hours=6)


@dataclass(frozen=True)
class FailedBackups:
    """The scheduled backups that failed one after another since the last backup made, and when the next may be
    tried. ``reason``: the last failure, when it is a message for the user (None for a fault of the program's,
    which the log keeps)."""

    count: int
    last_at: datetime
    reason: DomainError | None = None

    @property
    def next_attempt_at(self) -> datetime:
        return self.last_at + min(FIRST_RETRY * 2 ** (self.count - 1), LONGEST_RETRY)

    @staticmethod
    def following(earlier: FailedBackups | None, at: datetime, error: BaseException) -> FailedBackups:
        """The failures with one more, ``error`` at ``at``."""
        return FailedBackups((earlier.count if earlier else 0) + 1, at,
                             error if isinstance(error, DomainError) else None)
