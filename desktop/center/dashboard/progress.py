"""National progress: each province's plans, solutions, activities, weighted progress, the 40 / 30 / 60 %
milestones and driver projects — computed by the province's own overview code over the plan rows its bundles
carried, so the center shows the figures the province's chief justice sees.

The province's plan structure is rebuilt from ``national_change`` (desktop/center/dashboard/replay.py) and
summarised by :func:`desktop.planning.dashboard.summarise`, the pure function behind the province's home page —
in desktop/center/plan_overview.py, shared with the six-monthly national report (one computation of milestones).
National figures are the mean of the provinces that have a value, each province counting once (the rule the
roll-up applies to children of equal weight: desktop/center/plan_overview.py ``national_overall``, the national
report's definition too); a province without plan data is shown as such and left out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from desktop.center import national
from desktop.center.dashboard import scope
from desktop.center.plan_overview import (  # noqa: F401 - the names this module always had
    PLAN_TABLES,
    MilestoneCompliance,
    milestone_compliance,
    national_overall,
    province_overview,
    structure_of,
)
from desktop.center.staff import Action, StaffContext, visible_provinces
from desktop.domain.reference import DRIVER_PROJECTS
from desktop.planning.views import HomeSummary, Progress


@dataclass(frozen=True)
class ProvinceProgressView:
    code: str
    name: str
    stale: bool
    last_received: datetime | None
    plans: int
    solutions: int
    programs: int
    summary: HomeSummary | None  # None: the province's bundles carried no plan yet (or it could not be read)
    unreadable_rows: int = 0  # stored rows left out (desktop/center/plan_overview.py readable_rows)
    unreadable: bool = False  # its plan could not be read at all: shown as such, never an error page
    never_sent: bool = False  # nothing at all has reached the center from it: said so, never "no plan in its bundles"
    registered_at: datetime | None = None

    @property
    def has_plan(self) -> bool:
        return self.summary is not None and self.solutions > 0


#: One target's compliance over the provinces (shared with the national report: desktop/center/plan_overview.py).
NationalMilestone = MilestoneCompliance


@dataclass(frozen=True)
class NationalDriver:
    number: int
    title: str
    mean_planned: float | None
    mean_actual: float | None
    provinces_with_value: int


@dataclass(frozen=True)
class NationalProgress:
    as_of: date
    provinces: tuple[ProvinceProgressView, ...]
    overall: Progress
    provinces_with_value: int
    milestones: tuple[NationalMilestone, ...]
    drivers: tuple[NationalDriver, ...]
    #: Only the provinces of a liaison's account: its figures are the mean of those, never called national.
    limited: bool = False


def _province_view(session: Session, code: str, name: str, status: national.ProvinceStatus | None,
                   today: date) -> ProvinceProgressView:
    found = province_overview(session, code, name, today)
    return ProvinceProgressView(code=code, name=name, stale=status.stale if status else True,
                                last_received=status.last_received if status else None,
                                plans=found.plans, solutions=found.solutions, programs=found.programs,
                                summary=found.summary, unreadable_rows=found.unreadable_rows,
                                unreadable=found.unreadable, never_sent=status.never_sent if status else False,
                                registered_at=status.registered_at if status else None)


#: the Transformation Document's own titles of its driver projects (desktop/domain/reference), the plan every
#: province is seeded with: a province's renaming of one never renames it for the whole country
REFERENCE_TITLES = {project.number: project.title for project in DRIVER_PROJECTS}


def _national_title(number: int, titles: list[str]) -> str:
    """The reference title of driver project ``number``; for a project the document does not have, the title
    most provinces give it (the earliest such province's, on a tie)."""
    return REFERENCE_TITLES.get(number) or Counter(titles).most_common(1)[0][0]


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def national_progress(session: Session, staff: StaffContext, now: datetime, stale_days: int) -> NationalProgress:
    """Every province the staff member sees, and the national figures over them."""
    scope.require(staff, Action.view_progress)
    today = now.date()
    statuses = {row.code: row for row in national.status(session, now, stale_days)}
    views = tuple(_province_view(session, code, name, statuses.get(code), today)
                  for code, name in scope.visible_codes(session, staff))
    summaries = [view.summary for view in views if view.summary is not None]
    overall = national_overall(view.summary for view in views)  # the national report's definition too
    # a province whose plan cannot be read is not a province "without plan data": left out of the targets' counts,
    # as in the national report (its row says it cannot be read)
    milestones = milestone_compliance(view.summary for view in views if not view.unreadable)
    by_number: dict[int, list[tuple[str, float | None, float | None]]] = {}
    for s in summaries:
        for driver in s.driver_projects:
            by_number.setdefault(int(driver.code), []).append(
                (driver.title, driver.progress.planned, driver.progress.actual))
    drivers = tuple(NationalDriver(number, _national_title(number, [title for title, _, _ in entries]),
                                   _mean([p for _, p, _ in entries if p is not None]),
                                   _mean([a for _, _, a in entries if a is not None]),
                                   sum(1 for _, _, a in entries if a is not None))
                    for number, entries in sorted(by_number.items()))
    return NationalProgress(today, views, overall.progress, overall.provinces_with_value, milestones, drivers,
                            limited=visible_provinces(staff) is not None)


def province_progress(session: Session, staff: StaffContext, code: str, now: datetime,
                      stale_days: int) -> ProvinceProgressView:
    """One province's overview (refused for a province the staff member does not see)."""
    scope.require_province(staff, Action.view_progress, code)
    names = dict(scope.visible_codes(session, staff))
    if code not in names:
        raise scope.Refused(Action.view_progress, code)
    status = next((row for row in national.status(session, now, stale_days) if row.code == code), None)
    return _province_view(session, code, names[code], status, now.date())
