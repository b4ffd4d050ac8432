"""What the change log cannot show (issue 11): refusals, exports, backups, restores, key operations and
settings, each by the login (which never changes) and the display name (which may), and the figures frozen when
a period was approved. Both tables are insert-only by trigger and not change-logged: they are the office's own
record and would only swell the bundles (the snapshot's hash travels in ``period_approval``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, UtcDateTime, in_set, utc_now

AUDIT_OUTCOMES: tuple[str, ...] = ("done", "refused")


class AuditEvent(Base):
    """One thing done (or refused) that changes no user-data row: ``kind`` names it (``export.report``,
    ``backup.create``, ``restore``, ``keys.rotate``, ``setting``, ``refused`` …), ``detail`` says what."""

    __tablename__ = "audit_event"
    __table_args__ = (
        CheckConstraint(in_set("outcome", AUDIT_OUTCOMES), name="outcome_valid"),
        Index(None, "kind", "happened_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    happened_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
    login: Mapped[str] = mapped_column(String(64), default="")
    display_name: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(8), default="done")
    detail: Mapped[str] = mapped_column(Text, default="")


class ApprovalSnapshot(Base):
    """The figures of a period as the chief justice approved them (``figures``: canonical JSON whose SHA-256 is
    ``sha256``); one row per approval, never changed."""

    __tablename__ = "approval_snapshot"
    __table_args__ = (
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        Index(None, "period", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(16))
    taken_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    taken_by: Mapped[str] = mapped_column(String(200), default="")
    taken_by_login: Mapped[str] = mapped_column(String(64), default="")
    approved_change_id: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64))
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)


class LoginFailure(Base):
    """Failed sign-ins under a user name that has no account, keyed by the SHA-256 of the normalised name (so
    a password typed into the name field is not kept in clear): counted like an account's, across restarts."""

    __tablename__ = "login_failure"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
