"""Pre-aggregated district and province months (migration 0015, docs/indicators.md "Roll-ups").

Derived from ``indicator_month`` / ``disposition_histogram`` and the branch → district membership, never edited:
``desktop.indicators.rollup.refresh_rollups`` rewrites the affected rows in the transaction of every change that
rewrites the branch rows (imports, demo, office hours) or moves a branch. The indicator service answers
district and province tables, trends and coverage from them without reading a branch row.

``level`` is ``district`` or ``province``; ``unit_id`` the district's or the province's id (no foreign key: it
names one of two tables, and the rows are rewritten with the membership anyway).
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Float, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.indicators.definitions import MAX_BUCKET
from desktop.store.models.base import Base, in_set
from desktop.store.models.indicators import WITHOUT_ROWID as _WITHOUT_ROWID
from desktop.store.models.indicators import SummedMeasures

ROLLUP_LEVELS: tuple[str, ...] = ("district", "province")
_MONTH_CHECK = "month_index >= 0"


class IndicatorRollupMonth(SummedMeasures, Base):
    """The summed measures of every branch of a unit for one month and case type ('' = the untyped rows):
    Σ of each measure of ``indicator_month``, ``scheduling_days_max`` as the maximum. A row exists exactly when
    at least one branch of the unit has a row for that month and type (so "no rows" stays "no value")."""

    __tablename__ = "indicator_rollup_month"
    __table_args__ = (
        CheckConstraint(in_set("level", ROLLUP_LEVELS), name="level_valid"),
        CheckConstraint(_MONTH_CHECK, name="month_valid"),
        _WITHOUT_ROWID,
    )

    level: Mapped[str] = mapped_column(String(8), primary_key=True)
    month_index: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(primary_key=True)
    case_type: Mapped[str] = mapped_column(String(100), primary_key=True)


class IndicatorRollupHistogram(Base):
    """The merged disposition histogram of a unit's branches for one month and case type (the 90th
    percentile)."""

    __tablename__ = "indicator_rollup_histogram"
    __table_args__ = (
        CheckConstraint(in_set("level", ROLLUP_LEVELS), name="level_valid"),
        CheckConstraint(_MONTH_CHECK, name="month_valid"),
        CheckConstraint(f"bucket >= 0 AND bucket <= {MAX_BUCKET}", name="bucket_range"),
        CheckConstraint("count > 0", name="count_positive"),
        _WITHOUT_ROWID,
    )

    level: Mapped[str] = mapped_column(String(8), primary_key=True)
    month_index: Mapped[int] = mapped_column(primary_key=True)
    case_type: Mapped[str] = mapped_column(String(100), primary_key=True)
    unit_id: Mapped[int] = mapped_column(primary_key=True)
    bucket: Mapped[int] = mapped_column(primary_key=True)
    count: Mapped[int]


class IndicatorRollupCoverage(Base):
    """How many of a unit's branches have complete statistics in a month (their untyped row's source is a case
    listing or monthly statistics), and which do not (``incomplete_ids``: their ids, comma-separated, NULL when
    none). One row per unit and month of the province's derived months (min..max of ``indicator_month``); a
    month without a row has no branch complete."""

    __tablename__ = "indicator_rollup_coverage"
    __table_args__ = (
        CheckConstraint(in_set("level", ROLLUP_LEVELS), name="level_valid"),
        CheckConstraint(_MONTH_CHECK, name="month_valid"),
        CheckConstraint("complete_branches >= 0 AND complete_branches <= branches", name="counts_valid"),
    )

    level: Mapped[str] = mapped_column(String(8), primary_key=True)
    month_index: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(primary_key=True)
    branches: Mapped[int]
    complete_branches: Mapped[int]
    incomplete_ids: Mapped[str | None] = mapped_column(Text)


class IndicatorRollupBranch(Base):
    """The district each branch belonged to when the roll-ups were last written, and the month it opened: a branch
    moved, added, removed or given another opening month since is found by comparing it with ``branch``, and its
    districts are rolled up again."""

    __tablename__ = "indicator_rollup_branch"

    branch_id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int]
    opened_month: Mapped[int | None]  # as the coverage rows were written with it (migration 0018)


class IndicatorBranchSpan(SummedMeasures, Base):
    """A branch's measures over one multi-month span (migration 0016, docs/indicators.md "Branch spans"): the
    months ``first_month..last_month`` of a quarter, half or year (up to the latest month with data while it is
    under way) or of a rolling window ending with one, per case type (no rows for the untyped '' alone: no table
    asks for it; ``*`` = all types together, the untyped rows included). Flows summed, stocks at ``last_month``, ``scheduling_days_max`` the maximum, ``p90`` the 90th
    percentile of the merged histogram (period spans only). ``complete_months`` / ``complete_list`` (``*`` rows
    only) count and list the months whose untyped row has a complete source. A row exists exactly when the branch
    has a row of that type in the span."""

    __tablename__ = "indicator_branch_span"
    __table_args__ = (CheckConstraint("first_month <= last_month", name="span_valid"), _WITHOUT_ROWID)

    first_month: Mapped[int] = mapped_column(primary_key=True)
    last_month: Mapped[int] = mapped_column(primary_key=True)
    case_type: Mapped[str] = mapped_column(String(100), primary_key=True)
    branch_id: Mapped[int] = mapped_column(primary_key=True)
    # After the shared measures, where migration 0016 put them.
    p90: Mapped[float | None] = mapped_column(Float, sort_order=1)
    complete_months: Mapped[int] = mapped_column(default=0, server_default="0", sort_order=1)
    complete_list: Mapped[str | None] = mapped_column(Text, sort_order=1)


class IndicatorBranchSpanList(Base):
    """The spans ``indicator_branch_span`` holds (a branch table reads them only for a span listed here);
    ``with_p90``: the 90th percentile was computed (the spans of a period, not rolling windows only)."""

    __tablename__ = "indicator_branch_span_list"

    first_month: Mapped[int] = mapped_column(primary_key=True)
    last_month: Mapped[int] = mapped_column(primary_key=True)
    with_p90: Mapped[bool] = mapped_column(default=False, server_default="0")
