"""What the planning services hand to the window and the command line: plain frozen values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.domain.planning import SolutionTerm
from desktop.domain.rollup import schedule_gap


class NodeKind(StrEnum):
    PLAN = "plan"
    SOLUTION = "solution"
    PROGRAM = "program"
    ACTIVITY = "activity"


@dataclass(frozen=True)
class Progress:
    """Planned (PV) and actual (EV) percent complete at a date, and SPI = EV / PV."""

    planned: float | None
    actual: float | None
    spi: float | None

    @property
    def variance(self) -> float | None:
        if self.planned is None or self.actual is None:
            return None
        return self.actual - self.planned


@dataclass(frozen=True)
class PlanNode:
    kind: NodeKind
    id: int
    code: str
    title: str
    weight: float
    progress: Progress
    children: tuple[PlanNode, ...] = ()
    term: SolutionTerm | None = None
    owner: str = ""
    planned_start: date | None = None
    planned_finish: date | None = None
    parent_id: int | None = None
    #: Measurable, but no progress report on or before the day stands behind it (under it): ``progress.actual`` and
    #: ``progress.spi`` are None then - "not reported", never 0 % (dashboard.shown_progress).
    not_reported: bool = False


@dataclass(frozen=True)
class SolutionForm:
    plan_id: int
    code: str
    title: str
    term: SolutionTerm | None
    responsible_unit: str = ""
    executive_manager: str = ""
    driver_project_number: int | None = None
    weight: float = 1.0
    description: str = ""


@dataclass(frozen=True)
class ProgramForm:
    solution_id: int
    code: str
    title: str
    expected_results: str = ""
    owner: str = ""
    weight: float = 1.0


@dataclass(frozen=True)
class ActivityForm:
    program_id: int
    code: str
    title: str
    weight: float
    planned_start: date | None
    planned_finish: date | None
    parent_id: int | None = None
    resource_estimate: str = ""
    owner: str = ""


@dataclass(frozen=True)
class EvidenceRef:
    sha256: str
    original_name: str
    size_bytes: int
    media_type: str


@dataclass(frozen=True)
class ProgressEntry:
    id: int
    reported_on: date
    percent: float
    note: str
    recorded_by: str
    evidence: tuple[EvidenceRef, ...] = ()


@dataclass(frozen=True)
class SeriesPoint:
    on: date
    planned: float | None
    actual: float | None


@dataclass(frozen=True)
class ActivityDetail:
    id: int
    form: ActivityForm
    program_title: str
    solution_title: str
    plan_title: str
    progress: Progress
    history: tuple[ProgressEntry, ...]
    series: tuple[SeriesPoint, ...]  # actual None on a day no report (under it) was dated by
    is_leaf: bool
    #: No progress report on or before the day (a parent: under it): ``progress.actual`` and ``progress.spi`` are
    #: None - "not reported", never 0 %.
    not_reported: bool = False


@dataclass(frozen=True)
class Choice:
    """An item for a picker: an id and what the user reads."""

    id: int
    label: str


@dataclass(frozen=True)
class PlanChoices:
    plans: tuple[Choice, ...]
    driver_projects: tuple[Choice, ...]
    responsible_units: tuple[str, ...]
    extra: dict[str, tuple[Choice, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class NamedProgress:
    id: int
    code: str
    title: str
    subtitle: str
    progress: Progress


@dataclass(frozen=True)
class MilestoneRow:
    """One of the document's targets, for the province: the value, the status and the forecast."""

    term: SolutionTerm
    year: int
    target_percent: float
    deadline: date
    status: str  # desktop.domain.milestones.ComplianceStatus value
    value: float | None  # at the deadline once passed, otherwise now
    projected: float | None
    solutions_meeting: int
    solutions_total: int


@dataclass(frozen=True)
class BehindActivity:
    """An activity behind schedule, named by its program's code and its own (an activity's code is its
    program's: "2.3" stands in many programs). Without a progress report by the day (``reported`` false) its
    actual progress and SPI are unknown - None, never 0 %."""

    id: int
    program_code: str
    code: str
    title: str
    solution_title: str
    owner: str
    planned_finish: date | None
    progress: Progress
    reported: bool = True

    @property
    def behind_by(self) -> float | None:
        """Planned minus actual, in points, as the ranking compares them (None without a progress report)."""
        return schedule_gap(self.progress.planned, self.progress.actual) if self.reported else None


@dataclass(frozen=True)
class BehindActivities:
    """The activities most behind schedule on a day (desktop/planning/dashboard.py ``behind_activities``)."""

    #: With a progress report by the day, most behind first (the domain's rank_behind: ties by the lower SPI, then
    #: by program and code in their natural order), at most ten.
    ranked: tuple[BehindActivity, ...] = ()
    #: With none, though the domain counts them behind (action_status: their schedule calls for some progress by
    #: now), the earliest planned finish first, at most ten: never ranked with those above.
    unreported: tuple[BehindActivity, ...] = ()
    #: How many activities with no progress report are behind, listed or not.
    unreported_total: int = 0
    #: How many activities with a progress report are behind, listed or not.
    ranked_total: int = 0
    #: Of those not listed, how many are behind by the same amount as the last listed: the cut went through a
    #: tie, and the lists say so rather than hide part of it.
    ranked_tied_unlisted: int = 0


@dataclass(frozen=True)
class HomeSummary:
    as_of: date
    province_name: str
    overall: Progress
    plans: tuple[NamedProgress, ...]
    milestones: tuple[MilestoneRow, ...]
    driver_projects: tuple[NamedProgress, ...]
    #: The activities with a progress report most behind schedule, ranked (``behind_activities``).
    behind: tuple[BehindActivity, ...]
    activity_count: int
    finished_activity_count: int
    #: Of every plan's solutions, those with no operational program at all: their progress cannot be measured.
    solutions_without_program: int
    #: Apart, never ranked with ``behind``: activities with no progress report whose schedule calls for some
    #: progress by now, the earliest planned finish first - and how many there are, listed or not.
    behind_unreported: tuple[BehindActivity, ...] = ()
    behind_unreported_total: int = 0
    #: How many activities with a progress report are behind, listed in ``behind`` or not, and how many of those
    #: not listed are behind by the same amount as its last (BehindActivities.ranked_tied_unlisted).
    behind_total: int = 0
    behind_tied_unlisted: int = 0
    #: Of every plan's solutions, those whose progress cannot be measured ("—"): with no operational program
    #: (``solutions_without_program``), or with programs holding no activity to measure them by.
    unmeasurable_solutions: int = 0

    @property
    def behind_unlisted(self) -> int:
        """The activities with a progress report behind schedule that ``behind`` does not list."""
        return max(0, self.behind_total - len(self.behind))

    @property
    def solutions_without_activity(self) -> int:
        """The solutions with operational programs but no activity in them: not measurable either."""
        return self.unmeasurable_solutions - self.solutions_without_program
