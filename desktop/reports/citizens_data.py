"""What the quarterly citizens'-rights report needs: the nine programs, their actions, evidence and survey."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from desktop.domain.action_status import ActionStatus, action_status
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.planning import PlanKind
from desktop.domain.rollup import rollup
from desktop.indicators.service import IndicatorService
from desktop.indicators.views import IndicatorRow
from desktop.planning.dashboard import progress_of
from desktop.planning.structure import build_activity, build_solutions, load_structure
from desktop.planning.views import Progress
from desktop.store.database import Database
from desktop.store.models import EvidenceFile, ProgressEvidence, ProgressUpdate
from desktop.store.settings import get_setting
from desktop.tasks import TaskProgress


@dataclass(frozen=True)
class ActionLine:
    code: str
    title: str
    progress: Progress
    status: ActionStatus
    reports_in_period: int
    last_note: str
    evidence: tuple[str, ...]  # file names of the evidence attached in the period
    #: It has a progress report by the report date; without one its actual progress and SPI are unknown (None in
    #: ``progress``), never 0 %.
    reported: bool = True


@dataclass(frozen=True)
class ProgramLine:
    code: str
    title: str
    manager: str
    progress: Progress
    actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class SurveyLine:
    name: str
    responses: int
    average: float | None
    #: Every branch of the unit answered the survey in each of the quarter's survey months and has complete case
    #: statistics (the indicator service's rule for satisfaction, docs/indicators.md "Completeness"); an
    #: incomplete figure is marked and never compared.
    complete: bool = True
    branches: int = 1
    complete_branches: int = 1


@dataclass(frozen=True)
class CitizensData:
    period: JalaliPeriod
    as_of: date
    province_name: str
    programs: tuple[ProgramLine, ...]
    survey_province: SurveyLine | None
    survey_districts: tuple[SurveyLine, ...]
    #: The month the survey's figures run to when that is before the quarter's last (a quarter still running):
    #: a part of the quarter, said beside them (``IndicatorTable.through_month``).
    survey_through: JalaliPeriod | None = None

    @property
    def has_program_data(self) -> bool:
        return any(action.progress.actual or action.reports_in_period
                   for program in self.programs for action in program.actions)

    @property
    def has_survey(self) -> bool:
        return self.survey_province is not None

    @property
    def has_data(self) -> bool:
        """Anything the report shows for the quarter: the programs' progress or the survey's results (a quarter
        before the programs began may still have its survey)."""
        return self.has_program_data or self.has_survey


def gather_citizens(database: Database, period: JalaliPeriod, today: date, progress: TaskProgress) -> CitizensData:
    as_of = period.described_on(today)
    progress.step(0, 3, "")
    with database.reading() as session:
        structure = load_structure(session)
        province_name = get_setting(session, "province.name", "") or ""
        plans = {p.id for p in structure.plans if p.kind == PlanKind.CITIZENS_RIGHTS.value}
        solutions = [s for s in structure.solutions if s.plan_id in plans]
        program_ids = {p.id for p in structure.programs if p.solution_id in {s.id for s in solutions}}
        leaves = [a for a in structure.activities if a.program_id in program_ids and
                  not structure.child_activities(a.program_id, a.id)]
        reports, evidence = _period_reports(session, [a.id for a in leaves], period.start, as_of)
    progress.step(1, 3, "")
    items = build_solutions(structure)
    programs = []
    for solution in sorted(solutions, key=lambda s: s.code):
        actions = []
        for program in (p for p in structure.programs if p.solution_id == solution.id):
            for row in (a for a in leaves if a.program_id == program.id):
                result = progress_of(rollup(build_activity(structure, row), as_of))
                reported = any(point.on <= as_of for point in structure.history.get(row.id, ()))
                status = action_status(result.planned, result.actual if reported else None)
                if not reported:  # no progress known, not 0 % (the roll-up counts it so in the program's mean)
                    result = Progress(result.planned, None, None)
                notes = reports.get(row.id, [])
                actions.append(ActionLine(row.code, row.title, result, status, len(notes), notes[-1] if notes else "",
                                          tuple(evidence.get(row.id, ())), reported))
        programs.append(ProgramLine(solution.code, solution.title, solution.executive_manager,
                                    progress_of(rollup(items[solution.id], as_of)), tuple(actions)))
    progress.step(2, 3, "")
    survey_province, survey_districts, survey_through = _survey(database, period)
    progress.step(3, 3, "")
    return CitizensData(period, as_of, province_name, tuple(programs), survey_province, survey_districts,
                        survey_through)


def _period_reports(session, activity_ids: list[int], start: date, end: date):
    reports: dict[int, list[str]] = defaultdict(list)
    evidence: dict[int, list[str]] = defaultdict(list)
    if not activity_ids:
        return reports, evidence
    for activity_id, note in session.execute(
            select(ProgressUpdate.activity_id, ProgressUpdate.note)
            .where(ProgressUpdate.activity_id.in_(activity_ids), ProgressUpdate.reported_on.between(start, end))
            .order_by(ProgressUpdate.reported_on, ProgressUpdate.id)):
        reports[activity_id].append(note)
    for activity_id, name in session.execute(
            select(ProgressUpdate.activity_id, EvidenceFile.original_name)
            .join(ProgressEvidence, ProgressEvidence.progress_update_id == ProgressUpdate.id)
            .join(EvidenceFile, EvidenceFile.id == ProgressEvidence.evidence_file_id)
            .where(ProgressUpdate.activity_id.in_(activity_ids), ProgressUpdate.reported_on.between(start, end))
            .order_by(ProgressUpdate.reported_on, EvidenceFile.original_name)):
        if name not in evidence[activity_id]:
            evidence[activity_id].append(name)
    return reports, evidence


def _survey(database: Database, period: JalaliPeriod
            ) -> tuple[SurveyLine | None, tuple[SurveyLine, ...], JalaliPeriod | None]:
    """The public-satisfaction survey of the quarter (from the CMS import), province and districts, each with its
    completeness; the districts by code (a list, not a ranking), a district without answers too (no value); and
    the month the figures run to when the quarter is not covered to its end."""
    service = IndicatorService(database)

    def line(row: IndicatorRow) -> SurveyLine:
        return SurveyLine(row.name, row.totals.satisfaction_responses, row.value, row.complete, row.branches,
                          row.complete_branches)

    table = service.table("satisfaction", "province", period)
    province = [r for r in table.rows if r.value is not None]
    if not province:
        return None, (), None
    districts = tuple(line(r) for r in sorted(service.table("satisfaction", "district", period).rows,
                                              key=lambda r: r.code))
    return line(province[0]), districts, table.through_month
