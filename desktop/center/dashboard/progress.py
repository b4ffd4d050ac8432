"""National progress: each province's plans, solutions, activities, weighted progress, the 40 / 30 / 60 %
milestones and driver projects — computed by the province's own overview code over the plan rows its bundles
carried, so the center shows the figures the province's chief justice sees.

The province's plan structure is rebuilt from ``national_change`` (desktop/center/dashboard/replay.py) and
summarised by :func:`desktop.planning.dashboard.summarise`, the pure function behind the province's home page.
National figures are the mean of the provinces that have a value, each province counting once (the rule the
roll-up applies to children of equal weight); a province without plan data is shown as such and left out.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.center import national
from desktop.center.dashboard import scope
from desktop.center.dashboard.replay import Rows, current_rows
from desktop.center.models import NationalChange
from desktop.center.staff import Action, StaffContext
from desktop.domain.milestones import TARGETS, ComplianceStatus
from desktop.domain.planning import SolutionTerm
from desktop.domain.rollup import ProgressPoint
from desktop.planning.dashboard import summarise
from desktop.planning.structure import ActivityRow, DriverRow, PlanRow, PlanStructure, ProgramRow, SolutionRow
from desktop.planning.views import HomeSummary, Progress

PLAN_TABLES = ("plan", "solution", "operational_program", "activity", "progress_update", "driver_project",
               "org_unit")


@dataclass(frozen=True)
class ProvinceProgressView:
    code: str
    name: str
    stale: bool
    last_received: datetime | None
    plans: int
    solutions: int
    programs: int
    summary: HomeSummary | None  # None: the province's bundles carried no plan yet

    @property
    def has_plan(self) -> bool:
        return self.summary is not None and self.solutions > 0


@dataclass(frozen=True)
class NationalMilestone:
    term: SolutionTerm
    year: int
    target_percent: float
    deadline: date
    mean_value: float | None  # over the provinces with a value
    provinces_with_value: int
    by_status: Mapping[str, int]  # ComplianceStatus value → provinces


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


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _number(value: Any, default: float = 1.0) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default


def structure_of(rows: Mapping[str, Rows]) -> PlanStructure:
    """The province's :class:`PlanStructure` from its replayed rows (ordered as the province loads it)."""
    units = {row_id: str(values.get("name") or "") for row_id, values in rows["org_unit"].items()}
    plans = [PlanRow(row_id, str(v.get("code") or ""), str(v.get("title") or ""), str(v.get("kind") or ""),
                     _number(v.get("weight"))) for row_id, v in sorted(rows["plan"].items())]
    plan_ids = {plan.id for plan in plans}
    solutions = sorted((
        SolutionRow(id=row_id, plan_id=v.get("plan_id"), code=str(v.get("code") or ""),
                    title=str(v.get("title") or ""),
                    term=SolutionTerm(v["term"]) if v.get("term") in set(SolutionTerm) else None,
                    responsible_unit=units.get(v.get("responsible_unit_id"), ""),
                    executive_manager=str(v.get("executive_manager") or ""),
                    driver_project_id=v.get("driver_project_id"), weight=_number(v.get("weight")))
        for row_id, v in rows["solution"].items() if v.get("plan_id") in plan_ids), key=lambda s: s.code)
    solution_ids = {s.id for s in solutions}
    programs = sorted((
        ProgramRow(row_id, v.get("solution_id"), str(v.get("code") or ""), str(v.get("title") or ""),
                   str(v.get("owner") or ""), _number(v.get("weight")))
        for row_id, v in rows["operational_program"].items() if v.get("solution_id") in solution_ids),
        key=lambda p: p.code)
    program_ids = {p.id for p in programs}
    raw_activities = {row_id: v for row_id, v in rows["activity"].items()
                      if v.get("program_id") in program_ids and _date(v.get("planned_start"))
                      and _date(v.get("planned_finish"))}
    activities = [
        ActivityRow(id=row_id, program_id=v["program_id"],
                    parent_id=v.get("parent_id") if v.get("parent_id") in raw_activities else None,
                    code=str(v.get("code") or ""), title=str(v.get("title") or ""), weight=_number(v.get("weight")),
                    planned_start=_date(v["planned_start"]), planned_finish=_date(v["planned_finish"]),  # type: ignore[arg-type]
                    owner=str(v.get("owner") or ""))
        for row_id, v in sorted(raw_activities.items(),
                                key=lambda item: (item[1]["program_id"], item[1].get("position") or 0, item[0]))]
    drivers = sorted((DriverRow(row_id, int(_number(v.get("number"), 0)), str(v.get("title") or ""),
                                units.get(v.get("executor_unit_id"), ""))
                      for row_id, v in rows["driver_project"].items()), key=lambda d: d.number)
    history: dict[int, list[tuple[date, int, float]]] = {}
    for row_id, v in rows["progress_update"].items():
        on, activity_id = _date(v.get("reported_on")), v.get("activity_id")
        if on is None or activity_id not in raw_activities or not isinstance(v.get("percent"), int | float):
            continue
        history.setdefault(activity_id, []).append((on, row_id, float(v["percent"])))
    return PlanStructure(plans, solutions, programs, activities, drivers,
                         {key: tuple(ProgressPoint(on, percent) for on, _, percent in sorted(points))
                          for key, points in history.items()})


