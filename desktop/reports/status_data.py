"""What the six-monthly status report needs, gathered from the services in one pass (no text, no layout)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import text

from desktop.clock import FixedClock
from desktop.domain.access import Principal
from desktop.domain.indicators import indicator
from desktop.domain.indicators.periods import first_month_index, last_month_index, month_period
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.meetings import ResolutionStatus
from desktop.domain.planning import PlanKind, SolutionTerm
from desktop.domain.rollup import rollup
from desktop.indicators.survey_coverage import fully_surveyed_months
from desktop.indicators.unit_coverage import complete_months
from desktop.indicators.views import IndicatorTrend, TrendSeries
from desktop.meetings.service import MeetingService
from desktop.planning.dashboard import DashboardService, behind_activities, progress_of
from desktop.planning.structure import (
    build_province,
    build_solutions,
    load_structure,
)
from desktop.planning.views import BehindActivities, BehindActivity, HomeSummary, Progress
from desktop.reports.approved import ApprovalMark, frozen_figures, frozen_summary, mark_of, unit_cases, units
from desktop.reports.indicator_values import UnitValue, best_and_worst, indicator_values, monthly_series
from desktop.store.database import Database
from desktop.store.settings import get_setting
from desktop.tasks import TaskProgress

#: The branch indicators the report shows (seed 002/003), in this order.
KEY_INDICATORS = ("clearance_rate", "backlog", "disposition_time", "avg_time_to_disposition", "pending_over_365",
                  "avg_scheduling_time", "satisfaction", "last_hour_referrals", "data_completeness")
#: Those drawn as monthly trend charts.
TREND_INDICATORS = ("clearance_rate", "backlog", "avg_time_to_disposition", "satisfaction")
TREND_MONTHS = 12
#: An activity under way with no report for this long before the report date is "not reported".
STALE_DAYS = 90


@dataclass(frozen=True)
class SolutionLine:
    code: str
    title: str
    term: SolutionTerm | None
    executive_manager: str
    responsible_unit: str
    has_program: bool
    progress: Progress
    actual_at_start: float | None
    #: Its progress can be measured: some activity in its programs (no program, or only empty ones: "—").
    measurable: bool = True


#: An activity behind schedule on the report date, and the lists of them: the overview's (one rule for the
#: status report, the window's overview and the center's progress page: desktop/planning/dashboard.py).
BehindLine = BehindActivity


@dataclass(frozen=True)
class ResolutionLine:
    meeting_number: int
    meeting_held_on: date
    number: int
    text: str
    owner: str
    deadline: date
    status: ResolutionStatus
    completed_on: date | None
    days_overdue: int


@dataclass(frozen=True)
class IndicatorLine:
    code: str
    value: float | None
    previous: float | None
    best_district: UnitValue | None
    worst_district: UnitValue | None
    best_branch: UnitValue | None
    worst_branch: UnitValue | None
    #: The province's figure covers every month of the period for every branch (else it is marked incomplete:
    #: carried-forward or missing months, or - satisfaction - branches that did not answer the survey).
    complete: bool = True


@dataclass(frozen=True)
class DataQuality:
    solutions_without_program: int
    stale_activities: int
    months_without_statistics: tuple[JalaliPeriod, ...]
    branches_without_statistics: int
    branches_total: int
    #: The branches with statistics in the period whose months are not all complete (some carried forward or
    #: missing), by name.
    incomplete_branches: tuple[str, ...] = ()
    #: Of every plan's solutions, those that cannot be measured: no program (``solutions_without_program``), or
    #: programs with no activity.
    unmeasurable_solutions: int = 0


@dataclass(frozen=True)
class StatusData:
    period: JalaliPeriod
    as_of: date
    province_name: str
    summary: HomeSummary
    overall_at_start: Progress
    solutions: tuple[SolutionLine, ...]
    resolutions: tuple[ResolutionLine, ...]
    indicators: tuple[IndicatorLine, ...]
    trends: tuple[IndicatorTrend, ...]
    quality: DataQuality
    #: Set when the period is approved: its roll-up and indicators are the frozen ones (docs/access.md).
    approval: ApprovalMark | None = None
    #: The activities most behind schedule on the report date (live, also in an approved period, as before).
    behind: BehindActivities = BehindActivities()
    #: The activities (leaves) with a schedule, and the earliest planned start among them (None: none has one).
    scheduled_activities: int = 0
    first_start: date | None = None

    @property
    def has_plan_data(self) -> bool:
        """Something was scheduled or reported by the report date."""
        overall = self.summary.overall
        return bool(overall.planned) or bool(overall.actual)

    @property
    def not_started_yet(self) -> bool:
        """Activities are scheduled, but none was to have made progress by the report date, and none has been
        reported: the plan's planned progress is a real 0 %, not a missing figure."""
        return not self.has_plan_data and self.scheduled_activities > 0 and self.summary.overall.planned is not None

    @property
    def has_statistics(self) -> bool:
        return any(line.value is not None for line in self.indicators)



