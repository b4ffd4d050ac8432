"""The checks every kind of import file shares: the base of the checkers (desktop/imports/validation.py)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from desktop.domain.jalali import from_jalali, to_jalali
from desktop.domain.messages import ValidationError
from desktop.imports.columns import FIELDS, FieldSpec, FileKind, HeaderMatch
from desktop.imports.parsing import (
    CellError,
    month_index,
    parse_code,
)
from desktop.imports.problems import (
    DEFAULT_EARLIEST_YEAR,
    UNKNOWN_BRANCH,
    VALUE_REQUIRED,
    WIDE_ROW,
    ImportProblem,
    Problems,
)
from desktop.imports.table_reader import IMPORT_CONTEXT

BAD_CELL: Any = object()  # a cell that failed (its problem is reported)
INFINITY = float("inf")


class RowChecker:
    """The checks common to every kind; subclasses implement :meth:`check_row`."""

    kind: FileKind

    def __init__(self, file_name: str, headers: Sequence[str], match: HeaderMatch,
                 branches: Mapping[str, int], today: date, problems: Problems) -> None:
        self.file_name = file_name
        self.headers = list(headers)
        self.match = match
        self.branches = dict(branches)  # code as stored -> id
        self.today = today
        self.today_iso = today.isoformat()
        year, month, _ = to_jalali(today)
        self.today_month = month_index(year, month)
        self.problems = problems
        self.specs: dict[str, FieldSpec] = {spec.field: spec for spec in FIELDS[self.kind]}
        self.index: dict[str, int] = {name: match.mapping.get(name, -1) for name in self.specs}
        self.branch_ids: set[int] = set()
        self.first_month: int | None = None
        self.last_month: int | None = None
        self._row_failed = False
        #: The file line of each record the last :meth:`check` returned, in their order.
        self.record_lines: list[int] = []
        # The reader's :attr:`~desktop.imports.table_reader.TableReader.wide_rows` (line -> values), filled as it
        # reads: such a row is refused whole, and its line taken out (a file of such rows keeps one batch's).
        # Looked at once per batch; its rows one by one only when it holds some.
        self.wide_rows: dict[int, int] = {}
        self.set_earliest_year(DEFAULT_EARLIEST_YEAR)

    def set_earliest_year(self, year: int) -> None:
        """Dates before 1 Farvardin of ``year`` are refused as implausible."""
        self.earliest_year = year
        self.earliest_iso = from_jalali(year, 1, 1).isoformat()
        self.earliest_month = month_index(year, 1)

    # --- reporting ---

    def column(self, name: str) -> str:
        index = self.index[name]
        return self.headers[index] if 0 <= index < len(self.headers) else self.specs[name].persian

    def problem(self, line: int, name: str, reason: str, context: str = IMPORT_CONTEXT, **params: Any) -> None:
        if not self._row_failed:
            self._row_failed = True
            self.problems.rows += 1
        self.problems.add(ImportProblem(self.file_name, line, self.column(name), reason, params, context))

    # --- cells ---

    def raw(self, cells: Sequence[str], name: str) -> str:
        index = self.index[name]
        return cells[index] if 0 <= index < len(cells) else ""

    def cell(self, line: int, cells: Sequence[str], name: str, parse: Callable[[str], Any]) -> Any:
        """The parsed cell, None when empty and optional, or BAD_CELL after reporting its problem."""
        text = self.raw(cells, name)
        if not text.strip():
            if self.specs[name].value_required:
                self.problem(line, name, VALUE_REQUIRED)
                return BAD_CELL
            return None
        try:
            return parse(text)
        except CellError as error:
            self.problem(line, name, error.reason, **error.params)
        except ValidationError as error:
            self.problem(line, name, error.message, error.context, **error.params)
        return BAD_CELL

    def branch(self, line: int, cells: Sequence[str]) -> Any:
        code = self.cell(line, cells, "branch_code", parse_code)
        if code is None or code is BAD_CELL:
            return BAD_CELL
        branch_id = self.branches.get(code)
        if branch_id is None:
            self.problem(line, "branch_code", UNKNOWN_BRANCH, value=code)
            return BAD_CELL
        return branch_id

    def touch(self, first: int, last: int) -> None:
        if self.first_month is None or first < self.first_month:
            self.first_month = first
        if self.last_month is None or last > self.last_month:
            self.last_month = last

    # --- rows ---

    def without_wide_rows(self, rows: Sequence[tuple[int, list[str]]]) -> Sequence[tuple[int, list[str]]]:
        """``rows`` less those with values beyond the header's columns, each reported (its other cells are not
        checked: its values may be shifted, and their problems would mislead). ``rows`` itself when the reader
        has noted none since the last batch."""
        wide = self.wide_rows
        if not wide:
            return rows
        columns = len(self.headers)
        kept = []
        for line, cells in rows:
            count = wide.pop(line, None)
            if count is None:
                kept.append((line, cells))
                continue
            self.problems.rows += 1
            self.problems.add(ImportProblem(self.file_name, line, "", WIDE_ROW, {"count": count, "columns": columns}))
        return kept

    def check(self, rows: Sequence[tuple[int, list[str]]]) -> list[tuple[Any, ...]]:
        """The records of the rows that passed; problems of the others go to :attr:`problems`."""
        rows = self.without_wide_rows(rows)
        records = []
        self.record_lines = []
        for line, cells in rows:
            self._row_failed = False
            record = self.check_row(line, cells)
            if record is not None and not self._row_failed:
                records.append(record)
                self.record_lines.append(line)
        return records

    def check_row(self, line: int, cells: Sequence[str]) -> tuple[Any, ...] | None:
        raise NotImplementedError

    def touched_months(self) -> list[int]:
        if self.first_month is None or self.last_month is None:
            return []
        return list(range(self.first_month, self.last_month + 1))


class SlowPath(Exception):
    """The fast path met something it does not handle."""

