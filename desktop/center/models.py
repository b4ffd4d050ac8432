"""The center's own schema (a database separate from any province's).

Migrated by its own Alembic chain (``desktop/center/migrations``, see :mod:`desktop.center.migrate`). Types
are portable between SQLite and PostgreSQL: JSON is stored as Text (canonical JSON), timestamps as UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

BUNDLE_STATES = ("applied", "held", "rejected")
FLAG_KINDS = ("fork", "rollback", "malformed")


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as UTC; read back aware on SQLite too."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = metadata


class CenterProvince(Base):
    __tablename__ = "center_province"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    public_key: Mapped[str] = mapped_column(Text)  # PEM
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CenterProvinceKey(Base):
    """Every key a province has signed with: bundles ``first_sequence..last_sequence`` verify with it.

    Registration adds a key from sequence 1 (or, on a re-registration, from the next sequence); a rotation
    record signed by the current key and the new one closes the current key's range and opens the new one's.
    """

    __tablename__ = "center_province_key"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province: Mapped[str] = mapped_column(ForeignKey("center_province.code"), index=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)
    public_key: Mapped[str] = mapped_column(Text)  # PEM
    first_sequence: Mapped[int] = mapped_column(Integer)
    last_sequence: Mapped[int | None] = mapped_column(Integer)  # None while current
    added_at: Mapped[datetime] = mapped_column(UtcDateTime)
    how: Mapped[str] = mapped_column(String(16))  # registration | rotation | replacement (re-keyed by hand)


class CenterDirective(Base):
    """A directive bundle the center issued to one province (its own chain, signed by the center key)."""

    __tablename__ = "center_directive"
    __table_args__ = (UniqueConstraint("province", "sequence"),
                      UniqueConstraint("province", "bundle_id", name="uq_center_directive_province_bundle_id"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province: Mapped[str] = mapped_column(ForeignKey("center_province.code"))
    sequence: Mapped[int] = mapped_column(Integer)
    bundle_id: Mapped[str] = mapped_column(String(32))
    file_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    summary: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class CenterBundle(Base):
    """Every progress bundle that passed verification. Bundle ids are unique per province only (issue 12): the
    next id is visible in media file names, so one province must not be able to take another's."""

    __tablename__ = "center_bundle"
    __table_args__ = (
        UniqueConstraint("province", "bundle_id", name="uq_center_bundle_province_bundle_id"),
        CheckConstraint("state IN ('applied', 'held', 'rejected')", name="state"),
        # one applied bundle per (province, sequence); held and rejected ones may repeat a sequence
        Index("uq_center_bundle_applied_sequence", "province", "sequence", unique=True,
              sqlite_where=text("state = 'applied'"), postgresql_where=text("state = 'applied'")),
        Index("ix_center_bundle_province_state", "province", "state", "sequence"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province: Mapped[str] = mapped_column(ForeignKey("center_province.code"))
    sequence: Mapped[int] = mapped_column(Integer)
    bundle_id: Mapped[str] = mapped_column(String(32))
    file_hash: Mapped[str] = mapped_column(String(64))
    previous_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime)
    state: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[bytes] = mapped_column(LargeBinary)


class CenterReceipt(Base):
    """The signed receipt stored for a bundle (a duplicate gets it again), keyed per province."""

    __tablename__ = "center_receipt"

    province: Mapped[str] = mapped_column(String(32), primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class CenterFlag(Base):
    __tablename__ = "center_flag"
    __table_args__ = (CheckConstraint("kind IN ('fork', 'rollback', 'malformed')", name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province: Mapped[str] = mapped_column(ForeignKey("center_province.code"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    detail: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime)


class NationalChange(Base):
    """One province change-log row, as carried in a bundle's changes.json."""

    __tablename__ = "national_change"
    __table_args__ = (
        UniqueConstraint("province", "change_id"),
        Index("ix_national_change_table_row", "province", "table_name", "row_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province: Mapped[str] = mapped_column(ForeignKey("center_province.code"))
    change_id: Mapped[int] = mapped_column(Integer)
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[int] = mapped_column(Integer)
    operation: Mapped[str] = mapped_column(String(16))
    new_values: Mapped[str] = mapped_column(Text)  # canonical JSON
    changed_at: Mapped[str] = mapped_column(String(40))  # as sent (ISO text)


class NationalIndicator(Base):
    """A province's indicators.json rows of one month (replaced whenever a bundle touches that month)."""

    __tablename__ = "national_indicator"
    __table_args__ = (UniqueConstraint("province", "month_index"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province: Mapped[str] = mapped_column(ForeignKey("center_province.code"))
    month_index: Mapped[int] = mapped_column(Integer)
    rows: Mapped[str] = mapped_column(Text)  # canonical JSON list


class NationalActivity(Base):
    """A province's activity as its change log describes it, with its latest reported progress."""

    __tablename__ = "national_activity"
    __table_args__ = (UniqueConstraint("province", "activity_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province: Mapped[str] = mapped_column(ForeignKey("center_province.code"))
    activity_id: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    planned_finish: Mapped[str] = mapped_column(String(10), default="")  # ISO date as sent
    percent: Mapped[float | None] = mapped_column(Float)
    reported_on: Mapped[str] = mapped_column(String(10), default="")


class NationalApproval(Base):
    """A province's approval state of one period, as its newest bundle carried it (approvals.json)."""

    __tablename__ = "national_approval"
    __table_args__ = (UniqueConstraint("province", "period"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    province: Mapped[str] = mapped_column(ForeignKey("center_province.code"))
    period: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16))
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[str | None] = mapped_column(String(40))
    approved_at: Mapped[str | None] = mapped_column(String(40))


class CenterStaffToken(Base):
    """A credential of the center's staff for the national views (issue 12; issue 16 adds real accounts).

    Only a slow salted hash of the secret is kept (desktop/center/auth.py); the token is shown once."""

    __tablename__ = "center_staff_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(Text)  # canonical JSON: {"kdf": "scrypt", n, r, p, salt, hash}
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CenterKeyRotation(Base):
    """A rotation of the center's own key: the record (signed by the old key and the new one) that provinces
    take on their next sync to move their pin (desktop/sync/center_rotation.py)."""

    __tablename__ = "center_key_rotation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    old_key_id: Mapped[str] = mapped_column(String(16), unique=True)
    new_key_id: Mapped[str] = mapped_column(String(16), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    record: Mapped[bytes] = mapped_column(LargeBinary)


STAFF_ROLES = ("admin", "analyst", "viewer", "liaison")


class CenterStaffAccount(Base):
    """A person of the center's staff who signs in to the dashboard (issue 16, desktop/center/staff/).

    ``password_hash`` is an Argon2id PHC string (never the password); ``provinces`` is the canonical JSON list
    of province codes a liaison sees (empty for the other roles, who see every province)."""

    __tablename__ = "center_staff_account"
    __table_args__ = (CheckConstraint("role IN ('admin', 'analyst', 'viewer', 'liaison')", name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_name: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    provinces: Mapped[str] = mapped_column(Text, default="[]")
    password_hash: Mapped[str] = mapped_column(Text)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str] = mapped_column(String(8), default="fa")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    password_changed_at: Mapped[datetime] = mapped_column(UtcDateTime)


class CenterStaffSession(Base):
    """A signed-in browser. The cookie holds a random id; only its SHA-256 is stored, so a copy of the database
    signs nobody in. Ends on sign-out, on a password change or disable, after the idle timeout or the absolute
    lifetime (desktop/center/staff/accounts.py, SessionPolicy)."""

    __tablename__ = "center_staff_session"

    id_hash: Mapped[str] = mapped_column(String(64), primary_key=True)  # sha256 hex of the cookie's id
    account_id: Mapped[int] = mapped_column(ForeignKey("center_staff_account.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class CenterAudit(Base):
    """Every sign-in attempt (its outcome) and every action of the center's staff, allowed or refused."""

    __tablename__ = "center_audit"
    __table_args__ = (Index("ix_center_audit_user_action_at", "user_name", "action", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    account_id: Mapped[int | None] = mapped_column(Integer)  # None: an unknown user name, or the command line
    user_name: Mapped[str] = mapped_column(String(64))  # as typed (capped), or "cli"
    action: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(String(64), default="")
