"""The province's outbox of signed progress bundles (docs/bundles.md, "Outbox").

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01

Hand-written. A new table only: a database at 0002 keeps every row.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "outbox_bundle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bundle_id", sa.String(length=32), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("payload_type", sa.String(length=16), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("previous_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("first_change_id", sa.Integer(), nullable=False),
        sa.Column("last_change_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("acknowledged_at", sa.DateTime(), nullable=True),
        sa.Column("receipt", sa.LargeBinary(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.CheckConstraint(
            "state IN ('waiting', 'sent', 'acknowledged', 'rejected')", name=op.f("ck_outbox_bundle_state_valid")
        ),
        sa.CheckConstraint("sequence >= 1", name=op.f("ck_outbox_bundle_sequence_positive")),
        sa.CheckConstraint(
            "length(file_hash) = 64 AND length(previous_hash) = 64", name=op.f("ck_outbox_bundle_hash_lengths")
        ),
        sa.CheckConstraint(
            "last_change_id >= first_change_id", name=op.f("ck_outbox_bundle_change_ids_ordered")
        ),
        sa.CheckConstraint(
            "attempts >= 0 AND size_bytes >= 0", name=op.f("ck_outbox_bundle_counts_not_negative")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_bundle")),
        sa.UniqueConstraint("bundle_id", name=op.f("uq_outbox_bundle_bundle_id")),
        sa.UniqueConstraint("sequence", name=op.f("uq_outbox_bundle_sequence")),
    )


def downgrade() -> None:
    raise NotImplementedError("Rasad never downgrades a database; a newer one is refused instead")
