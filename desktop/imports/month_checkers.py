"""Checking the rows of the files given month by month: monthly statistics and the satisfaction survey."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.domain.jalali import PARSE_YEARS
from desktop.imports.columns import FileKind
from desktop.imports.parsing import (
    month_index,
    month_label,
    parse_count,
    parse_int,
    parse_non_negative,
)
from desktop.imports.problems import (
    COVERED_BY_LISTING,
    DUPLICATE_MONTH,
    MAX_BELOW_AVERAGE,
    MONTH_IN_FUTURE,
    MONTH_OUT_OF_RANGE,
    PERCENT_OUT_OF_RANGE,
    YEAR_OUT_OF_RANGE,
    YEAR_TOO_EARLY,
)
from desktop.imports.row_checker import (
    BAD_CELL,
    INFINITY,
    RowChecker,
    SlowPath,
)


class _MonthChecker(RowChecker):
    """Branch, year and month, shared by monthly statistics and satisfaction surveys."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen: set[tuple[int, int]] = set()
        self.pairs: set[tuple[int, int]] = set()
        #: branch id -> the (first, last) month spans case listings cover (monthly rows there are refused).
        self.covered: dict[int, list[tuple[int, int]]] = {}

    def month(self, line: int, cells: Sequence[str], branch_id: Any) -> Any:
        year = self.cell(line, cells, "year", parse_int)
        if year is not None and year is not BAD_CELL and year not in PARSE_YEARS:
            self.problem(line, "year", YEAR_OUT_OF_RANGE, value=year)
            year = BAD_CELL
        elif year is not None and year is not BAD_CELL and year < self.earliest_year:
            self.problem(line, "year", YEAR_TOO_EARLY, value=year, earliest=self.earliest_year)
            year = BAD_CELL
        month = self.cell(line, cells, "month", parse_int)
        if month is not None and month is not BAD_CELL and not 1 <= month <= 12:
            self.problem(line, "month", MONTH_OUT_OF_RANGE, value=month)
            month = BAD_CELL
        if year in (None, BAD_CELL) or month in (None, BAD_CELL):
            return BAD_CELL
        index = month_index(year, month)
        if index > self.today_month:
            self.problem(line, "month", MONTH_IN_FUTURE, value=month_label(index))
            return BAD_CELL
        if branch_id is not BAD_CELL:
            if (branch_id, index) in self.seen:
                self.problem(line, "branch_code", DUPLICATE_MONTH, value=self.raw(cells, "branch_code").strip(),
                             month=month_label(index))
            self.seen.add((branch_id, index))
        return index

    def accept(self, branch_id: int, index: int) -> None:
        self.branch_ids.add(branch_id)
        self.pairs.add((branch_id, index))
        self.touch(index, index)

    def touched_months(self) -> list[int]:
        return sorted({index for _, index in self.pairs})


