"""The units of a level a table or a list shows - (id, code, name, parent name) - within a parent, by code."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection

from desktop.indicators.opened_branches import EXPECTED


def list_units(
    connection: Connection, level: str, parent: tuple[str, int] | None, only: Sequence[int] | None = None,
    through: int | None = None,
) -> tuple[tuple[int, str, str, str], ...]:
    """(id, code, name, parent name) of every unit of ``level`` within ``parent`` (and among the ids
    ``only``, when given), by code; branches, with ``through``, only those opened by that month."""
    if level == "province":
        sql = "SELECT p.id, p.code, p.name, '' FROM province p"
        where = " WHERE p.id = :parent" if parent is not None and parent[0] == "province" else ""
    elif level == "district":
        sql = (
            "SELECT d.id, d.code, d.name, p.name FROM district d JOIN province p ON p.id = d.province_id"
        )
        where = {"province": " WHERE d.province_id = :parent", "district": " WHERE d.id = :parent"}.get(
            parent[0] if parent else "", ""
        )
    else:
        sql = "SELECT b.id, b.code, b.name, d.name FROM branch b JOIN district d ON d.id = b.district_id"
        where = {
            "province": " WHERE d.province_id = :parent",
            "district": " WHERE b.district_id = :parent",
            "branch": " WHERE b.id = :parent",
        }.get(parent[0] if parent else "", "")
    params: dict[str, Any] = {"parent": parent[1]} if parent is not None else {}
    if through is not None and level == "branch":
        where += f"{' AND' if where else ' WHERE'} {EXPECTED.format(branch='b', month=':through')}"
        params["through"] = through
    elif through is not None and level == "district":  # not one whose every branch opened later
        where += (f"{' AND' if where else ' WHERE'} (NOT EXISTS (SELECT 1 FROM branch x WHERE x.district_id = d.id"
                  f" AND x.opened_month > :through) OR EXISTS (SELECT 1 FROM branch x WHERE x.district_id = d.id"
                  f" AND {EXPECTED.format(branch='x', month=':through')}))")
        params["through"] = through
    if only is not None:
        alias = {"province": "p", "district": "d"}.get(level, "b")
        where += f"{' AND' if where else ' WHERE'} {alias}.id IN (SELECT value FROM json_each(:only))"
        params["only"] = json.dumps(list(only))
    # The driver's rows (a branch table lists 3,000 units: SQLAlchemy's row objects cost ~10 ms of them).
    return tuple(tuple(row) for row in connection.exec_driver_sql(sql + where + " ORDER BY 2", params).cursor.fetchall())  # type: ignore[misc,union-attr]