def gather_status(database: Database, period: JalaliPeriod, today: date, progress: TaskProgress) -> StatusData:
    as_of = period.described_on(today)
    start = period.start - timedelta(days=1)
    progress.step(0, 5, "")
    # The overview's roll-ups are pure Python, the indicator queries mostly SQLite (which lets go of the GIL):
    # run them side by side.
    with ThreadPoolExecutor(max_workers=1) as pool:
        summary_job = pool.submit(DashboardService(database, FixedClock(as_of)).home_summary, as_of)
        return _gather(database, period, as_of, start, summary_job, progress)


def _gather(database: Database, period: JalaliPeriod, as_of: date, start: date, summary_job,
            progress: TaskProgress) -> StatusData:
    progress.step(1, 5, "")
    with database.reading() as session:
        structure = load_structure(session)
        province_name = get_setting(session, "province.name", "") or ""
    solutions = build_solutions(structure)
    at_start = rollup(build_province(structure, solutions), start)
    transformation = {p.id for p in structure.plans if p.kind == PlanKind.TRANSFORMATION.value}
    lines = []
    for row in structure.solutions:
        if row.plan_id not in transformation:
            continue
        item = solutions[row.id]
        now = rollup(item, as_of)
        lines.append(SolutionLine(row.code, row.title, row.term, row.executive_manager, row.responsible_unit,
                                  bool(item.children), progress_of(now),
                                  rollup(item, start).actual if item.children else None, now.measurable))
    stale = _stale_activities(structure, as_of)
    behind = behind_activities(structure, as_of)
    progress.step(2, 5, "")
    resolutions = _resolutions(database, period, as_of)
    progress.step(3, 5, "")
    indicators, trends, quality_months, branches = _indicators(database, period, progress)
    summary = summary_job.result()
    frozen = frozen_figures(database, period, as_of)
    if frozen is not None:  # an approved period: the figures the chief justice approved
        summary = frozen_summary(summary, frozen)
        previous = {line.code: line.previous for line in indicators}
        indicators = tuple(_frozen_line(IndicatorLine(code, None, previous.get(code), None, None, None, None,
                                                      complete=False), frozen) for code in KEY_INDICATORS)
    progress.step(5, 5, "")
    quality = DataQuality(summary.solutions_without_program, stale, quality_months, *branches,
                          unmeasurable_solutions=summary.unmeasurable_solutions)
    starts = [structure.activity(activity_id).planned_start for activity_id in structure.leaf_activity_ids()]
    return StatusData(period, as_of, province_name, summary, progress_of(at_start), tuple(lines),
                      resolutions, indicators, trends, quality, mark_of(frozen), behind,
                      scheduled_activities=len(starts), first_start=min(starts, default=None))


def _frozen_line(line: IndicatorLine, frozen) -> IndicatorLine:
    """An indicator line with the approved values (its previous-period value stays as it is now)."""

    def values(level: str) -> list[UnitValue]:
        return [UnitValue(index, name, None, value, complete, cases=unit_cases(frozen, line.code, level, code))
                for index, (code, name, value, complete) in enumerate(units(frozen, line.code, level))]

    province = values("province")
    # A snapshot of version 1 says nothing of completeness: the province is not known to be complete.
    return IndicatorLine(line.code, province[0].value if province else line.value, line.previous,
                         *best_and_worst(line.code, values("district")), *best_and_worst(line.code, values("branch")),
                         complete=province[0].complete if province else line.complete)


