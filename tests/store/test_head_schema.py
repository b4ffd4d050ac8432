"""A new database is created from the head schema script, and that is exactly the database the migrations make."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from desktop.store import head_schema
from desktop.store.database import open_database
from desktop.store.head_schema import HEAD_SCHEMA, create_at_head, dump_schema
from desktop.store.migrate import alembic_config, head_revision, upgrade_to_head

ROOT = Path(__file__).resolve().parents[2]


def _migrated(path: Path, revision: str = "head") -> Path:
    """A new database every migration up to ``revision`` was run on (Alembic, no script)."""
    from alembic import command

    engine = create_engine(f"sqlite:///{path}")
    try:
        if revision == "head":
            upgrade_to_head(engine)
        else:
            with engine.begin() as connection:
                command.upgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()
    return path


def _everything(path: Path) -> dict[str, object]:
    """The database's tables, indexes, triggers, rows and settings, in an order of their own.

    The migrations themselves do not write one order: a batch migration rebuilds a table from what it reflects,
    and the order of its constraints (and of the indexes it makes again) follows Python's hashing of their
    names, run after run. So a table is its first line and its sorted column and constraint lines, an index
    SQLite makes for a UNIQUE or PRIMARY KEY constraint its columns, and every list is sorted."""
    with sqlite3.connect(path) as connection:
        master = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
        tables = sorted(name for kind, name, _table, _sql in master
                        if kind == "table" and not name.startswith("sqlite_"))

        def table_text(sql: str) -> tuple[str, ...]:
            head, *body = sql.splitlines()
            return (head, *sorted(line.strip().rstrip(",").strip() for line in body))

        def own_indexes(table: str) -> list[tuple]:
            listed = connection.execute(f'PRAGMA index_list("{table}")').fetchall()
            return sorted((unique, origin, partial, tuple(column for *_, column in connection.execute(
                f'PRAGMA index_info("{name}")'))) for _seq, name, unique, origin, partial in listed
                if name.startswith("sqlite_autoindex_"))

        return {
            "tables": {name: table_text(sql) for kind, name, _table, sql in master
                       if kind == "table" and not name.startswith("sqlite_")},
            "indexes": sorted((name, table, sql) for kind, name, table, sql in master if kind == "index" and sql),
            "constraint indexes": {table: own_indexes(table) for table in tables},
            "triggers and views": sorted((kind, name, table, sql) for kind, name, table, sql in master
                                         if kind in ("trigger", "view")),
            "rows": {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall()) for table in tables},
            "settings": {name: connection.execute(f"PRAGMA {name}").fetchone()[0]
                         for name in ("page_size", "auto_vacuum", "encoding", "user_version", "application_id")},
        }


def test_a_new_database_is_the_one_every_migration_makes(tmp_path: Path) -> None:
    open_database(tmp_path / "new.sqlite3").close()
    created, migrated = _everything(tmp_path / "new.sqlite3"), _everything(_migrated(tmp_path / "chain.sqlite3"))
    assert created["rows"]["alembic_version"] == [(head_revision(),)], (
        "desktop/store/migrations/head_schema.sql is behind the newest migration: run"
        " `.venv/bin/python -m desktop.store.migrate head-schema` and commit the file")
    for part in migrated:
        assert created[part] == migrated[part], (
            f"a new database's {part} differ from what the migrations make: run"
            " `.venv/bin/python -m desktop.store.migrate head-schema` and commit the file")


def test_a_new_database_is_created_without_loading_alembic(tmp_path: Path) -> None:
    path = tmp_path / "first-run.sqlite3"
    script = ("import sys; from desktop.store.database import open_database; "
              f"open_database({str(path)!r}).close(); print('alembic' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"


def test_a_script_behind_the_newest_migration_is_migrated_on_to_the_same_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A script written before the newest migration (a checkout where it was not written again) still gives
    the database the migrations make: the script's revision, then the migrations after it."""
    with sqlite3.connect(_migrated(tmp_path / "older.sqlite3", "0017")) as connection:
        older = dump_schema(connection)
    script = tmp_path / "head_schema.sql"
    script.write_text(older, encoding="utf-8")
    monkeypatch.setattr(head_schema, "HEAD_SCHEMA", script)
    open_database(tmp_path / "new.sqlite3").close()
    assert _everything(tmp_path / "new.sqlite3") == _everything(_migrated(tmp_path / "chain.sqlite3"))


def test_a_script_that_fails_halfway_leaves_the_database_empty(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    broken = HEAD_SCHEMA.read_text(encoding="utf-8").replace("CREATE TABLE branch (", "CREATE TABLE (", 1)
    script = tmp_path / "head_schema.sql"
    script.write_text(broken, encoding="utf-8")
    monkeypatch.setattr(head_schema, "HEAD_SCHEMA", script)
    connection = sqlite3.connect(tmp_path / "new.sqlite3")
    with pytest.raises(sqlite3.OperationalError):
        create_at_head(connection)
    assert connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    connection.close()


def test_a_database_that_is_not_empty_is_left_to_the_migrations(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "other.sqlite3")
    connection.execute("CREATE TABLE notes (text TEXT)")
    connection.commit()
    assert create_at_head(connection) is None
    assert [name for (name,) in connection.execute("SELECT name FROM sqlite_master")] == ["notes"]
    connection.close()
