"""Writing a case listing: new cases inserted, known ones (a newer export) updated by case number once the whole
file is read - unless it is older than the listing their case came from (desktop/imports/late_rows.py); then what the
listing records - the branches and months it covers, the monthly statistics it replaces, the cases a snapshot
withdraws (confirmed first) and the moves it shows (docs/indicators.md)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from desktop.domain.indicators.periods import month_bounds
from desktop.domain.messages import Bilingual
from desktop.imports.case_checker import CaseChecker
from desktop.imports.late_rows import StagedKnownCases
from desktop.imports.notes import MOVED_NOTE, REPLACED_MONTHLY, SPARED_NOTE, WITHDRAWN_NOTE, ImportNote
from desktop.imports.parsing import day_label, month_label
from desktop.imports.problems import ImportProblem, Problems
from desktop.store.bulk_rows import insert_rows


class WithdrawalsDeclined(Exception):
    """The user declined the withdrawals: leaves the import's transaction block so that it rolls back."""


# New cases go in with a plain INSERT and known ones are staged, then UPDATEd together: with SQLite 3.40 an
# "INSERT ... ON CONFLICT(case_number) DO UPDATE SET <every column>" is 2.3 times slower than a plain INSERT even
# when nothing conflicts (measured in benchmarks/import_cases.py), so the rows that exist are looked up first
# (only when the table was not empty) and the batch is split.
# New case rows go in a few hundred to an INSERT (desktop/store/bulk_rows.py).
_CASE_INSERT_HEAD = (
    "INSERT INTO case_record (case_number, branch_id, case_type, registered_on, referred_at, first_hearing_on, "
    "hearings, disposed_on, batch_id) VALUES "
)
_CASE_VALUES = "(?, ?, ?, ?, ?, ?, ?, ?, {batch})"
_KNOWN_CASES = "SELECT case_number, id FROM case_record WHERE case_number IN (SELECT value FROM json_each(?))"


class CaseWriter:
    """Case rows: new ones inserted, known ones (a newer export) held back until the whole file is read
    (desktop/imports/late_rows.py) and then, unless the file is older than their case's listing, updated
    (:meth:`finish`). The months a known case counted in change too (:attr:`first_touched`,
    :attr:`previous_branches`), and a pending case now shown in another branch has moved (:attr:`moves`: case id,
    old branch, new branch, new disposal date)."""

    def __init__(self, connection: Any, batch_id: int, checker: CaseChecker, *, newer_export: bool = False) -> None:
        self.connection = connection
        self.checker = checker
        #: The user's word that the file is newer than every listing before it: no row refused as older, no
        #: withdrawal spared.
        self.newer_export = newer_export
        #: The import batches of the stored listings this file is shown older than (desktop/imports/late_rows.py).
        self.later_listings: frozenset[int] = frozenset()
        self.values = _CASE_VALUES.format(batch=int(batch_id))
        self.had_rows = bool(connection.execute("SELECT EXISTS (SELECT 1 FROM case_record)").fetchone()[0])
        self.previous_branches: set[int] = set()
        self.first_touched: int | None = None
        self.moves: list[tuple[int, int, int, str | None]] = []
        self.known = StagedKnownCases(connection, batch_id) if self.had_rows else None
        #: Into an empty table, the secondary indexes are dropped for the bulk insert and built once at the end
        #: (:meth:`finish`), inside the same transaction: one sort per index instead of a random b-tree insert
        #: per row and index (a million-row first listing: 12 s -> 4 s). The unique case-number index stays.
        self.dropped_indexes: list[str] = []
        if not self.had_rows:
            for name, sql in connection.execute(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'case_record'"
                    " AND sql IS NOT NULL").fetchall():
                connection.execute(f'DROP INDEX "{name}"')
                self.dropped_indexes.append(sql)

    def finish(self, problems: Problems) -> int:
        """After the last row: rebuild the indexes dropped for the bulk insert (before anything reads the table by
        them); refuse the known cases' rows older than their case's listing (each a problem in ``problems``) and
        update the others' cases. Returns how many rows were refused."""
        for sql in self.dropped_indexes:
            self.connection.execute(sql)
        self.dropped_indexes = []
        if self.known is None:
            return 0
        try:
            older = [] if self.newer_export else self.known.take_older(self.checker.latest_by_branch)
            self.later_listings = frozenset(self.known.later)
            column = self.checker.column("case_number")
            for row in older:
                problems.rows += 1
                problems.add(ImportProblem(self.checker.file_name, row.line, column, row.later.reason,
                                           row.params()))
            before = self.known.before()
            self.previous_branches = set(before.branches)
            self.first_touched = before.first_month
            self.moves = list(before.moves)
            self.known.apply()
        finally:
            self.known.close()
            self.known = None
        return len(older)

    def __call__(self, records: list[tuple[Any, ...]]) -> int:
        if self.known is None:
            self._insert(records)
            return len(records)
        numbers = json.dumps([record[0] for record in records], ensure_ascii=False)
        known = dict(self.connection.execute(_KNOWN_CASES, (numbers,)).fetchall())
        if not known:
            self._insert(records)
            return len(records)
        lines = self.checker.record_lines
        self.known.stage((lines[i], known[r[0]], *r) for i, r in enumerate(records) if r[0] in known)
        self._insert([r for r in records if r[0] not in known])
        return len(records)

    def _insert(self, records: list[tuple[Any, ...]]) -> None:
        """New rows, in their order (the ids follow the file)."""
        insert_rows(self.connection, _CASE_INSERT_HEAD, self.values, records)


