"""The plan hierarchy: plan → solution → operational program → activity (a WBS tree) → progress updates."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Float, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, UtcDateTime, in_set, utc_now

if TYPE_CHECKING:
    from desktop.store.models.evidence import ProgressEvidence
    from desktop.store.models.organisation import OrgUnit

PLAN_KINDS: tuple[str, ...] = ("transformation", "citizens_rights")
SOLUTION_TERMS: tuple[str, ...] = ("short", "mid", "long")


class Plan(Base):
    __tablename__ = "plan"
    __table_args__ = (
        CheckConstraint(in_set("kind", PLAN_KINDS), name="kind_valid"),
        CheckConstraint("weight > 0", name="weight_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    weight: Mapped[float] = mapped_column(Float, default=1.0)

    # RESTRICT: a plan that still has projects or solutions cannot be deleted.
    driver_projects: Mapped[list[DriverProject]] = relationship(
        back_populates="plan", passive_deletes="all", order_by="DriverProject.number"
    )
    solutions: Mapped[list[Solution]] = relationship(
        back_populates="plan", passive_deletes="all", order_by="Solution.code"
    )


class DriverProject(Base):
    """A driver project (پروژه محرک) of a plan, executed by one organisational unit."""

    __tablename__ = "driver_project"
    __table_args__ = (UniqueConstraint("plan_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="RESTRICT"))
    number: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    executor_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id", ondelete="RESTRICT"), index=True)

    plan: Mapped[Plan] = relationship(back_populates="driver_projects")
    executor_unit: Mapped[OrgUnit] = relationship(back_populates="executed_projects")
    # SET NULL through the ORM so each nulled solution is change-logged.
    solutions: Mapped[list[Solution]] = relationship(back_populates="driver_project")


class Solution(Base):
    __tablename__ = "solution"
    __table_args__ = (
        CheckConstraint(in_set("term", SOLUTION_TERMS, nullable=True), name="term_valid"),
        CheckConstraint("weight > 0", name="weight_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="RESTRICT"), index=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(Text)
    term: Mapped[str | None] = mapped_column(String(16))
    responsible_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_unit.id", ondelete="SET NULL"), index=True
    )
    executive_manager: Mapped[str] = mapped_column(String(300), default="")
    driver_project_id: Mapped[int | None] = mapped_column(
        ForeignKey("driver_project.id", ondelete="SET NULL"), index=True
    )
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    description: Mapped[str] = mapped_column(Text, default="")

    plan: Mapped[Plan] = relationship(back_populates="solutions")
    responsible_unit: Mapped[OrgUnit | None] = relationship(back_populates="responsible_for")
    driver_project: Mapped[DriverProject | None] = relationship(back_populates="solutions")
    # RESTRICT: a solution with operational programs cannot be deleted.
    programs: Mapped[list[OperationalProgram]] = relationship(
        back_populates="solution", passive_deletes="all", order_by="OperationalProgram.code"
    )


class OperationalProgram(Base):
    __tablename__ = "operational_program"
    __table_args__ = (CheckConstraint("weight > 0", name="weight_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    solution_id: Mapped[int] = mapped_column(ForeignKey("solution.id", ondelete="RESTRICT"), index=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(Text)
    expected_results: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(300), default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)

    solution: Mapped[Solution] = relationship(back_populates="programs")
    # Every activity of the program (the whole tree, not only the roots). CASCADE is done by the ORM
    # (cascade="all", passive_deletes=False) so each deleted activity and progress update is change-logged.
    # No delete-orphan: rows may be created by setting the FK id; delete a child with session.delete().
    activities: Mapped[list[Activity]] = relationship(
        back_populates="program", cascade="all", order_by="(Activity.position, Activity.id)"
    )


class Activity(Base):
    """A node of the program's work-breakdown structure; ``position`` orders siblings."""

    __tablename__ = "activity"
    __table_args__ = (
        UniqueConstraint("program_id", "code"),
        CheckConstraint("weight > 0", name="weight_positive"),
        CheckConstraint("planned_finish >= planned_start", name="finish_not_before_start"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        Index(None, "program_id", "position"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("operational_program.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    planned_start: Mapped[date]
    planned_finish: Mapped[date]
    resource_estimate: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(default=0)

    program: Mapped[OperationalProgram] = relationship(back_populates="activities")
    parent: Mapped[Activity | None] = relationship(back_populates="children", remote_side=[id])
    children: Mapped[list[Activity]] = relationship(
        back_populates="parent", cascade="all", order_by="(Activity.position, Activity.id)"
    )
    progress_updates: Mapped[list[ProgressUpdate]] = relationship(
        back_populates="activity",
        cascade="all",
        order_by="(ProgressUpdate.reported_on, ProgressUpdate.id)",
    )


class ProgressUpdate(Base):
    """One report of an activity's percent complete. History: rows are inserted, never updated
    (a database trigger refuses UPDATE); deleting the activity deletes them."""

    __tablename__ = "progress_update"
    __table_args__ = (
        CheckConstraint("percent >= 0 AND percent <= 100", name="percent_range"),
        Index(None, "activity_id", "reported_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"))
    reported_on: Mapped[date]
    percent: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(200), default="")
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)

    activity: Mapped[Activity] = relationship(back_populates="progress_updates")
    evidence_links: Mapped[list[ProgressEvidence]] = relationship(
        back_populates="progress_update", cascade="all"
    )
