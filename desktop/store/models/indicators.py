"""Branch performance statistics (docs/indicators.md, "Tables"): import batches, the raw rows imported from
the case-management system, and the monthly aggregates derived from them.

Months are "month indexes": ``jyear * 12 + jmonth - 1`` (Farvardin 1403 = 16836). ``case_record.referred_at`` is
the office's wall-clock time (Iran local time, naive), not UTC: "last-hour referral" is read from it directly.

Only ``import_batch`` is user data written to the change log; the raw rows arrive in bulk and the derived tables
(``indicator_month``, ``disposition_histogram``) are rebuilt from them, never edited
(see ``UNLOGGED_TABLES`` in ``desktop.store.models``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, DateTime, Float, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.indicators.definitions import BUCKET_DAYS as BUCKET_DAYS
from desktop.domain.indicators.definitions import MAX_BUCKET as MAX_BUCKET
from desktop.store.models.base import Base, UtcDateTime, in_set, utc_now

if TYPE_CHECKING:
    from desktop.store.models.organisation import Branch

#: What an import batch brought in; ``demo`` marks rows written by the demo generator.
IMPORT_KINDS: tuple[str, ...] = ("branches", "cases", "monthly", "satisfaction", "demo")
#: Where the figures of a branch-month come from (docs/indicators.md, "Completeness"): a case listing covering it,
#: its monthly statistics, stocks carried forward from an earlier month, or nothing. Every ``indicator_month`` row
#: of a branch-month carries its branch-month's source. 'satisfaction' is only found in rows derived before
#: migration 0008 (a rebuild replaces them).
INDICATOR_SOURCES: tuple[str, ...] = ("cases", "monthly", "carried", "missing", "satisfaction")
#: The sources whose branch-month is complete (flows and stocks known).
COMPLETE_SOURCES: tuple[str, ...] = ("cases", "monthly")


class ImportBatch(Base):
    """One imported file (or one demo generation); the same bytes are imported once per kind."""

    __tablename__ = "import_batch"
    __table_args__ = (
        UniqueConstraint("kind", "sha256"),
        CheckConstraint(in_set("kind", IMPORT_KINDS), name="kind_valid"),
        CheckConstraint("length(sha256) = 64", name="sha256_length"),
        CheckConstraint(
            "rows_read >= 0 AND rows_written >= 0 AND rows_rejected >= 0", name="row_counts_not_negative"
        ),
        CheckConstraint(
            "first_month IS NULL OR last_month IS NULL OR last_month >= first_month", name="months_ordered"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    file_name: Mapped[str] = mapped_column(String(500), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now)
    imported_by: Mapped[str] = mapped_column(String(200), default="")
    rows_read: Mapped[int] = mapped_column(default=0)
    rows_written: Mapped[int] = mapped_column(default=0)
    rows_rejected: Mapped[int] = mapped_column(default=0)
    first_month: Mapped[int | None]
    last_month: Mapped[int | None]


class CaseRecord(Base):
    """One case of a case listing, upserted by case number."""

    __tablename__ = "case_record"
    __table_args__ = (
        CheckConstraint("hearings IS NULL OR hearings >= 0", name="hearings_not_negative"),
        CheckConstraint(
            "disposed_on IS NULL OR disposed_on >= registered_on", name="disposed_after_registered"
        ),
        CheckConstraint(
            "withdrawn_on IS NULL OR withdrawn_on >= registered_on", name="withdrawn_after_registered"
        ),
        Index(None, "branch_id", "registered_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_number: Mapped[str] = mapped_column(String(64), unique=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="RESTRICT"))
    case_type: Mapped[str] = mapped_column(String(100), default="")
    registered_on: Mapped[date] = mapped_column(Date)
    referred_at: Mapped[datetime | None] = mapped_column(DateTime)  # office wall-clock time, naive
    first_hearing_on: Mapped[date | None] = mapped_column(Date)
    hearings: Mapped[int | None]
    disposed_on: Mapped[date | None] = mapped_column(Date, index=True)
    #: The date of the newer snapshot that no longer held the (pending) case: voided or merged in the CMS.
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="RESTRICT"), index=True)

    branch: Mapped[Branch] = relationship()
    batch: Mapped[ImportBatch] = relationship()


_MONTH_CHECK = "month_index >= 0"
#: The derived tables' storage (migrations 0016, 0017): their rows are small under a composite key and rewritten in
#: bulk on every import; WITHOUT ROWID keeps one b-tree (the key) instead of the table plus the key's index.
WITHOUT_ROWID: dict[str, object] = {"sqlite_with_rowid": False}


class CaseListingSpan(Base):
    """The branches and months one case listing covers (its first registration month to its latest date's
    month, for every branch in the file): those branch-months take their figures from case listings."""

    __tablename__ = "case_listing_span"
    __table_args__ = (
        UniqueConstraint("batch_id", "branch_id"),
        CheckConstraint("first_month >= 0 AND last_month >= first_month", name="months_ordered"),
        Index(None, "branch_id", "last_month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="CASCADE"))
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"))
    first_month: Mapped[int]
    last_month: Mapped[int]
    snapshot: Mapped[bool] = mapped_column(default=True)

    batch: Mapped[ImportBatch] = relationship()
    branch: Mapped[Branch] = relationship()


class CaseTransfer(Base):
    """A case seen in another branch by a newer export: it left ``from_branch_id`` for ``to_branch_id`` on
    ``moved_on`` (the newer export's latest date). Earlier months stay the old branch's."""

    __tablename__ = "case_transfer"
    __table_args__ = (CheckConstraint("from_branch_id <> to_branch_id", name="branches_differ"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id", ondelete="CASCADE"), index=True)
    from_branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="RESTRICT"), index=True)
    to_branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="RESTRICT"), index=True)
    moved_on: Mapped[date] = mapped_column(Date)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="RESTRICT"), index=True)

    case: Mapped[CaseRecord] = relationship()
    from_branch: Mapped[Branch] = relationship(foreign_keys=[from_branch_id])
    to_branch: Mapped[Branch] = relationship(foreign_keys=[to_branch_id])
    batch: Mapped[ImportBatch] = relationship()


class BranchMonthStat(Base):
    """One row of a monthly statistics file: a branch's totals for a Jalali month."""

    __tablename__ = "branch_month_stat"
    __table_args__ = (
        UniqueConstraint("branch_id", "month_index"),
        CheckConstraint(_MONTH_CHECK, name="month_valid"),
        CheckConstraint("incoming >= 0 AND disposed >= 0 AND pending_end >= 0", name="counts_not_negative"),
        CheckConstraint(
            "avg_disposition_days >= 0 AND avg_scheduling_days >= 0 AND max_scheduling_days >= 0",
            name="days_not_negative",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="RESTRICT"))
    month_index: Mapped[int]
    incoming: Mapped[int]
    disposed: Mapped[int]
    pending_end: Mapped[int]
    avg_disposition_days: Mapped[float] = mapped_column(Float)
    avg_scheduling_days: Mapped[float] = mapped_column(Float)
    max_scheduling_days: Mapped[float] = mapped_column(Float)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="RESTRICT"), index=True)

    branch: Mapped[Branch] = relationship()
    batch: Mapped[ImportBatch] = relationship()


