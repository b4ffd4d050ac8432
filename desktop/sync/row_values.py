"""What a change's row values may hold, for the tables the center reads back (its progress pages, the national
report, the indicator pages): each field as the province's change log writes it (desktop/store/changelog.py) —
ids and counts integers, weights and percents finite numbers in their range, titles and codes text no longer than
their column, dates ``YYYY-MM-DD``, timestamps ISO 8601, a plan's kind and a solution's term one of their values.

The types and widths come from the province's own table definitions (desktop/store/models), so the check follows
the schema; the ranges are the tables' CHECK constraints, repeated here because a JSON value is not a database row.
A field the definitions do not know is let through (a newer province may send a column the center does not read
yet); a table not listed in :data:`CHECKED_TABLES` is not looked at (the center never reads it back).

One check for the center's ingest (desktop/sync/progress_content.py, before anything is stored) and for its readers
of rows stored before the check existed (desktop/center/plan_overview.py): a bad value is never replayed.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Column
from sqlalchemy.types import TypeDecorator

from desktop.store.models import Base
from desktop.store.models.plans import PLAN_KINDS, SOLUTION_TERMS

#: the tables the center replays (desktop/center/plan_overview.py PLAN_TABLES, and district / branch for the
#: indicator pages)
CHECKED_TABLES = ("plan", "solution", "operational_program", "activity", "progress_update", "driver_project",
                  "org_unit", "district", "branch")
#: JSON integers beyond this are not ids or counts any province writes (and overflow the center's BIGINT)
MAX_INTEGER = 2**63 - 1


def _positive(value: float) -> bool:
    return value > 0


def _percent(value: float) -> bool:
    return 0 <= value <= 100


#: the CHECK constraints of desktop/store/models/plans.py, per (table, field)
_RANGES: dict[tuple[str, str], tuple[Callable[[float], bool], str]] = {
    **{(table, "weight"): (_positive, "not above 0")
       for table in ("plan", "solution", "operational_program", "activity")},
    ("progress_update", "percent"): (_percent, "not between 0 and 100"),
}
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {("plan", "kind"): PLAN_KINDS, ("solution", "term"): SOLUTION_TERMS}


@dataclass(frozen=True)
class FieldRule:
    kind: type  # int, float, str, date or datetime: the column's Python type
    nullable: bool
    length: int | None  # a String column's width in characters; None: unbounded Text


@dataclass(frozen=True)
class BadValue:
    """Why one field of one row is refused (``field``) — for the receipt and the log."""

    field: str
    problem: str

    def describe(self, table: str, row_id: int) -> str:
        return f"{table} row {row_id}, field {self.field}: {self.problem}"


def _rule(column: Column[Any]) -> FieldRule:
    column_type = column.type
    if isinstance(column_type, TypeDecorator):  # UtcDateTime: a DateTime underneath
        column_type = column_type.impl_instance
    return FieldRule(column_type.python_type, bool(column.nullable), getattr(column_type, "length", None))


@cache
def rules(table: str) -> Mapping[str, FieldRule]:
    """Each column of ``table`` as the province defines it (empty for a table the center does not check)."""
    if table not in CHECKED_TABLES:
        return {}
    return {column.name: _rule(column) for column in Base.metadata.tables[table].columns}


def _is_iso(value: str, kind: type) -> bool:
    try:
        if kind is date:
            return len(value) == 10 and bool(date.fromisoformat(value))
        return bool(datetime.fromisoformat(value))
    except ValueError:
        return False


def _problem(table: str, field: str, rule: FieldRule, value: Any) -> str | None:
    if value is None:
        return None if rule.nullable else "empty"
    if rule.kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            return "not an integer"
        return None if abs(value) <= MAX_INTEGER else "out of range"
    if rule.kind is float:
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
            return "not a number"
        check = _RANGES.get((table, field))
        return check[1] if check and not check[0](value) else None
    if not isinstance(value, str):
        return "not text"
    if rule.kind in (date, datetime):
        return None if _is_iso(value, rule.kind) else "not a date" if rule.kind is date else "not a timestamp"
    if rule.length is not None and len(value) > rule.length:
        return f"longer than {rule.length} characters"
    choices = _CHOICES.get((table, field))
    return "not one of " + ", ".join(choices) if choices and value not in choices else None


def bad_value(table: str, values: Mapping[str, Any]) -> BadValue | None:
    """The first field of a row of ``table`` (an insert's whole row, an update's changed columns) that the province
    could not have written; None when every field it knows is as documented."""
    known = rules(table)
    for field, value in values.items():
        rule = known.get(field)
        problem = _problem(table, field, rule, value) if rule is not None else None
        if problem is not None:
            return BadValue(field, problem)
    return None
