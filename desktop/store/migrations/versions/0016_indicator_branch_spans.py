"""pre-aggregated branch figures per multi-month span

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 23:30:00

Adds ``indicator_branch_span`` (a branch's measures, completeness and 90th percentile over a quarter, half or
year - up to the latest month with data - or a rolling window ending with one, per case type and for all types)
and ``indicator_branch_span_list`` (the spans it holds), and fills them from ``indicator_month`` /
``disposition_histogram`` (docs/indicators.md, "Branch spans"). The fill calls
``desktop.indicators.branch_spans.rebuild_branch_spans``: the 90th percentile must be computed by the service's
own function (``percentile_from_histogram``), which plain SQL cannot call.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0016'
down_revision: str | None = '0015'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INTEGERS = (
    "incoming", "disposed", "withdrawn", "transferred_in", "transferred_out", "pending_end", "pending_age_base",
    "pending_over_180", "pending_over_365", "pending_over_730",
)  # fmt: skip


def upgrade() -> None:
    op.create_table('indicator_branch_span_list',
    sa.Column('first_month', sa.Integer(), nullable=False),
    sa.Column('last_month', sa.Integer(), nullable=False),
    sa.Column('with_p90', sa.Boolean(), server_default='0', nullable=False),
    sa.PrimaryKeyConstraint('first_month', 'last_month', name=op.f('pk_indicator_branch_span_list'))
    )
    op.create_table('indicator_branch_span',
    sa.Column('first_month', sa.Integer(), nullable=False),
    sa.Column('last_month', sa.Integer(), nullable=False),
    sa.Column('case_type', sa.String(length=100), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    *(sa.Column(name, sa.Integer(), server_default='0', nullable=False) for name in _INTEGERS),
    sa.Column('disposition_days_sum', sa.Float(), server_default='0', nullable=False),
    sa.Column('disposition_count', sa.Integer(), server_default='0', nullable=False),
    sa.Column('scheduling_days_sum', sa.Float(), server_default='0', nullable=False),
    sa.Column('scheduling_count', sa.Integer(), server_default='0', nullable=False),
    sa.Column('scheduling_days_max', sa.Float(), nullable=True),
    sa.Column('hearings_sum', sa.Integer(), server_default='0', nullable=False),
    sa.Column('hearings_cases', sa.Integer(), server_default='0', nullable=False),
    sa.Column('referrals', sa.Integer(), server_default='0', nullable=False),
    sa.Column('last_hour_referrals', sa.Integer(), server_default='0', nullable=False),
    sa.Column('cases_total', sa.Integer(), server_default='0', nullable=False),
    sa.Column('cases_missing_dates', sa.Integer(), server_default='0', nullable=False),
    sa.Column('satisfaction_sum', sa.Float(), server_default='0', nullable=False),
    sa.Column('satisfaction_responses', sa.Integer(), server_default='0', nullable=False),
    sa.Column('p90', sa.Float(), nullable=True),
    sa.Column('complete_months', sa.Integer(), server_default='0', nullable=False),
    sa.Column('complete_list', sa.Text(), nullable=True),
    sa.CheckConstraint('first_month <= last_month', name=op.f('ck_indicator_branch_span_span_valid')),
    sa.PrimaryKeyConstraint('first_month', 'last_month', 'case_type', 'branch_id',
                            name=op.f('pk_indicator_branch_span')),
    sqlite_with_rowid=False,
    )
    from desktop.indicators.branch_spans import rebuild_branch_spans

    rebuild_branch_spans(op.get_bind())


def downgrade() -> None:
    op.drop_table('indicator_branch_span')
    op.drop_table('indicator_branch_span_list')
