"""Checking the rows of an import file (docs/indicators.md, "Input files" and "Import rules").

A checker turns batches of ``(line, cells)`` into records ready for the database and reports every problem
as an :class:`ImportProblem`. Records are plain tuples in the column order of their table (listed on each
checker), with dates as stored (ISO text) and the branch as its id.

Case listings take a fast path: a row that is entirely well-formed is converted with as few calls as possible;
any doubt sends it to the careful path, which checks each cell on its own and reports all its problems.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.domain.jalali import PARSE_YEARS, from_jalali, to_jalali
from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError, english_fields
from desktop.domain.organisation import CODE_MAX_LENGTH, validate_name
from desktop.imports.columns import FIELDS, FieldSpec, FileKind, HeaderMatch, field_spec
from desktop.imports.parsing import (
    CellError,
    clock_of,
    date_cache,
    month_index,
    month_label,
    parse_code,
    parse_count,
    parse_date,
    parse_datetime,
    parse_int,
    parse_label,
    parse_non_negative,
    parse_text,
    raw_date,
    time_cache,
)
from desktop.imports.reading import IMPORT_CONTEXT, listed_sheets

#: At most this many problems are kept (all are counted).
MAX_STORED_PROBLEMS = 10_000
CASE_NUMBER_MAX_LENGTH = 64
LABEL_MAX_LENGTH = 100

VALUE_REQUIRED = QT_TRANSLATE_NOOP("Import", "A value is required.")
COLUMN_MISSING = QT_TRANSLATE_NOOP("Import", "The column {column} is missing.")
UNKNOWN_BRANCH = QT_TRANSLATE_NOOP("Import", "There is no branch with the code {value}.")
IN_FUTURE = QT_TRANSLATE_NOOP("Import", "The date {value} is in the future.")
MONTH_IN_FUTURE = QT_TRANSLATE_NOOP("Import", "The month {value} is in the future.")
REFERRED_BEFORE_REGISTERED = QT_TRANSLATE_NOOP(
    "Import", "The case is referred ({value}) before it was registered ({registered}).")
DISPOSED_BEFORE_REGISTERED = QT_TRANSLATE_NOOP(
    "Import", "The case is disposed of ({value}) before it was registered ({registered}).")
HEARING_BEFORE_REFERRED = QT_TRANSLATE_NOOP(
    "Import", "The first hearing ({value}) is before the referral ({referred}).")
HEARING_BEFORE_REGISTERED = QT_TRANSLATE_NOOP(
    "Import", "The first hearing ({value}) is before the registration ({registered}).")
DUPLICATE_CASE = QT_TRANSLATE_NOOP("Import", "The case number {value} appears more than once in the file.")
DUPLICATE_BRANCH = QT_TRANSLATE_NOOP("Import", "The branch code {value} appears more than once in the file.")
DUPLICATE_MONTH = QT_TRANSLATE_NOOP(
    "Import", "Branch {value} has more than one row for the month {month} in the file.")
MAX_BELOW_AVERAGE = QT_TRANSLATE_NOOP(
    "Import", "The longest scheduling time ({value}) is shorter than the average ({average}).")
MONTH_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Import", "The month must be between 1 and 12, not {value}.")
YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Import", "'{value}' is not a Jalali year such as 1403.")
TOO_EARLY = QT_TRANSLATE_NOOP(
    "Import", "The date {value} is before {earliest}, the earliest plausible year (a setting).")
YEAR_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Import", "The year {value} is before {earliest}, the earliest plausible year (a setting).")
COVERED_BY_LISTING = QT_TRANSLATE_NOOP(
    "Import", "Branch {value}'s figures for {month} come from a case listing, which takes precedence over "
              "monthly statistics; this row is refused.")
#: The default earliest plausible registration year (setting ``import.earliest_year``).
DEFAULT_EARLIEST_YEAR = 1370
PERCENT_OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "Import", "The satisfaction average must be between 0 and 100, not {value}.")
WIDE_ROW = QT_TRANSLATE_NOOP(
    "Import", "This row has {count} values but the header has {columns} columns: the values after column "
              "{columns} belong to no column (a delimiter inside a value without quotes?).")
REPEATED_COLUMN = QT_TRANSLATE_NOOP(
    "Import", "The column {column} appears twice, as columns {first} and {second}: which one holds the values "
              "cannot be told. Remove or rename one of them.")
ONLY_FIRST_SHEET = QT_TRANSLATE_NOOP(
    "Import", "Only the first sheet of a workbook is read: '{sheet}' in {file}. Its other sheets ({sheets}) are "
              "not read; move the data to the first sheet, or save its sheet as a file of its own.")


@dataclass(frozen=True)
class ImportProblem:
    """One problem of an import file: ``row`` is the line a person sees (header = 1; 0 for the whole file),
    ``column`` the header as written in the file. ``reason`` is English source text in ``context`` with
    ``{placeholders}`` filled from ``params`` after translation."""

    file: str
    row: int
    column: str
    reason: str
    params: Mapping[str, Any] = field(default_factory=dict)
    context: str = IMPORT_CONTEXT

    def english(self) -> str:
        try:
            return self.reason.format(**english_fields(self.params))  # a list of sheet names in English
        except (KeyError, IndexError, ValueError):
            return self.reason


class Problems:
    """Collects problems: keeps the first :data:`MAX_STORED_PROBLEMS`, counts them all and the rows."""

    def __init__(self, limit: int = MAX_STORED_PROBLEMS) -> None:
        self.limit = limit
        self.stored: list[ImportProblem] = []
        self.count = 0
        self.rows = 0  # rows with at least one problem

    def add(self, problem: ImportProblem) -> None:
        self.count += 1
        if len(self.stored) < self.limit:
            self.stored.append(problem)

    def __bool__(self) -> bool:
        return self.count > 0


def header_problems(file_name: str, match: HeaderMatch, header_line: int = 1,
                    headers: Sequence[str] = (), sheets: Sequence[str] = ()) -> list[ImportProblem]:
    """One problem per column two columns name (at their header, ``headers`` as in the file) and per required
    column the file lacks; with the latter, a workbook of several ``sheets`` also says that only its first sheet
    was read."""
    problems = []
    for name, first, second in match.repeated:
        shown = headers[second] if second < len(headers) else field_spec(match.kind, name).persian
        problems.append(ImportProblem(file_name, header_line, shown, REPEATED_COLUMN,
                                      {"column": shown, "first": first + 1, "second": second + 1}))
    if match.missing_required and len(sheets) > 1:
        problems.append(only_first_sheet(file_name, sheets, header_line))
    for name in match.missing_required:
        spec = field_spec(match.kind, name)
        problems.append(ImportProblem(file_name, header_line, spec.persian, COLUMN_MISSING,
                                      {"column": f"{spec.persian} ({spec.english})"}))
    return problems


def only_first_sheet(file_name: str, sheets: Sequence[str], row: int = 0) -> ImportProblem:
    """That a workbook's first sheet, and only it, was read: said where its columns are not the expected ones
    (its data may be on another sheet)."""
    return ImportProblem(file_name, row, "", ONLY_FIRST_SHEET,
                         {"file": file_name, "sheet": sheets[0], "sheets": listed_sheets(sheets[1:])})


_BAD: Any = object()  # a cell that failed (its problem is reported)
_INFINITY = float("inf")


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
        # The reader's :attr:`~desktop.imports.reading.TableReader.wide_rows` (line -> values), filled as it
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
        """The parsed cell, None when empty and optional, or _BAD after reporting its problem."""
        text = self.raw(cells, name)
        if not text.strip():
            if self.specs[name].value_required:
                self.problem(line, name, VALUE_REQUIRED)
                return _BAD
            return None
        try:
            return parse(text)
        except CellError as error:
            self.problem(line, name, error.reason, **error.params)
        except ValidationError as error:
            self.problem(line, name, error.message, error.context, **error.params)
        return _BAD

    def branch(self, line: int, cells: Sequence[str]) -> Any:
        code = self.cell(line, cells, "branch_code", parse_code)
        if code is None or code is _BAD:
            return _BAD
        branch_id = self.branches.get(code)
        if branch_id is None:
            self.problem(line, "branch_code", UNKNOWN_BRANCH, value=code)
            return _BAD
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
        for line, cells in rows:
            self._row_failed = False
            record = self.check_row(line, cells)
            if record is not None and not self._row_failed:
                records.append(record)
        return records

    def check_row(self, line: int, cells: Sequence[str]) -> tuple[Any, ...] | None:
        raise NotImplementedError

    def touched_months(self) -> list[int]:
        if self.first_month is None or self.last_month is None:
            return []
        return list(range(self.first_month, self.last_month + 1))


class _Slow(Exception):
    """The fast path met something it does not handle."""


class CaseChecker(RowChecker):
    """Records: (case_number, branch_id, case_type, registered_on, referred_at, first_hearing_on, hearings,
    disposed_on)."""

    kind = FileKind.CASES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen: set[str] = set()
        self.any_pending = False
        #: The latest registration or disposal date in the file (ISO): the date of the export, as far as it
        #: tells; withdrawals and moves are dated by it.
        self.latest_date = ""
        self._raw_branches: dict[str, int] = dict(self.branches)  # cell text as found -> id
        #: Case type cell text as found -> its label, learnt from the rows the careful path accepted (a few
        #: distinct texts: one look-up per row instead of a call to the normalising function).
        self._labels: dict[str, str] = {}

    def touched_months(self) -> list[int]:
        """Registration month to disposal month of every case, to this month when one is pending."""
        if self.first_month is None or self.last_month is None:
            return []
        last = max(self.last_month, self.today_month) if self.any_pending else self.last_month
        return list(range(self.first_month, last + 1))

    def check(self, rows: Sequence[tuple[int, list[str]]]) -> list[tuple[Any, ...]]:
        rows = self.without_wide_rows(rows)
        ix = self.index
        i_num, i_branch, i_type, i_reg = ix["case_number"], ix["branch_code"], ix["case_type"], ix["registered_on"]
        i_ref, i_hear, i_count, i_disp = ix["referred_at"], ix["first_hearing_on"], ix["hearings"], ix["disposed_on"]
        if min(i_num, i_branch, i_type, i_reg, i_disp) < 0:  # missing columns: the careful path reports them
            return super().check(rows)
        today = self.today_iso
        earliest = self.earliest_iso
        latest = self.latest_date
        branches = self._raw_branches
        labels = self._labels
        seen = self.seen
        seen_add = seen.add
        branch_add = self.branch_ids.add
        first = self.first_month if self.first_month is not None else 1 << 30
        last = self.last_month if self.last_month is not None else -1
        pending = self.any_pending
        records: list[tuple[Any, ...]] = []
        append = records.append
        dates, times = date_cache, time_cache
        for line, r in rows:
            # Any surprise (a bad or uncached value, a broken rule) raises and sends the row to check_row.
            try:
                number = r[i_num]
                if not (number.isascii() and number.isalnum()) or len(number) > CASE_NUMBER_MAX_LENGTH:
                    raise _Slow
                branch_id = branches[r[i_branch]]
                case_type = labels[r[i_type]]  # KeyError: not seen yet (or not a type)
                text = r[i_reg]
                registered, reg_month, _ = dates.get(text) or raw_date(text)  # ValueError when bad
                if registered > today or registered < earliest:
                    raise _Slow
                referred = None
                reference = registered
                if i_ref >= 0 and (text := r[i_ref]):
                    head, space, tail = text.partition(" ")
                    reference, _, _ = dates.get(head) or raw_date(head)
                    clock = times.get(tail) or clock_of(tail)
                    if not space or clock is None or reference < registered or reference > today:
                        raise _Slow
                    referred = f"{reference} {clock}.000000"
                hearing = None
                if i_hear >= 0 and (text := r[i_hear]):
                    hearing, _, _ = dates.get(text) or raw_date(text)
                    if hearing < reference:
                        raise _Slow
                hearings = None
                if i_count >= 0 and (text := r[i_count]):
                    hearings = int(text)
                    if hearings < 0:
                        raise _Slow
                if text := r[i_disp]:
                    disposed, end_month, _ = dates.get(text) or raw_date(text)
                    if disposed < registered or disposed > today:
                        raise _Slow
                    end = disposed
                else:
                    disposed = None
                    end_month = reg_month
                    end = registered
                    pending = True
                if number in seen:
                    raise _Slow
            except (_Slow, CellError, KeyError, ValueError):
                self.first_month, self.last_month, self.any_pending, self.latest_date = (
                    None if first == 1 << 30 else first, None if last < 0 else last, pending, latest)
                self._row_failed = False
                record = self.check_row(line, r)
                if record is not None and not self._row_failed:
                    append(record)
                    branches.setdefault(r[i_branch], record[1])
                    labels.setdefault(r[i_type], record[2])
                first = self.first_month if self.first_month is not None else 1 << 30
                last = self.last_month if self.last_month is not None else -1
                pending = self.any_pending
                latest = self.latest_date
                continue
            seen_add(number)
            branch_add(branch_id)
            if reg_month < first:
                first = reg_month
            if end_month > last:
                last = end_month
            if end > latest:
                latest = end
            append((number, branch_id, case_type, registered, referred, hearing, hearings, disposed))
        self.first_month = None if first == 1 << 30 else first
        self.last_month = None if last < 0 else last
        self.any_pending = pending
        self.latest_date = latest
        return records

    def check_row(self, line: int, cells: Sequence[str]) -> tuple[Any, ...] | None:
        number = self.cell(line, cells, "case_number", lambda t: parse_text(t, CASE_NUMBER_MAX_LENGTH))
        if number is not _BAD and number is not None:
            if number in self.seen:
                self.problem(line, "case_number", DUPLICATE_CASE, value=number)
            self.seen.add(number)
        branch_id = self.branch(line, cells)
        case_type = self.cell(line, cells, "case_type", lambda t: parse_text(parse_label(t), LABEL_MAX_LENGTH))
        registered = self.cell(line, cells, "registered_on", parse_date)
        referred = self.cell(line, cells, "referred_at", parse_datetime)
        hearing = self.cell(line, cells, "first_hearing_on", parse_date)
        hearings = self.cell(line, cells, "hearings", parse_count)
        disposed = self.cell(line, cells, "disposed_on", parse_date)
        today = self.today_iso
        if registered not in (None, _BAD) and registered[0] > today:
            self.problem(line, "registered_on", IN_FUTURE, value=self.raw(cells, "registered_on").strip())
        elif registered not in (None, _BAD) and registered[0] < self.earliest_iso:
            self.problem(line, "registered_on", TOO_EARLY, value=self.raw(cells, "registered_on").strip(),
                         earliest=self.earliest_year)
        if disposed not in (None, _BAD) and disposed[0] > today:
            self.problem(line, "disposed_on", IN_FUTURE, value=self.raw(cells, "disposed_on").strip())
        if referred not in (None, _BAD) and referred[1] > today:
            self.problem(line, "referred_at", IN_FUTURE, value=self.raw(cells, "referred_at").strip())
        if registered not in (None, _BAD):
            shown = self.raw(cells, "registered_on").strip()
            if referred not in (None, _BAD) and referred[1] < registered[0]:
                self.problem(line, "referred_at", REFERRED_BEFORE_REGISTERED,
                             value=self.raw(cells, "referred_at").strip(), registered=shown)
            if disposed not in (None, _BAD) and disposed[0] < registered[0]:
                self.problem(line, "disposed_on", DISPOSED_BEFORE_REGISTERED,
                             value=self.raw(cells, "disposed_on").strip(), registered=shown)
            if hearing not in (None, _BAD):
                if referred not in (None, _BAD):
                    if hearing[0] < referred[1]:
                        self.problem(line, "first_hearing_on", HEARING_BEFORE_REFERRED,
                                     value=self.raw(cells, "first_hearing_on").strip(),
                                     referred=self.raw(cells, "referred_at").strip())
                elif hearing[0] < registered[0]:
                    self.problem(line, "first_hearing_on", HEARING_BEFORE_REGISTERED,
                                 value=self.raw(cells, "first_hearing_on").strip(), registered=shown)
        if self._row_failed:
            return None
        self.branch_ids.add(branch_id)
        if disposed is None:
            self.any_pending = True
        self.touch(registered[1], registered[1] if disposed is None else disposed[1])
        end = registered[0] if disposed is None else disposed[0]
        if end > self.latest_date:
            self.latest_date = end
        return (number, branch_id, case_type, registered[0], referred[0] if referred else None,
                hearing[0] if hearing else None, hearings, disposed[0] if disposed else None)


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
        if year is not None and year is not _BAD and year not in PARSE_YEARS:
            self.problem(line, "year", YEAR_OUT_OF_RANGE, value=year)
            year = _BAD
        elif year is not None and year is not _BAD and year < self.earliest_year:
            self.problem(line, "year", YEAR_TOO_EARLY, value=year, earliest=self.earliest_year)
            year = _BAD
        month = self.cell(line, cells, "month", parse_int)
        if month is not None and month is not _BAD and not 1 <= month <= 12:
            self.problem(line, "month", MONTH_OUT_OF_RANGE, value=month)
            month = _BAD
        if year in (None, _BAD) or month in (None, _BAD):
            return _BAD
        index = month_index(year, month)
        if index > self.today_month:
            self.problem(line, "month", MONTH_IN_FUTURE, value=month_label(index))
            return _BAD
        if branch_id is not _BAD:
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
        for line, r in rows:
            # Any surprise raises and sends the row to check_row; nothing is recorded before the row passed.
            try:
                branch_id = branches[r[i_branch]]
                year, month = int(r[i_year]), int(r[i_month])
                if year < earliest or year not in PARSE_YEARS or not 1 <= month <= 12:
                    raise _Slow
                index = year * 12 + month - 1  # parsing.month_index
                key = (branch_id, index)
                if index > today or key in seen or any(a <= index <= b for a, b in covered.get(branch_id, ())):
                    raise _Slow
                incoming, disposed, pending = int(r[i_in]), int(r[i_out]), int(r[i_pending])
                disposition, scheduling, longest = float(r[i_disposition]), float(r[i_scheduling]), float(r[i_longest])
                if (min(incoming, disposed, pending) < 0 or not 0 <= disposition < _INFINITY
                        or not 0 <= scheduling <= longest < _INFINITY):
                    raise _Slow  # negative, not finite (NaN compares false), or the longest below the average
            except (_Slow, KeyError, IndexError, ValueError):
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
        if branch_id is not _BAD and index is not _BAD and any(
                first <= index <= last for first, last in self.covered.get(branch_id, ())):
            self.problem(line, "month", COVERED_BY_LISTING, value=self.raw(cells, "branch_code").strip(),
                         month=month_label(index))
        counts = [self.cell(line, cells, name, parse_count) for name in ("incoming", "disposed", "pending_end")]
        days = [self.cell(line, cells, name, parse_non_negative)
                for name in ("avg_disposition_days", "avg_scheduling_days", "max_scheduling_days")]
        average, longest = days[1], days[2]
        if average not in (None, _BAD) and longest not in (None, _BAD) and longest < average:
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
        if average not in (None, _BAD) and average > 100:
            self.problem(line, "average", PERCENT_OUT_OF_RANGE, value=self.raw(cells, "average").strip())
        if self._row_failed:
            return None
        self.accept(branch_id, index)
        return (branch_id, index, responses, average)


def _branch_code(text: str) -> str:
    code = parse_code(text)
    if len(code) > CODE_MAX_LENGTH:
        raise ValidationError("branch_code", QT_TRANSLATE_NOOP(
            "Validation", "A code may have at most {max} characters."), {"max": CODE_MAX_LENGTH})
    return code


class BranchChecker(RowChecker):
    """Records: (branch_code, branch_name, district code or name, unit_type)."""

    kind = FileKind.BRANCHES

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.seen: set[str] = set()

    def check_row(self, line: int, cells: Sequence[str]) -> tuple[Any, ...] | None:
        code = self.cell(line, cells, "branch_code", _branch_code)
        if code not in (None, _BAD):
            if code in self.seen:
                self.problem(line, "branch_code", DUPLICATE_BRANCH, value=code)
            self.seen.add(code)
        name = self.cell(line, cells, "branch_name", lambda t: validate_name(t, "branch_name"))
        district = self.cell(line, cells, "district", lambda t: validate_name(t, "district"))
        unit_type = self.cell(line, cells, "unit_type", lambda t: parse_text(t, LABEL_MAX_LENGTH))
        if self._row_failed:
            return None
        return (code, name, district, unit_type or "")


CHECKERS: dict[FileKind, type[RowChecker]] = {
    FileKind.CASES: CaseChecker,
    FileKind.MONTHLY: MonthlyChecker,
    FileKind.SATISFACTION: SatisfactionChecker,
    FileKind.BRANCHES: BranchChecker,
}
