"""The plan as the window and the command line read it: the tree with each node's PV, EV and SPI, the choices a
solution's form offers, and a solution's and a program's form. Each function reads on the caller's read-only
session, except the tree, built from a structure already loaded (PlanService opens the transactions)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.planning import SolutionTerm
from desktop.domain.rollup import RollupResult, rollup
from desktop.planning.dashboard import not_reported, shown_progress
from desktop.planning.rows import get_row
from desktop.planning.structure import PROVINCE_KEY, PlanStructure, build_province, build_solutions
from desktop.planning.views import Choice, NodeKind, PlanChoices, PlanNode, ProgramForm, SolutionForm
from desktop.store.models import DriverProject, OperationalProgram, OrgUnit, Plan, Solution


def plan_tree(structure: PlanStructure, today: date) -> tuple[PlanNode, ...]:
    """Plans → solutions → operational programs → activity trees, each with its PV, EV and SPI (no EV or SPI, and
    ``not_reported``, where no progress report stands behind it)."""
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
                        shown_progress(by_key.get(f"A{row.id}")), children, owner=row.owner,
                        planned_start=row.planned_start, planned_finish=row.planned_finish,
                        parent_id=row.parent_id, not_reported=not_reported(by_key.get(f"A{row.id}")))

    def program_node(row) -> PlanNode:
        children = tuple(activity_node(a) for a in structure.child_activities(row.id, None))
        return PlanNode(NodeKind.PROGRAM, row.id, row.code, row.title, row.weight,
                        shown_progress(by_key.get(f"G{row.id}")), children, owner=row.owner,
                        parent_id=row.solution_id, not_reported=not_reported(by_key.get(f"G{row.id}")))

    def solution_node(row) -> PlanNode:
        children = tuple(program_node(p) for p in programs_of.get(row.id, []))
        return PlanNode(NodeKind.SOLUTION, row.id, row.code, row.title, row.weight,
                        shown_progress(by_key.get(f"S{row.id}")), children, term=row.term,
                        owner=row.executive_manager, parent_id=row.plan_id,
                        not_reported=not_reported(by_key.get(f"S{row.id}")))

    return tuple(
        PlanNode(NodeKind.PLAN, plan.id, plan.code, plan.title, plan.weight,
                 shown_progress(by_key.get(f"P{plan.id}")),
                 tuple(solution_node(s) for s in structure.solutions if s.plan_id == plan.id),
                 not_reported=not_reported(by_key.get(f"P{plan.id}")))
        for plan in structure.plans
    )


def plan_choices(session: Session) -> PlanChoices:
    plans = tuple(Choice(p.id, p.title) for p in session.scalars(select(Plan).order_by(Plan.id)))
    drivers = tuple(Choice(d.number, f"{d.number}. {d.title}")
                    for d in session.scalars(select(DriverProject).order_by(DriverProject.number)))
    units = tuple(session.scalars(select(OrgUnit.name).order_by(OrgUnit.name)))
    return PlanChoices(plans, drivers, units)


def solution_form(session: Session, solution_id: int) -> SolutionForm:
    row = get_row(session, Solution, solution_id, "solution")
    return SolutionForm(
        plan_id=row.plan_id, code=row.code, title=row.title, term=SolutionTerm(row.term) if row.term else None,
        responsible_unit=row.responsible_unit.name if row.responsible_unit else "",
        executive_manager=row.executive_manager,
        driver_project_number=row.driver_project.number if row.driver_project else None,
        weight=row.weight, description=row.description)


def program_form(session: Session, program_id: int) -> ProgramForm:
    row = get_row(session, OperationalProgram, program_id, "program")
    return ProgramForm(row.solution_id, row.code, row.title, row.expected_results, row.owner, row.weight)


def _walk(result: RollupResult) -> Iterator[RollupResult]:
    stack = [result]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(node.children)
