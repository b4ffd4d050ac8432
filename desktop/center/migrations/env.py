"""Alembic environment of the follow-up center's database (SQLite or PostgreSQL).

Run programmatically by :mod:`desktop.center.migrate`, which passes an open connection in
``config.attributes["connection"]``; the version table is ``center_alembic_version`` so that a center schema is
never mistaken for a province's.
"""

from __future__ import annotations

from typing import Any

from alembic import context

from desktop.center.models import UtcDateTime, metadata

config = context.config
VERSION_TABLE = "center_alembic_version"


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("center migrations run through desktop.center.migrate, which passes a connection")
    context.configure(connection=connection, target_metadata=metadata, version_table=VERSION_TABLE,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True,
                      render_item=render_item)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("the center does not generate offline SQL scripts")
run_migrations_online()
