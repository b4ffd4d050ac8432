"""Where an action (a leaf activity) of a plan stands, for reports: done, behind, on schedule, not started."""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.messages import QT_TRANSLATE_NOOP

#: Planned minus actual, in percentage points, from which an action counts as behind schedule.
BEHIND_POINTS = 10.0
DONE = 100.0 - 1e-9


class ActionStatus(StrEnum):
    DONE = "done"
    ON_SCHEDULE = "on_schedule"
    BEHIND = "behind"
    NOT_STARTED = "not_started"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    ActionStatus.ON_SCHEDULE: QT_TRANSLATE_NOOP("Labels", "On schedule"),
    ActionStatus.BEHIND: QT_TRANSLATE_NOOP("Labels", "Behind schedule"),
    ActionStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "Not started"),
}


def action_status(planned: float | None, actual: float | None) -> ActionStatus:
    """Done at 100 %; not started without progress; behind when more than BEHIND_POINTS below plan."""
    if actual is not None and actual >= DONE:
        return ActionStatus.DONE
    if not actual:
        return ActionStatus.NOT_STARTED if not planned or planned < BEHIND_POINTS else ActionStatus.BEHIND
    if planned is not None and planned - actual > BEHIND_POINTS:
        return ActionStatus.BEHIND
    return ActionStatus.ON_SCHEDULE
