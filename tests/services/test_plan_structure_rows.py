"""`load_structure` reads the plan as the driver's rows (the start after a write reads it for the overview): it must
hold exactly what the ORM's objects hold - values, their types and the order - including a solution without a
responsible unit or a term."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from desktop.domain.planning import SolutionTerm
from desktop.domain.rollup import ProgressPoint
from desktop.planning.structure import (
    ActivityRow,
    DriverRow,
    PlanRow,
    ProgramRow,
    SolutionRow,
    load_structure,
)
from desktop.store.database import open_database
from desktop.store.models import Activity, DriverProject, OperationalProgram, Plan, ProgressUpdate, Solution
from tests.demo_support import copy_demo


def typed(values: list) -> list:
    """repr keeps 1 and 1.0, '' and None, a date and its text apart."""
    return [repr(value) for value in values]


def test_the_plan_read_as_rows_is_what_the_orm_objects_hold(demo_province: Path, tmp_path: Path) -> None:
    with open_database(copy_demo(demo_province, tmp_path / "demo")) as database:
        with database.session() as session:
            solution = session.scalars(select(Solution).order_by(Solution.code)).first()
            assert solution is not None
            solution.responsible_unit = None
            solution.term = None
        with database.reading() as session:
            structure = load_structure(session)
            plans = [PlanRow(p.id, p.code, p.title, p.kind, p.weight)
                     for p in session.scalars(select(Plan).order_by(Plan.id))]
            solutions = [
                SolutionRow(s.id, s.plan_id, s.code, s.title, SolutionTerm(s.term) if s.term else None,
                            s.responsible_unit.name if s.responsible_unit else "", s.executive_manager,
                            s.driver_project_id, s.weight)
                for s in session.scalars(select(Solution).order_by(Solution.code))]
            programs = [ProgramRow(g.id, g.solution_id, g.code, g.title, g.owner, g.weight)
                        for g in session.scalars(select(OperationalProgram).order_by(OperationalProgram.code))]
            activities = [
                ActivityRow(a.id, a.program_id, a.parent_id, a.code, a.title, a.weight, a.planned_start,
                            a.planned_finish, a.owner)
                for a in session.scalars(select(Activity).order_by(Activity.program_id, Activity.position,
                                                                   Activity.id))]
            drivers = [DriverRow(d.id, d.number, d.title, d.executor_unit.name)
                       for d in session.scalars(select(DriverProject).order_by(DriverProject.number))]
            history: dict[int, list[ProgressPoint]] = defaultdict(list)
            for update in session.scalars(select(ProgressUpdate).order_by(
                    ProgressUpdate.activity_id, ProgressUpdate.reported_on, ProgressUpdate.id)):
                history[update.activity_id].append(ProgressPoint(update.reported_on, update.percent))
    assert activities and history and solutions[0].responsible_unit == "" and solutions[0].term is None
    assert typed(structure.plans) == typed(plans)
    assert typed(structure.solutions) == typed(solutions)
    assert typed(structure.programs) == typed(programs)
    assert typed(structure.activities) == typed(activities)
    assert typed(structure.drivers) == typed(drivers)
    assert typed(list(structure.history.items())) == typed([(key, tuple(points)) for key, points in history.items()])



def test_one_programs_structure_gives_its_activities_the_figures_of_the_whole_plan(
        demo_province: Path, tmp_path: Path) -> None:
    """An activity shown reads its own program only (the whole plan cost 80 ms of the window's thread per activity
    on the large demo): each activity's tree of work and its progress are those read from the whole plan."""
    from desktop.planning.structure import build_activity

    with open_database(copy_demo(demo_province, tmp_path / "demo")) as database, database.reading() as session:
        whole = load_structure(session)
        compared = 0
        for program in whole.programs:
            own = load_structure(session, program.id)
            assert {row.program_id for row in own.activities} <= {program.id}
            assert set(own.history) <= {row.id for row in own.activities}
            for row in own.activities:
                assert build_activity(own, row) == build_activity(whole, whole.activity(row.id))
                compared += 1
        assert compared == len(whole.activities) > 0
