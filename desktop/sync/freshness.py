"""How fresh the province's view of the center's directives is (issue 12, "Fresh directives").

Every signed directive listing the province verifies (desktop/sync/listing.py) moves the setting
``directives.listing_verified_at`` to the listing's own time (never backwards). When it is older than the
setting ``directives.stale_after_days`` (default :data:`DEFAULT_STALE_AFTER_DAYS`), the window's «ارسال به
مرکز» page and ``sync`` warn: the center (or someone between it and the province) may be withholding
directives, or the province has not been able to ask.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.store.database import Database
from desktop.store.settings import get_setting, set_setting

LISTING_AT_SETTING = "directives.listing_verified_at"  # ISO time of the newest verified listing
STALE_AFTER_SETTING = "directives.stale_after_days"
DEFAULT_STALE_AFTER_DAYS = 7


@dataclass(frozen=True)
class DirectiveFreshness:
    listing_at: datetime | None  # the newest verified listing's own time; None: never
    stale_after_days: int
    linked: bool  # whether the province talks to a center at all (no warning for a province on media only)
    now: datetime

    @property
    def age(self) -> timedelta | None:
        return None if self.listing_at is None else self.now - self.listing_at

    @property
    def stale(self) -> bool:
        """Worth a warning: linked to a center, and no verified listing within the set number of days."""
        if not self.linked:
            return False
        return self.listing_at is None or self.now - self.listing_at > timedelta(days=self.stale_after_days)


def _stale_after(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 \
        else DEFAULT_STALE_AFTER_DAYS


def freshness(database: Database, now: datetime, *, linked: bool) -> DirectiveFreshness:
    with database.reading() as session:
        stored = get_setting(session, LISTING_AT_SETTING)
        days = _stale_after(get_setting(session, STALE_AFTER_SETTING))
    try:
        listing_at = datetime.fromisoformat(stored) if isinstance(stored, str) else None
    except ValueError:
        listing_at = None
    return DirectiveFreshness(listing_at, days, linked, now)


def record_listing(database: Database, issued_at: datetime) -> None:
    """Remember a verified listing's time (a replayed older listing never moves it back)."""
    with database.session() as session:
        stored = get_setting(session, LISTING_AT_SETTING)
        try:
            current = datetime.fromisoformat(stored) if isinstance(stored, str) else None
        except ValueError:
            current = None
        if current is None or issued_at > current:
            set_setting(session, LISTING_AT_SETTING, issued_at.isoformat())


def set_stale_after(database: Database, days: int) -> int:
    """Store the number of days after which the listing is out of date (at least 1); returns it."""
    days = max(1, int(days))
    with database.session() as session:
        set_setting(session, STALE_AFTER_SETTING, days)
    return days
