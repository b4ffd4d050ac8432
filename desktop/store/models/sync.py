"""The province's outbox of signed progress bundles (docs/bundles.md, "Outbox").

A row holds the exact bytes of a bundle as cut, never re-cut: an unacknowledged bundle is resent unchanged.
The chain head (last sequence, its file hash, the last change id it covered) is the row with the highest
``sequence``; no separate setting can disagree with it. Not user data: not written to the change log.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.models.base import Base, UtcDateTime, in_set

OUTBOX_STATES: tuple[str, ...] = ("waiting", "sent", "acknowledged", "rejected")


class OutboxBundle(Base):
    __tablename__ = "outbox_bundle"
    __table_args__ = (
        CheckConstraint(in_set("state", OUTBOX_STATES), name="state_valid"),
        CheckConstraint("sequence >= 1", name="sequence_positive"),
        CheckConstraint("length(file_hash) = 64 AND length(previous_hash) = 64", name="hash_lengths"),
        CheckConstraint("last_change_id >= first_change_id", name="change_ids_ordered"),
        CheckConstraint("attempts >= 0 AND size_bytes >= 0", name="counts_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), unique=True)
    sequence: Mapped[int] = mapped_column(unique=True)
    payload_type: Mapped[str] = mapped_column(String(16))
    file_hash: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    size_bytes: Mapped[int]
    first_change_id: Mapped[int]
    last_change_id: Mapped[int]
    state: Mapped[str] = mapped_column(String(16), default="waiting")
    reason: Mapped[str] = mapped_column(Text, default="")
    attempts: Mapped[int] = mapped_column(default=0)
    last_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    receipt: Mapped[bytes | None] = mapped_column(LargeBinary)
    data: Mapped[bytes] = mapped_column(LargeBinary)
