"""Use cases of the plan tree: browse, create, edit and delete solutions, programs and activities,
record progress with evidence. Each method is one transaction; every write is change-logged."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, ErrorCollector, ValidationError
from desktop.domain.milestones import sample_dates
from desktop.domain.organisation import validate_code
from desktop.domain.persian import normalise_text
from desktop.domain.planning import (
    SolutionTerm,
    validate_activity,
    validate_progress,
    validate_title,
    validate_weight,
)
from desktop.domain.rollup import RollupResult, progress_series, rollup
from desktop.planning.approved_figures import PlanFiguresWatch
from desktop.planning.dashboard import progress_of
from desktop.planning.structure import (
    PROVINCE_KEY,
    build_activity,
    build_province,
    build_solutions,
    load_structure,
)
from desktop.planning.views import (
    ActivityDetail,
    ActivityForm,
    Choice,
    EvidenceRef,
    NodeKind,
    PlanChoices,
    PlanNode,
    ProgramForm,
    ProgressEntry,
    SeriesPoint,
    SolutionForm,
)
from desktop.store.approvals import ensure_dates_unlocked, ensure_spans_free
from desktop.store.database import Database
from desktop.store.evidence import EvidenceStore, get_or_create_evidence_row
from desktop.store.models import (
    Activity,
    DriverProject,
    EvidenceFile,
    OperationalProgram,
    OrgUnit,
    Plan,
    ProgressEvidence,
    ProgressUpdate,
    Solution,
)

CONTEXT = "Planning"
SERIES_POINTS = 40


NOT_FOUND = {
    "solution": QT_TRANSLATE_NOOP("Planning", "This solution no longer exists (id {id}); it may have been deleted."),
    "program": QT_TRANSLATE_NOOP(
        "Planning", "This operational program no longer exists (id {id}); it may have been deleted."),
    "activity": QT_TRANSLATE_NOOP("Planning", "This activity no longer exists (id {id}); it may have been deleted."),
}


def _not_found(kind: str, item_id: int) -> DomainError:
    return DomainError(CONTEXT, NOT_FOUND[kind], {"id": item_id})


class PlanService(ActsForPrincipal):
    """Plan use cases for :attr:`principal`: anyone may read, only a role that may edit writes."""

    def __init__(self, database: Database, clock: Clock, user_name: str = "", *,
                 principal: Principal | None = None):
        self._database = database
        self._clock = clock
        self._act_for(principal, user_name)

    @property
    def evidence(self) -> EvidenceStore:
        return EvidenceStore(self._database.evidence_dir)

    # reading -----------------------------------------------------------------------------------
    def tree(self, as_of: date | None = None) -> tuple[PlanNode, ...]:
        """Plans → solutions → operational programs → activity trees, each with its PV, EV and SPI."""
        today = as_of or self._clock.today()
        with self._database.reading() as session:
            structure = load_structure(session)
        solutions = build_solutions(structure)
        result = rollup(build_province(structure, solutions), today)
        assert result.key == PROVINCE_KEY
        by_key = {r.key: r for r in _walk(result)}
        programs_of: dict[int, list] = {}
        for program in structure.programs:
            programs_of.setdefault(program.solution_id, []).append(program)

        def activity_node(row) -> PlanNode:
            children = tuple(activity_node(c) for c in structure.child_activities(row.program_id, row.id))
            return PlanNode(NodeKind.ACTIVITY, row.id, row.code, row.title, row.weight,
                            progress_of(by_key.get(f"A{row.id}")), children, owner=row.owner,
                            planned_start=row.planned_start, planned_finish=row.planned_finish,
                            parent_id=row.parent_id)

        def program_node(row) -> PlanNode:
            children = tuple(activity_node(a) for a in structure.child_activities(row.id, None))
            return PlanNode(NodeKind.PROGRAM, row.id, row.code, row.title, row.weight,
                            progress_of(by_key.get(f"G{row.id}")), children, owner=row.owner,
                            parent_id=row.solution_id)

        def solution_node(row) -> PlanNode:
            children = tuple(program_node(p) for p in programs_of.get(row.id, []))
            return PlanNode(NodeKind.SOLUTION, row.id, row.code, row.title, row.weight,
                            progress_of(by_key.get(f"S{row.id}")), children, term=row.term,
                            owner=row.executive_manager, parent_id=row.plan_id)

        return tuple(
            PlanNode(NodeKind.PLAN, plan.id, plan.code, plan.title, plan.weight,
                     progress_of(by_key.get(f"P{plan.id}")),
                     tuple(solution_node(s) for s in structure.solutions if s.plan_id == plan.id))
            for plan in structure.plans
        )

    def choices(self) -> PlanChoices:
        with self._database.reading() as session:
            plans = tuple(Choice(p.id, p.title) for p in session.scalars(select(Plan).order_by(Plan.id)))
            drivers = tuple(Choice(d.number, f"{d.number}. {d.title}")
                            for d in session.scalars(select(DriverProject).order_by(DriverProject.number)))
            units = tuple(session.scalars(select(OrgUnit.name).order_by(OrgUnit.name)))
        return PlanChoices(plans, drivers, units)

    def solution(self, solution_id: int) -> SolutionForm:
        with self._database.reading() as session:
            row = self._get(session, Solution, solution_id, "solution")
            return SolutionForm(
                plan_id=row.plan_id, code=row.code, title=row.title, term=SolutionTerm(row.term) if row.term else None,
                responsible_unit=row.responsible_unit.name if row.responsible_unit else "",
                executive_manager=row.executive_manager,
                driver_project_number=row.driver_project.number if row.driver_project else None,
                weight=row.weight, description=row.description)

    def program(self, program_id: int) -> ProgramForm:
        with self._database.reading() as session:
            row = self._get(session, OperationalProgram, program_id, "program")
            return ProgramForm(row.solution_id, row.code, row.title, row.expected_results, row.owner, row.weight)

    def activity(self, activity_id: int, as_of: date | None = None) -> ActivityDetail:
        today = as_of or self._clock.today()
        with self._database.reading() as session:
            row = self._get(session, Activity, activity_id, "activity")
            program = row.program
            solution = program.solution
            form = ActivityForm(row.program_id, row.code, row.title, row.weight, row.planned_start,
                                row.planned_finish, row.parent_id, row.resource_estimate, row.owner)
            history = tuple(
                ProgressEntry(u.id, u.reported_on, u.percent, u.note, u.recorded_by,
                              tuple(_evidence_ref(link.evidence_file) for link in u.evidence_links))
                for u in row.progress_updates)
            titles = (program.title, solution.title, solution.plan.title)
            structure = load_structure(session, row.program_id)  # its own program's activities are enough
        item = build_activity(structure, structure.activity(activity_id))
        result = rollup(item, today)
        start = min(item_dates := [structure.activity(activity_id).planned_start, *(h.reported_on for h in history)])
        end = max([structure.activity(activity_id).planned_finish, today, *item_dates])
        step = max(1, (end - start).days // SERIES_POINTS)
        series = tuple(SeriesPoint(d, p, a) for d, p, a in progress_series(item, sample_dates(start, end, step)))
        return ActivityDetail(activity_id, form, *titles, progress_of(result), history, series,
                              is_leaf=not item.children)

    def evidence_path(self, sha256: str) -> Path:
        return self.evidence.path_for(sha256)

    # solutions ---------------------------------------------------------------------------------
    def create_solution(self, form: SolutionForm) -> int:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = Solution(plan_id=form.plan_id)
            self._fill_solution(session, row, form)
            session.add(row)
            session.flush()
            return row.id

    def update_solution(self, solution_id: int, form: SolutionForm) -> None:
        """Its weight, term and driver project weigh every activity under it: refused while one of them spans
        an approved period."""
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, Solution, solution_id, "solution")
            ensure_spans_free(session, (s for p in row.programs for s in _program_spans(p)))
            self._fill_solution(session, row, form)

    def delete_solution(self, solution_id: int) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, Solution, solution_id, "solution")
            ensure_spans_free(session, (s for p in row.programs for s in _program_spans(p)))
            for program in list(row.programs):
                session.delete(program)
            session.delete(row)

    def _fill_solution(self, session: Session, row: Solution, form: SolutionForm) -> None:
        errors = ErrorCollector()
        code = errors.check(_validate_code, form.code)
        title = errors.check(validate_title, form.title, "title")
        weight = errors.check(validate_weight, form.weight, "weight")
        if code and self._code_taken(session, Solution, Solution.code == code, row.id):
            errors.add(_duplicate_code(code))
        errors.raise_if_any()
        row.code, row.title, row.weight = code, title, weight
        row.term = form.term.value if form.term else None
        row.executive_manager = form.executive_manager.strip()
        row.description = form.description.strip()
        # Query before assigning relationships: an autoflush with a new, not yet added row warns.
        driver_project = (session.scalar(select(DriverProject).where(
            DriverProject.number == form.driver_project_number)) if form.driver_project_number else None)
        row.responsible_unit = _unit(session, form.responsible_unit)
        row.driver_project = driver_project

    # programs ----------------------------------------------------------------------------------
    def create_program(self, form: ProgramForm) -> int:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            self._get(session, Solution, form.solution_id, "solution")
            row = OperationalProgram(solution_id=form.solution_id)
            self._fill_program(session, row, form)
            session.add(row)
            session.flush()
            return row.id

    def update_program(self, program_id: int, form: ProgramForm) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, OperationalProgram, program_id, "program")
            ensure_spans_free(session, _program_spans(row))
            self._fill_program(session, row, form)

    def delete_program(self, program_id: int) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, OperationalProgram, program_id, "program")
            ensure_spans_free(session, _program_spans(row))
            session.delete(row)

    def _fill_program(self, session: Session, row: OperationalProgram, form: ProgramForm) -> None:
        errors = ErrorCollector()
        code = errors.check(_validate_code, form.code)
        title = errors.check(validate_title, form.title, "title")
        weight = errors.check(validate_weight, form.weight, "weight")
        if code and self._code_taken(session, OperationalProgram, OperationalProgram.code == code, row.id):
            errors.add(_duplicate_code(code))
        errors.raise_if_any()
        row.code, row.title, row.weight = code, title, weight
        row.expected_results = form.expected_results.strip()
        row.owner = form.owner.strip()

    # activities --------------------------------------------------------------------------------
    def create_activity(self, form: ActivityForm) -> int:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            self._get(session, OperationalProgram, form.program_id, "program")
            # After the last sibling (not their count: positions need not start at 0, the demo's start at 1).
            position = session.scalar(select(func.coalesce(func.max(Activity.position) + 1, 0)).where(
                Activity.program_id == form.program_id, Activity.parent_id.is_(form.parent_id)
                if form.parent_id is None else Activity.parent_id == form.parent_id)) or 0
            row = Activity(program_id=form.program_id, position=position)
            ensure_spans_free(session, [(form.planned_start, form.planned_finish)])
            self._fill_activity(session, row, form)
            session.add(row)
            session.flush()
            return row.id

    def update_activity(self, activity_id: int, form: ActivityForm) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, Activity, activity_id, "activity")
            # Its span before and after, and its sub-activities (their weight in the roll-up moves with it
            # when it is reweighted or placed under another parent).
            spans = [*_activity_spans(row), (form.planned_start, form.planned_finish)]
            moves_figures = ((row.weight, row.planned_start, row.planned_finish, row.parent_id, row.program_id)
                             != (form.weight, form.planned_start, form.planned_finish, form.parent_id,
                                 form.program_id))
            if not moves_figures:  # a new title, code, owner or resource estimate changes no figure
                spans = []
            if moves_figures and form.parent_id != row.parent_id:
                for parent_id in (row.parent_id, form.parent_id):
                    parent = session.get(Activity, parent_id) if parent_id is not None else None
                    if parent is not None:
                        spans.append((parent.planned_start, parent.planned_finish))
            ensure_spans_free(session, spans)
            self._fill_activity(session, row, form)

    def delete_activity(self, activity_id: int) -> None:
        self.principal.require(Action.EDIT)
        with self._database.session() as session:
            row = self._get(session, Activity, activity_id, "activity")
            ensure_spans_free(session, _activity_spans(row))
            session.delete(row)

    def _fill_activity(self, session: Session, row: Activity, form: ActivityForm) -> None:
        errors = ErrorCollector()
        code = errors.check(_validate_activity_code, form.code)
        checked = errors.check(validate_activity, form.title, form.weight, form.planned_start, form.planned_finish)
        if code and self._code_taken(session, Activity, (Activity.code == code) &
                                     (Activity.program_id == form.program_id), row.id):
            errors.add(_duplicate_code(code))
        if form.parent_id is not None:
            parent = session.get(Activity, form.parent_id)
            if parent is not None and parent.id == row.id:
                errors.add(ValidationError("parent", QT_TRANSLATE_NOOP(
                    "Validation", "An activity cannot be its own parent.")))
            elif parent is None or parent.program_id != form.program_id:
                errors.add(ValidationError("parent", QT_TRANSLATE_NOOP(
                    "Validation", "The parent activity must belong to the same operational program.")))
            elif row.id is not None and _is_under(parent, row.id):
                errors.add(ValidationError("parent", QT_TRANSLATE_NOOP(
                    "Validation", "An activity cannot be placed under one of its own sub-activities.")))
        errors.raise_if_any()
        assert checked is not None
        row.code = code
        row.title, row.weight = checked.title, checked.weight
        row.planned_start, row.planned_finish = checked.planned_start, checked.planned_finish
        row.parent_id = form.parent_id
        row.resource_estimate = form.resource_estimate.strip()
        row.owner = form.owner.strip()

    # progress ----------------------------------------------------------------------------------
    def record_progress(self, activity_id: int, percent: float, reported_on: date, note: str = "",
                        evidence: Sequence[Path] = ()) -> int:
        """Add a dated progress report; history is never overwritten. Evidence files are checked
        (size, readability) before anything is written.

        Refused in an approved period (``PeriodLocked``), and before one when it would change the period's plan
        figures (``PlanFiguresLocked``): the activity has no later report up to the period's end, or the
        milestones' trend moves. The figures are compared before and after, inside this transaction."""
        self.principal.require(Action.EDIT)
        today = self._clock.today()
        with self._database.session() as session:
            activity = self._get(session, Activity, activity_id, "activity")
            if activity.children:
                raise ValidationError("percent", QT_TRANSLATE_NOOP(
                    "Validation", "Progress is reported on the lowest-level activities; "
                                  "this activity's progress is computed from its sub-activities."))
            previous = activity.progress_updates[-1].percent if activity.progress_updates else None
            checked = validate_progress(percent, reported_on, today, previous)
            ensure_dates_unlocked(session, checked.reported_on)
            watch = PlanFiguresWatch(session, checked.reported_on, today)
            update = ProgressUpdate(activity_id=activity_id, reported_on=checked.reported_on, percent=checked.percent,
                                    note=note.strip(), recorded_by=self.user_name)
            session.add(update)
            session.flush()
            watch.ensure_kept()
            stored = [self.evidence.add(Path(path)) for path in evidence]
            for item in stored:
                evidence_row = get_or_create_evidence_row(session, item)
                session.add(ProgressEvidence(progress_update_id=update.id, evidence_file_id=evidence_row.id))
            return update.id

    # helpers -----------------------------------------------------------------------------------
    @staticmethod
    def _get(session: Session, model, item_id: int, kind: str):
        row = session.get(model, item_id)
        if row is None:
            raise _not_found(kind, item_id)
        return row

    @staticmethod
    def _code_taken(session: Session, model, condition, own_id: int | None) -> bool:
        query = select(model.id).where(condition)
        if own_id is not None:
            query = query.where(model.id != own_id)
        return session.scalar(query.limit(1)) is not None


