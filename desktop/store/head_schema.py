"""A new database is created from the schema at head in one script, not by replaying every migration.

Replaying the migrations (0001 to head, each table built by SQLAlchemy's DDL compiler, the batch ones rebuilt
by copy) costs about 0.3 s and the import of Alembic on every new file: the first-run setup's, every demo's,
every test's. ``migrations/head_schema.sql`` holds what that replay leaves — every table, index and trigger in
the order the migrations made them, the rows they insert, the revision — written by
``python -m desktop.store.migrate head-schema`` from a database the migrations built. This is how Rails loads
``db/schema.rb`` into a new database instead of running its migrations: the migrations stay the only way an
existing database changes, and ``tests/store/test_head_schema.py`` fails when the script is not exactly what
they make (a new migration without the script written again).

A script older than the newest migration still creates a sound database: :func:`create_at_head` returns the
revision it reached, and the caller migrates on from there.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

HEAD_SCHEMA = Path(__file__).resolve().parent / "migrations" / "head_schema.sql"
_HEADER = """\
-- Rasad's schema at revision {revision}, as the migrations 0001 to {revision} leave a new database.
-- Written by `python -m desktop.store.migrate head-schema`; never edit it by hand (desktop/store/head_schema.py).
"""


def create_at_head(raw: sqlite3.Connection) -> str | None:
    """Create the schema in the empty database of ``raw`` in one transaction; return the revision it is at.

    None, and nothing written, when the database is not empty (an existing one is only ever migrated) or the
    script is missing (a checkout without it: the caller replays the migrations)."""
    if raw.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        return None
    try:
        script = HEAD_SCHEMA.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        raw.executescript(script)  # the script's own BEGIN ... COMMIT: all of it or nothing
    except BaseException:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise
    return raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def dump_schema(raw: sqlite3.Connection) -> str:
    """The script that recreates the database of ``raw`` (a new one, just migrated): its tables, indexes,
    triggers and views in the order they were made (SQLite's own ``sqlite_master``), then every row."""
    revision = raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    lines = [_HEADER.format(revision=revision), "BEGIN;"]
    entries = raw.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"
                          " AND name NOT LIKE 'sqlite_%' ORDER BY rowid").fetchall()
    lines += [f"{sql};" for _type, _name, sql in entries]
    for _type, table, _sql in (entry for entry in entries if entry[0] == "table"):
        columns = [row[1] for row in raw.execute(f'PRAGMA table_info("{table}")')]
        values = " || ',' || ".join(f'quote("{column}")' for column in columns)
        lines += [f'INSERT INTO "{table}" VALUES({row});'
                  for (row,) in raw.execute(f'SELECT {values} FROM "{table}"')]
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"
