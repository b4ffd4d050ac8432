"""The overview for the chief justice: overall progress, milestones, driver projects, what is behind."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.clock import Clock
from desktop.domain.action_status import ActionStatus, action_status
from desktop.domain.codes import code_order
from desktop.domain.milestones import TARGETS, ComplianceStatus, evaluate, evaluate_solution, sample_dates
from desktop.domain.planning import PlanKind, SolutionTerm
from desktop.domain.rollup import (
    RollupResult,
    WorkItem,
    actual_series,
    rank_behind,
    rollup,
    schedule_gap,
    tied_past,
)
from desktop.planning.structure import (
    ActivityRow,
    PlanStructure,
    build_activity,
    build_driver_projects,
    build_province,
    build_solutions,
    id_of,
    load_structure,
)
from desktop.planning.views import (
    BehindActivities,
    BehindActivity,
    HomeSummary,
    MilestoneRow,
    NamedProgress,
    Progress,
)
from desktop.store.database import Database
from desktop.store.settings import get_setting

#: Milestone series are sampled every this many days (and on the deadline and today).
SERIES_STEP_DAYS = 14
#: The activities listed in each part of "the activities most behind schedule".
BEHIND_SHOWN = 10
COMPLETE = 100.0 - 1e-9


def progress_of(result: RollupResult | None) -> Progress:
    if result is None:
        return Progress(None, None, None)
    return Progress(result.planned, result.actual, result.spi)


def not_reported(result: RollupResult | None) -> bool:
    """Measurable, but no progress report dated on or before the day stands behind it (a leaf's own, or one of a
    parent's leaves'): its actual progress and SPI are not known - "not reported", never 0 %."""
    return result is not None and result.measurable and not result.reported


def shown_progress(result: RollupResult | None) -> Progress:
    """A result as a reader is shown it (the plans page's tree, an activity's panel, ``plans list``): its actual
    progress and SPI unknown (None) when :func:`not_reported` - the roll-up's 0 % there is what its parents'
    means count (docs/reports.md), not a measured figure."""
    if not_reported(result):
        assert result is not None
        return Progress(result.planned, None, None)
    return progress_of(result)


class DashboardService:
    def __init__(self, database: Database, clock: Clock):
        self._database = database
        self._clock = clock

    def home_summary(self, as_of: date | None = None) -> HomeSummary:
        today = as_of or self._clock.today()
        with self._database.reading() as session:
            structure = load_structure(session)
            province_name = get_setting(session, "province.name", "") or ""
        return summarise(structure, province_name, today)


def summarise(structure: PlanStructure, province_name: str, today: date) -> HomeSummary:
    """The overview of a plan structure on ``today`` — pure: the center computes each province's overview with it
    from the plan rows the province's bundles carried (desktop/center/dashboard/progress.py)."""
    solutions = build_solutions(structure)
    province = rollup(build_province(structure, solutions), today)
    plans = tuple(
        NamedProgress(id_of(result.key), plan.code, plan.title, "", progress_of(result))
        for plan, result in zip(structure.plans, province.children, strict=True)
    )
    drivers = tuple(
        NamedProgress(row.id, str(row.number), row.title, row.executor, progress_of(rollup(item, today)))
        for row, item in zip(structure.drivers, build_driver_projects(structure, solutions), strict=True)
    )
    leaves = [r for r in _iter_leaves(province)]
    behind = behind_activities(structure, today)
    return HomeSummary(
        as_of=today,
        province_name=province_name,
        overall=progress_of(province),
        plans=plans,
        milestones=tuple(_milestones(structure, solutions, today)),
        driver_projects=drivers,
        behind=behind.ranked,
        activity_count=len(leaves),
        finished_activity_count=sum(1 for r in leaves if (r.actual or 0.0) >= COMPLETE),
        solutions_without_program=sum(1 for item in solutions.values() if not item.children),
        behind_unreported=behind.unreported,
        behind_unreported_total=behind.unreported_total,
        behind_total=behind.ranked_total,
        behind_tied_unlisted=behind.ranked_tied_unlisted,
        # no program, or programs with no activity to measure them by ("—"; an empty program is no measure)
        unmeasurable_solutions=sum(1 for plan in province.children for solution in plan.children
                                   if not solution.measurable),
    )


