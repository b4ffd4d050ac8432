"""pre-aggregated branch figures per multi-month span

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-01 23:30:00

Adds ``indicator_branch_span`` (a branch's measures, completeness and 90th percentile over a quarter, half or
year - up to the latest month with data - or a rolling window ending with one, per case type and for all types)
and ``indicator_branch_span_list`` (the spans it holds), and fills them from ``indicator_month`` /
``disposition_histogram`` (docs/indicators.md, "Branch spans"). The fill is written out here, frozen (a store
module may not import ``desktop.indicators``, and its later versions may expect a later schema); it writes what
``desktop.indicators.branch_spans.rebuild_branch_spans`` writes, every span summed from the branch months, the
90th percentile by the domain's ``percentile_from_histogram`` (the service's own function).
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
    _fill()


_FLOWS = (
    "incoming", "disposed", "withdrawn", "transferred_in", "transferred_out", "disposition_days_sum",
    "disposition_count", "scheduling_days_sum", "scheduling_count", "hearings_sum", "hearings_cases", "referrals",
    "last_hour_referrals", "cases_total", "cases_missing_dates", "satisfaction_sum", "satisfaction_responses",
)  # fmt: skip
_STOCKS = ("pending_end", "pending_age_base", "pending_over_180", "pending_over_365", "pending_over_730")
_COMPLETE = "x.case_type = '' AND x.source IN ('cases', 'monthly')"


def _spans(low: int, high: int) -> dict[tuple[int, int], bool]:
    """(first, last) -> with the 90th percentile: every quarter, half and year with data up to ``high``, the
    month ``high`` alone, the 12-month window ending with it (docs/indicators.md "Branch spans")."""
    from desktop.domain.indicators.periods import first_month_index, last_month_index, period_containing_month
    from desktop.domain.jalali import PeriodKind

    spans = {(high, high): True}
    for kind in (PeriodKind.QUARTER, PeriodKind.HALF, PeriodKind.YEAR):
        month = low
        while month <= high:
            period = period_containing_month(kind, month)
            spans[(first_month_index(period), min(last_month_index(period), high))] = True
            month = last_month_index(period) + 1
    spans.setdefault((high - 11, high), False)
    return spans


def _fill() -> None:
    from desktop.domain.indicators.definitions import percentile_from_histogram

    bind = op.get_bind()
    low, high = bind.exec_driver_sql("SELECT min(month_index), max(month_index) FROM indicator_month").one()
    if low is None:
        return
    columns = ", ".join((*_FLOWS, *_STOCKS, "scheduling_days_max"))
    for (first, last), with_p90 in sorted(_spans(low, high).items()):
        sums = ", ".join((*(f"sum(x.{name})" for name in _FLOWS),
                          *(f"coalesce(sum(CASE WHEN x.month_index = {last} THEN x.{name} END), 0)"
                            for name in _STOCKS), "max(x.scheduling_days_max)"))
        where = f" FROM indicator_month x WHERE x.month_index BETWEEN {first} AND {last}"
        insert = (f"INSERT INTO indicator_branch_span (first_month, last_month, case_type, branch_id, {columns},"
                  f" complete_months, complete_list) SELECT {first}, {last}")
        bind.exec_driver_sql(f"{insert}, x.case_type, x.branch_id, {sums}, 0, NULL{where} AND x.case_type <> ''"
                             " GROUP BY x.branch_id, x.case_type")
        bind.exec_driver_sql(f"{insert}, '*', x.branch_id, {sums}, sum({_COMPLETE}),"
                             f" group_concat(CASE WHEN {_COMPLETE} THEN x.month_index END){where}"
                             " GROUP BY x.branch_id")
        bind.exec_driver_sql("INSERT INTO indicator_branch_span_list (first_month, last_month, with_p90)"
                             f" VALUES ({first}, {last}, {int(with_p90)})")
        if not with_p90:
            continue
        histograms: dict[tuple[int, str], dict[int, int]] = {}
        for branch_id, case_type, bucket, count in bind.exec_driver_sql(
                "SELECT branch_id, case_type, bucket, sum(count) FROM disposition_histogram"
                f" WHERE month_index BETWEEN {first} AND {last} GROUP BY branch_id, case_type, bucket"):
            for key in ((branch_id, case_type), (branch_id, "*")) if case_type else ((branch_id, "*"),):
                histogram = histograms.setdefault(key, {})
                histogram[bucket] = histogram.get(bucket, 0) + count
        bind.connection.driver_connection.executemany(  # type: ignore[union-attr]
            f"UPDATE indicator_branch_span SET p90 = ? WHERE first_month = {first} AND last_month = {last}"
            " AND branch_id = ? AND case_type = ?",
            [(percentile_from_histogram(histogram, 0.9), branch_id, case_type)
             for (branch_id, case_type), histogram in histograms.items()])


def downgrade() -> None:
    op.drop_table('indicator_branch_span')
    op.drop_table('indicator_branch_span_list')
