"""staff accounts, their sessions and the audit (issue 16)

Revision ID: c005
Revises: c004
Create Date: 2026-12-01 20:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'c005'
down_revision: str | None = 'c004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('center_staff_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_name', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('provinces', sa.Text(), nullable=False),
    sa.Column('password_hash', sa.Text(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('disabled', sa.Boolean(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('password_changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint("role IN ('admin', 'analyst', 'viewer', 'liaison')", name=op.f('ck_center_staff_account_role')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_center_staff_account')),
    sa.UniqueConstraint('user_name', name=op.f('uq_center_staff_account_user_name'))
    )
    op.create_table('center_staff_session',
    sa.Column('id_hash', sa.String(length=64), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('csrf_token', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['center_staff_account.id'],
                            name=op.f('fk_center_staff_session_account_id_center_staff_account')),
    sa.PrimaryKeyConstraint('id_hash', name=op.f('pk_center_staff_session'))
    )
    op.create_index(op.f('ix_center_staff_session_account_id'), 'center_staff_session', ['account_id'], unique=False)
    op.create_table('center_audit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=True),
    sa.Column('user_name', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('target', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=False),
    sa.Column('address', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_center_audit'))
    )
    op.create_index(op.f('ix_center_audit_at'), 'center_audit', ['at'], unique=False)
    op.create_index('ix_center_audit_user_action_at', 'center_audit', ['user_name', 'action', 'at'], unique=False)


def downgrade() -> None:
    raise NotImplementedError("Rasad never downgrades a database; a newer one is refused instead")
