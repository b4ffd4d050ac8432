"""Importing one file: preview, check, write, derive — one transaction per file (docs/indicators.md).

The raw rows go in with ``executemany`` on the session's own SQLite connection, in batches of
:data:`BATCH_ROWS`, so memory stays flat; the only logged row is the ``import_batch`` one (ORM). The branch
registry (small files) is written through the ORM, so each district and branch change is logged too.

Its parts: the rows are read by ``reading.py`` and checked by ``validation.CHECKERS``; a case listing is written by
``case_writer.py``, a branches file by ``branch_writer.py``; ``derived_changes.py`` tells which branch-months the
import changed, and ``notes.py`` holds what it says besides its rows.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.approval import ApprovalState, FiguresLocked, month_days
from desktop.domain.indicators.periods import month_period, period_month_indexes
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.system_errors import describe_os_error
from desktop.exports.cells import write_csv_rows
from desktop.gc_pause import collector_paused
from desktop.imports.branch_writer import BranchWriter, NoProvince
from desktop.imports.case_checker import CaseChecker
from desktop.imports.case_writer import CaseWriter, WithdrawalsDeclined, record_listing
from desktop.imports.columns import FIELDS, FileKind, HeaderMatch, guess_kind, match_headers, normalise_header
from desktop.imports.derived_changes import any_histogram, changed_branches, signatures
from desktop.imports.month_checkers import MonthlyChecker
from desktop.imports.notes import EXPECTED_SINCE_ALWAYS_NOTE, STATISTICS_BEFORE_OPENING_NOTE, ImportNote
from desktop.imports.parsing import month_label
from desktop.imports.problems import DEFAULT_EARLIEST_YEAR, ImportProblem, Problems, header_problems
from desktop.imports.reading import open_table
from desktop.imports.row_checker import RowChecker
from desktop.imports.table_reader import ImportFileError, TableReader
from desktop.imports.validation import CHECKERS
from desktop.indicators.opened_branches import statistics_before_opening
from desktop.indicators.rollup import refresh_rollups
from desktop.store.approvals import (
    derived_figures,
    ensure_dates_unlocked,
    locked_months,
    locked_periods,
)
from desktop.store.database import Database
from desktop.store.interrupt import statements_stop_when, was_interrupted
from desktop.store.models import Branch, CaseListingSpan, ImportBatch
from desktop.store.settings import get_setting, set_setting
from desktop.tasks import NO_PROGRESS, TaskCancelled, TaskProgress

BATCH_ROWS = 10_000
PREVIEW_ROWS = 20
MAPPING_SETTING = "import.mapping.{kind}"
HASH_CHUNK = 1 << 20

IMPORTED = "imported"
REJECTED = "rejected"
ALREADY_IMPORTED = "already_imported"
CANCELLED = "cancelled"  # the user declined the withdrawals a snapshot would make; nothing written

#: Database setting: the earliest plausible Jalali year of a registration (default 1370).
EARLIEST_YEAR_SETTING = "import.earliest_year"
EARLIEST_YEAR_RANGE = range(1300, 1500)

BAD_EARLIEST_YEAR = QT_TRANSLATE_NOOP(
    "Import", "The earliest plausible year must be between {first} and {last}.")

# What an import is doing, as the message of its progress steps (the window translates it in the "Import"
# context): the rows are counted by the bytes read; the derived figures (a first province-wide listing: many
# seconds) and the commit have no count, and show as busy.
READING_ROWS = QT_TRANSLATE_NOOP("Import", "Reading and checking the rows…")
REBUILDING_BRANCHES = QT_TRANSLATE_NOOP("Import", "Computing the branches' monthly figures…")
ROLLING_UP = QT_TRANSLATE_NOOP("Import", "Summing the districts, the province and the periods…")
SAVING = QT_TRANSLATE_NOOP("Import", "Saving…")

NO_ROWS = QT_TRANSLATE_NOOP("Import", "{file} has column headers but no rows.")
NO_HEADER_KNOWN = QT_TRANSLATE_NOOP(
    "Import", "None of the column headers of {file} is known. Is it the right kind of file, and was it read "
              "in the right encoding ({encoding})?")
NO_PROVINCE = QT_TRANSLATE_NOOP("Import", "Set up the province before importing branches.")

#: The headers of a saved problem list, in the list's language (in Persian «فایل», not «پرونده»: a case).
PROBLEM_HEADERS = (QT_TRANSLATE_NOOP("Import", "File"), QT_TRANSLATE_NOOP("Import", "Row"),
                   QT_TRANSLATE_NOOP("Import", "Column"), QT_TRANSLATE_NOOP("Import", "Reason"))

Translate = Callable[[str, str, Mapping[str, Any]], str]


@dataclass(frozen=True)
class FilePreview:
    path: Path
    kind: FileKind | None  # guessed from the headers
    headers: tuple[str, ...]
    match: HeaderMatch | None
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    format: str  # 'csv' | 'xlsx'
    encoding: str = ""
    delimiter: str = ""
    sheets: tuple[str, ...] = ()  # a workbook's sheets, the first the one read


@dataclass(frozen=True)
class ImportResult:
    status: str  # IMPORTED | REJECTED | ALREADY_IMPORTED
    kind: FileKind
    file_name: str
    rows_read: int = 0
    rows_written: int = 0
    rows_rejected: int = 0
    problem_count: int = 0
    problems: tuple[ImportProblem, ...] = ()  # the first MAX_STORED_PROBLEMS
    batch_id: int | None = None
    months: tuple[int, ...] = ()  # month indexes whose indicators were rebuilt
    branches: int = 0  # branches whose indicators were rebuilt
    extra: Mapping[str, Any] = field(default_factory=dict)
    notes: tuple[ImportNote, ...] = ()
    #: Per month (index, oldest first): the codes of the branches whose figures the import changed.
    changed_branches: tuple[tuple[int, tuple[str, ...]], ...] = ()
    #: Branch code -> cases this snapshot marked withdrawn.
    withdrawn: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ImportBatchView:
    """One imported file, for the history list."""

    id: int
    kind: str
    file_name: str
    imported_at: datetime  # aware, UTC
    imported_on: date  # local date
    imported_by: str
    rows_read: int
    rows_written: int
    rows_rejected: int
    first_month: int | None
    last_month: int | None

    @property
    def months_label(self) -> str:
        """'1403/02–1403/05', '1403/02' or ''."""
        if self.first_month is None:
            return ""
        if self.last_month is None or self.last_month == self.first_month:
            return month_label(self.first_month)
        return f"{month_label(self.first_month)}–{month_label(self.last_month)}"


class _Rejected(Exception):
    """Leaves the transaction block so that it rolls back."""


def file_sha256(path: Path, progress: TaskProgress = NO_PROGRESS) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as file:
        while chunk := file.read(HASH_CHUNK):
            digest.update(chunk)
            done += len(chunk)
            if done % (64 * HASH_CHUNK) < HASH_CHUNK:
                progress.step(0, total)
    return digest.hexdigest()


class ImportService(ActsForPrincipal):
    def __init__(self, database: Database, clock: Clock, user_name: str = "", *,
                 principal: Principal | None = None) -> None:
        self.database = database
        self.clock = clock
        self._act_for(principal, user_name)

    # --- mappings ---

    def remembered_mapping(self, kind: FileKind | str) -> dict[str, str]:
        """Normalised header → field, as confirmed by the user for this kind of file."""
        with self.database.session() as session:
            return dict(get_setting(session, MAPPING_SETTING.format(kind=FileKind(kind).value), {}) or {})

    def remember_mapping(self, kind: FileKind | str, mapping: Mapping[str, str]) -> None:
        """Remember ``mapping`` (field → header as in the file) for headers the standard names do not cover."""
        self.principal.require(Action.EDIT)
        kind = FileKind(kind)
        standard = {normalise_header(name) for spec in FIELDS[kind] for name in (spec.persian, spec.english)}
        fields = {spec.field for spec in FIELDS[kind]}
        key = MAPPING_SETTING.format(kind=kind.value)
        with self.database.session(user_name=self.user_name) as session:
            stored = dict(get_setting(session, key, {}) or {})
            changed = False
            for name, header in mapping.items():
                normal = normalise_header(header or "")
                if name in fields and normal and normal not in standard and stored.get(normal) != name:
                    stored[normal] = name
                    changed = True
            if changed:
                set_setting(session, key, stored)

    def earliest_year(self) -> int:
        """Registrations before 1 Farvardin of this year are refused as implausible."""
        with self.database.session() as session:
            return int(get_setting(session, EARLIEST_YEAR_SETTING, DEFAULT_EARLIEST_YEAR) or DEFAULT_EARLIEST_YEAR)

    def set_earliest_year(self, year: int) -> None:
        self.principal.require(Action.EDIT)
        if year not in EARLIEST_YEAR_RANGE:
            raise ValidationError("earliest_year", BAD_EARLIEST_YEAR,
                                  {"first": EARLIEST_YEAR_RANGE[0], "last": EARLIEST_YEAR_RANGE[-1]},
                                  context="Import")
        with self.database.session(user_name=self.user_name) as session:
            set_setting(session, EARLIEST_YEAR_SETTING, int(year))

    def all_remembered(self) -> dict[FileKind, dict[str, str]]:
        """The remembered mapping of every kind."""
        with self.database.reading() as session:
            return {kind: dict(get_setting(session, MAPPING_SETTING.format(kind=kind.value), {}) or {})
                    for kind in FileKind}

    def history(self, limit: int = 500) -> list[ImportBatchView]:
        """The imported files, newest first (demo batches excluded)."""
        with self.database.reading() as session:
            batches = session.scalars(select(ImportBatch).where(ImportBatch.kind != "demo")
                                      .order_by(ImportBatch.id.desc()).limit(limit))
            return [ImportBatchView(b.id, b.kind, b.file_name, b.imported_at, b.imported_at.astimezone().date(),
                                    b.imported_by, b.rows_read, b.rows_written, b.rows_rejected, b.first_month,
                                    b.last_month) for b in batches]

    # --- preview ---

    def preview(self, path: Path | str, rows: int = PREVIEW_ROWS) -> FilePreview:
        """Headers, the first rows and the kind of file they suggest. Raises :class:`ImportFileError`."""
        path = Path(path)
        remembered = self.all_remembered()
        with open_table(path) as reader:
            first = tuple((line, tuple(cells)) for line, cells in itertools.islice(reader.rows(), rows))
            headers = tuple(reader.headers)
            kind = guess_kind(headers, remembered)
            match = match_headers(kind, headers, remembered[kind]) if kind else None
            return FilePreview(path, kind, headers, match, first, reader.format, reader.encoding, reader.delimiter,
                               reader.sheets)

    # --- import ---

    def import_file(
        self,
        path: Path | str,
        kind: FileKind | str,
        *,
        mapping: Mapping[str, str] | None = None,
        only_valid_rows: bool = False,
        progress: TaskProgress = NO_PROGRESS,
        snapshot: bool = True,
        confirm_withdrawals: Callable[[Mapping[str, int]], bool] | None = None,
    ) -> ImportResult:
        """Import one file of ``kind``. ``mapping`` (field → header as in the file) is a mapping the user just
        confirmed; it is remembered. Raises :class:`~desktop.tasks.TaskCancelled` (nothing written) when
        cancelled.

        A case listing is a full snapshot of the branches and months it covers unless ``snapshot`` is False:
        the pending cases of those branches and months it no longer holds are marked withdrawn. Before that is
        committed, ``confirm_withdrawals`` (when given) gets the count per branch code; False cancels the whole
        import (status :data:`CANCELLED`, nothing written)."""
        self.principal.require(Action.EDIT)
        path = Path(path)
        kind = FileKind(kind)
        name = path.name
        if mapping:
            self.remember_mapping(kind, mapping)
        try:
            sha256 = file_sha256(path, progress)
        except OSError as error:
            return _rejected(kind, name, [ImportProblem(name, 0, "", QT_TRANSLATE_NOOP(
                "Import", "{file} could not be read: {error}"), {"file": name, "error": describe_os_error(error)})])
        problems = Problems()
        outcome: dict[str, Any] = {}
        try:
            with self.database.session(user_name=self.user_name) as session:
                existing = session.scalar(
                    select(ImportBatch.id).where(ImportBatch.kind == kind.value, ImportBatch.sha256 == sha256))
                if existing is not None:
                    return ImportResult(ALREADY_IMPORTED, kind, name, batch_id=existing)
                remembered = get_setting(session, MAPPING_SETTING.format(kind=kind.value), {}) or {}
                try:
                    reader = open_table(path)
                except ImportFileError as error:
                    problems.add(_file_problem(name, error))
                    raise _Rejected from None
                # Cancel stops the statement running, not only the next step (the rebuild's take seconds each).
                with reader, statements_stop_when(session, lambda: progress.is_cancelled):
                    try:
                        self._import_rows(session, reader, kind, sha256, remembered, mapping, only_valid_rows,
                                          problems, progress, outcome, snapshot, confirm_withdrawals)
                    except (DBAPIError, sqlite3.OperationalError) as error:  # the bulk insert's raw connection
                        if not was_interrupted(error):
                            raise
                        if progress.is_cancelled:
                            raise TaskCancelled() from None
                        # Not cancelled: a KeyboardInterrupt raised inside the handler (which SQLite's module
                        # swallows, aborting the statement) - the only other way it returns "stop".
                        raise KeyboardInterrupt from None
        except _Rejected:
            return _rejected(kind, name, problems.stored, problems, outcome)
        except WithdrawalsDeclined:
            return ImportResult(CANCELLED, kind, name, rows_read=int(outcome.get("rows_read", 0)),
                                withdrawn=outcome.get("withdrawn", {}))
        return ImportResult(IMPORTED, kind, name, outcome["rows_read"], outcome["rows_written"], problems.rows,
                            problems.count, tuple(problems.stored), outcome["batch_id"], outcome["months"],
                            outcome["branches"], notes=tuple(outcome.get("notes", ())),
                            changed_branches=outcome.get("changed", ()), withdrawn=outcome.get("withdrawn", {}))

    def _import_rows(self, session: Session, reader: TableReader, kind: FileKind, sha256: str,
                     remembered: Mapping[str, str], mapping: Mapping[str, str] | None, only_valid_rows: bool,
                     problems: Problems, progress: TaskProgress, outcome: dict[str, Any], snapshot: bool = True,
                     confirm_withdrawals: Callable[[Mapping[str, int]], bool] | None = None) -> None:
        name = reader.path.name
        match = match_headers(kind, reader.headers, remembered, mapping)
        if not match.complete or match.repeated:
            if not match.mapping:
                problems.add(ImportProblem(name, reader.header_line, "", NO_HEADER_KNOWN,
                                           {"file": name, "encoding": reader.encoding or reader.format}))
            for problem in header_problems(name, match, reader.header_line, reader.headers, reader.sheets):
                problems.add(problem)
            raise _Rejected
        branches = {code: branch_id for code, branch_id in session.execute(select(Branch.code, Branch.id))}
        today = self.clock.today()
        checker = CHECKERS[kind](name, reader.headers, match, branches, today, problems)
        checker.wide_rows = reader.wide_rows  # filled as the rows are read
        checker.set_earliest_year(int(get_setting(session, EARLIEST_YEAR_SETTING, DEFAULT_EARLIEST_YEAR)
                                      or DEFAULT_EARLIEST_YEAR))
        if isinstance(checker, MonthlyChecker):
            for branch_id, first, last in session.execute(
                    select(CaseListingSpan.branch_id, CaseListingSpan.first_month, CaseListingSpan.last_month)):
                checker.covered.setdefault(branch_id, []).append((first, last))
        batch = ImportBatch(kind=kind.value, file_name=name[:500], sha256=sha256,
                            imported_by=self.user_name[:200])
        session.add(batch)
        session.flush()
        try:
            writer = _writer(session, kind, batch.id, checker)
        except NoProvince:
            problems.add(ImportProblem(name, 0, "", NO_PROVINCE, {"file": name}))
            raise _Rejected from None
        rows_read = rows_written = 0
        progress.step(*reader.progress(), READING_ROWS)
        rows = reader.rows()
        # The loop makes millions of short-lived lists and tuples and no reference cycles: the cyclic garbage
        # collector would only scan them over and over (a third of the time with Python 3.11).
        with collector_paused():
            while chunk := list(itertools.islice(rows, BATCH_ROWS)):
                rows_read += len(chunk)
                outcome["rows_read"] = rows_read
                records = checker.check(chunk)
                del chunk
                if records:
                    rows_written += writer(records)
                progress.step(*reader.progress(), READING_ROWS)
        if isinstance(writer, CaseWriter):
            writer.finish()
        if rows_read == 0:
            problems.add(ImportProblem(name, 0, "", NO_ROWS, {"file": name}))
            raise _Rejected
        if problems and (not only_valid_rows or rows_written == 0):
            raise _Rejected
        months = checker.touched_months()
        # Month by month: a monthly-statistics or satisfaction file touches the months it has rows for (what one of
        # them carries into a later approved month is compared below); a case listing's months are its span.
        ensure_dates_unlocked(session, *(day for month in months for day in month_days(month, month)))
        notes: list[ImportNote] = []
        if isinstance(checker, CaseChecker) and checker.first_month is not None:
            assert isinstance(writer, CaseWriter)
            notes += record_listing(_driver(session), batch.id, checker, snapshot, writer, outcome,
                                    confirm_withdrawals)
        if kind is not FileKind.BRANCHES and checker.branch_ids and months:
            from desktop.indicators.aggregate import last_dependent_month, rebuild_from

            touched = set(checker.branch_ids)
            start = min(months)
            # Satisfaction counts in its own month only; monthly statistics carry forward only until the
            # branch's next month with a source of its own. A case listing's backlogs run to the latest month.
            last = (max(months) if kind is FileKind.SATISFACTION
                    else last_dependent_month(session, touched, max(months)) if kind is FileKind.MONTHLY else None)
            if isinstance(writer, CaseWriter):  # known cases counted in their old months and branches too
                touched |= writer.previous_branches
                start = min(start, writer.first_touched if writer.first_touched is not None else start)
            before = signatures(_driver(session), touched, start, last)
            had_histograms = any_histogram(_driver(session), touched, start, last)
            approved = locked_periods(session)  # approved, or submitted and awaiting approval
            locked = [month for month in locked_months(session)
                      if month >= start and (last is None or month <= last)]
            locked_before = derived_figures(session, touched, locked)
            progress.step(0, 0, REBUILDING_BRANCHES)
            months = rebuild_from(session, touched, start, last)
            _refuse_changed_approved_months(locked_before, derived_figures(session, touched, locked), approved)
            progress.step(0, 0, ROLLING_UP)
            # Districts' and province's months, branch spans (docs/indicators.md): no histogram of the rebuilt
            # branch-months before or after (monthly statistics before the listings), none changed.
            refresh_rollups(session, months, touched, histograms_changed=had_histograms
                            or any_histogram(_driver(session), touched, start, last))
            # Nothing derived before (a first import): every branch-month with rows now has changed, and the
            # cheaper key-only query says which.
            after = signatures(_driver(session), touched, start, last, keys_only=not before)
            outcome["changed"] = changed_branches(_driver(session), before, after)
            notes += _statistics_before_opening(session, touched)
        if kind is FileKind.BRANCHES:  # a branch added or moved: its districts' months rolled up again
            refresh_rollups(session, (), ())
            if isinstance(writer, BranchWriter) and writer.expected_since_always:
                notes.append(ImportNote(EXPECTED_SINCE_ALWAYS_NOTE, {
                    "branches": ", ".join(writer.expected_since_always)}))
            if isinstance(writer, BranchWriter) and writer.opening_set:
                notes += _statistics_before_opening(session, writer.opening_set)
        outcome["notes"] = notes
        batch.rows_read = rows_read
        batch.rows_written = rows_written
        batch.rows_rejected = problems.rows
        batch.first_month = checker.first_month
        batch.last_month = checker.last_month
        session.flush()
        progress.step(0, 0, SAVING)  # the last chance to cancel: the commit follows
        outcome.update(rows_read=rows_read, rows_written=rows_written, batch_id=batch.id,
                       months=tuple(months) if kind is not FileKind.BRANCHES else (),
                       branches=len(checker.branch_ids))

    # --- problem lists ---

    @staticmethod
    def save_problems(problems: Iterable[ImportProblem], path: Path | str, translate: Translate) -> None:
        """Write the problems as CSV (UTF-8 with BOM, headers and reasons in ``translate``'s language), through a
        temporary file."""
        path = Path(path)
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as file:
                headers = [translate("Import", header, {}) for header in PROBLEM_HEADERS]
                # A problem of the whole file has no row (0): its cell is left empty, as the window shows "—".
                write_csv_rows(file, headers, ((problem.file, problem.row or "", problem.column,
                                                       translate(problem.context, problem.reason, problem.params))
                                                      for problem in problems))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _statistics_before_opening(session: Session, branch_ids: Iterable[int]) -> list[ImportNote]:
    """A note for each of these branches that has statistics of its own before the month it opened."""
    return [ImportNote(STATISTICS_BEFORE_OPENING_NOTE, {"branch": code, "month": month_label(first),
                                                        "opened": month_label(opened)})
            for code, first, opened in statistics_before_opening(session.connection(), branch_ids)]


def _file_problem(name: str, error: ImportFileError) -> ImportProblem:
    return ImportProblem(name, int(error.params.get("line", 0) or 0), "", error.message, error.params,
                         error.context)


def _rejected(kind: FileKind, name: str, stored: Iterable[ImportProblem], problems: Problems | None = None,
              outcome: Mapping[str, Any] | None = None) -> ImportResult:
    stored = tuple(stored)
    return ImportResult(REJECTED, kind, name, rows_read=int((outcome or {}).get("rows_read", 0)),
                        rows_rejected=problems.rows if problems else 0,
                        problem_count=problems.count if problems else len(stored), problems=stored)


# --- writers ------------------------------------------------------------------------------------------------


def _refuse_changed_approved_months(before: Mapping[int, list[tuple]], after: Mapping[int, list[tuple]],
                                    approved: Mapping[JalaliPeriod, ApprovalState]) -> None:
    """The file's own months are checked against the approved periods before anything is rebuilt, but an approved
    month outside them can still change: through the backlog its branches carry forward from a month the file
    fills (a month without statistics of its own), a late case listing's running backlog, a known case's
    corrected dates. Such a change is refused - the whole import rolls back - naming the first such month."""
    for month in sorted(before):
        if before[month] != after.get(month, []):
            period = next(period for period in approved if month in period_month_indexes(period))
            raise FiguresLocked(period, month_period(month), approved[period])


def _driver(session: Session) -> Any:
    """The session's own sqlite3 connection (inside its transaction)."""
    return session.connection().connection.driver_connection


_MONTHLY_UPSERT = (
    "INSERT INTO branch_month_stat (branch_id, month_index, incoming, disposed, pending_end, "
    "avg_disposition_days, avg_scheduling_days, max_scheduling_days, batch_id) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, {batch}) "
    "ON CONFLICT(branch_id, month_index) DO UPDATE SET incoming = excluded.incoming, "
    "disposed = excluded.disposed, pending_end = excluded.pending_end, "
    "avg_disposition_days = excluded.avg_disposition_days, avg_scheduling_days = excluded.avg_scheduling_days, "
    "max_scheduling_days = excluded.max_scheduling_days, batch_id = excluded.batch_id"
)
_SATISFACTION_UPSERT = (
    "INSERT INTO satisfaction_month (branch_id, month_index, responses, average, batch_id) "
    "VALUES (?, ?, ?, ?, {batch}) "
    "ON CONFLICT(branch_id, month_index) DO UPDATE SET responses = excluded.responses, "
    "average = excluded.average, batch_id = excluded.batch_id"
)


def _writer(session: Session, kind: FileKind, batch_id: int,
            checker: RowChecker) -> Callable[[list[tuple[Any, ...]]], int]:
    if kind is FileKind.BRANCHES:
        return BranchWriter(session)
    connection = _driver(session)
    if kind is FileKind.CASES:
        assert isinstance(checker, CaseChecker)
        return CaseWriter(connection, batch_id, checker)
    statement = (_MONTHLY_UPSERT if kind is FileKind.MONTHLY else _SATISFACTION_UPSERT).format(batch=int(batch_id))

    def write(records: list[tuple[Any, ...]]) -> int:
        connection.executemany(statement, records)
        return len(records)

    return write


