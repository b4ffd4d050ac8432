"""Importing one file: preview, check, write, derive — one transaction per file (docs/indicators.md).

Its parts: the rows are read by ``reading.py``, checked by ``validation.CHECKERS`` and written, and what they change
derived, by ``writing.py``; a case listing is written by ``case_writer.py``, a branches file by
``branch_writer.py``; ``derived_changes.py`` tells which branch-months the import changed, and ``notes.py`` holds
what it says besides its rows.
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

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.messages import QT_TRANSLATE_NOOP, ValidationError
from desktop.domain.system_errors import describe_os_error
from desktop.exports.cells import write_csv_rows
from desktop.imports.case_writer import WithdrawalsDeclined
from desktop.imports.columns import FIELDS, FileKind, HeaderMatch, guess_kind, match_headers, normalise_header
from desktop.imports.notes import ImportNote
from desktop.imports.parsing import month_label
from desktop.imports.problems import (
    DEFAULT_EARLIEST_YEAR,
    EARLIEST_YEAR_SETTING,
    MOVED_SINCE_STORED,
    OLDER_THAN_STORED,
    ImportProblem,
    Problems,
)
from desktop.imports.reading import open_table
from desktop.imports.table_reader import ImportFileError
from desktop.imports.writing import ImportRejected, import_rows
from desktop.store.database import Database
from desktop.store.interrupt import statements_stop_when, was_interrupted
from desktop.store.models import ImportBatch
from desktop.store.settings import get_setting, set_setting
from desktop.tasks import NO_PROGRESS, TaskCancelled, TaskProgress

PREVIEW_ROWS = 20
MAPPING_SETTING = "import.mapping.{kind}"
HASH_CHUNK = 1 << 20

IMPORTED = "imported"
REJECTED = "rejected"
ALREADY_IMPORTED = "already_imported"
CANCELLED = "cancelled"  # the user declined the withdrawals a snapshot would make; nothing written
#: The kind of the batch the demo writes its generated statistics under (desktop/demo/cases.py): no file's.
DEMO_BATCH = "demo"

EARLIEST_YEAR_RANGE = range(1300, 1500)

BAD_EARLIEST_YEAR = QT_TRANSLATE_NOOP(
    "Import", "The earliest plausible year must be between {first} and {last}.")

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
    #: The file could not be read to its end (a bad byte, a quote left open): none of its rows can be imported,
    #: not even "only the valid rows".
    unreadable: bool = False

    @property
    def has_older_rows(self) -> bool:
        """Whether rows were refused as older than the stored data (a late listing, or one that only looks
        older: ``import_file(newer_export=True)`` takes it)."""
        return any(problem.reason in (OLDER_THAN_STORED, MOVED_SINCE_STORED) for problem in self.problems)


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
        return _months_label(self.first_month, self.last_month)


@dataclass(frozen=True)
class GeneratedStatistics:
    """Statistics the database holds that no import brought in: generated with the demo (its batches, left out
    of the history), over these months."""

    first_month: int | None
    last_month: int | None

    @property
    def months_label(self) -> str:
        return _months_label(self.first_month, self.last_month)


def _months_label(first_month: int | None, last_month: int | None) -> str:
    if first_month is None:
        return ""
    if last_month is None or last_month == first_month:
        return month_label(first_month)
    return f"{month_label(first_month)}–{month_label(last_month)}"


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
            batches = session.scalars(select(ImportBatch).where(ImportBatch.kind != DEMO_BATCH)
                                      .order_by(ImportBatch.id.desc()).limit(limit))
            return [ImportBatchView(b.id, b.kind, b.file_name, b.imported_at, b.imported_at.astimezone().date(),
                                    b.imported_by, b.rows_read, b.rows_written, b.rows_rejected, b.first_month,
                                    b.last_month) for b in batches]

    def generated_statistics(self) -> GeneratedStatistics | None:
        """The statistics no import brought in - the demo's, generated - or None when every row came from a file
        in the history."""
        with self.database.reading() as session:
            count, first, last = session.execute(
                select(func.count(ImportBatch.id), func.min(ImportBatch.first_month), func.max(ImportBatch.last_month))
                .where(ImportBatch.kind == DEMO_BATCH)).one()
        return GeneratedStatistics(first, last) if count else None

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
        newer_export: bool = False,
    ) -> ImportResult:
        """Import one file of ``kind``. ``mapping`` (field → header as in the file) is a mapping the user just
        confirmed; it is remembered. Raises :class:`~desktop.tasks.TaskCancelled` (nothing written) when
        cancelled.

        A case listing is a full snapshot of the branches and months it covers unless ``snapshot`` is False:
        the pending cases of those branches and months it no longer holds are marked withdrawn. Before that is
        committed, ``confirm_withdrawals`` (when given) gets the count per branch code; False cancels the whole
        import (status :data:`CANCELLED`, nothing written).

        A case listing older than the one a known case came from has that case's row refused (a late file,
        desktop/imports/late_rows.py); ``newer_export`` is the user's word that the file is the newer export
        (a disposal or a move entered in error and undone since makes a newer export look older): its rows are
        taken, its snapshot spares none."""
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
                    raise ImportRejected from None
                # Cancel stops the statement running, not only the next step (the rebuild's take seconds each).
                with reader, statements_stop_when(session, lambda: progress.is_cancelled):
                    try:
                        import_rows(session, self.clock, self.user_name, reader, kind, sha256, remembered, mapping,
                                    only_valid_rows, problems, progress, outcome, snapshot, confirm_withdrawals,
                                    newer_export)
                    except ImportFileError as error:  # met past the first rows: a bad byte, an open quote
                        problems.only(_file_problem(name, error))
                        outcome["unreadable"] = True
                        raise ImportRejected from None
                    except (DBAPIError, sqlite3.OperationalError) as error:  # the bulk insert's raw connection
                        if not was_interrupted(error):
                            raise
                        if progress.is_cancelled:
                            raise TaskCancelled() from None
                        # Not cancelled: a KeyboardInterrupt raised inside the handler (which SQLite's module
                        # swallows, aborting the statement) - the only other way it returns "stop".
                        raise KeyboardInterrupt from None
        except ImportRejected:
            return _rejected(kind, name, problems.stored, problems, outcome)
        except WithdrawalsDeclined:
            return ImportResult(CANCELLED, kind, name, rows_read=int(outcome.get("rows_read", 0)),
                                withdrawn=outcome.get("withdrawn", {}))
        return ImportResult(IMPORTED, kind, name, outcome["rows_read"], outcome["rows_written"], problems.rows,
                            problems.count, tuple(problems.stored), outcome["batch_id"], outcome["months"],
                            outcome["branches"], notes=tuple(outcome.get("notes", ())),
                            changed_branches=outcome.get("changed", ()), withdrawn=outcome.get("withdrawn", {}))

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


def _file_problem(name: str, error: ImportFileError) -> ImportProblem:
    return ImportProblem(name, int(error.params.get("line", 0) or 0), "", error.message, error.params,
                         error.context)


def _rejected(kind: FileKind, name: str, stored: Iterable[ImportProblem], problems: Problems | None = None,
              outcome: Mapping[str, Any] | None = None) -> ImportResult:
    stored = tuple(stored)
    return ImportResult(REJECTED, kind, name, rows_read=int((outcome or {}).get("rows_read", 0)),
                        rows_rejected=problems.rows if problems else 0,
                        problem_count=problems.count if problems else len(stored), problems=stored,
                        unreadable=bool((outcome or {}).get("unreadable")))
