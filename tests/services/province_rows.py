"""The province and districts the in-memory service tests write their rows under."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection

from desktop.store.database import Database, open_database


def insert_province(run: Callable[..., object], district_names: Sequence[str]) -> None:
    """Province P (id 1) and its districts D1, D2 … (ids 1, 2 …), named ``district_names``, through ``run``
    (a connection's ``exec_driver_sql``)."""
    run("INSERT INTO province (id, code, name) VALUES (1, 'P', 'استان')")
    run("INSERT INTO district (id, province_id, code, name) VALUES (?, 1, ?, ?)",
        [(number, f"D{number}", name) for number, name in enumerate(district_names, start=1)])


@contextmanager
def province_in_memory(district_names: Sequence[str]) -> Iterator[tuple[Database, Connection]]:
    """An in-memory database holding province P and its districts (:func:`insert_province`), and the transaction
    the test writes its own rows in (committed on leaving)."""
    database = open_database(":memory:")
    with database.engine.begin() as connection:
        insert_province(connection.exec_driver_sql, district_names)
        yield database, connection
