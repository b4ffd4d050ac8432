"""Shapes of the reference data shipped with the app (seeded into a new database)."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.jalali import PeriodKind
from desktop.domain.planning import PlanKind, SolutionTerm


@dataclass(frozen=True)
class ReferencePlan:
    code: str
    title: str
    kind: PlanKind
    reporting_period: PeriodKind = PeriodKind.HALF  # how often progress is reported upwards


@dataclass(frozen=True)
class DriverProject:
    """One of the ten driver projects (طرح‌های پیشران) and its main executor unit."""

    number: int
    title: str
    executor: str


@dataclass(frozen=True)
class ReferenceSolution:
    """A solution (راهکار) of the Transformation Document."""

    code: str
    title: str
    term: SolutionTerm | None
    responsible_unit: str
    executive_manager: str  # the role title of the solution's executive manager (مدیر اجرایی)
    driver_project: int | None = None  # DriverProject.number


@dataclass(frozen=True)
class ReferenceProgram:
    """A program of the citizens'-rights instruction with its numbered actions (1-based order)."""

    number: int
    code: str
    title: str
    actions: tuple[str, ...]
    note: str = ""
