"""Rows of a read straight from the SQLite driver, inside the SQLAlchemy connection's transaction.

A table view runs a few statements whose rows it turns into its own values at once; SQLAlchemy's result objects
(column metadata, type processors, engine events) cost more than SQLite's own work on a district table of a
month (about 0.15 ms of a statement's 0.2). The statement runs on the same driver connection, in the read
transaction the engine began, so it sees the same snapshot; the driver keeps it prepared between views.

A driver error is not raised from here: the statement is run again through the engine, whose error handling
applies - a damaged page becomes ``DatabaseDamagedError`` and marks the database damaged
(desktop/store/health.py) - and whose rows are returned if it succeeds this time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection


def fetch(connection: Connection, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()
          ) -> tuple[list[str], list[tuple[Any, ...]]]:
    """(column names, rows) of a read on ``connection``."""
    if connection.in_transaction():
        driver = connection.connection.driver_connection
        if isinstance(driver, sqlite3.Connection):
            try:
                cursor = driver.execute(sql, params)
                rows = cursor.fetchall()
            except sqlite3.DatabaseError:
                pass  # through the engine below: it says what went wrong
            else:
                return [column[0] for column in cursor.description or ()], rows
    result = connection.exec_driver_sql(sql, params)  # type: ignore[arg-type]
    cursor = result.cursor
    if cursor is None:
        return [], []
    return [column[0] for column in cursor.description or ()], cursor.fetchall()


def rows(connection: Connection, sql: str, params: Mapping[str, Any] | Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """The rows of a read on ``connection``."""
    return fetch(connection, sql, params)[1]