def _stale_activities(structure, as_of: date) -> int:
    leaves = structure.leaf_activity_ids()
    count = 0
    for activity_id in leaves:
        row = structure.activity(activity_id)
        if row.planned_start is None or row.planned_start > as_of:
            continue
        points = [p for p in structure.history.get(activity_id, ()) if p.on <= as_of]
        if points and points[-1].percent >= 100:
            continue
        if not points or (as_of - points[-1].on).days > STALE_DAYS:
            count += 1
    return count


def _resolutions(database: Database, period: JalaliPeriod, as_of: date) -> tuple[ResolutionLine, ...]:
    # each resolution's status as it stood on the report date, not today's: a closed period reads the same later
    rows = MeetingService(database, FixedClock(as_of)).resolutions_as_of(as_of)
    lines = [ResolutionLine(r.meeting_number, r.meeting_held_on, r.number, r.text, r.owner, r.deadline, r.status,
                            r.completed_on, r.days_overdue)
             for r in rows if period.start <= r.meeting_held_on <= period.end]
    return tuple(sorted(lines, key=lambda r: (r.meeting_held_on, r.number)))


def _indicators(database: Database, period: JalaliPeriod, progress: TaskProgress):
    who = Principal.system()  # the status report is province-wide: ReportService lets only such roles build it
    with database.engine.connect() as connection:
        province = connection.execute(text("SELECT id, name FROM province ORDER BY id LIMIT 1")).first()
        bounds = {"a": first_month_index(period), "b": last_month_index(period)}
        months = {row[0] for row in connection.execute(text(
            "SELECT DISTINCT month_index FROM indicator_month WHERE month_index BETWEEN :a AND :b"), bounds)}
        # the branches open by the period's end (one opened later is not missing from it)
        branches_total = connection.execute(text(
            "SELECT count(*) FROM branch WHERE opened_month IS NULL OR opened_month <= :b"), bounds).scalar() or 0
        # a branch whose months are all carried forward has no statistics of its own in the period either
        reporting_ids = {row[0] for row in connection.execute(text(
            "SELECT DISTINCT branch_id FROM indicator_month WHERE month_index BETWEEN :a AND :b"
            " AND source IN ('cases', 'monthly')"), bounds)}
        reporting = len(reporting_ids)
    missing = tuple(month_period(m) for m in range(bounds["a"], bounds["b"] + 1) if m not in months)
    if province is None or not months:
        return (), (), missing, (branches_total - reporting, branches_total, ())
    now = indicator_values(database, KEY_INDICATORS, "province", period, principal=who)
    before = indicator_values(database, KEY_INDICATORS, "province", period.previous(), principal=who)
    progress.step(3, 5, "")
    districts = indicator_values(database, KEY_INDICATORS, "district", period, principal=who)
    branches = indicator_values(database, KEY_INDICATORS, "branch", period, principal=who)
    lines = tuple(IndicatorLine(code, now[code][0].value, before[code][0].value,
                                *best_and_worst(code, districts[code]), *best_and_worst(code, branches[code]),
                                complete=now[code][0].complete)
                  for code in KEY_INDICATORS)
    # Branches with statistics whose months in the period are not all their own (carried forward or missing):
    # the figures above include them, so the notes name them (the ones with no statistics at all are counted
    # apart). Any indicator but satisfaction gives a branch's completeness: it depends on its months only.
    incomplete = tuple(sorted(unit.name for unit in branches["clearance_rate"]
                              if not unit.complete and unit.unit_id in reporting_ids))
    last = last_month_index(period)
    trend_months = list(range(last - TREND_MONTHS + 1, last + 1))
    series = monthly_series(database, TREND_INDICATORS, trend_months, principal=who)
    periods = tuple(month_period(m) for m in trend_months)
    # each month is marked incomplete when a branch's statistics for it are carried forward or missing
    # (satisfaction's also when some branch did not answer that month's survey, the report's rule for it)
    with database.engine.connect() as connection:
        good = complete_months(connection, "province", province[0], trend_months[0], trend_months[-1])
        surveyed = fully_surveyed_months(connection, trend_months[0], trend_months[-1])
    complete = tuple(month in good for month in trend_months)
    survey_complete = tuple(month in good and month in surveyed for month in trend_months)
    trends = tuple(IndicatorTrend(indicator(code), periods, (TrendSeries(
        "province", province[0], province[1], tuple(series[code]),
        survey_complete if code == "satisfaction" else complete),)) for code in TREND_INDICATORS)
    return lines, trends, missing, (branches_total - reporting, branches_total, incomplete)
