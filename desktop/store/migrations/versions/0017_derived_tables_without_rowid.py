"""derived indicator tables stored WITHOUT ROWID

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 05:45:00

Rebuilds ``indicator_month``, ``disposition_histogram``, ``indicator_rollup_month`` and
``indicator_rollup_histogram`` as ``WITHOUT ROWID`` tables, as 0016 created ``indicator_branch_span``: their rows
are small (30-65 bytes) under a composite primary key, so a rowid table kept every row twice - once in the table,
once in the key's automatic index. Clustered on the key they are one b-tree; an import rewrites them in bulk
(docs/indicators.md "Bulk speed": less written, smaller file).

Each table keeps its own definition, read from the file's schema (the same columns in the same order, the same
constraints and names; only ``WITHOUT ROWID`` is added), its rows are copied in key order (appended, no page
split) and its secondary indexes are re-created from their own statements. Nothing else refers to these tables
(no foreign key, trigger or view), so the copy replaces the old table under its name. SQLite-only, like every
Rasad province database.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0017'
down_revision: str | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

#: Each table and its primary key, frozen here (the models' may change later).
TABLES: dict[str, tuple[str, ...]] = {
    "indicator_month": ("branch_id", "month_index", "case_type"),
    "disposition_histogram": ("branch_id", "month_index", "case_type", "bucket"),
    "indicator_rollup_month": ("level", "month_index", "unit_id", "case_type"),
    "indicator_rollup_histogram": ("level", "month_index", "case_type", "unit_id", "bucket"),
}


def upgrade() -> None:
    for table, key in TABLES.items():
        _rebuild_without_rowid(table, key)


def _rebuild_without_rowid(table: str, key: tuple[str, ...]) -> None:
    run = op.get_bind().exec_driver_sql
    (sql,) = run("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).one()
    if sql.rstrip().upper().endswith("WITHOUT ROWID"):  # pragma: no cover - never at 0016
        return
    indexes = [row[0] for row in run("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"
                                     " AND sql IS NOT NULL ORDER BY name", (table,))]
    copy = f"_0017_{table}"
    # The definition from its opening parenthesis on: "CREATE TABLE [IF NOT EXISTS] ["]name["]" differs
    # between files whose table an earlier batch migration rebuilt and the others.
    run(f'CREATE TABLE "{copy}" {sql[sql.index("("):]} WITHOUT ROWID')
    run(f'INSERT INTO "{copy}" SELECT * FROM "{table}" ORDER BY {", ".join(key)}')
    run(f'DROP TABLE "{table}"')  # its indexes with it
    run(f'ALTER TABLE "{copy}" RENAME TO "{table}"')
    for statement in indexes:
        run(statement)


def downgrade() -> None:
    raise NotImplementedError("Rasad never downgrades a database; a newer one is refused instead")