#: A province's overview changes only when one of its bundles is applied (or the day changes): kept per
#: (database, province, last change id, day, name), the newest CACHED of them, so a page view does not replay every
#: province's whole change log again. Per process; a stale entry is never read (its key no longer matches).
CACHED = 128
_cache: OrderedDict[tuple[str, str, int, date, str], tuple[int, int, int, HomeSummary | None]] = OrderedDict()
_cache_lock = threading.Lock()


def _overview(session: Session, code: str, name: str, today: date) -> tuple[int, int, int, HomeSummary | None]:
    head = session.scalar(select(func.max(NationalChange.change_id)).where(NationalChange.province == code)) or 0
    key = (str(session.get_bind().url), code, head, today, name)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    structure = structure_of(current_rows(session, code, PLAN_TABLES))
    summary = summarise(structure, name, today) if structure.plans else None
    value = (len(structure.plans), len(structure.solutions), len(structure.programs), summary)
    with _cache_lock:
        _cache[key] = value
        while len(_cache) > CACHED:
            _cache.popitem(last=False)
    return value


def _province_view(session: Session, code: str, name: str, status: national.ProvinceStatus | None,
                   today: date) -> ProvinceProgressView:
    plans, solutions, programs, summary = _overview(session, code, name, today)
    return ProvinceProgressView(code=code, name=name, stale=status.stale if status else True,
                                last_received=status.last_received if status else None,
                                plans=plans, solutions=solutions, programs=programs, summary=summary)


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
    actual = [s.overall.actual for s in summaries if s.overall.actual is not None]
    planned = [s.overall.planned for s in summaries if s.overall.planned is not None]
    mean_actual, mean_planned = _mean(actual), _mean(planned)
    spi = mean_actual / mean_planned if mean_actual is not None and mean_planned else None
    milestones = []
    for index, target in enumerate(TARGETS):
        rows = [s.milestones[index] for s in summaries]
        counts = {status.value: sum(1 for row in rows if row.status == status.value) for status in ComplianceStatus}
        counts[ComplianceStatus.NO_DATA.value] += len(views) - len(rows)
        values = [row.value for row in rows if row.value is not None]
        milestones.append(NationalMilestone(target.term, target.year, target.percent, target.deadline, _mean(values),
                                            len(values), counts))
    by_number: dict[int, list[tuple[str, float | None, float | None]]] = {}
    for s in summaries:
        for driver in s.driver_projects:
            by_number.setdefault(int(driver.code), []).append(
                (driver.title, driver.progress.planned, driver.progress.actual))
    drivers = tuple(NationalDriver(number, entries[0][0], _mean([p for _, p, _ in entries if p is not None]),
                                   _mean([a for _, _, a in entries if a is not None]),
                                   sum(1 for _, _, a in entries if a is not None))
                    for number, entries in sorted(by_number.items()))
    return NationalProgress(today, views, Progress(mean_planned, mean_actual, spi), len(actual),
                            tuple(milestones), drivers)


def province_progress(session: Session, staff: StaffContext, code: str, now: datetime,
                      stale_days: int) -> ProvinceProgressView:
    """One province's overview (refused for a province the staff member does not see)."""
    scope.require_province(staff, Action.view_progress, code)
    names = dict(scope.visible_codes(session, staff))
    if code not in names:
        raise scope.Refused(Action.view_progress, code)
    status = next((row for row in national.status(session, now, stale_days) if row.code == code), None)
    return _province_view(session, code, names[code], status, now.date())
