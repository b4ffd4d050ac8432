"""resolution status history

Revision ID: 0012
Revises: 0007
Create Date: 2026-12-01 17:30:00

Adds ``resolution_status_change`` and fills it from what the database already knows, so that a report as of a
past day shows each resolution's status of that day:

* a resolution still open needs no entry (open is the status of every resolution from its meeting on);
* one carried out changed on its completion date;
* one in progress or cancelled changed on the day the change log recorded that status last (UTC date of the
  change), or, for a change made before the log knew it, on the day of its meeting (the day is unknown).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op


revision: str = '0012'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('resolution_status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('resolution_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('effective_on', sa.Date(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'in_progress', 'done', 'cancelled')",
                       name=op.f('ck_resolution_status_change_status_valid')),
    sa.ForeignKeyConstraint(['resolution_id'], ['resolution.id'],
                            name=op.f('fk_resolution_status_change_resolution_id_resolution'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resolution_status_change'))
    )
    with op.batch_alter_table('resolution_status_change', schema=None) as batch_op:
        batch_op.create_index('ix_resolution_status_change_resolution_id_effective_on',
                              ['resolution_id', 'effective_on'], unique=False)
    _backfill(op.get_bind())


def _backfill(connection) -> None:
    logged: dict[tuple[int, str], date] = {}
    for row_id, changed_at, new_values in connection.execute(sa.text(
            "SELECT row_id, changed_at, new_values FROM change_log WHERE table_name = 'resolution' "
            "AND new_values IS NOT NULL ORDER BY id")):
        values = json.loads(new_values) if isinstance(new_values, str) else new_values
        if isinstance(values, dict) and "status" in values:
            stamp = changed_at if isinstance(changed_at, datetime) else datetime.fromisoformat(str(changed_at))
            logged[(row_id, values["status"])] = stamp.date()
    now = datetime.utcnow().replace(microsecond=0)  # noqa: DTZ003 - stored as naive UTC, as UtcDateTime does
    rows = []
    for resolution_id, status, completed_on, held_on in connection.execute(sa.text(
            "SELECT r.id, r.status, r.completed_on, m.held_on FROM resolution r JOIN meeting m ON m.id = r.meeting_id "
            "WHERE r.status != 'open' ORDER BY r.id")):
        held = _day(held_on)
        if status == "done" and completed_on is not None:
            effective = _day(completed_on)
        else:
            effective = max(logged.get((resolution_id, status), held), held)
        rows.append({"resolution_id": resolution_id, "status": status, "effective_on": effective,
                     "completed_on": _day(completed_on) if completed_on is not None else None, "recorded_at": now})
    if rows:
        table = sa.table('resolution_status_change', sa.column('resolution_id', sa.Integer),
                         sa.column('status', sa.String), sa.column('effective_on', sa.Date),
                         sa.column('completed_on', sa.Date), sa.column('recorded_at', sa.DateTime))
        connection.execute(table.insert(), rows)


def _day(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def downgrade() -> None:
    raise NotImplementedError("Rasad never downgrades a database; a newer one is refused instead")