def record_listing(connection: Any, batch_id: int, checker: CaseChecker, snapshot: bool, writer: CaseWriter,
                    outcome: dict[str, Any],
                    confirm: Callable[[Mapping[str, int]], bool] | None) -> list[ImportNote]:
    """After a case listing's rows are in: the branches and months it covers, the monthly statistics it
    replaces, the cases it withdraws (a snapshot; confirmed first) and the moves it shows. Raises
    :class:`WithdrawalsDeclined` when the user declines the withdrawals."""
    assert checker.first_month is not None and checker.last_month is not None
    first, last, as_of = checker.first_month, checker.last_month, checker.latest_date
    file_branches = sorted(checker.branch_ids)  # the branches in the file (a moved case's old one is not)
    codes = dict(connection.execute("SELECT id, code FROM branch").fetchall())
    branches_json = json.dumps(file_branches)
    notes: list[ImportNote] = []
    for branch_id, months in connection.execute(
            "SELECT branch_id, group_concat(month_index) FROM (SELECT branch_id, month_index FROM branch_month_stat"
            " WHERE branch_id IN (SELECT value FROM json_each(?)) AND month_index BETWEEN ? AND ?"
            " ORDER BY branch_id, month_index) GROUP BY branch_id", (branches_json, first, last)).fetchall():
        named = [month_label(int(month)) for month in str(months).split(",")]
        labels = Bilingual("، ".join(named), ", ".join(named))
        notes.append(ImportNote(REPLACED_MONTHLY, {"branch": codes[branch_id], "months": labels}))
    withdrawn: dict[str, int] = {}
    if snapshot and writer.had_rows:
        window = (branches_json, month_bounds(first)[0].isoformat(), month_bounds(last)[1].isoformat(), batch_id)
        where = (" WHERE branch_id IN (SELECT value FROM json_each(?)) AND registered_on BETWEEN ? AND ?"
                 " AND batch_id <> ? AND disposed_on IS NULL AND withdrawn_on IS NULL")
        # A pending case from a listing this file is shown older than is not this file's to withdraw: a late
        # snapshot does not hold the cases registered after it was exported.
        spared_sql = " batch_id IN (SELECT value FROM json_each(?))"
        later = json.dumps(sorted(writer.later_listings))
        found = connection.execute(
            f"SELECT branch_id, {spared_sql}, count(*) FROM case_record{where} GROUP BY 1, 2", (later, *window)).fetchall()
        withdrawn = {codes[branch_id]: count for branch_id, spared, count in found if not spared}
        outcome["withdrawn"] = withdrawn
        if withdrawn and confirm is not None and not confirm(dict(withdrawn)):
            raise WithdrawalsDeclined
        if withdrawn:
            # This listing is the last word on a case it withdraws: one older than it cannot bring it back.
            connection.execute(f"UPDATE case_record SET withdrawn_on = max(?, registered_on), batch_id = ?{where}"
                               f" AND NOT{spared_sql}", (as_of, batch_id, *window, later))
            for code, count in sorted(withdrawn.items()):
                notes.append(ImportNote(WITHDRAWN_NOTE, {"branch": code, "count": count}))
        for branch_id, spared, count in found:
            if spared:
                notes.append(ImportNote(SPARED_NOTE, {"branch": codes[branch_id], "count": count}))
    if writer.moves:
        # Dated by the export that showed the move (its latest date), never after the case's disposal there.
        moved: dict[tuple[int, int, str], int] = {}
        rows = []
        for case_id, old, new, disposed in writer.moves:
            day = min(as_of, disposed) if disposed else as_of
            rows.append((case_id, old, new, day, batch_id, case_id))
            moved[(old, new, day)] = moved.get((old, new, day), 0) + 1
        connection.executemany(
            "INSERT INTO case_transfer (case_id, from_branch_id, to_branch_id, moved_on, batch_id)"
            " SELECT ?, ?, ?, max(?, registered_on), ? FROM case_record WHERE id = ?", rows)
        for (old, new, day), count in sorted(moved.items()):
            notes.append(ImportNote(MOVED_NOTE, {"count": count, "from_branch": codes[old], "to_branch": codes[new],
                                                 "day": day_label(day)}))
    connection.executemany(
        "INSERT INTO case_listing_span (batch_id, branch_id, first_month, last_month, snapshot) VALUES (?, ?, ?, ?, ?)",
        [(batch_id, branch_id, first, last, snapshot) for branch_id in file_branches])
    return notes
