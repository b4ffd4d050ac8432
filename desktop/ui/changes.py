"""Say what changed, not "reload everything": pages refresh only when an area they show changed."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Signal


class Area(StrEnum):
    PLANS = "plans"
    PROGRESS = "progress"
    MEETINGS = "meetings"
    ORGANISATION = "organisation"
    INDICATORS = "indicators"
    SYNC = "sync"  # the outbox or the link to the center
    BACKUPS = "backups"  # a backup made (on the Backups page, or by the schedule)


class ChangeNotifier(QObject):
    """One per window. `changed` carries the set of areas a finished operation touched."""

    changed = Signal(object)  # frozenset[Area]

    def announce(self, *areas: Area) -> None:
        self.changed.emit(frozenset(areas))