def _walk(result: RollupResult):
    stack = [result]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)


def _activity_spans(activity: Activity) -> list[tuple[date | None, date | None]]:
    """The planned span and the progress dates of an activity and of its sub-activities: what changing its
    weight, moving or deleting it touches."""
    spans: list[tuple[date | None, date | None]] = [(activity.planned_start, activity.planned_finish)]
    spans.extend((u.reported_on, u.reported_on) for u in activity.progress_updates)
    for child in activity.children:
        spans.extend(_activity_spans(child))
    return spans


def _program_spans(program: OperationalProgram) -> list[tuple[date | None, date | None]]:
    return [s for activity in program.activities for s in _activity_spans(activity)]


def _validate_code(code: str) -> str:
    return validate_code(code, "code")


def _is_under(activity: Activity, ancestor_id: int) -> bool:
    """Whether `ancestor_id` is `activity` or one of its ancestors (a new parent there would make a cycle)."""
    seen: set[int] = set()
    node: Activity | None = activity
    while node is not None and node.id not in seen:
        if node.id == ancestor_id:
            return True
        seen.add(node.id)
        node = node.parent
    return False


def _validate_activity_code(code: str) -> str:
    """Like other codes, but work-breakdown numbers such as "1.2.3" are allowed."""
    text = normalise_text(code or "")
    validate_code(text.replace(".", "-"), "code")
    return text


def _duplicate_code(code: str) -> ValidationError:
    return ValidationError("code", QT_TRANSLATE_NOOP("Validation", "The code {code} is already in use."),
                           {"code": code})


def _unit(session: Session, name: str) -> OrgUnit | None:
    name = name.strip()
    if not name:
        return None
    unit = session.scalar(select(OrgUnit).where(OrgUnit.name == name))
    if unit is None:
        unit = OrgUnit(name=name, kind="")
        session.add(unit)
    return unit


def _evidence_ref(row: EvidenceFile) -> EvidenceRef:
    return EvidenceRef(row.sha256, row.original_name, row.size_bytes, row.media_type)
