"""The province's whole plan, loaded in a handful of queries and turned into roll-up trees.

`load_structure` reads plain rows (no ORM objects); `build_*` functions turn them into the
domain's `WorkItem` trees, keyed so a `RollupResult` can be traced back to its row:
``P<id>`` plan, ``S<id>`` solution, ``G<id>`` operational program, ``A<id>`` activity,
``D<id>`` driver project, ``province`` the root.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from desktop.domain.planning import SolutionTerm
from desktop.domain.rollup import ProgressPoint, WorkItem

PROVINCE_KEY = "province"


def plan_key(plan_id: int) -> str:
    return f"P{plan_id}"


def solution_key(solution_id: int) -> str:
    return f"S{solution_id}"


def program_key(program_id: int) -> str:
    return f"G{program_id}"


def activity_key(activity_id: int) -> str:
    return f"A{activity_id}"


def driver_key(driver_id: int) -> str:
    return f"D{driver_id}"


def id_of(key: str) -> int:
    return int(key[1:])


@dataclass(frozen=True)
class PlanRow:
    id: int
    code: str
    title: str
    kind: str
    weight: float


@dataclass(frozen=True)
class SolutionRow:
    id: int
    plan_id: int
    code: str
    title: str
    term: SolutionTerm | None
    responsible_unit: str
    executive_manager: str
    driver_project_id: int | None
    weight: float


@dataclass(frozen=True)
class ProgramRow:
    id: int
    solution_id: int
    code: str
    title: str
    owner: str
    weight: float


@dataclass(frozen=True)
class ActivityRow:
    id: int
    program_id: int
    parent_id: int | None
    code: str
    title: str
    weight: float
    planned_start: date
    planned_finish: date
    owner: str


@dataclass(frozen=True)
class DriverRow:
    id: int
    number: int
    title: str
    executor: str


@dataclass
class PlanStructure:
    plans: list[PlanRow]
    solutions: list[SolutionRow]
    programs: list[ProgramRow]
    activities: list[ActivityRow]
    drivers: list[DriverRow]
    history: dict[int, tuple[ProgressPoint, ...]]
    activities_by_id: dict[int, ActivityRow] = field(init=False)
    _children: dict[tuple[int, int | None], list[ActivityRow]] = field(init=False)

    def __post_init__(self) -> None:
        self.activities_by_id = {a.id: a for a in self.activities}
        self._children = defaultdict(list)
        for row in self.activities:
            self._children[(row.program_id, row.parent_id)].append(row)

    def activity(self, activity_id: int) -> ActivityRow:
        return self.activities_by_id[activity_id]

    def solution(self, solution_id: int) -> SolutionRow:
        return next(s for s in self.solutions if s.id == solution_id)

    def program(self, program_id: int) -> ProgramRow:
        return next(p for p in self.programs if p.id == program_id)

    def child_activities(self, program_id: int, parent_id: int | None) -> list[ActivityRow]:
        return self._children.get((program_id, parent_id), [])

    def leaf_activity_ids(self) -> list[int]:
        parents = {a.parent_id for a in self.activities if a.parent_id is not None}
        return [a.id for a in self.activities if a.id not in parents]


def load_structure(session: Session, program_id: int | None = None) -> PlanStructure:
    """The whole plan in six statements of ``session``'s transaction, read as the driver's rows (a province's
    plan: thousands of activities and progress reports, read at every start after a write; SQLAlchemy's row
    objects and its first compilation of six statements were half of that). Dates are stored as ISO text and
    parsed as SQLAlchemy's SQLite ``Date`` parses them (``date.fromisoformat``).

    ``program_id``: only that program's activities and their progress (what one activity's figures need; the
    whole plan's cost 80 ms of the window's thread on every activity shown, on the large demo)."""
    connection = session.connection()
    only = {} if program_id is None else {"program": program_id}

    def rows(sql: str) -> list[tuple[Any, ...]]:
        return connection.exec_driver_sql(sql, only).cursor.fetchall()  # type: ignore[union-attr]

    plans = [PlanRow(*row) for row in rows("SELECT id, code, title, kind, weight FROM plan ORDER BY id")]
    solutions = [
        SolutionRow(id=id_, plan_id=plan_id, code=code, title=title, term=SolutionTerm(term) if term else None,
                    responsible_unit=unit_name or "", executive_manager=manager, driver_project_id=driver_id,
                    weight=weight)
        for id_, plan_id, code, title, term, unit_name, manager, driver_id, weight in rows(
            "SELECT s.id, s.plan_id, s.code, s.title, s.term, u.name, s.executive_manager, s.driver_project_id,"
            " s.weight FROM solution s LEFT OUTER JOIN org_unit u ON u.id = s.responsible_unit_id ORDER BY s.code")
    ]
    programs = [ProgramRow(*row) for row in rows(
        "SELECT id, solution_id, code, title, owner, weight FROM operational_program ORDER BY code")]
    day = date.fromisoformat
    activities = [
        ActivityRow(id_, program_id, parent_id, code, title, weight, day(start), day(finish), owner)
        for id_, program_id, parent_id, code, title, weight, start, finish, owner in rows(
            "SELECT id, program_id, parent_id, code, title, weight, planned_start, planned_finish, owner"
            f" FROM activity{' WHERE program_id = :program' if only else ''} ORDER BY program_id, position, id")
    ]
    drivers = [DriverRow(*row) for row in rows(
        "SELECT d.id, d.number, d.title, u.name FROM driver_project d JOIN org_unit u ON u.id = d.executor_unit_id"
        " ORDER BY d.number")]
    history: dict[int, list[ProgressPoint]] = defaultdict(list)
    for activity_id, reported_on, percent in rows(
            "SELECT activity_id, reported_on, percent FROM progress_update"
            f"{' WHERE activity_id IN (SELECT id FROM activity WHERE program_id = :program)' if only else ''}"
            " ORDER BY activity_id, reported_on, id"):
        history[activity_id].append(ProgressPoint(day(reported_on), percent))
    return PlanStructure(plans, solutions, programs, activities, drivers,
                         {key: tuple(points) for key, points in history.items()})


# building work-breakdown trees ------------------------------------------------------------------
def build_activity(structure: PlanStructure, row: ActivityRow) -> WorkItem:
    children = tuple(build_activity(structure, child)
                     for child in structure.child_activities(row.program_id, row.id))
    return WorkItem(
        key=activity_key(row.id), title=row.title, weight=row.weight,
        planned_start=row.planned_start, planned_finish=row.planned_finish,
        history=structure.history.get(row.id, ()) if not children else (),
        children=children,
    )


def build_program(structure: PlanStructure, row: ProgramRow) -> WorkItem:
    roots = structure.child_activities(row.id, None)
    return WorkItem(key=program_key(row.id), title=row.title, weight=row.weight,
                    children=tuple(build_activity(structure, a) for a in roots))


def build_solution(structure: PlanStructure, row: SolutionRow,
                   programs_by_solution: dict[int, list[ProgramRow]] | None = None) -> WorkItem:
    programs = (programs_by_solution or _programs_by_solution(structure)).get(row.id, [])
    return WorkItem(key=solution_key(row.id), title=row.title, weight=row.weight,
                    children=tuple(build_program(structure, p) for p in programs))


def build_solutions(structure: PlanStructure) -> dict[int, WorkItem]:
    programs = _programs_by_solution(structure)
    return {row.id: build_solution(structure, row, programs) for row in structure.solutions}


def build_province(structure: PlanStructure, solutions: dict[int, WorkItem] | None = None) -> WorkItem:
    solutions = solutions if solutions is not None else build_solutions(structure)
    plans = []
    for plan in structure.plans:
        children = tuple(solutions[s.id] for s in structure.solutions if s.plan_id == plan.id)
        plans.append(WorkItem(key=plan_key(plan.id), title=plan.title, weight=plan.weight, children=children))
    return WorkItem(key=PROVINCE_KEY, title="", children=tuple(plans))


def build_driver_projects(structure: PlanStructure, solutions: dict[int, WorkItem]) -> list[WorkItem]:
    return [
        WorkItem(key=driver_key(driver.id), title=driver.title,
                 children=tuple(solutions[s.id] for s in structure.solutions if s.driver_project_id == driver.id))
        for driver in structure.drivers
    ]


def _programs_by_solution(structure: PlanStructure) -> dict[int, list[ProgramRow]]:
    grouped: dict[int, list[ProgramRow]] = defaultdict(list)
    for program in structure.programs:
        grouped[program.solution_id].append(program)
    return grouped
