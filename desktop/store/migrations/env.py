"""Alembic environment for Rasad. Run programmatically by :mod:`desktop.store.migrate` (no alembic.ini).

The caller passes an open SQLAlchemy connection in ``config.attributes["connection"]``; migrations run on it,
inside the caller's transaction. SQLite cannot ALTER most things, so every operation is rendered in batch mode.
"""

from __future__ import annotations

from typing import Any

from alembic import context

from desktop.store.models import Base, UtcDateTime

config = context.config
target_metadata = Base.metadata


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | bool:
    """Render app-specific column types as their plain storage type, so migrations never import models."""
    if type_ == "type" and isinstance(obj, UtcDateTime):
        return "sa.DateTime()"
    return False


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("Rasad migrations run through desktop.store.migrate, which passes a connection")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Rasad does not generate offline SQL scripts")
run_migrations_online()