# milestones -------------------------------------------------------------------------------------
def _milestones(structure: PlanStructure, solutions: dict[int, WorkItem], today: date) -> list[MilestoneRow]:
    transformation = {p.id for p in structure.plans if p.kind == PlanKind.TRANSFORMATION.value}
    by_term: dict[SolutionTerm, list[WorkItem]] = {SolutionTerm.MID: [], SolutionTerm.LONG: []}
    terms: dict[int, SolutionTerm] = {}
    for row in structure.solutions:
        if row.plan_id in transformation and row.term in by_term:
            by_term[row.term].append(solutions[row.id])
            terms[row.id] = row.term
    start = _first_progress_date(structure) or today
    dates = sorted(set(sample_dates(start, today, SERIES_STEP_DAYS)) | {t.deadline for t in TARGETS if
                                                                         start <= t.deadline <= today})
    series_by_solution = {sid: dict(actual_series(solutions[sid], dates)) for sid in terms}
    weight_of = {row.id: row.weight for row in structure.solutions}
    rows = []
    for target in TARGETS:
        ids = [sid for sid, term in terms.items() if term == target.term]
        evaluation = evaluate(target, _weighted_series(dates, ids, series_by_solution, weight_of), today)
        meeting = 0
        for sid in ids:
            own = [e for e in evaluate_solution(target.term, sorted(series_by_solution[sid].items()), today)
                   if e.target == target]
            if own and own[0].status in (ComplianceStatus.MET, ComplianceStatus.ON_TRACK):
                meeting += 1
        projected = evaluation.forecast.projected_percent if evaluation.forecast else None
        rows.append(MilestoneRow(
            term=target.term, year=target.year, target_percent=target.percent, deadline=target.deadline,
            status=evaluation.status.value, value=evaluation.actual, projected=projected,
            solutions_meeting=meeting, solutions_total=len(ids)))
    return rows


# behind schedule --------------------------------------------------------------------------------
def behind_activities(structure: PlanStructure, as_of: date, shown: int = BEHIND_SHOWN) -> BehindActivities:
    """The activities most behind schedule on ``as_of`` (the province's, every plan's): one rule for the
    overview, the center's progress page (both through :func:`summarise`) and the six-monthly status report.

    An activity with a progress report by then is ranked by the domain's rule (:func:`rank_behind`: the gap
    between planned and actual, then the lower SPI, then its program and code in their natural order); at most
    ``shown`` of them are listed, all of them counted, and those left out behind by the same amount as the last
    listed counted apart (a cut through a tie is said, not hidden). One without has no known actual progress, so
    no gap and no SPI: it is never ranked with them nor counted as 0 % (the roll-up counts it so in its parents'
    means only). The domain still calls it behind when its schedule calls for some progress by now
    (:func:`action_status`: no progress and at least BEHIND_POINTS planned) - a real concern, listed apart, the
    earliest planned finish (the longest overdue) first, then program and code, at most ``shown`` of them and all
    of them counted."""
    programs = {row.id: row for row in structure.programs}
    solution_title = {row.id: row.title for row in structure.solutions}
    reported, unreported = [], []
    for activity_id in structure.leaf_activity_ids():
        row = structure.activity(activity_id)
        result = rollup(build_activity(structure, row), as_of)
        if any(point.on <= as_of for point in structure.history.get(activity_id, ())):
            reported.append(result)
        elif action_status(result.planned, None) is ActionStatus.BEHIND:
            unreported.append((row, result.planned))

    def line(activity_id: int, progress: Progress, was_reported: bool) -> BehindActivity:
        row = structure.activity(activity_id)
        program = programs[row.program_id]
        return BehindActivity(row.id, program.code, row.code, row.title, solution_title[program.solution_id],
                              row.owner, row.planned_finish, progress, was_reported)

    def code(row: ActivityRow) -> tuple:
        # equals (behind by the same amount at the same SPI, or due the same day) by their program, then their own
        # code, each in its natural order ("2.9" before "2.10"; the key "A14" before "A6" once); the id for twins
        return code_order(programs[row.program_id].code), code_order(row.code), row.id

    ranking = rank_behind(reported, leaves_only=False, tiebreak=lambda r: code(structure.activity(id_of(r.key))))
    ranked = tuple(line(id_of(result.key), progress_of(result), True) for result in ranking[:max(0, shown)])
    tied = tied_past([schedule_gap(r.planned, r.actual) for r in ranking], len(ranked))
    unreported.sort(key=lambda item: (item[0].planned_finish, -(item[1] or 0.0), code(item[0])))
    listed = tuple(line(row.id, Progress(planned, None, None), False) for row, planned in unreported[:shown])
    return BehindActivities(ranked, listed, len(unreported), len(ranking), tied)


def _weighted_series(dates: list[date], ids: list[int], series: dict[int, dict[date, float]],
                     weight_of: dict[int, float]) -> list[tuple[date, float]]:
    """The solutions' weighted mean on each date — the same number `rollup` gives for a parent of them."""
    result = []
    for day in dates:
        pairs = [(weight_of[sid], series[sid][day]) for sid in ids if day in series[sid] and weight_of[sid] > 0]
        total = sum(weight for weight, _ in pairs)
        if total > 0:
            result.append((day, sum(weight * value for weight, value in pairs) / total))
    return result


def _iter_leaves(result: RollupResult):
    stack = [result]
    while stack:
        node = stack.pop()
        if node.is_leaf:
            if node.key.startswith("A"):
                yield node
        else:
            stack.extend(node.children)


def _first_progress_date(structure: PlanStructure) -> date | None:
    starts = [a.planned_start for a in structure.activities]
    reported = [points[0].on for points in structure.history.values() if points]
    candidates = starts + reported
    return min(candidates) - timedelta(days=1) if candidates else None
