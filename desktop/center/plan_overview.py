"""A province's plan overview as the center sees it: its plan structure rebuilt from the change rows its bundles
carried (desktop/center/dashboard/replay.py) and summarised by :func:`desktop.planning.dashboard.summarise`, the
pure function behind the province's own home page — so progress, the 40 / 30 / 60 % milestones and the driver
projects are the figures the province's chief justice sees.

One computation for everyone who shows them: the dashboard's progress page (desktop/center/dashboard/progress.py)
and the six-monthly national report (desktop/center/report/). No staff rules and no web here; the callers check
who may see what.

``on`` is the day the overview describes (``summarise``'s ``today``): planned progress as scheduled by that day,
actual progress as reported for a date on or before it, milestones at their deadline once passed. The plan is the
one the province's newest applied bundle carries — as the province recomputes an approved half-year
(desktop/approvals/snapshot.py ``recompute``): a report dated before that day but entered later counts.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.center.dashboard.replay import Rows, current_rows
from desktop.center.models import NationalChange
from desktop.domain.milestones import TARGETS, ComplianceStatus
from desktop.domain.planning import SolutionTerm
from desktop.domain.rollup import ProgressPoint
from desktop.planning.activity_counts import ActivityCounts, activity_counts
from desktop.planning.dashboard import summarise
from desktop.planning.structure import ActivityRow, DriverRow, PlanRow, PlanStructure, ProgramRow, SolutionRow
from desktop.planning.views import HomeSummary, Progress
from desktop.sync.row_values import bad_value

log = logging.getLogger(__name__)

PLAN_TABLES = ("plan", "solution", "operational_program", "activity", "progress_update", "driver_project",
               "org_unit")


@dataclass(frozen=True)
class ProvinceOverview:
    plans: int
    solutions: int
    programs: int
    summary: HomeSummary | None  # None: the province's bundles carried no plan yet (or it could not be read)
    unreadable_rows: int = 0  # stored rows left out because a value is not one the province could have written
    unreadable: bool = False  # the plan could not be summarised at all: shown as unreadable, never an error page
    #: Its lowest-level activities on the day, those reported by then and those overdue (the overview's count);
    #: counted from its plan's rows even when the summary fails (``unreadable``), None when they cannot be.
    counts: ActivityCounts | None = ActivityCounts()


def readable_rows(code: str, rows: Mapping[str, Rows]) -> tuple[dict[str, Rows], int]:
    """``rows`` without the ones a bundle stored before the center checked row values (desktop/sync/row_values.py):
    one province's bad row is left out and logged (table, row and field, never the value) rather than replayed
    into every national page. Returns the rows kept and how many were left out."""
    kept: dict[str, Rows] = {}
    left_out = 0
    for table, by_id in rows.items():
        kept[table] = {}
        for row_id, values in by_id.items():
            bad = bad_value(table, values)
            if bad is None:
                kept[table][row_id] = values
            else:
                left_out += 1
                log.warning("province %s: stored row left out: %s", code, bad.describe(table, row_id))
    return kept, left_out


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _number(value: Any, default: float = 1.0) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default


def structure_of(rows: Mapping[str, Rows]) -> PlanStructure:
    """The province's :class:`PlanStructure` from its replayed rows (ordered as the province loads it); the rows
    are those :func:`readable_rows` kept, so every field has the type the province writes."""
    units = {row_id: str(values.get("name") or "") for row_id, values in rows["org_unit"].items()}
    plans = [PlanRow(row_id, str(v.get("code") or ""), str(v.get("title") or ""), str(v.get("kind") or ""),
                     _number(v.get("weight"))) for row_id, v in sorted(rows["plan"].items())]
    plan_ids = {plan.id for plan in plans}
    solutions = sorted((
        SolutionRow(id=row_id, plan_id=v.get("plan_id"), code=str(v.get("code") or ""),
                    title=str(v.get("title") or ""),
                    term=SolutionTerm(v["term"]) if isinstance(v.get("term"), str) and v["term"] in set(SolutionTerm)
                    else None,
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
_cache: OrderedDict[tuple[str, str, int, date, str], ProvinceOverview] = OrderedDict()
_cache_lock = threading.Lock()


def province_overview(session: Session, code: str, name: str, on: date) -> ProvinceOverview:
    """The province's overview on ``on`` (cached per process until its next bundle is applied)."""
    head = session.scalar(select(func.max(NationalChange.change_id)).where(NationalChange.province == code)) or 0
    key = (str(session.get_bind().url), code, head, on, name)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    rows, left_out = readable_rows(code, current_rows(session, code, PLAN_TABLES))
    counts = None
    try:
        structure = structure_of(rows)
        counts = activity_counts(structure, on)
        summary = summarise(structure, name, on) if structure.plans else None
        value = ProvinceOverview(len(structure.plans), len(structure.solutions), len(structure.programs), summary,
                                 left_out, counts=counts)
    except Exception:  # noqa: BLE001 - one province's data must never take every national page down
        log.exception("province %s: its plan could not be summarised; shown as unreadable", code)
        value = ProvinceOverview(0, 0, 0, None, left_out, unreadable=True, counts=counts)
    with _cache_lock:
        _cache[key] = value
        while len(_cache) > CACHED:
            _cache.popitem(last=False)
    return value


