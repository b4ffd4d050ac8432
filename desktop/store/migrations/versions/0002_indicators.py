"""Branch performance indicators: import batches, raw CMS rows and their monthly aggregates (docs/indicators.md).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Hand-reviewed autogenerate output. New tables only: a database at 0001 keeps every row.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_batch",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("imported_by", sa.String(length=200), nullable=False),
        sa.Column("rows_read", sa.Integer(), nullable=False),
        sa.Column("rows_written", sa.Integer(), nullable=False),
        sa.Column("rows_rejected", sa.Integer(), nullable=False),
        sa.Column("first_month", sa.Integer(), nullable=True),
        sa.Column("last_month", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('branches', 'cases', 'monthly', 'satisfaction', 'demo')",
            name=op.f("ck_import_batch_kind_valid"),
        ),
        sa.CheckConstraint(
            "first_month IS NULL OR last_month IS NULL OR last_month >= first_month",
            name=op.f("ck_import_batch_months_ordered"),
        ),
        sa.CheckConstraint("length(sha256) = 64", name=op.f("ck_import_batch_sha256_length")),
        sa.CheckConstraint(
            "rows_read >= 0 AND rows_written >= 0 AND rows_rejected >= 0",
            name=op.f("ck_import_batch_row_counts_not_negative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_batch")),
        sa.UniqueConstraint("kind", "sha256", name=op.f("uq_import_batch_kind_sha256")),
    )
    op.create_table(
        "branch_month_stat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("month_index", sa.Integer(), nullable=False),
        sa.Column("incoming", sa.Integer(), nullable=False),
        sa.Column("disposed", sa.Integer(), nullable=False),
        sa.Column("pending_end", sa.Integer(), nullable=False),
        sa.Column("avg_disposition_days", sa.Float(), nullable=False),
        sa.Column("avg_scheduling_days", sa.Float(), nullable=False),
        sa.Column("max_scheduling_days", sa.Float(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "avg_disposition_days >= 0 AND avg_scheduling_days >= 0 AND max_scheduling_days >= 0",
            name=op.f("ck_branch_month_stat_days_not_negative"),
        ),
        sa.CheckConstraint(
            "incoming >= 0 AND disposed >= 0 AND pending_end >= 0",
            name=op.f("ck_branch_month_stat_counts_not_negative"),
        ),
        sa.CheckConstraint("month_index >= 0", name=op.f("ck_branch_month_stat_month_valid")),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_branch_month_stat_batch_id_import_batch"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branch.id"],
            name=op.f("fk_branch_month_stat_branch_id_branch"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_branch_month_stat")),
        sa.UniqueConstraint(
            "branch_id", "month_index", name=op.f("uq_branch_month_stat_branch_id_month_index")
        ),
    )
    with op.batch_alter_table("branch_month_stat", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_branch_month_stat_batch_id"), ["batch_id"], unique=False)

    op.create_table(
        "case_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_number", sa.String(length=64), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("case_type", sa.String(length=100), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=False),
        sa.Column("referred_at", sa.DateTime(), nullable=True),
        sa.Column("first_hearing_on", sa.Date(), nullable=True),
        sa.Column("hearings", sa.Integer(), nullable=True),
        sa.Column("disposed_on", sa.Date(), nullable=True),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "disposed_on IS NULL OR disposed_on >= registered_on",
            name=op.f("ck_case_record_disposed_after_registered"),
        ),
        sa.CheckConstraint(
            "hearings IS NULL OR hearings >= 0", name=op.f("ck_case_record_hearings_not_negative")
        ),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_case_record_batch_id_import_batch"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_case_record_branch_id_branch"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_record")),
        sa.UniqueConstraint("case_number", name=op.f("uq_case_record_case_number")),
    )
    with op.batch_alter_table("case_record", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_case_record_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_case_record_branch_id_registered_on"), ["branch_id", "registered_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_case_record_disposed_on"), ["disposed_on"], unique=False)

    op.create_table(
        "disposition_histogram",
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("month_index", sa.Integer(), nullable=False),
        sa.Column("case_type", sa.String(length=100), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "bucket >= 0 AND bucket <= 730", name=op.f("ck_disposition_histogram_bucket_range")
        ),
        sa.CheckConstraint("count > 0", name=op.f("ck_disposition_histogram_count_positive")),
        sa.CheckConstraint("month_index >= 0", name=op.f("ck_disposition_histogram_month_valid")),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branch.id"],
            name=op.f("fk_disposition_histogram_branch_id_branch"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "branch_id", "month_index", "case_type", "bucket", name=op.f("pk_disposition_histogram")
        ),
    )
    op.create_table(
        "indicator_month",
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("month_index", sa.Integer(), nullable=False),
        sa.Column("case_type", sa.String(length=100), nullable=False),
        sa.Column("incoming", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("disposed", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pending_end", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pending_age_base", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pending_over_180", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("pending_over_365", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("disposition_days_sum", sa.Float(), nullable=False, server_default="0"),
        sa.Column("disposition_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("scheduling_days_sum", sa.Float(), nullable=False, server_default="0"),
        sa.Column("scheduling_count", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("scheduling_days_max", sa.Float(), nullable=True),
        sa.Column("hearings_sum", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("hearings_cases", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("referrals", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_hour_referrals", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("cases_total", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("cases_missing_dates", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("satisfaction_sum", sa.Float(), nullable=False, server_default="0"),
        sa.Column("satisfaction_responses", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.CheckConstraint(
            "source IN ('cases', 'monthly', 'satisfaction')", name=op.f("ck_indicator_month_source_valid")
        ),
        sa.CheckConstraint(
            "incoming >= 0 AND disposed >= 0 AND pending_end >= 0 AND pending_age_base >= 0 AND pending_over_180 >= 0 AND pending_over_365 >= 0 AND disposition_count >= 0 AND scheduling_count >= 0 AND hearings_sum >= 0 AND hearings_cases >= 0 AND referrals >= 0 AND last_hour_referrals >= 0 AND cases_total >= 0 AND cases_missing_dates >= 0 AND satisfaction_responses >= 0",
            name=op.f("ck_indicator_month_counts_not_negative"),
        ),
        sa.CheckConstraint("month_index >= 0", name=op.f("ck_indicator_month_month_valid")),
        sa.ForeignKeyConstraint(
            ["branch_id"], ["branch.id"], name=op.f("fk_indicator_month_branch_id_branch"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("branch_id", "month_index", "case_type", name=op.f("pk_indicator_month")),
    )
    with op.batch_alter_table("indicator_month", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_indicator_month_month_index_branch_id"), ["month_index", "branch_id"], unique=False
        )

    op.create_table(
        "satisfaction_month",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("branch_id", sa.Integer(), nullable=False),
        sa.Column("month_index", sa.Integer(), nullable=False),
        sa.Column("responses", sa.Integer(), nullable=False),
        sa.Column("average", sa.Float(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "average >= 0 AND average <= 100", name=op.f("ck_satisfaction_month_average_range")
        ),
        sa.CheckConstraint("month_index >= 0", name=op.f("ck_satisfaction_month_month_valid")),
        sa.CheckConstraint("responses >= 0", name=op.f("ck_satisfaction_month_responses_not_negative")),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["import_batch.id"],
            name=op.f("fk_satisfaction_month_batch_id_import_batch"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["branch.id"],
            name=op.f("fk_satisfaction_month_branch_id_branch"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_satisfaction_month")),
        sa.UniqueConstraint(
            "branch_id", "month_index", name=op.f("uq_satisfaction_month_branch_id_month_index")
        ),
    )
    with op.batch_alter_table("satisfaction_month", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_satisfaction_month_batch_id"), ["batch_id"], unique=False)


def downgrade() -> None:
    raise NotImplementedError("Rasad never downgrades a database; a newer one is refused instead")
