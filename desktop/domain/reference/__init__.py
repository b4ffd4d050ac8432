"""Reference data shipped with Rasad: the Transformation Document (with its ten driver projects and a
reference set of solutions) and the citizens'-rights protection instruction."""

from __future__ import annotations

from desktop.domain.reference.citizens_rights import CITIZENS_RIGHTS_PLAN, CITIZENS_RIGHTS_PROGRAMS
from desktop.domain.reference.driver_projects import DRIVER_PROJECTS
from desktop.domain.reference.records import DriverProject, ReferencePlan, ReferenceProgram, ReferenceSolution
from desktop.domain.reference.transformation import TRANSFORMATION_PLAN, TRANSFORMATION_SOLUTIONS

#: Every responsible organisational unit named by the reference data, in first-seen order
#: (driver-project executors first, then the solutions' responsible units).
RESPONSIBLE_UNITS: tuple[str, ...] = tuple(
    dict.fromkeys(
        [project.executor for project in DRIVER_PROJECTS]
        + [item.responsible_unit for item in TRANSFORMATION_SOLUTIONS]
    )
)

__all__ = [
    "CITIZENS_RIGHTS_PLAN",
    "CITIZENS_RIGHTS_PROGRAMS",
    "DRIVER_PROJECTS",
    "RESPONSIBLE_UNITS",
    "TRANSFORMATION_PLAN",
    "TRANSFORMATION_SOLUTIONS",
    "DriverProject",
    "ReferencePlan",
    "ReferenceProgram",
    "ReferenceSolution",
]
