"""The plan's figures of each province in the national report, gathered from the center's tables: its progress
on the report date, its compliance with each milestone target and its driver projects, as now reported (the
progress page's figures) and beside them as its chief justice approved them (no text, no layout)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.center.plan_overview import ProvinceOverview
from desktop.center.report.snapshots import ApprovedSnapshot
from desktop.domain.milestones import TARGETS
from desktop.planning.activity_counts import ActivityCounts
from desktop.planning.views import HomeSummary, MilestoneRow


@dataclass(frozen=True)
class ProvinceProgressLine:
    """One province's progress on the report date. Its progress is the province's own: its plan rolled up from
    its leaf activities through programs, solutions and plans (desktop/center/plan_overview.py, the dashboard's
    progress page and the province's home page) — one figure per province wherever the center shows one."""

    code: str
    name: str
    activities: int  # its lowest-level activities (a parent activity is made of its sub-activities)
    reported: int  # of them, with a progress report on or before the report date
    overdue: int  # of them, planned to finish before the report date and not at 100 % by then
    approved_actual: float | None  # the EV its chief justice approved for the period, if approved
    planned: float | None = None  # PV of its plan on the report date, as now reported (the progress page's)
    actual: float | None = None  # EV of its plan on the report date, as now reported (the progress page's)
    approved: bool = False  # its chief justice approved the half-year (approved_actual may still be missing)
    unreadable: bool = False  # its stored plan could not be read: incomplete data (planned, actual None)
    counts_known: bool = True  # its plan's rows could not even be counted (activities... 0 here, never shown)

    @property
    def weighted_percent(self) -> float | None:
        """The province's weighted progress: its plan roll-up's EV (None: no plan data reached the center, or it
        could not be read - :attr:`unreadable`)."""
        return self.actual


@dataclass(frozen=True)
class MilestoneFigures:
    """One province's figures for one target: as its chief justice approved them, or as now reported."""

    status: str | None  # ComplianceStatus value
    value: float | None
    projected: float | None
    solutions_meeting: int | None
    solutions_total: int | None

    def same_as(self, other: MilestoneFigures) -> bool:
        """Equal as the province compares an approval with today (numbers to the snapshot's rounding)."""
        return (self.status, self.solutions_meeting, self.solutions_total) == (
            other.status, other.solutions_meeting, other.solutions_total) and all(
            _close(a, b) for a, b in ((self.value, other.value), (self.projected, other.projected)))

    @classmethod
    def of(cls, row: MilestoneRow) -> MilestoneFigures:
        return cls(row.status, row.value, row.projected, row.solutions_meeting, row.solutions_total)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))  # desktop/approvals/snapshot.py rounds to 6 places


@dataclass(frozen=True)
class MilestoneLine:
    province: str
    name: str
    key: str  # "mid-1403"
    live: MilestoneFigures | None  # as now reported (the progress page's replay); None: no plan data reached the center
    approval_state: str | None  # the half-year's approval state (approved | submitted | returned | reopened | None)
    approved: MilestoneFigures | None  # as its chief justice approved them; None unless approved with figures
    unreadable: bool = False  # the province's stored plan could not be read: live is None, as incomplete data

    @property
    def is_approved(self) -> bool:
        return self.approval_state == "approved"

    @property
    def differs(self) -> bool:
        """Approved figures that the province's data no longer give (both shown)."""
        return self.approved is not None and (self.live is None or not self.approved.same_as(self.live))

    @property
    def status(self) -> str | None:
        """The status this line counts as: as now reported (None: no plan data)."""
        return self.live.status if self.live else None


@dataclass(frozen=True)
class DriverLine:
    province: str
    name: str
    number: str
    title: str
    planned: float | None  # as now reported, on the report date
    actual: float | None
    approved_actual: float | None  # as its chief justice approved it (approved half-year only)


def progress_line(code: str, name: str, overview: ProvinceOverview, snapshot: ApprovedSnapshot | None,
                  approved: bool) -> ProvinceProgressLine:
    """The province's own PV and EV on the report date (``overview``, the progress page's computation), and beside
    them its activities as its overview counts them (the lowest-level ones: a parent activity is made of its
    sub-activities and carries no report), how many had a report by then and how many were overdue - from the plan
    its bundles leave (the change rows replayed): a report dated after the report date does not count, so a closed
    half-year reads the same later unless the province deletes or corrects one of its reports."""
    summary, counts = overview.summary, overview.counts
    approved_actual = _real(snapshot.overall().get("actual")) if snapshot else None
    known = counts or ActivityCounts()
    return ProvinceProgressLine(code, name, known.activities, known.reported, known.overdue, approved_actual,
                                summary.overall.planned if summary else None,
                                summary.overall.actual if summary else None, approved, overview.unreadable,
                                counts_known=counts is not None)


def milestone_lines(provinces: tuple[tuple[str, str], ...], summaries: dict[str, HomeSummary | None],
                    states: dict[str, str | None],
                    snapshots: dict[str, ApprovedSnapshot],
                    unreadable: frozenset[str] = frozenset()) -> list[MilestoneLine]:
    """Each province's compliance with each target as now reported (the progress page's figures on the report
    date), and beside it the one its chief justice approved where the half-year is approved."""
    lines = []
    for index, target in enumerate(TARGETS):
        key = f"{target.term.value}-{target.year}"  # as desktop/approvals/snapshot.py keys them
        for code, name in provinces:
            summary = summaries[code]
            live = MilestoneFigures.of(summary.milestones[index]) if summary is not None else None
            lines.append(MilestoneLine(code, name, key, live, states[code],
                                       _approved_milestone(snapshots[code], key) if code in snapshots else None,
                                       code in unreadable))
    return lines


def _approved_milestone(snapshot: ApprovedSnapshot, key: str) -> MilestoneFigures | None:
    values = snapshot.milestones().get(key)
    if not isinstance(values, dict):
        return None
    # signed by the province and matching its hash, but still data from outside: numbers only as numbers
    status = values.get("status")
    return MilestoneFigures(status if isinstance(status, str) else None, _real(values.get("value")),
                            _real(values.get("projected")), _whole(values.get("solutions_meeting")),
                            _whole(values.get("solutions_total")))


def driver_lines(provinces: tuple[tuple[str, str], ...], summaries: dict[str, HomeSummary | None],
                 snapshots: dict[str, ApprovedSnapshot]) -> list[DriverLine]:
    lines = []
    for code, name in provinces:
        summary = summaries[code]
        if summary is None:
            continue
        approved = snapshots[code].driver_projects() if code in snapshots else {}
        for driver in summary.driver_projects:
            frozen = approved.get(driver.code)
            lines.append(DriverLine(code, name, driver.code, driver.title, driver.progress.planned,
                                    driver.progress.actual,
                                    _real(frozen.get("actual")) if isinstance(frozen, dict) else None))
    return lines


def _real(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _whole(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None
