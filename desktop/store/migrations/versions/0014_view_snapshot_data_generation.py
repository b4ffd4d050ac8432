"""remembered overview and the data generation

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 22:45:00

Adds ``data_generation`` (one row, the counter every write transaction bumps: desktop/store/engine.py) and
``view_snapshot`` (the overview as last computed, shown at start while its generation, revision, app version and
day still match: desktop/store/view_snapshots.py). Issue 13: the overview painted without waiting for SQLAlchemy
and the computation.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('data_generation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_data_generation_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_generation'))
    )
    op.execute("INSERT INTO data_generation (id, generation) VALUES (1, 0)")
    op.create_table('view_snapshot',
    sa.Column('page', sa.String(length=32), nullable=False),
    sa.Column('scope', sa.String(length=64), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('app_version', sa.String(length=32), nullable=False),
    sa.Column('revision', sa.String(length=32), nullable=False),
    sa.Column('generation', sa.Integer(), nullable=False),
    sa.Column('payload', sa.LargeBinary(), nullable=False),
    sa.Column('written_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('page', 'scope', name=op.f('pk_view_snapshot'))
    )


def downgrade() -> None:
    op.drop_table('view_snapshot')
    op.drop_table('data_generation')
