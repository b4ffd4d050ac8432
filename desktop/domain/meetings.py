"""Council meetings and their resolutions (مصوبات): statuses, deadlines and validation."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.domain.messages import QT_TRANSLATE_NOOP, ErrorCollector, ValidationError
from desktop.domain.planning import validate_title


class ResolutionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return _STATUS_EN[self]

    @property
    def is_active(self) -> bool:
        """Still to be carried out (open or in progress)."""
        return self in (ResolutionStatus.OPEN, ResolutionStatus.IN_PROGRESS)


_STATUS_EN = {
    ResolutionStatus.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    ResolutionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    ResolutionStatus.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    ResolutionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}


def is_overdue(status: ResolutionStatus, deadline: date | None, today: date) -> bool:
    """Open or in progress and the deadline has passed (a resolution due today is not yet overdue)."""
    return ResolutionStatus(status).is_active and deadline is not None and deadline < today


def days_overdue(status: ResolutionStatus, deadline: date | None, today: date) -> int:
    """Days since the deadline for an overdue resolution, else 0."""
    if not is_overdue(status, deadline, today):
        return 0
    assert deadline is not None
    return (today - deadline).days


@dataclass(frozen=True)
class CheckedMeeting:
    held_on: date
    title: str


def validate_meeting(held_on: date | None, title: str | None, today: date) -> CheckedMeeting:
    """A meeting that took place: a date not after ``today`` and a title."""
    errors = ErrorCollector()
    if held_on is None:
        errors.add(ValidationError("held_on", QT_TRANSLATE_NOOP("Validation", "A date is required.")))
    elif held_on > today:
        errors.add(
            ValidationError(
                "held_on", QT_TRANSLATE_NOOP("Validation", "A meeting cannot be recorded for a future date.")
            )
        )
    clean_title = errors.check(validate_title, title, "title")
    errors.raise_if_any()
    assert held_on is not None and clean_title is not None
    return CheckedMeeting(held_on, clean_title)


@dataclass(frozen=True)
class CheckedResolution:
    text: str
    owner: str
    deadline: date | None


def validate_resolution(
    text: str | None, owner: str | None, deadline: date | None, meeting_date: date
) -> CheckedResolution:
    """Text and owner required; the deadline is optional but must not be before the meeting."""
    errors = ErrorCollector()
    clean_text = errors.check(validate_title, text, "text", 4000)
    clean_owner = errors.check(validate_title, owner, "owner", 200)
    if deadline is not None and deadline < meeting_date:
        errors.add(
            ValidationError(
                "deadline",
                QT_TRANSLATE_NOOP("Validation", "The deadline must not be before the meeting date."),
            )
        )
    errors.raise_if_any()
    assert clean_text is not None and clean_owner is not None
    return CheckedResolution(clean_text, clean_owner, deadline)


def allowed_transitions(status: ResolutionStatus) -> frozenset[ResolutionStatus]:
    """Kept simple: any status may change to any other (DONE needs a completion date, see below)."""
    return frozenset(ResolutionStatus) - {ResolutionStatus(status)}


def is_reopening(old: ResolutionStatus, new: ResolutionStatus) -> bool:
    """A finished (done or cancelled) resolution becomes active again: worth a confirmation."""
    return not ResolutionStatus(old).is_active and ResolutionStatus(new).is_active


def validate_status_change(
    new: ResolutionStatus, completed_on: date | None, meeting_date: date, today: date
) -> date | None:
    """The ``completed_on`` to store with ``new``: required for DONE, not before the meeting and not in
    the future; cleared (None) for every other status."""
    new = ResolutionStatus(new)
    if new is not ResolutionStatus.DONE:
        return None
    if completed_on is None:
        raise ValidationError(
            "completed_on",
            QT_TRANSLATE_NOOP("Validation", "A completed resolution needs its completion date."),
        )
    if completed_on < meeting_date:
        raise ValidationError(
            "completed_on",
            QT_TRANSLATE_NOOP("Validation", "The completion date must not be before the meeting date."),
        )
    if completed_on > today:
        raise ValidationError(
            "completed_on", QT_TRANSLATE_NOOP("Validation", "The completion date must not be in the future.")
        )
    return completed_on


@dataclass(frozen=True)
class ResolutionSummary:
    open: int = 0
    in_progress: int = 0
    done: int = 0
    cancelled: int = 0
    overdue: int = 0

    @property
    def total(self) -> int:
        return self.open + self.in_progress + self.done + self.cancelled

    @property
    def completion_percent(self) -> float | None:
        """Done as a share of the resolutions not cancelled; None when there are none."""
        counted = self.total - self.cancelled
        return None if counted == 0 else 100.0 * self.done / counted


def summarise_resolutions(
    resolutions: Iterable[tuple[ResolutionStatus, date | None]], today: date
) -> ResolutionSummary:
    """Counts by status plus how many are overdue, from (status, deadline) pairs."""
    counts = {status: 0 for status in ResolutionStatus}
    overdue = 0
    for status, deadline in resolutions:
        status = ResolutionStatus(status)
        counts[status] += 1
        overdue += is_overdue(status, deadline, today)
    return ResolutionSummary(
        counts[ResolutionStatus.OPEN],
        counts[ResolutionStatus.IN_PROGRESS],
        counts[ResolutionStatus.DONE],
        counts[ResolutionStatus.CANCELLED],
        overdue,
    )


@dataclass(frozen=True)
class StatusChange:
    """One entry of a resolution's status history: ``status`` holds from ``effective_on`` until the next."""

    status: ResolutionStatus
    effective_on: date
    completed_on: date | None = None


def status_change_day(status: ResolutionStatus, completed_on: date | None, meeting_date: date,
                      today: date) -> date:
    """The day a status set today takes effect: a completion on its completion date, any other status today
    (never before the meeting that adopted the resolution)."""
    if ResolutionStatus(status) is ResolutionStatus.DONE and completed_on is not None:
        return completed_on
    return max(today, meeting_date)


def status_as_of(history: Sequence[StatusChange], day: date) -> StatusChange:
    """The status a resolution had on ``day``; open when no change was in effect yet (a resolution is open
    from its meeting on). ``history`` in the order it was recorded: a change recorded later overrules what
    was recorded before it from its own day on (a completion entered late, dated back to its day)."""
    timeline: list[StatusChange] = []
    for change in history:
        timeline = [entry for entry in timeline if entry.effective_on < change.effective_on]
        timeline.append(change)
    current = StatusChange(ResolutionStatus.OPEN, date.min)
    for entry in timeline:
        if entry.effective_on <= day:
            current = entry
    return current
