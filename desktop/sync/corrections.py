"""After a resync: the rows the center holds as bundles this database no longer has left them, corrected by the
next bundle (docs/bundles.md, "After a restore").

A restored database lacks the changes made after its backup, but the center applied the bundles that carried
them; the resync takes those bundles back (desktop/sync/resync.py). For every row they touched, the center's
row is what the whole chain leaves it, then what the changes not yet sent will make of it. Where that differs
from the row here, a change is written to this database's change log, so that the next bundle - signed like any
other, and read by any center that reads bundles - brings the center to this database's state:

* the row exists here: an ``insert`` of the whole row as it is now (``old``: the center's row, when it has one).
  An insert replaces the center's row whole, so a row id reused here for another record ends with this record;
* it does not: a ``delete`` of the center's row.

Rows the center already holds as they are here get nothing, nor do rows the unsent changes bring to this state
anyway (a row id reused here: its insert is sent). The center recomputes what it derives from them
(desktop/center/national.py) as for any bundle.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.changelog import changes_since, log_corrections, logged_row
from desktop.store.models import UNLOGGED_TABLES, Base
from desktop.sync.payload import change_json

RowKey = tuple[str, int]
Values = dict[str, Any]
_CHUNK = 500


@dataclass(frozen=True)
class Correction:
    table: str
    row_id: int
    operation: str  # "insert" (the row as it is here) or "delete" (it is not here)
    old: Values | None  # the center's row as the chain and the unsent changes leave it
    new: Values | None  # this database's row


def replay(rows: dict[RowKey, Values | None], changes: Iterable[Mapping[str, Any]]) -> None:
    """Apply bundle changes to the watched ``rows`` (None: no such row) as the center replays its change rows
    (desktop/center/dashboard/replay.py): an insert is the whole row, an update merges its columns, a delete
    removes it. Changes of other rows are passed over."""
    for change in changes:
        key = (change["table"], change["row_id"])
        if key not in rows:
            continue
        values = change["new"]
        if change["operation"] == "delete":
            rows[key] = None
        elif isinstance(values, dict) and change["operation"] == "insert":
            rows[key] = {**values, "id": key[1]}
        elif isinstance(values, dict):
            rows[key] = {**(rows[key] or {"id": key[1]}), **values}


@dataclass(frozen=True)
class Plan:
    differing: int  # rows the center holds otherwise than this database: the next bundles bring them here
    corrections: list[Correction]  # what those bundles need besides the unsent changes


def corrections(session: Session, chain: Sequence[Sequence[Mapping[str, Any]]],
                taken_back: Iterable[Sequence[Mapping[str, Any]]], unsent: Sequence[Mapping[str, Any]]) -> Plan:
    """What the next bundle must add so that the center's rows touched by ``taken_back`` (changes of bundles this
    database did not have) are this database's: ``chain`` is every bundle's changes in chain order, ``unsent``
    the changes the next bundles carry anyway, in order."""
    watched: dict[RowKey, Values | None] = {
        (change["table"], change["row_id"]): None for changes in taken_back for change in changes
        if change["table"] not in UNLOGGED_TABLES and change["table"] in _models()}
    if not watched:
        return Plan(0, [])
    for changes in chain:
        replay(watched, changes)
    held = dict(watched)  # the center's rows now (replay replaces values, never changes one in place)
    replay(watched, unsent)
    here = _rows_here(session, list(watched))
    found = [Correction(table, row_id, "delete" if here.get((table, row_id)) is None else "insert", center,
                        here.get((table, row_id)))
             for (table, row_id), center in watched.items() if center != here.get((table, row_id))]
    return Plan(sum(1 for key, center in held.items() if center != here.get(key)), found)


def correct_center(session: Session, chain: Sequence[Sequence[Mapping[str, Any]]],
                   taken_back: Iterable[Sequence[Mapping[str, Any]]], after_change_id: int, id_offset: int,
                   user_name: str, user_login: str = "") -> int:
    """Find the :func:`corrections` (the unsent changes: this database's log after ``after_change_id``, as the
    next cut numbers them with ``id_offset``) and write them to the change log; returns how many rows the center
    holds otherwise than this database (:attr:`Plan.differing`)."""
    unsent = [change_json(entry, id_offset) for entry in changes_since(session, after_change_id)]
    plan = corrections(session, chain, taken_back, unsent)
    log_corrections(session, ((c.table, c.row_id, c.operation, c.old, c.new) for c in plan.corrections),
                    user_name, user_login)
    return plan.differing


def _models() -> dict[str, type]:
    return {mapper.local_table.name: mapper.class_ for mapper in Base.registry.mappers
            if "id" in mapper.columns}


def _rows_here(session: Session, keys: list[RowKey]) -> dict[RowKey, Values]:
    models = _models()
    by_table: dict[str, list[int]] = {}
    for table, row_id in keys:
        by_table.setdefault(table, []).append(row_id)
    found: dict[RowKey, Values] = {}
    for table, ids in by_table.items():
        model = models[table]
        for start in range(0, len(ids), _CHUNK):
            for instance in session.scalars(select(model).where(model.id.in_(ids[start: start + _CHUNK]))):
                row = logged_row(instance)
                found[(table, row["id"])] = row
    return found
