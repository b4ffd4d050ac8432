"""The center's database engine, and whether the center can serve on it.

:func:`center_engine` makes the engine and brings the database to this code's head revision
(desktop/center/migrate.py). SQL parameters never appear in an error's message (a log line must not carry a
bundle's bytes or a hash of a secret); on SQLite every transaction begins with ``BEGIN IMMEDIATE``, so ingests
and the other writes are serialised; on PostgreSQL a pooled connection that died with a restart is noticed before
use and an unreachable server is given up after a few seconds. :class:`Readiness` is what the service's
``readiness`` (``GET /ready``) says of the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from desktop.center.migrate import upgrade_to_head


def _sqlite_serialise(engine: Engine) -> None:
    """pysqlite's documented recipe: let SQLAlchemy issue BEGIN IMMEDIATE so ingests are serialised."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def center_engine(engine_url: str) -> Engine:
    """An engine on the center database, brought to the head revision (SQLite: writes serialised)."""
    engine = _engine(engine_url)
    upgrade_to_head(engine)
    return engine


def _engine(url: str) -> Engine:
    """The center's engine: SQL parameters never in an error's message (a log line must not carry a bundle's
    bytes or a hash of a secret); on PostgreSQL a pooled connection that died with a restart is noticed before
    use (pre-ping), and an unreachable server is given up after a few seconds, not the system's minutes."""
    if url.startswith("sqlite"):
        engine = create_engine(url, hide_parameters=True)
        _sqlite_serialise(engine)
        return engine
    connect_args = {"connect_timeout": 5} if url.startswith("postgresql") else {}
    return create_engine(url, hide_parameters=True, pool_pre_ping=True, connect_args=connect_args)


@dataclass(frozen=True)
class Readiness:
    """Whether the center can serve: its database reachable and at the revision this code expects."""
    ready: bool
    revision: str | None
    expected: str
    problem: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"ready": self.ready, "revision": self.revision, "expected": self.expected,
                **({"problem": self.problem} if self.problem else {})}