@dataclass(frozen=True)
class MilestoneCompliance:
    """One of the document's targets over provinces: how many are in each compliance status (a province without
    plan data counts as no data) and the mean value of those with one."""

    term: SolutionTerm
    year: int
    target_percent: float
    deadline: date
    mean_value: float | None  # over the provinces with a value
    provinces_with_value: int
    by_status: Mapping[str, int]  # ComplianceStatus value → provinces
    provinces: int  # every province counted (with or without plan data)

    def share(self, status: ComplianceStatus) -> float | None:
        """Percent of the provinces counted in ``status``."""
        return 100.0 * self.by_status[status.value] / self.provinces if self.provinces else None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


@dataclass(frozen=True)
class NationalOverall:
    """The whole country's progress: the mean of the provinces' own figures (each province's plan roll-up, what
    its chief justice sees at home), each province counting once — the rule the roll-up itself applies to
    children of equal weight. Activity weights are not added up across provinces: each province weighs its own
    plan against itself, so one province's weights say nothing about another's. A province without plan data
    (or without a value) is left out and counted in ``provinces`` only."""

    progress: Progress  # mean PV, mean EV, and SPI = mean EV ÷ mean PV
    provinces_with_value: int  # provinces whose EV went into the mean
    provinces: int  # every province counted


def national_overall(summaries: Iterable[HomeSummary | None]) -> NationalOverall:
    """The national figure over the provinces' overviews (None: a province without plan data). One definition for
    the dashboard's progress page, the national report and ``python -m desktop.center national``'s readers."""
    every = list(summaries)
    known = [s for s in every if s is not None]
    actual = [s.overall.actual for s in known if s.overall.actual is not None]
    planned = [s.overall.planned for s in known if s.overall.planned is not None]
    mean_actual, mean_planned = _mean(actual), _mean(planned)
    spi = mean_actual / mean_planned if mean_actual is not None and mean_planned else None
    return NationalOverall(Progress(mean_planned, mean_actual, spi), len(actual), len(every))


def milestone_compliance(summaries: Iterable[HomeSummary | None]) -> tuple[MilestoneCompliance, ...]:
    """Each target's compliance over the provinces' overviews (None: a province without plan data)."""
    every = list(summaries)
    known = [s for s in every if s is not None]
    result = []
    for index, target in enumerate(TARGETS):
        rows = [s.milestones[index] for s in known]
        counts = {status.value: sum(1 for row in rows if row.status == status.value) for status in ComplianceStatus}
        counts[ComplianceStatus.NO_DATA.value] += len(every) - len(rows)
        values = [row.value for row in rows if row.value is not None]
        result.append(MilestoneCompliance(target.term, target.year, target.percent, target.deadline, _mean(values),
                                          len(values), counts, len(every)))
    return tuple(result)
