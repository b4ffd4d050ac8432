"""What the meetings service hands out: frozen values, no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop.domain.meetings import ResolutionStatus
from desktop.planning.views import EvidenceRef


@dataclass(frozen=True)
class MeetingForm:
    held_on: date
    title: str
    number: int | None = None
    location: str = ""
    attendees: tuple[tuple[str, str], ...] = ()  # (name, role)
    agenda: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingRow:
    id: int
    number: int
    held_on: date
    title: str
    resolution_count: int
    open_count: int


@dataclass(frozen=True)
class ResolutionForm:
    meeting_id: int
    text: str
    owner: str
    deadline: date
    number: int | None = None
    status: ResolutionStatus = ResolutionStatus.OPEN
    completed_on: date | None = None


@dataclass(frozen=True)
class FollowUp:
    id: int
    noted_on: date
    note: str
    recorded_by: str


@dataclass(frozen=True)
class ResolutionRow:
    id: int
    meeting_id: int
    meeting_number: int
    meeting_held_on: date
    number: int
    text: str
    owner: str
    deadline: date
    status: ResolutionStatus
    completed_on: date | None
    days_overdue: int  # 0 when not overdue

    @property
    def is_overdue(self) -> bool:
        return self.days_overdue > 0


@dataclass(frozen=True)
class ResolutionDetail:
    row: ResolutionRow
    follow_ups: tuple[FollowUp, ...]
    evidence: tuple[EvidenceRef, ...]


@dataclass(frozen=True)
class MeetingDetail:
    id: int
    form: MeetingForm
    resolutions: tuple[ResolutionRow, ...]


@dataclass(frozen=True)
class ResolutionFilter:
    """Which resolutions to list: all, only open ones, only overdue ones; optionally one owner."""

    only_open: bool = False
    only_overdue: bool = False
    owner: str | None = None
    meeting_id: int | None = None
