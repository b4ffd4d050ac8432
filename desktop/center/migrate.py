"""The center database's schema migrations (its own Alembic chain, ``desktop/center/migrations``).

``python -m desktop.center.migrate revision "message"`` drafts the next migration against a database at head;
review it as CONTRIBUTING.md says for the province's migrations. A center database made by a newer Rasad
(a revision this code does not know) is refused before anything is written.
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

from desktop.center.models import metadata
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "center_alembic_version"
_MIGRATION_LOCK_KEY = 0x72617361645F6D67  # "rasad_mg": the advisory lock held while one process migrates


class NewerCenterDatabaseError(DomainError):
    def __init__(self, revision: str) -> None:
        super().__init__("Center", QT_TRANSLATE_NOOP(
            "Center", "The center database is at revision {revision}, unknown to this version of Rasad."),
            {"revision": revision})
        self.revision = revision


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.attributes["connection"] = connection
    return config


def _scripts() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    if head is None:  # pragma: no cover - the package always ships the first revision
        raise RuntimeError("no center migrations found in " + str(MIGRATIONS_DIR))
    return head


def current_revision(connection: Connection) -> str | None:
    heads = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE}).get_current_heads()
    return heads[0] if heads else None


def upgrade_to_head(engine: Engine) -> str:
    """Bring the center database to head in one transaction (PostgreSQL runs DDL transactionally too)."""
    known = {script.revision for script in _scripts().walk_revisions()}
    with engine.connect() as connection:
        revision = current_revision(connection)
        if revision is not None and revision not in known:
            raise NewerCenterDatabaseError(revision)
        if revision == head_revision():
            return revision
        connection.rollback()
        with connection.begin():
            if connection.dialect.name == "postgresql":
                # several `serve` processes started at once over one fresh database: one migrates, the others
                # wait here (until its commit) and then find the database at head (SQLite: BEGIN IMMEDIATE)
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK_KEY})")
                if current_revision(connection) == head_revision():
                    return head_revision()
            command.upgrade(alembic_config(connection), "head")
    return head_revision()


def schema_differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"version_table": VERSION_TABLE})
        return list(compare_metadata(context, metadata))


def make_revision(message: str) -> Path:
    numbers = [int(rev[1:]) for rev in (s.revision for s in _scripts().walk_revisions()) if rev[1:].isdigit()]
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'head.sqlite3'}")
        try:
            if numbers:
                upgrade_to_head(engine)
            with engine.begin() as connection:
                script = command.revision(alembic_config(connection), message=message, autogenerate=True,
                                          rev_id=f"c{max(numbers, default=0) + 1:03d}")
        finally:
            engine.dispose()
    assert script is not None and not isinstance(script, list)
    return Path(script.path)


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "revision":
        print(make_revision(argv[1]))
        return 0
    print('usage: python -m desktop.center.migrate revision "message"', file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
