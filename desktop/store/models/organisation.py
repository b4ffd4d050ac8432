"""Where the work happens and who is responsible: provinces, districts, branches, organisational units."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base

if TYPE_CHECKING:
    from desktop.store.models.plans import DriverProject, Solution


class Province(Base):
    __tablename__ = "province"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))

    # RESTRICT: a province with districts cannot be deleted; the database refuses, the ORM does not null the FK.
    districts: Mapped[list[District]] = relationship(
        back_populates="province", passive_deletes="all", order_by="District.code"
    )


class District(Base):
    __tablename__ = "district"

    id: Mapped[int] = mapped_column(primary_key=True)
    province_id: Mapped[int] = mapped_column(ForeignKey("province.id", ondelete="RESTRICT"), index=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))

    province: Mapped[Province] = relationship(back_populates="districts")
    branches: Mapped[list[Branch]] = relationship(
        back_populates="district", passive_deletes="all", order_by="Branch.code"
    )


class Branch(Base):
    __tablename__ = "branch"

    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id", ondelete="RESTRICT"), index=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    unit_type: Mapped[str] = mapped_column(String(100), default="")
    #: The first month (index) whose statistics are expected of it; None: since before any record (migration 0018,
    #: docs/indicators.md "Completeness"). A branch is not missing from the months before it opened.
    opened_month: Mapped[int | None] = mapped_column(default=None)

    district: Mapped[District] = relationship(back_populates="branches")


class OrgUnit(Base):
    """A responsible organisational unit of the judiciary (e.g. معاونت حقوقی و امور مجلس)."""

    __tablename__ = "org_unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(100), default="")

    # RESTRICT: an executor unit still named by a driver project cannot be deleted.
    executed_projects: Mapped[list[DriverProject]] = relationship(
        back_populates="executor_unit", passive_deletes="all"
    )
    # SET NULL, done by the ORM (not passive) so that each nulled solution is written to the change log.
    responsible_for: Mapped[list[Solution]] = relationship(back_populates="responsible_unit")
