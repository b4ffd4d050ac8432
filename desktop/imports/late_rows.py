"""Known cases in a case listing: their rows held back until the whole file is read, so that a listing exported
before one already imported (a late file) cannot turn its newer data back (docs/indicators.md, "A late listing").

No file says when it was exported. What proves a listing older than the one a case's data came from is a case the
file shows pending that the stored listing saw end - disposed of, or withdrawn - after this file's data on the
case's branch runs out (its latest registration or disposal date there,
:attr:`~desktop.imports.case_checker.CaseChecker.latest_by_branch`, only known once all of it is read): the file
does not know of that end, so it was exported before it. So does a pending case the file shows in a branch a stored
listing saw it leave after this file's data on that branch runs out: the file does not know of the move. Each of its
rows of a case from such a listing is refused, and the row that proved it.
Dates alone prove nothing: a newer export whose branch's latest case was voided since runs shorter there than the
one before it. The other known cases are updated in one statement."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from desktop.imports.parsing import day_label, month_of_iso
from desktop.imports.problems import MOVED_SINCE_STORED, OLDER_THAN_STORED

_STAGED = "temp.case_import_known"
_CREATE = (
    f"CREATE TABLE {_STAGED} (line INTEGER PRIMARY KEY, case_id INTEGER NOT NULL, case_number TEXT NOT NULL,"
    " branch_id INTEGER NOT NULL, case_type TEXT, registered_on TEXT, referred_at TEXT, first_hearing_on TEXT,"
    " hearings INTEGER, disposed_on TEXT)"
)
_STAGE = f"INSERT INTO {_STAGED} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
#: The file's latest date per branch while it is compared: a keyed table, where a ``json_each`` joined to a
#: million staged rows would be read whole for each.
_LATEST = "temp.case_import_latest"

#: The staged rows that prove their case's listing later than this file: the case ended there after this file's
#: data on the row's branch runs out, and the row shows it pending. First such row of each listing first.
_EVIDENCE = (
    "SELECT c.batch_id, b.file_name, k.case_number, coalesce(c.disposed_on, c.withdrawn_on), f.latest"
    f" FROM {_STAGED} k JOIN case_record c ON c.id = k.case_id JOIN {_LATEST} f ON f.branch_id = k.branch_id"
    " JOIN import_batch b ON b.id = c.batch_id"
    " WHERE k.disposed_on IS NULL AND coalesce(c.disposed_on, c.withdrawn_on) > f.latest ORDER BY k.line"
)
#: The staged rows that show their case pending in a branch a stored listing saw it leave after this file's data
#: on that branch runs out (and the case is elsewhere now): listing, file, case number, the day the move was
#: seen, this file's latest day on the branch, the branch left and the one the case is in now. First row first,
#: the latest such move of a row first.
_MOVE_EVIDENCE = (
    "SELECT t.batch_id, b.file_name, k.case_number, t.moved_on, f.latest, k.line, left_.code, now_.code"
    f" FROM {_STAGED} k JOIN case_record c ON c.id = k.case_id JOIN {_LATEST} f ON f.branch_id = k.branch_id"
    " JOIN case_transfer t ON t.case_id = c.id AND t.from_branch_id = k.branch_id AND t.moved_on > f.latest"
    " JOIN import_batch b ON b.id = t.batch_id JOIN branch left_ ON left_.id = k.branch_id"
    " JOIN branch now_ ON now_.id = c.branch_id"
    " WHERE k.disposed_on IS NULL AND c.branch_id <> k.branch_id ORDER BY k.line, t.moved_on DESC"
)
_ROWS_OF = (
    f"SELECT k.line, k.case_number, c.batch_id FROM {_STAGED} k JOIN case_record c ON c.id = k.case_id"
    " WHERE c.batch_id IN (SELECT value FROM json_each(?)) ORDER BY k.line"
)
_PREVIOUS = (
    f"SELECT c.branch_id, min(c.registered_on) FROM {_STAGED} k JOIN case_record c ON c.id = k.case_id"
    " GROUP BY c.branch_id"
)
#: A pending case the row shows in another branch has moved: case id, old branch, new branch, new disposal date.
_MOVES = (
    f"SELECT c.id, c.branch_id, k.branch_id, k.disposed_on FROM {_STAGED} k JOIN case_record c ON c.id = k.case_id"
    " WHERE c.branch_id <> k.branch_id AND c.disposed_on IS NULL ORDER BY k.line"
)
_APPLY = (
    "UPDATE case_record SET branch_id = k.branch_id, case_type = k.case_type, registered_on = k.registered_on,"
    " referred_at = k.referred_at, first_hearing_on = k.first_hearing_on, hearings = k.hearings,"
    " disposed_on = k.disposed_on, withdrawn_on = NULL, batch_id = {batch}"
    f" FROM {_STAGED} k WHERE case_record.id = k.case_id"
)


@dataclass(frozen=True)
class LaterListing:
    """A stored listing shown to be a later export than the file: ``case_number`` ended there on ``ended``, after
    the file's data on that case's branch runs out (``file_latest``), and the file still shows it pending. Or, when
    ``left_branch`` is set, the listing saw that case leave ``left_branch`` for ``now_branch`` on ``ended`` (the
    day the move was seen), after the file's data on ``left_branch`` runs out, and the file still shows it there."""

    file_name: str
    case_number: str
    ended: str  # ISO
    file_latest: str  # ISO
    left_branch: str | None = None
    now_branch: str | None = None

    @property
    def reason(self) -> str:
        return OLDER_THAN_STORED if self.left_branch is None else MOVED_SINCE_STORED


