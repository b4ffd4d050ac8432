"""A province's rows as its bundles left them: the change-log rows (``national_change``) replayed in order.

A bundle carries every change of the province's user data (desktop/sync/payload.py): an insert the whole new
row, an update only the changed columns, a delete the row's removal. Replaying them in change order gives the
province's current rows of a table (plan, solution, operational_program, activity, progress_update,
driver_project, org_unit, district, branch, …) — as of the last bundle the center applied.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.models import NationalChange

Rows = dict[int, dict[str, Any]]


def current_rows(session: Session, province: str, tables: Iterable[str]) -> dict[str, Rows]:
    """``{table: {row_id: values}}`` for each of ``tables`` (a table the bundles never touched is empty)."""
    wanted = list(tables)
    state: dict[str, Rows] = {table: {} for table in wanted}
    query = (select(NationalChange.table_name, NationalChange.row_id, NationalChange.operation,
                    NationalChange.new_values)
             .where(NationalChange.province == province, NationalChange.table_name.in_(wanted))
             .order_by(NationalChange.change_id))
    for table, row_id, operation, new_values in session.execute(query):
        rows = state[table]
        if operation == "delete":
            rows.pop(row_id, None)
            continue
        values = json.loads(new_values) if new_values else None
        if not isinstance(values, dict):
            continue
        if operation == "insert":
            rows[row_id] = {**values, "id": row_id}
        else:  # update: the changed columns only
            rows.setdefault(row_id, {"id": row_id}).update(values)
    return state
