"""Schema migrations: bring a database to this app's schema, and refuse one made by a newer Rasad.

Alembic is configured in code (no ``alembic.ini``); ``script_location`` is the ``migrations`` folder next to
this file, so it works from a checkout, a wheel and a PyInstaller bundle alike (the bundle must ship
``desktop/store/migrations/**/*.py`` as data files, not only as compiled modules).

Adding a migration
------------------
1. Change the models in ``desktop/store/models/`` (and the "Tables" section of docs/architecture.md).
2. Generate a draft against a database at the current head::

       .venv/bin/python -m desktop.store.migrate revision "add resolution priority"

   It is written to ``desktop/store/migrations/versions/NNNN_<slug>.py`` with the next number as its id.
3. Review it: autogenerate misses CHECK constraints, triggers, data moves and renames (it sees a drop
   plus an add). Operations are in batch mode because SQLite rebuilds tables to alter them; migrations
   run with foreign keys OFF (a table rebuild would otherwise cascade deletes) and are followed by
   ``PRAGMA foreign_key_check``. Never edit a migration that has shipped.
4. ``tests/store/test_migrations.py`` checks that the migrated schema equals the models.
5. Write the schema a new database is created from (desktop/store/head_schema.py) again::

       .venv/bin/python -m desktop.store.migrate head-schema

   ``tests/store/test_head_schema.py`` fails until it is what the migrations make.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine

from desktop.store.errors import MigrationFailedError, NewerDatabaseError
from desktop.store.head_schema import HEAD_SCHEMA, dump_schema
from desktop.store.models import Base

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration, built in code; ``connection`` is handed to ``migrations/env.py``."""
    config = Config()
    # The value goes through ConfigParser interpolation: a literal "%" must be doubled.
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The schema revision this version of Rasad writes."""
    head = _scripts().get_current_head()
    if head is None:  # pragma: no cover - the package always ships 0001
        raise RuntimeError("no migrations found in " + str(MIGRATIONS_DIR))
    return head


def known_revisions() -> frozenset[str]:
    return frozenset(script.revision for script in _scripts().walk_revisions())


def _revision_on(connection: Connection) -> str | None:
    heads = MigrationContext.configure(connection).get_current_heads()
    if len(heads) > 1:
        raise NewerDatabaseError(", ".join(heads), head_revision())
    return heads[0] if heads else None


def current_revision(engine: Engine) -> str | None:
    """The revision a database is at; ``None`` for a database Rasad has never migrated (e.g. empty)."""
    with engine.connect() as connection:
        return _revision_on(connection)


def check_not_newer(revision: str | None) -> None:
    """Raise :class:`NewerDatabaseError` when ``revision`` is unknown to this version of the app."""
    if revision is not None and revision not in known_revisions():
        raise NewerDatabaseError(revision, head_revision())


def upgrade_to_head(engine: Engine) -> str:
    """Migrate the database to :func:`head_revision` in one transaction; return the head.

    A database from a newer Rasad (a revision this app does not know) raises :class:`NewerDatabaseError`
    before anything is written. Nothing is ever downgraded.
    """
    with engine.connect() as connection:
        check_not_newer(_revision_on(connection))
        connection.rollback()  # end the read transaction so the pragma below takes effect
        raw = connection.connection.dbapi_connection
        assert raw is not None
        # Batch migrations rebuild tables (copy, DROP, rename); with foreign keys ON the DROP would
        # cascade-delete child rows. Foreign keys are therefore off while migrating and checked after.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                command.upgrade(alembic_config(connection), "head")
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise MigrationFailedError([str(tuple(row)) for row in problems[:10]])
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return head_revision()


def schema_differences(engine: Engine) -> list[object]:
    """Alembic's differences between the models and the database (empty when they agree)."""
    with engine.connect() as connection:
        return list(compare_metadata(MigrationContext.configure(connection), Base.metadata))


def _next_revision_id() -> str:
    numbers = [int(rev) for rev in known_revisions() if rev.isdigit()]
    return f"{max(numbers, default=0) + 1:04d}"


def make_revision(message: str) -> Path:
    """Autogenerate a draft migration from the difference between a head database and the models."""
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'head.sqlite3'}")
        try:
            upgrade_to_head(engine)
            with engine.begin() as connection:
                script = command.revision(
                    alembic_config(connection), message=message, autogenerate=True, rev_id=_next_revision_id()
                )
        finally:
            engine.dispose()
    assert script is not None and not isinstance(script, list)
    return Path(script.path)


def migrated_schema() -> str:
    """The head schema script (desktop/store/head_schema.py) of a new database every migration was run on."""
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'head.sqlite3'}")
        try:
            upgrade_to_head(engine)
            with engine.connect() as connection:
                raw = connection.connection.dbapi_connection
                assert raw is not None
                return dump_schema(raw)
        finally:
            engine.dispose()


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "revision":
        print(make_revision(argv[1]))
        return 0
    if argv == ["head-schema"]:
        HEAD_SCHEMA.write_text(migrated_schema(), encoding="utf-8")
        print(HEAD_SCHEMA)
        return 0
    print('usage: python -m desktop.store.migrate revision "what changed" | head-schema', file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
