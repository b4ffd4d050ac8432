"""the month a branch opened

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03 09:00:00

Adds ``branch.opened_month``: the first month (index) whose statistics are expected of the branch; NULL - every
branch so far - means since before any record, so nothing an older file knew changes. A branch opened in Azar
1405 is then not missing from the months before it (docs/indicators.md, "Completeness"): its district's 1404
stays complete. ``indicator_rollup_branch`` keeps it too, as it keeps the district: the roll-ups' coverage was
written with it, and a branch whose month changed since is found by comparing the two.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0018'
down_revision: str | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("branch", sa.Column("opened_month", sa.Integer(), nullable=True))
    op.add_column("indicator_rollup_branch", sa.Column("opened_month", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.drop_column("indicator_rollup_branch", "opened_month")
    op.drop_column("branch", "opened_month")
