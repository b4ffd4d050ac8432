"""Solutions and their operational programs: create, update, delete. Each function is one use case on the
caller's write session (PlanService checks the role and opens it); every write is change-logged.

A new solution or program weighs in no roll-up yet; updating or deleting one is refused while an activity under
it spans an approved or submitted period (its weight, term and driver project weigh every activity under it)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.messages import ErrorCollector
from desktop.domain.planning import validate_title, validate_weight
from desktop.planning.codes import code_taken, duplicate_code, validate_item_code
from desktop.planning.rows import get_row
from desktop.planning.spans import program_spans
from desktop.planning.views import ProgramForm, SolutionForm
from desktop.store.approvals import ensure_spans_free
from desktop.store.models import DriverProject, OperationalProgram, OrgUnit, Solution


# solutions ---------------------------------------------------------------------------------------
def create_solution(session: Session, form: SolutionForm) -> int:
    row = Solution(plan_id=form.plan_id)
    _fill_solution(session, row, form)
    session.add(row)
    session.flush()
    return row.id


def update_solution(session: Session, solution_id: int, form: SolutionForm) -> None:
    """Its weight, term and driver project weigh every activity under it: refused while one of them spans
    an approved period."""
    row = get_row(session, Solution, solution_id, "solution")
    ensure_spans_free(session, (s for p in row.programs for s in program_spans(p)))
    _fill_solution(session, row, form)


def deletable_solution(session: Session, solution_id: int) -> Solution:
    """The solution, unless it is gone or a span under it lies in a locked period (then the refusal)."""
    row = get_row(session, Solution, solution_id, "solution")
    ensure_spans_free(session, (s for p in row.programs for s in program_spans(p)))
    return row


def delete_solution(session: Session, solution_id: int) -> None:
    row = deletable_solution(session, solution_id)
    for program in list(row.programs):
        session.delete(program)
    session.delete(row)


def _fill_solution(session: Session, row: Solution, form: SolutionForm) -> None:
    row.code, row.title, row.weight = _checked_heading(session, Solution, row.id, form)
    row.term = form.term.value if form.term else None
    row.executive_manager = form.executive_manager.strip()
    row.description = form.description.strip()
    # Query before assigning relationships: an autoflush with a new, not yet added row warns.
    driver_project = (session.scalar(select(DriverProject).where(
        DriverProject.number == form.driver_project_number)) if form.driver_project_number else None)
    row.responsible_unit = _unit(session, form.responsible_unit)
    row.driver_project = driver_project


def _unit(session: Session, name: str) -> OrgUnit | None:
    name = name.strip()
    if not name:
        return None
    unit = session.scalar(select(OrgUnit).where(OrgUnit.name == name))
    if unit is None:
        unit = OrgUnit(name=name, kind="")
        session.add(unit)
    return unit


# programs ----------------------------------------------------------------------------------------
def create_program(session: Session, form: ProgramForm) -> int:
    get_row(session, Solution, form.solution_id, "solution")
    row = OperationalProgram(solution_id=form.solution_id)
    _fill_program(session, row, form)
    session.add(row)
    session.flush()
    return row.id


def update_program(session: Session, program_id: int, form: ProgramForm) -> None:
    row = get_row(session, OperationalProgram, program_id, "program")
    ensure_spans_free(session, program_spans(row))
    _fill_program(session, row, form)


def deletable_program(session: Session, program_id: int) -> OperationalProgram:
    """The program, unless it is gone or one of its activities' spans lies in a locked period (the refusal)."""
    row = get_row(session, OperationalProgram, program_id, "program")
    ensure_spans_free(session, program_spans(row))
    return row


def delete_program(session: Session, program_id: int) -> None:
    session.delete(deletable_program(session, program_id))


def _fill_program(session: Session, row: OperationalProgram, form: ProgramForm) -> None:
    row.code, row.title, row.weight = _checked_heading(session, OperationalProgram, row.id, form)
    row.expected_results = form.expected_results.strip()
    row.owner = form.owner.strip()


def _checked_heading(session: Session, model: type[Solution] | type[OperationalProgram], own_id: int | None,
                     form: SolutionForm | ProgramForm) -> tuple[str, str, float]:
    """A solution's or a program's code (not another's of its kind), title and weight, checked; every problem
    reported at once."""
    errors = ErrorCollector()
    code = errors.check(validate_item_code, form.code)
    title = errors.check(validate_title, form.title, "title")
    weight = errors.check(validate_weight, form.weight, "weight")
    if code and code_taken(session, model, model.code == code, own_id):
        errors.add(duplicate_code(code))
    errors.raise_if_any()
    return code, title, weight
