"""Which branch-months an import changed: a summary of each one's derived figures before and after the rebuild,
compared (the import's result names the changed branches month by month)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def signatures(connection: Any, branch_ids: set[int], first_month: int, last_month: int | None = None,
                keys_only: bool = False) -> dict[tuple[int, int], tuple]:
    """A summary of each branch-month's derived figures from ``first_month`` (to ``last_month``, the last one
    the import can change, when known), to tell which an import changed."""
    window = (json.dumps(sorted(branch_ids)), first_month, 1 << 31 if last_month is None else last_month)
    if keys_only:
        return {(row[0], row[1]): () for row in connection.execute(
            "SELECT DISTINCT branch_id, month_index FROM indicator_month"
            " WHERE branch_id IN (SELECT value FROM json_each(?)) AND month_index BETWEEN ? AND ?", window)}
    return {(row[0], row[1]): tuple(row[2:]) for row in connection.execute(
        "SELECT branch_id, month_index, sum(incoming), sum(disposed), sum(withdrawn), sum(pending_end),"
        " sum(pending_over_180), sum(disposition_days_sum), sum(scheduling_days_sum), sum(satisfaction_sum),"
        " sum(transferred_in), sum(transferred_out), max(source) FROM indicator_month"
        " WHERE branch_id IN (SELECT value FROM json_each(?)) AND month_index BETWEEN ? AND ?"
        " GROUP BY branch_id, month_index", window)}


def any_histogram(connection: Any, branch_ids: set[int], first_month: int, last_month: int | None) -> bool:
    """Whether any of ``branch_ids`` has a disposal histogram row from ``first_month`` (to ``last_month``; None:
    on): one search of the key per branch."""
    window = (json.dumps(sorted(branch_ids)), first_month, 1 << 31 if last_month is None else last_month)
    return bool(connection.execute(
        "SELECT EXISTS (SELECT 1 FROM json_each(?) b CROSS JOIN disposition_histogram h ON h.branch_id = b.value"
        " AND h.month_index BETWEEN ? AND ?)", window).fetchone()[0])


def changed_branches(connection: Any, before: Mapping[tuple[int, int], tuple],
             after: Mapping[tuple[int, int], tuple]) -> tuple[tuple[int, tuple[str, ...]], ...]:
    codes = dict(connection.execute("SELECT id, code FROM branch").fetchall())
    # Nothing derived before (a first import, months before the data): every branch-month after changed. No
    # sort of the keys: each month's codes are sorted below (100,000 branch-months: 0.16 -> 0.02 s).
    changed = after.keys() if not before else [
        key for key in before.keys() | after.keys() if before.get(key) != after.get(key)]
    by_month: dict[int, list[str]] = {}
    for branch_id, month in changed:
        by_month.setdefault(month, []).append(codes[branch_id])
    return tuple((month, tuple(sorted(branches))) for month, branches in sorted(by_month.items()))
