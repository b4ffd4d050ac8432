"""What the center directed (issue 4, "From the center"): the directive bundles received and what they set.

``directive_bundle`` holds every verified directive bundle from the center (its own chain: sequence and
previous hash), applied in order and once; a bundle that arrives before its predecessor is ``held``. Programs
and activities a directive approves go into the ordinary plan tables; targets and deadlines into the two
tables below.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, Float, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, UtcDateTime, in_set

DIRECTIVE_STATES: tuple[str, ...] = ("held", "applied")


class DirectiveBundle(Base):
    __tablename__ = "directive_bundle"
    __table_args__ = (
        CheckConstraint(in_set("state", DIRECTIVE_STATES), name="state_valid"),
        CheckConstraint("sequence >= 1", name="sequence_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), unique=True)
    sequence: Mapped[int] = mapped_column(unique=True)
    file_hash: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    applied_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")  # what could not be applied here, and why
    data: Mapped[bytes] = mapped_column(LargeBinary)


class IndicatorTarget(Base):
    """The center's target for an indicator, for one period label (e.g. ``1404-H1``) or every period ("")."""

    __tablename__ = "indicator_target"
    __table_args__ = (UniqueConstraint("indicator", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(16), default="")
    target: Mapped[float] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    directive_id: Mapped[int] = mapped_column(ForeignKey("directive_bundle.id", ondelete="RESTRICT"), index=True)

    directive: Mapped[DirectiveBundle] = relationship()


class CenterDeadline(Base):
    __tablename__ = "center_deadline"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    title: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    directive_id: Mapped[int] = mapped_column(ForeignKey("directive_bundle.id", ondelete="RESTRICT"), index=True)

    directive: Mapped[DirectiveBundle] = relationship()
