"""The change log: every ORM insert, update and delete of a user-data row, written in the same transaction.

:func:`install_change_log` hooks a ``sessionmaker``:

* ``before_flush`` loads what will be needed after the rows are gone or overwritten: every column of the
  rows being deleted, and the stored value of any changed column whose old value was never loaded;
* ``after_flush`` records inserts (the whole new row, with its new id) and updates (changed columns only,
  old and new) from the ORM's attribute history;
* ``persistent_to_deleted`` records deletes (the whole old row). It fires for every row the flush deleted,
  including ORM cascades and orphans. The models therefore cascade in the ORM (``cascade="all"``, not
  ``passive_deletes``): a delete done by the database's ON DELETE CASCADE would not be seen;
* ``after_flush_postexec`` inserts the collected ``change_log`` rows with Core on the session's connection,
  so a rollback removes them together with the change.

Not seen (and therefore not to be used for user data): Core/bulk ``update()``/``delete()`` statements and
raw SQL. ``setting`` and ``change_log`` itself are not logged.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.state import InstanceState

from desktop.store.models import UNLOGGED_TABLES, Base, ChangeLog, utc_now

# Keys in Session.info used during one flush.
_RECORDS = "_change_log_records"
_SNAPSHOTS = "_change_log_snapshots"
_STORED_OLD = "_change_log_stored_old"

_OPERATION_RANK = {"insert": 0, "update": 1, "delete": 2}


@dataclass(frozen=True)
class ChangeEntry:
    """One row of ``change_log``. Values are JSON-ready: dates and timestamps as ISO text."""

    id: int
    changed_at: datetime
    user_name: str
    table_name: str
    row_id: int
    operation: str
    old_values: Mapping[str, Any] | None
    new_values: Mapping[str, Any] | None
    user_login: str = ""  # the account's login (empty before accounts existed, and for scripts)


@dataclass(frozen=True)
class _Record:
    table_name: str
    row_id: int
    operation: str
    old_values: dict[str, Any] | None
    new_values: dict[str, Any] | None


def install_change_log(factory: sessionmaker[Session], default_user_name: Callable[[], str],
                       default_user_login: Callable[[], str] = lambda: "") -> None:
    """Log every change made through sessions of ``factory``. The user is ``session.info["user_name"]``,
    or ``default_user_name()`` when that is absent or empty; the login likewise (``"user_login"``)."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
    event.listen(factory, "persistent_to_deleted", _persistent_to_deleted)
    event.listen(factory, "after_flush_postexec", _make_writer(default_user_name, default_user_login))
    event.listen(factory, "after_soft_rollback", _forget)


def history_of(session: Session, table_name: str, row_id: int) -> list[ChangeEntry]:
    """Every logged change of one row, oldest first."""
    query = (
        select(ChangeLog)
        .where(ChangeLog.table_name == table_name, ChangeLog.row_id == row_id)
        .order_by(ChangeLog.id)
    )
    return [_entry(row) for row in session.scalars(query)]


def was_deleted(session: Session, table_name: str, row_id: int) -> bool:
    """Whether the log holds the delete of this row: a row asked for by an id that is not there was either
    deleted (by someone else meanwhile, say) or never existed (a mistyped id), and the reader is told which."""
    query = select(ChangeLog.id).where(ChangeLog.table_name == table_name, ChangeLog.row_id == row_id,
                                       ChangeLog.operation == "delete").limit(1)
    return session.scalar(query) is not None


def changes_since(session: Session, after_id: int, limit: int | None = None) -> list[ChangeEntry]:
    """Logged changes with ``id > after_id`` in the order they were made (for synchronisation)."""
    query = select(ChangeLog).where(ChangeLog.id > after_id).order_by(ChangeLog.id).limit(limit)
    return [_entry(row) for row in session.scalars(query)]


def _entry(row: ChangeLog) -> ChangeEntry:
    return ChangeEntry(
        id=row.id,
        changed_at=row.changed_at,
        user_name=row.user_name,
        table_name=row.table_name,
        row_id=row.row_id,
        operation=row.operation,
        old_values=row.old_values,
        new_values=row.new_values,
        user_login=row.user_login or "",
    )


# --- the hooks -----------------------------------------------------------------------------------------


def _logged(state: InstanceState[Any]) -> bool:
    table = state.mapper.local_table
    return table.name not in UNLOGGED_TABLES and "id" in state.mapper.columns


def _column_keys(state: InstanceState[Any]) -> list[str]:
    return [attr.key for attr in state.mapper.column_attrs]


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _full_row(state: InstanceState[Any]) -> dict[str, Any]:
    obj = state.obj()
    return {key: _json_value(getattr(obj, key)) for key in _column_keys(state)}


