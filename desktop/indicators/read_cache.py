"""What every indicator read needs and only a write changes - the latest month, the units and their branches,
the branches the roll-ups were not written with, the stored branch spans - kept per open database and data
generation, so that a table's view reads only its own figures.

``data_generation`` (migration 0014) goes up in every write transaction, in the same transaction as the write
(desktop/store/engine.py), whichever process makes it. A read transaction reads the generation as its first
statement: everything it reads afterwards is of the same snapshot, so a fact cached under that generation is
the fact of every snapshot at that generation, in this process or after another one's write. A newer
generation drops everything cached; an older one (a read that began before a write this process has already
seen) reads without the cache. Only a read transaction the cache begins itself caches: a connection already in
a transaction (a write may be under way in it, uncommitted) reads without it.

The cache belongs to the :class:`~desktop.store.database.Database` object, so a database reopened (after a
restore replaced the file, whose generation counts from the backup's) starts empty.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection

from desktop.indicators import driver_rows

if TYPE_CHECKING:
    from desktop.store.database import Database

T = TypeVar("T")

#: Facts kept per generation at most, the oldest dropped first (a table's parents are many: every district and
#: branch drilled into, each period's coverage).
MAX_FACTS = 256
_GENERATION_SQL = "SELECT generation FROM data_generation WHERE id = 1"


@dataclass
class _Held:
    generation: int
    facts: dict[Hashable, Any] = field(default_factory=dict)


_HELD: weakref.WeakKeyDictionary[Database, _Held] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


class GenerationFacts:
    """The facts of one read transaction's data generation (computed on the transaction's own connection when
    missing). Values are shared between calls: never modify one."""

    def __init__(self, connection: Connection, generation: int | None, facts: dict[Hashable, Any] | None) -> None:
        self.connection = connection
        #: The snapshot's generation (None when the cache is not used).
        self.generation = generation
        self._facts = facts

    @property
    def cached(self) -> bool:
        return self._facts is not None

    def get(self, key: Hashable, compute: Callable[[Connection], T]) -> T:
        """The fact named ``key``: cached, or ``compute(connection)`` (then cached)."""
        facts = self._facts
        if facts is None:
            return compute(self.connection)
        try:
            return facts[key]  # type: ignore[no-any-return]
        except KeyError:
            pass
        value = compute(self.connection)
        with _LOCK:
            while len(facts) >= MAX_FACTS:  # the oldest first
                del facts[next(iter(facts))]
            facts[key] = value
        return value


def generation_facts(database: Database, connection: Connection) -> GenerationFacts:
    """The cached facts for the snapshot ``connection`` reads. Call it before anything else is read on
    ``connection`` (a connection of ``database.engine.connect()``): it begins the read transaction with the
    generation."""
    if connection.in_transaction():  # not a snapshot that begins with the generation: no cache
        return GenerationFacts(connection, None, None)
    connection.begin()  # the engine's BEGIN (desktop/store/engine.py); the snapshot starts at the next read
    row = next(iter(driver_rows.rows(connection, _GENERATION_SQL)), None)
    generation = None if row is None or row[0] is None else int(row[0])
    if generation is None:
        return GenerationFacts(connection, None, None)
    with _LOCK:
        held = _HELD.get(database)
        if held is None or generation > held.generation:
            held = _HELD[database] = _Held(generation)
        facts = held.facts if held.generation == generation else None
    return GenerationFacts(connection, generation, facts)


def forget(database: Database) -> None:
    """Drop everything cached for ``database`` (the next read computes it again, as after a write)."""
    with _LOCK:
        _HELD.pop(database, None)
