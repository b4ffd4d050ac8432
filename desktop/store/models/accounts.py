"""People who sign in (docs/access.md): accounts and their insert-only security events.

Neither table is written to the change log: the change log travels to the follow-up center in bundles, and
accounts are the office's own business (and hold password hashes). What happened to accounts is kept in
``account_event`` instead, which a database trigger keeps insert-only.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.store.models.base import Base, UtcDateTime, in_set, utc_now
from desktop.store.models.organisation import District

ROLES: tuple[str, ...] = ("secretary", "chief_justice", "district_head", "viewer")
ACCOUNT_EVENT_KINDS: tuple[str, ...] = (
    "created", "changed", "password_changed", "password_reset", "signed_in", "sign_in_failed", "locked",
)


class Account(Base):
    """One person who signs in. ``password_hash`` is a PHC string (``$argon2id$v=19$m=…,t=…,p=…$salt$hash``)
    that carries its own parameters; the password itself is never stored."""

    __tablename__ = "account"
    __table_args__ = (
        CheckConstraint(in_set("role", ROLES), name="role_valid"),
        CheckConstraint("(role = 'district_head') = (district_id IS NOT NULL)", name="district_iff_head"),
        CheckConstraint("failed_attempts >= 0", name="failures_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id", ondelete="RESTRICT"), index=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    password_changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    district: Mapped[District | None] = relationship()


class AccountEvent(Base):
    """Something that happened to an account: created, changed, signed in, failed, locked ...

    No foreign key (history outlives the account); insert-only by trigger. ``detail`` never holds a password
    or a hash.
    """

    __tablename__ = "account_event"
    __table_args__ = (
        CheckConstraint(in_set("kind", ACCOUNT_EVENT_KINDS), name="kind_valid"),
        Index(None, "account_id", "happened_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    happened_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, index=True)
    account_id: Mapped[int]
    login: Mapped[str] = mapped_column(String(64))
    actor: Mapped[str] = mapped_column(String(200), default="")
    kind: Mapped[str] = mapped_column(String(24))
    detail: Mapped[str] = mapped_column(Text, default="")
