"""staff tokens and the center's key rotations (issue 12)

Revision ID: c004
Revises: c003
Create Date: 2026-12-01 17:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = 'c004'
down_revision: str | None = 'c003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('center_staff_token',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('token_hash', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_center_staff_token'))
    )
    op.create_table('center_key_rotation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('old_key_id', sa.String(length=16), nullable=False),
    sa.Column('new_key_id', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('record', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_center_key_rotation')),
    sa.UniqueConstraint('old_key_id', name=op.f('uq_center_key_rotation_old_key_id')),
    sa.UniqueConstraint('new_key_id', name=op.f('uq_center_key_rotation_new_key_id'))
    )


def downgrade() -> None:
    raise NotImplementedError("Rasad never downgrades a database; a newer one is refused instead")
