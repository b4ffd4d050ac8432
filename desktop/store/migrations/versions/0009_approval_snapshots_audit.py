"""approval snapshots, audit events, unknown-name failures, logins in the change log (issue 11)

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-01 17:40:00

``change_log.user_login`` and ``period_approval.snapshot_sha256`` are added with ``ALTER TABLE ADD COLUMN``
(no table rebuild: the change log's history triggers stay). ``audit_event`` and ``approval_snapshot`` are
insert-only by trigger, like the change log.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column('change_log', sa.Column('user_login', sa.String(length=64), server_default='', nullable=False))
    op.add_column('period_approval', sa.Column('snapshot_sha256', sa.String(length=64), server_default='',
                                               nullable=False))
    op.create_table('audit_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('happened_at', sa.DateTime(), nullable=False),
    sa.Column('login', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('outcome', sa.String(length=8), nullable=False),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.CheckConstraint("outcome IN ('done', 'refused')", name=op.f('ck_audit_event_outcome_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_event'))
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_happened_at'), ['happened_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_kind_happened_at'), ['kind', 'happened_at'], unique=False)
    op.create_table('approval_snapshot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=16), nullable=False),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('taken_by', sa.String(length=200), nullable=False),
    sa.Column('taken_by_login', sa.String(length=64), nullable=False),
    sa.Column('approved_change_id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('figures', sa.JSON(), nullable=False),
    sa.CheckConstraint('length(sha256) = 64', name=op.f('ck_approval_snapshot_sha256_length')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_approval_snapshot'))
    )
    with op.batch_alter_table('approval_snapshot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_approval_snapshot_period_id'), ['period', 'id'], unique=False)
    op.create_table('login_failure',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('last_failed_at', sa.DateTime(), nullable=True),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_login_failure'))
    )
    for table in ("audit_event", "approval_snapshot"):
        for operation in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{operation.lower()} BEFORE {operation} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, '{table} rows are history and cannot be changed'); END"
            )


def downgrade() -> None:
    raise NotImplementedError("Rasad never downgrades a database; a newer one is refused instead")
