"""Bookkeeping tables that are not user data: database-scoped settings and the change log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, UtcDateTime, in_set, utc_now

CHANGE_OPERATIONS: tuple[str, ...] = ("insert", "update", "delete")


class Setting(Base):
    """A database-scoped setting (province profile, schema facts); ``value`` is any JSON value."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class ChangeLog(Base):
    """One insert, update or delete of a user-data row, written in the same transaction as the change.

    No foreign keys: history outlives the rows it describes.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        CheckConstraint(in_set("operation", CHANGE_OPERATIONS), name="operation_valid"),
        Index(None, "table_name", "row_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
    user_name: Mapped[str] = mapped_column(String(200), default="")
    #: The account's login (never edited), beside the display name (which may be): migration 0009.
    user_login: Mapped[str] = mapped_column(String(64), default="", server_default="")
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int]
    operation: Mapped[str] = mapped_column(String(8))
    old_values: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
    new_values: Mapped[dict[str, Any] | None] = mapped_column(JSON(none_as_null=True))
