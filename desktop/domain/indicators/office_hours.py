"""Office hours, and which referrals count as "last hour" (docs/indicators.md).

A referral is a *last-hour* referral when it is made in the last 60 minutes of that weekday's office hours or
after closing, or at any time on a day the office is closed (Friday by default). A referral before opening
is not. Times are the office's wall-clock time (naive), as written in the CMS export.

Stored as the database setting ``office_hours``: ``{"saturday": ["07:30", "14:30"], ..., "friday": null}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError

#: Python's ``weekday()`` order (Monday = 0) with the names used in the setting.
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
LAST_HOUR_MINUTES = 60
_HOURS_MESSAGE = QT_TRANSLATE_NOOP(
    "Validation", "Office hours of {day} must be two times such as 07:30 and 14:30."
)


@dataclass(frozen=True)
class OfficeHours:
    """Opening and closing time per weekday (``None`` = closed), indexed like ``datetime.weekday()``."""

    days: tuple[tuple[time, time] | None, ...]

    def __post_init__(self) -> None:
        if len(self.days) != 7:
            raise ValueError("office hours need one entry per weekday")
        for name, hours in zip(WEEKDAYS, self.days, strict=True):
            if hours is not None and not hours[0] < hours[1]:
                raise ValidationError("office_hours", _HOURS_MESSAGE, {"day": name})

    def hours_on(self, weekday: int) -> tuple[time, time] | None:
        return self.days[weekday]

    def last_hour_from(self, weekday: int) -> time:
        """From this time of day on, a referral on ``weekday`` is a last-hour one (midnight when closed).

        When the office is open for an hour or less the whole day counts from opening."""
        hours = self.days[weekday]
        if hours is None:
            return time(0, 0)
        opening, closing = hours
        start = _minutes(closing) - LAST_HOUR_MINUTES
        return max(time(start // 60, start % 60), opening) if start >= 0 else opening

    def is_last_hour(self, moment: datetime) -> bool:
        """Whether a referral at ``moment`` (office wall-clock time) counts as a last-hour referral."""
        return moment.time() >= self.last_hour_from(moment.weekday())

    def to_json(self) -> dict[str, list[str] | None]:
        return {
            name: None if hours is None else [f"{hours[0]:%H:%M}", f"{hours[1]:%H:%M}"]
            for name, hours in zip(WEEKDAYS, self.days, strict=True)
        }

    @classmethod
    def from_json(cls, value: Mapping[str, Any] | None) -> OfficeHours:
        """Read the setting; a weekday missing from it keeps its default hours."""
        if not value:
            return DEFAULT_OFFICE_HOURS
        days = list(DEFAULT_OFFICE_HOURS.days)
        for index, name in enumerate(WEEKDAYS):
            if name not in value:
                continue
            hours = value[name]
            if hours is None:
                days[index] = None
                continue
            try:
                opening, closing = (time.fromisoformat(str(text)) for text in hours)
            except (TypeError, ValueError):
                raise ValidationError("office_hours", _HOURS_MESSAGE, {"day": name}) from None
            days[index] = (opening, closing)
        return cls(tuple(days))


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


_DAY = (time(7, 30), time(14, 30))
_THURSDAY = (time(7, 30), time(12, 30))
#: Saturday–Wednesday 07:30–14:30, Thursday 07:30–12:30, Friday closed.
DEFAULT_OFFICE_HOURS = OfficeHours((_DAY, _DAY, _DAY, _THURSDAY, None, _DAY, _DAY))