class MonthlyChecker(_MonthChecker):
    """Records: (branch_id, month_index, incoming, disposed, pending_end, avg_disposition_days,
    avg_scheduling_days, max_scheduling_days). A branch-month a case listing covers is refused (the listing
    takes precedence, docs/indicators.md "Sources and precedence")."""

    kind = FileKind.MONTHLY

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Branch cell text as found -> id: the stored codes that :func:`parse_code` returns as they are, and
        #: the texts the careful path accepted.
        self._raw_branches: dict[str, int] = {
            code: branch_id for code, branch_id in self.branches.items() if code.isascii() and code.isalnum()}

    def check(self, rows: Sequence[tuple[int, list[str]]]) -> list[tuple[Any, ...]]:
        """The fast path: a row whose cells Python's own ``int``/``float`` read (what :func:`parse_int` and
        :func:`parse_float` try first) and that breaks no rule becomes its record here; anything else - an
        unknown or unusual branch text, a cell to clean, any rule broken - goes to :meth:`check_row`, which
        reports it. The same records either way (100,000 rows: 0.7 s -> 0.2 s of CPU)."""
        rows = self.without_wide_rows(rows)
        ix = self.index
        columns = [ix[name] for name in ("branch_code", "year", "month", "incoming", "disposed", "pending_end",
                                         "avg_disposition_days", "avg_scheduling_days", "max_scheduling_days")]
        if min(columns) < 0:  # missing columns: the careful path reports them
            return super().check(rows)
        i_branch, i_year, i_month, i_in, i_out, i_pending, i_disposition, i_scheduling, i_longest = columns
        branches, covered, seen, pairs = self._raw_branches, self.covered, self.seen, self.pairs
        branch_add = self.branch_ids.add
        earliest, today = self.earliest_year, self.today_month
        first = self.first_month if self.first_month is not None else 1 << 30
        last = self.last_month if self.last_month is not None else -1
        records: list[tuple[Any, ...]] = []
        append = records.append
        join = "".join
        for line, r in rows:
            # Any surprise raises and sends the row to check_row; nothing is recorded before the row passed.
            try:
                branch_id = branches[r[i_branch]]
                year, month = int(r[i_year]), int(r[i_month])
                if year < earliest or year not in PARSE_YEARS or not 1 <= month <= 12:
                    raise SlowPath
                index = year * 12 + month - 1  # parsing.month_index
                key = (branch_id, index)
                if index > today or key in seen or any(a <= index <= b for a, b in covered.get(branch_id, ())):
                    raise SlowPath
                incoming, disposed, pending = int(r[i_in]), int(r[i_out]), int(r[i_pending])
                disposition, scheduling, longest = float(r[i_disposition]), float(r[i_scheduling]), float(r[i_longest])
                if (min(incoming, disposed, pending) < 0 or not 0 <= disposition < INFINITY
                        or not 0 <= scheduling <= longest < INFINITY):
                    raise SlowPath  # negative, not finite (NaN compares false), or the longest below the average
                if "_" in join(r) and (  # the whole row first: one test (eight cost 4 % of this loop)
                        "_" in r[i_year] or "_" in r[i_month] or "_" in r[i_in] or "_" in r[i_out] or "_" in r[i_pending]
                        or "_" in r[i_disposition] or "_" in r[i_scheduling] or "_" in r[i_longest]):
                    raise SlowPath  # int() and float() read '1_000': parse_int refuses it
            except (SlowPath, KeyError, IndexError, ValueError):
                self.first_month = None if first == 1 << 30 else first
                self.last_month = None if last < 0 else last
                self._row_failed = False
                record = self.check_row(line, r)
                if record is not None and not self._row_failed:
                    append(record)
                    if 0 <= i_branch < len(r):
                        branches.setdefault(r[i_branch], record[0])
                first = self.first_month if self.first_month is not None else 1 << 30
                last = self.last_month if self.last_month is not None else -1
                continue
            seen.add(key)
            pairs.add(key)
            branch_add(branch_id)
            if index < first:
                first = index
            if index > last:
                last = index
            append((branch_id, index, incoming, disposed, pending, disposition, scheduling, longest))
        self.first_month = None if first == 1 << 30 else first
        self.last_month = None if last < 0 else last
        return records

    def check_row(self, line: int, cells: Sequence[str]) -> tuple[Any, ...] | None:
        branch_id = self.branch(line, cells)
        index = self.month(line, cells, branch_id)
        if branch_id is not BAD_CELL and index is not BAD_CELL and any(
                first <= index <= last for first, last in self.covered.get(branch_id, ())):
            self.problem(line, "month", COVERED_BY_LISTING, value=self.raw(cells, "branch_code").strip(),
                         month=month_label(index))
        counts = [self.cell(line, cells, name, parse_count) for name in ("incoming", "disposed", "pending_end")]
        days = [self.cell(line, cells, name, parse_non_negative)
                for name in ("avg_disposition_days", "avg_scheduling_days", "max_scheduling_days")]
        average, longest = days[1], days[2]
        if average not in (None, BAD_CELL) and longest not in (None, BAD_CELL) and longest < average:
            self.problem(line, "max_scheduling_days", MAX_BELOW_AVERAGE,
                         value=self.raw(cells, "max_scheduling_days").strip(),
                         average=self.raw(cells, "avg_scheduling_days").strip())
        if self._row_failed:
            return None
        self.accept(branch_id, index)
        return (branch_id, index, *counts, *days)


class SatisfactionChecker(_MonthChecker):
    """Records: (branch_id, month_index, responses, average)."""

    kind = FileKind.SATISFACTION

    def check_row(self, line: int, cells: Sequence[str]) -> tuple[Any, ...] | None:
        branch_id = self.branch(line, cells)
        index = self.month(line, cells, branch_id)
        responses = self.cell(line, cells, "responses", parse_count)
        average = self.cell(line, cells, "average", parse_non_negative)
        if average not in (None, BAD_CELL) and average > 100:
            self.problem(line, "average", PERCENT_OUT_OF_RANGE, value=self.raw(cells, "average").strip())
        if self._row_failed:
            return None
        self.accept(branch_id, index)
        return (branch_id, index, responses, average)