def _before_flush(session: Session, flush_context: object, instances: object) -> None:
    session.info[_RECORDS] = []
    # Rows about to be deleted: read every column now, while the row still exists (loads expired ones).
    session.info[_SNAPSHOTS] = {
        state: _full_row(state) for state in map(inspect, session.deleted) if _logged(state)
    }
    # Changed columns whose previous value was never loaded (e.g. set after an expiring commit): read
    # the stored value so the log can show what it was.
    stored_old: dict[InstanceState[Any], dict[str, Any]] = {}
    for state in map(inspect, session.dirty):
        if not (_logged(state) and state.has_identity):
            continue
        unknown = [
            key
            for key in _column_keys(state)
            if state.attrs[key].history.added and not state.attrs[key].history.deleted
        ]
        if unknown:
            table = state.mapper.local_table
            columns = [state.mapper.get_property(key).columns[0] for key in unknown]  # type: ignore[attr-defined]
            row = (
                session.connection()
                .execute(
                    select(*columns).where(table.c.id == state.identity[0])  # type: ignore[index]
                )
                .one_or_none()
            )
            if row is not None:
                stored_old[state] = {key: _json_value(value) for key, value in zip(unknown, row, strict=True)}
    session.info[_STORED_OLD] = stored_old


def _after_flush(session: Session, flush_context: object) -> None:
    records: list[_Record] = session.info.setdefault(_RECORDS, [])
    for state in map(inspect, session.new):
        if _logged(state):
            row = _full_row(state)
            records.append(_Record(state.mapper.local_table.name, row["id"], "insert", None, row))
    stored_old: dict[InstanceState[Any], dict[str, Any]] = session.info.get(_STORED_OLD, {})
    for state in map(inspect, session.dirty):
        if not (_logged(state) and state.has_identity):
            continue
        old: dict[str, Any] = {}
        new: dict[str, Any] = {}
        for key in _column_keys(state):
            history = state.attrs[key].history
            if not history.added and not history.deleted:
                continue
            after = _json_value(history.added[0]) if history.added else None
            if history.deleted:
                before = _json_value(history.deleted[0])
            else:
                before = stored_old.get(state, {}).get(key)
            if before != after:
                old[key], new[key] = before, after
        if new:
            records.append(_Record(state.mapper.local_table.name, state.identity[0], "update", old, new))  # type: ignore[index]


def _persistent_to_deleted(session: Session, instance: object) -> None:
    state = inspect(instance)
    if not _logged(state):
        return
    snapshot = session.info.get(_SNAPSHOTS, {}).get(state)
    if snapshot is None:  # an orphan or a cascade found during the flush: its columns are loaded
        snapshot = {key: _json_value(state.dict.get(key)) for key in _column_keys(state)}
    row_id = state.identity[0] if state.identity else snapshot["id"]  # type: ignore[index]
    session.info.setdefault(_RECORDS, []).append(
        _Record(state.mapper.local_table.name, row_id, "delete", snapshot, None)
    )


def _make_writer(default_user_name: Callable[[], str],
                 default_user_login: Callable[[], str]) -> Callable[[Session, object], None]:
    def _write(session: Session, flush_context: object) -> None:
        records: list[_Record] = session.info.pop(_RECORDS, [])
        session.info.pop(_SNAPSHOTS, None)
        session.info.pop(_STORED_OLD, None)
        _insert_records(session, records, session.info.get("user_name") or default_user_name(),
                        session.info.get("user_login") or default_user_login())

    return _write


def _insert_records(session: Session, records: list[_Record], user_name: str, user_login: str) -> None:
    if not records:
        return
    changed_at = utc_now()
    session.connection().execute(
        insert(ChangeLog.__table__),
        [
            {
                "changed_at": changed_at,
                "user_name": user_name,
                "user_login": user_login,
                "table_name": record.table_name,
                "row_id": record.row_id,
                "operation": record.operation,
                "old_values": record.old_values,
                "new_values": record.new_values,
            }
            for record in _in_replay_order(records)
        ],
    )


def log_corrections(session: Session, corrections: Iterable[tuple[str, int, str, dict[str, Any] | None,
                                                                    dict[str, Any] | None]],
                    user_name: str, user_login: str = "") -> None:
    """Write change-log entries that change no row here: ``(table, row_id, operation, old, new)`` each, in the
    log's replay order. For a change the center must be told although this database did not just make it (after
    a resync, desktop/sync/corrections.py): the outbox sends them in the next bundle like any other change."""
    _insert_records(session, [_Record(*entry) for entry in corrections], user_name, user_login)


def logged_row(instance: object) -> dict[str, Any]:
    """A row's every column as the change log writes an insert of it (JSON-ready values)."""
    return _full_row(inspect(instance))


def _forget(session: Session, previous_transaction: object) -> None:
    for key in (_RECORDS, _SNAPSHOTS, _STORED_OLD):
        session.info.pop(key, None)


_TABLE_RANK = {table.name: rank for rank, table in enumerate(Base.metadata.sorted_tables)}


def _in_replay_order(records: Iterable[_Record]) -> list[_Record]:
    """Inserts parents first, then updates, then deletes children first, so replaying the log in id order
    never breaks a foreign key. Within a table, inserts by ascending and deletes by descending id."""

    def key(record: _Record) -> tuple[int, int, int]:
        rank = _TABLE_RANK.get(record.table_name, 0)
        if record.operation == "delete":
            return (_OPERATION_RANK["delete"], -rank, -record.row_id)
        return (_OPERATION_RANK[record.operation], rank, record.row_id)

    return sorted(records, key=key)