class SatisfactionMonth(Base):
    """One row of a satisfaction survey file: responses and their average (percent satisfied)."""

    __tablename__ = "satisfaction_month"
    __table_args__ = (
        UniqueConstraint("branch_id", "month_index"),
        CheckConstraint(_MONTH_CHECK, name="month_valid"),
        CheckConstraint("responses >= 0", name="responses_not_negative"),
        CheckConstraint("average >= 0 AND average <= 100", name="average_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="RESTRICT"))
    month_index: Mapped[int]
    responses: Mapped[int]
    average: Mapped[float] = mapped_column(Float)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id", ondelete="RESTRICT"), index=True)

    branch: Mapped[Branch] = relationship()
    batch: Mapped[ImportBatch] = relationship()


_SUMMED_COUNTS: tuple[str, ...] = (
    "incoming", "disposed", "withdrawn", "transferred_in", "transferred_out", "pending_end", "pending_age_base",
    "pending_over_180", "pending_over_365", "pending_over_730",
    "disposition_count", "scheduling_count", "hearings_sum", "hearings_cases", "referrals",
    "last_hour_referrals", "cases_total", "cases_missing_dates", "satisfaction_responses",
)  # fmt: skip


class SummedMeasures:
    """The summable measures of a branch-month, shared by the tables that hold them summed over branches
    (district and province roll-ups) or over months (branch spans): the same columns, defaults and types."""

    incoming: Mapped[int] = mapped_column(default=0, server_default="0")
    disposed: Mapped[int] = mapped_column(default=0, server_default="0")
    withdrawn: Mapped[int] = mapped_column(default=0, server_default="0")
    transferred_in: Mapped[int] = mapped_column(default=0, server_default="0")
    transferred_out: Mapped[int] = mapped_column(default=0, server_default="0")
    pending_end: Mapped[int] = mapped_column(default=0, server_default="0")
    pending_age_base: Mapped[int] = mapped_column(default=0, server_default="0")
    pending_over_180: Mapped[int] = mapped_column(default=0, server_default="0")
    pending_over_365: Mapped[int] = mapped_column(default=0, server_default="0")
    pending_over_730: Mapped[int] = mapped_column(default=0, server_default="0")
    disposition_days_sum: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    disposition_count: Mapped[int] = mapped_column(default=0, server_default="0")
    scheduling_days_sum: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    scheduling_count: Mapped[int] = mapped_column(default=0, server_default="0")
    scheduling_days_max: Mapped[float | None] = mapped_column(Float)
    hearings_sum: Mapped[int] = mapped_column(default=0, server_default="0")
    hearings_cases: Mapped[int] = mapped_column(default=0, server_default="0")
    referrals: Mapped[int] = mapped_column(default=0, server_default="0")
    last_hour_referrals: Mapped[int] = mapped_column(default=0, server_default="0")
    cases_total: Mapped[int] = mapped_column(default=0, server_default="0")
    cases_missing_dates: Mapped[int] = mapped_column(default=0, server_default="0")
    satisfaction_sum: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    satisfaction_responses: Mapped[int] = mapped_column(default=0, server_default="0")


class IndicatorMonth(SummedMeasures, Base):
    """Derived: the summable measures of one branch, month and case type ('' = not broken down by type)."""

    __tablename__ = "indicator_month"
    __table_args__ = (
        CheckConstraint(_MONTH_CHECK, name="month_valid"),
        CheckConstraint(" AND ".join(f"{name} >= 0" for name in _SUMMED_COUNTS), name="counts_not_negative"),
        CheckConstraint(in_set("source", INDICATOR_SOURCES), name="source_valid"),
        Index(None, "month_index", "branch_id"),
        WITHOUT_ROWID,
    )

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"), primary_key=True)
    month_index: Mapped[int] = mapped_column(primary_key=True)
    case_type: Mapped[str] = mapped_column(String(100), primary_key=True)
    # After the shared measures, where the migration put it (a class's own columns otherwise come first).
    source: Mapped[str] = mapped_column(String(16), sort_order=1)

    branch: Mapped[Branch] = relationship()


class DispositionHistogram(Base):
    """Derived: how many cases disposed in a month took ``bucket * BUCKET_DAYS`` to the next bucket's days
    (the last bucket, ``MAX_BUCKET``, holds every case of 3650 days or more)."""

    __tablename__ = "disposition_histogram"
    __table_args__ = (
        CheckConstraint(_MONTH_CHECK, name="month_valid"),
        CheckConstraint(f"bucket >= 0 AND bucket <= {MAX_BUCKET}", name="bucket_range"),
        CheckConstraint("count > 0", name="count_positive"),
        # Covering, month first: a period's histograms are read from the index alone (migration 0013).
        Index(None, "month_index", "case_type", "branch_id", "bucket", "count"),
        WITHOUT_ROWID,
    )

    branch_id: Mapped[int] = mapped_column(ForeignKey("branch.id", ondelete="CASCADE"), primary_key=True)
    month_index: Mapped[int] = mapped_column(primary_key=True)
    case_type: Mapped[str] = mapped_column(String(100), primary_key=True)
    bucket: Mapped[int] = mapped_column(primary_key=True)
    count: Mapped[int]

    branch: Mapped[Branch] = relationship()
