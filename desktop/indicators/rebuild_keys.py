"""The single integer key of a rebuild's case-listing partials (:class:`Keys`) and the SQL of the temporary
tables keyed by it (desktop/indicators/rebuild_cases.py writes them)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Keys:
    """The single integer key of the case-listing partials: (branch, month, case type) packed as
    ``(branch_id * months + month_index - first_month) * types + code``, the case type's code being its rank
    among the types in scope (``_rb_type``) - so the key's order is ``indicator_month``'s primary-key order.
    The sorts of a million cases then compare one integer instead of an integer, an integer and a Persian text
    (docs/indicators.md "Bulk speed")."""

    first_month: int
    months: int
    types: int

    def of(self, branch: str, month: str, code: str) -> str:
        return f"(({branch}) * {self.months} + ({month}) - {self.first_month}) * {self.types} + ({code})"

    def branch(self, key: str) -> str:
        return f"({key}) / {self.months * self.types}"

    def month(self, key: str) -> str:
        return f"{self.first_month} + ({key}) / {self.types} % {self.months}"

    def code(self, key: str) -> str:
        return f"({key}) % {self.types}"


def keyed(name: str, columns: Iterable[str]) -> str:
    """A temporary table of one partial of the case-listing measures, keyed by :class:`Keys`."""
    typed = ", ".join(f"{c} {'REAL' if c.endswith(('_sum', '_max')) else 'INTEGER'}" for c in columns)
    return f"CREATE TEMP TABLE {name} (k INTEGER PRIMARY KEY, {typed})"


def _merge(column: str) -> str:
    if column == "scheduling_days_max":
        return f"{column} = coalesce(max({column}, excluded.{column}), {column}, excluded.{column})"
    return f"{column} = coalesce({column} + excluded.{column}, {column}, excluded.{column})"


def upsert(table: str, columns: Iterable[str], select: str) -> str:
    """Merge the rows of ``select`` (k, ``columns``) into ``table`` (keyed by :class:`Keys`): a new key is
    inserted, a known one gets its measures added (NULL: none)."""
    columns = tuple(columns)
    # "WHERE true": an upsert after a SELECT needs a clause that ends the SELECT unambiguously (SQLite's grammar).
    return (f"INSERT INTO {table} (k, {', '.join(columns)})"
            f" SELECT * FROM ({select}) WHERE true ON CONFLICT (k) DO UPDATE SET {', '.join(map(_merge, columns))}")