@dataclass(frozen=True)
class OlderRow:
    """A known case's row, refused: its case came from ``later``, a later export than the file."""

    line: int
    case_number: str
    later: LaterListing

    def params(self) -> dict[str, Any]:
        params = {"value": self.case_number, "file": self.later.file_name, "evidence": self.later.case_number,
                  "ended": day_label(self.later.ended), "latest": day_label(self.later.file_latest)}
        if self.later.left_branch is not None:
            params |= {"left": self.later.left_branch, "now": self.later.now_branch}
        return params


@dataclass(frozen=True)
class KnownCasesBefore:
    """What the known cases were before their rows are applied: the branches they counted in, the earliest month
    they counted in, and their moves (case id, old branch, new branch, new disposal date)."""

    branches: frozenset[int]
    first_month: int | None
    moves: tuple[tuple[int, int, int, str | None], ...]


@contextmanager
def _latest_by_branch(connection: Any, latest_by_branch: Mapping[int, str]) -> Iterator[None]:
    connection.execute(f"DROP TABLE IF EXISTS {_LATEST}")
    connection.execute(f"CREATE TABLE {_LATEST} (branch_id INTEGER PRIMARY KEY, latest TEXT NOT NULL)")
    try:
        connection.executemany(f"INSERT INTO {_LATEST} VALUES (?, ?)", latest_by_branch.items())
        yield
    finally:
        connection.execute(f"DROP TABLE IF EXISTS {_LATEST}")


class StagedKnownCases:
    """The rows of known cases, held in a temporary table of the import's connection (inside its transaction:
    rolled back with it) until :meth:`apply`; :meth:`close` drops it."""

    def __init__(self, connection: Any, batch_id: int) -> None:
        self.connection = connection
        self.batch_id = int(batch_id)
        self.count = 0
        #: Import batch id -> the stored listings shown later than this file (:meth:`take_older`).
        self.later: dict[int, LaterListing] = {}
        connection.execute(f"DROP TABLE IF EXISTS {_STAGED}")
        connection.execute(_CREATE)

    def stage(self, rows: Iterable[tuple[Any, ...]]) -> None:
        """Rows as (line, case id, case number, branch id, case type, registered on, referred at, first hearing,
        hearings, disposed on)."""
        rows = list(rows)
        self.connection.executemany(_STAGE, rows)
        self.count += len(rows)

    def take_older(self, latest_by_branch: Mapping[int, str]) -> list[OlderRow]:
        """The staged rows of cases from a listing this file is shown older than (:attr:`later`), taken out."""
        if not self.count:
            return []
        #: A row that proved a move its file does not know of, refused whatever listing its case came from since.
        moved_rows: dict[int, tuple[str, LaterListing]] = {}
        with _latest_by_branch(self.connection, latest_by_branch):
            for batch_id, file_name, number, ended, latest in self.connection.execute(_EVIDENCE):
                self.later.setdefault(batch_id, LaterListing(file_name, number, ended, latest))
            for batch_id, file_name, number, moved, latest, line, left, now in self.connection.execute(
                    _MOVE_EVIDENCE):
                proof = LaterListing(file_name, number, moved, latest, left, now)
                self.later.setdefault(batch_id, proof)
                moved_rows.setdefault(line, (number, proof))
        if not self.later:
            return []
        by_line = {line: OlderRow(line, number, self.later[batch_id]) for line, number, batch_id
                   in self.connection.execute(_ROWS_OF, (json.dumps(list(self.later)),))}
        for line, (number, proof) in moved_rows.items():
            by_line.setdefault(line, OlderRow(line, number, proof))
        older = [by_line[line] for line in sorted(by_line)]
        self.connection.execute(f"DELETE FROM {_STAGED} WHERE line IN (SELECT value FROM json_each(?))",
                                (json.dumps([row.line for row in older]),))
        self.count -= len(older)
        return older

    def before(self) -> KnownCasesBefore:
        branches: set[int] = set()
        first: str | None = None
        for branch_id, registered in self.connection.execute(_PREVIOUS):
            branches.add(branch_id)
            first = registered if first is None or registered < first else first
        moves = tuple((case_id, old, new, disposed) for case_id, old, new, disposed in self.connection.execute(_MOVES))
        return KnownCasesBefore(frozenset(branches), month_of_iso(first) if first else None, moves)

    def apply(self) -> None:
        """Each known case takes its row: its withdrawal (if any) undone, this listing its source."""
        if self.count:
            self.connection.execute(_APPLY.format(batch=self.batch_id))

    def close(self) -> None:
        self.connection.execute(f"DROP TABLE IF EXISTS {_STAGED}")
