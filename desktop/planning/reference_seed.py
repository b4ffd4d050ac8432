"""Put the shipped reference plans into a new database: the Transformation Document with its ten driver
projects and solutions, and the citizens'-rights instruction with its nine programs and their actions."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from desktop.domain.jalali import from_jalali, jalali_year_end
from desktop.domain.persian import to_persian_digits
from desktop.domain.reference import (
    CITIZENS_RIGHTS_PLAN,
    CITIZENS_RIGHTS_PROGRAMS,
    DRIVER_PROJECTS,
    RESPONSIBLE_UNITS,
    TRANSFORMATION_PLAN,
    TRANSFORMATION_SOLUTIONS,
)
from desktop.store.models import Activity, DriverProject, OperationalProgram, OrgUnit, Plan, Solution

CITIZENS_UNIT = "دبیرخانه ستاد صیانت از حقوق شهروندی"
CITIZENS_MANAGER = "دبیر حقوق شهروندی دادگستری استان"


@dataclass
class SeededPlans:
    transformation: Plan
    citizens_rights: Plan
    units: dict[str, OrgUnit]
    solutions: dict[str, Solution]  # by reference code
    citizens_programs: list[OperationalProgram]


def seed_reference_plans(session: Session, year: int) -> SeededPlans:
    """Create the reference plans; the citizens'-rights actions become activities spanning Jalali `year`."""
    units = {name: OrgUnit(name=name, kind="ستادی") for name in (*RESPONSIBLE_UNITS, CITIZENS_UNIT)}
    session.add_all(units.values())
    transformation = Plan(code=TRANSFORMATION_PLAN.code, title=TRANSFORMATION_PLAN.title,
                          kind=TRANSFORMATION_PLAN.kind.value, weight=3.0)
    citizens = Plan(code=CITIZENS_RIGHTS_PLAN.code, title=CITIZENS_RIGHTS_PLAN.title,
                    kind=CITIZENS_RIGHTS_PLAN.kind.value, weight=1.0)
    session.add_all([transformation, citizens])
    session.flush()
    drivers = {p.number: DriverProject(plan_id=transformation.id, number=p.number, title=p.title,
                                       executor_unit=units[p.executor]) for p in DRIVER_PROJECTS}
    session.add_all(drivers.values())
    solutions: dict[str, Solution] = {}
    for item in TRANSFORMATION_SOLUTIONS:
        solutions[item.code] = Solution(
            plan_id=transformation.id, code=item.code, title=item.title,
            term=item.term.value if item.term else None, responsible_unit=units[item.responsible_unit],
            executive_manager=item.executive_manager, driver_project=drivers.get(item.driver_project))
    session.add_all(solutions.values())
    session.flush()
    start, finish = from_jalali(year, 1, 1), jalali_year_end(year)
    programs = []
    for reference in CITIZENS_RIGHTS_PROGRAMS:
        solution = Solution(plan_id=citizens.id, code=reference.code, title=reference.title, term=None,
                            responsible_unit=units[CITIZENS_UNIT], executive_manager=CITIZENS_MANAGER)
        session.add(solution)
        session.flush()
        solutions[reference.code] = solution
        program = OperationalProgram(
            solution_id=solution.id, code=f"{reference.code}-{year}",
            title=f"اجرای {reference.title} در سال {to_persian_digits(str(year))}",
            expected_results="اجرای کامل اقدامات برنامه و گزارش سه‌ماهه با مستندات به دبیرخانه ستاد صیانت",
            owner="واحد حقوق شهروندی")
        session.add(program)
        session.flush()
        program.activities = [
            Activity(program_id=program.id, code=str(number), title=action, weight=1.0, planned_start=start,
                     planned_finish=finish, position=number, owner="واحد حقوق شهروندی")
            for number, action in enumerate(reference.actions, start=1)
        ]
        programs.append(program)
    session.flush()
    return SeededPlans(transformation, citizens, units, solutions, programs)
