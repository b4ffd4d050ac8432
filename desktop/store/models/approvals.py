"""Approval of periods (docs/access.md, "Approval"): one row per Jalali month or half-year ever submitted.

Change-logged like user data, so every submission, approval, send-back and reopening (with its reason) is in the
audit trail and travels to the center in the progress bundles' change log.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, UtcDateTime, in_set, utc_now

APPROVAL_STATES: tuple[str, ...] = ("submitted", "approved", "returned", "reopened")
APPROVAL_KINDS: tuple[str, ...] = ("month", "half")


class PeriodApproval(Base):
    """The approval state of one period (``period`` is its code: ``1403-07`` or ``1403-H1``).

    ``approved_change_id`` is the newest ``change_log`` id when it was last approved: what changed since then
    is read from the change log after it.
    """

    __tablename__ = "period_approval"
    __table_args__ = (
        CheckConstraint(in_set("state", APPROVAL_STATES), name="state_valid"),
        CheckConstraint(in_set("kind", APPROVAL_KINDS), name="kind_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(16), unique=True)
    kind: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16))
    submitted_by: Mapped[str] = mapped_column(String(200), default="")
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    approved_change_id: Mapped[int | None]
    approved_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    #: SHA-256 of the figures frozen at the last approval (``approval_snapshot``); travels in the change log.
    snapshot_sha256: Mapped[str] = mapped_column(String(64), default="", server_default="")
