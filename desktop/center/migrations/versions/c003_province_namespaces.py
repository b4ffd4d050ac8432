"""province namespaces: bundle ids and receipts unique per province; 'malformed' flags (issue 12)

Revision ID: c003
Revises: c002
Create Date: 2026-12-01 17:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = 'c003'
down_revision: str | None = 'c002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('center_bundle') as batch:
        batch.drop_constraint(op.f('uq_center_bundle_bundle_id'), type_='unique')
        batch.create_unique_constraint(op.f('uq_center_bundle_province_bundle_id'), ['province', 'bundle_id'])
    with op.batch_alter_table('center_directive') as batch:
        batch.drop_constraint(op.f('uq_center_directive_bundle_id'), type_='unique')
        batch.create_unique_constraint(op.f('uq_center_directive_province_bundle_id'), ['province', 'bundle_id'])
    # receipts: the province joins the key; stored receipts belong to the bundle of the same id (ids were
    # unique across provinces until now, so the join is exact)
    op.add_column('center_receipt', sa.Column('province', sa.String(length=32), nullable=True))
    op.execute("UPDATE center_receipt SET province = (SELECT center_bundle.province FROM center_bundle "
               "WHERE center_bundle.bundle_id = center_receipt.bundle_id)")
    op.execute("DELETE FROM center_receipt WHERE province IS NULL")
    with op.batch_alter_table('center_receipt') as batch:
        batch.alter_column('province', existing_type=sa.String(length=32), nullable=False)
        batch.drop_constraint(op.f('pk_center_receipt'), type_='primary')
        batch.create_primary_key(op.f('pk_center_receipt'), ['province', 'bundle_id'])
    with op.batch_alter_table('center_flag') as batch:
        batch.drop_constraint(op.f('ck_center_flag_kind'), type_='check')
        batch.create_check_constraint(op.f('ck_center_flag_kind'), "kind IN ('fork', 'rollback', 'malformed')")


def downgrade() -> None:
    raise NotImplementedError("Rasad never downgrades a database; a newer one is refused instead")
