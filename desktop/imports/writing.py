"""Writing one open import file into the database inside the import's transaction (desktop/imports/service.py):
its headers matched, its rows checked and written, then what they change derived - the branches' months rebuilt
and rolled up, a change to an approved month refused - and the notes the import adds.

The raw rows go in with ``executemany`` on the session's own SQLite connection, in batches of
:data:`BATCH_ROWS`, so memory stays flat; the only logged row is the
``import_batch`` one (ORM). A large CSV case listing is read and checked in a second process while this one writes
its rows (desktop/imports/checking_process.py). The branch registry (small files) is written through the ORM, so
each district and branch change is logged too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.clock import Clock
from desktop.domain.approval import ApprovalState, FiguresLocked, month_days
from desktop.domain.indicators.periods import month_period, period_month_indexes
from desktop.domain.jalali import JalaliPeriod
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.gc_pause import collector_paused
from desktop.imports import checking_process
from desktop.imports.branch_writer import BranchWriter, NoProvince
from desktop.imports.case_checker import CaseChecker
from desktop.imports.case_writer import CaseWriter, record_listing
from desktop.imports.checking_process import CheckedBatches, CheckingProcess
from desktop.imports.columns import FileKind, match_headers
from desktop.imports.csv_reader import CsvReader
from desktop.imports.derived_changes import any_histogram, changed_branches, signatures
from desktop.imports.month_checkers import MonthlyChecker
from desktop.imports.notes import (
    STATISTICS_BEFORE_OPENING_NOTE,
    ImportNote,
    below_a_title,
    expected_since_always,
)
from desktop.imports.parsing import month_label
from desktop.imports.problems import (
    DEFAULT_EARLIEST_YEAR,
    EARLIEST_YEAR_SETTING,
    ImportProblem,
    Problems,
    header_problems,
    no_header_known,
)
from desktop.imports.row_checker import RowChecker
from desktop.imports.table_reader import TableReader
from desktop.imports.validation import CHECKERS
from desktop.indicators.opened_branches import statistics_before_opening
from desktop.indicators.rollup import refresh_rollups
from desktop.store.approvals import (
    derived_figures,
    ensure_dates_unlocked,
    locked_months,
    locked_periods,
)
from desktop.store.models import Branch, CaseListingSpan, ImportBatch
from desktop.store.settings import get_setting
from desktop.tasks import TaskProgress

BATCH_ROWS = 10_000

# What an import is doing, as the message of its progress steps (the window translates it in the "Import"
# context): the rows are counted by the bytes read; the derived figures (a first province-wide listing: many
# seconds) by their steps, weighted by what each costs (desktop/indicators/rebuild_progress.py); the commit has
# no count, and shows as busy.
READING_ROWS = QT_TRANSLATE_NOOP("Import", "Reading and checking the rows…")
REBUILDING_BRANCHES = QT_TRANSLATE_NOOP("Import", "Computing the branches' monthly figures…")
ROLLING_UP = QT_TRANSLATE_NOOP("Import", "Summing the districts, the province and the periods…")
SAVING = QT_TRANSLATE_NOOP("Import", "Saving…")

NO_ROWS = QT_TRANSLATE_NOOP("Import", "{file} has column headers but no rows.")
NO_PROVINCE = QT_TRANSLATE_NOOP("Import", "Set up the province before importing branches.")


class ImportRejected(Exception):
    """The file is refused (its problems noted): leaves the transaction block so that it rolls back."""


def import_rows(session: Session, clock: Clock, user_name: str, reader: TableReader, kind: FileKind, sha256: str,
                remembered: Mapping[str, str], mapping: Mapping[str, str] | None, only_valid_rows: bool,
                problems: Problems, progress: TaskProgress, outcome: dict[str, Any], snapshot: bool = True,
                confirm_withdrawals: Callable[[Mapping[str, int]], bool] | None = None,
                newer_export: bool = False) -> None:
    """Write the rows of ``reader`` (a file of ``kind``) in ``session``'s transaction and derive what they change,
    filling ``outcome``; raises :class:`ImportRejected` (its problems in ``problems``) when the file is refused."""
    name = reader.path.name
    match = match_headers(kind, reader.headers, remembered, mapping)
    if not match.complete or match.repeated:
        if not match.mapping:
            problems.add(no_header_known(name, reader))
        for problem in header_problems(name, match, reader.header_line, reader.headers, reader.sheets):
            problems.add(problem)
        raise ImportRejected
    branches = {code: branch_id for code, branch_id in session.execute(select(Branch.code, Branch.id))}
    today = clock.today()
    checker = CHECKERS[kind](name, reader.headers, match, branches, today, problems)
    checker.wide_rows = reader.wide_rows  # filled as the rows are read
    checker.set_earliest_year(int(get_setting(session, EARLIEST_YEAR_SETTING, DEFAULT_EARLIEST_YEAR)
                                  or DEFAULT_EARLIEST_YEAR))
    if isinstance(checker, MonthlyChecker):
        for branch_id, first, last in session.execute(
                select(CaseListingSpan.branch_id, CaseListingSpan.first_month, CaseListingSpan.last_month)):
            checker.covered.setdefault(branch_id, []).append((first, last))
    # A large case listing starts being read and checked in a second process now, while this one sets up.
    with _checked_batches(reader, kind, checker, problems, progress) as batches:
        batch = ImportBatch(kind=kind.value, file_name=name[:500], sha256=sha256,
                            imported_by=user_name[:200])
        session.add(batch)
        session.flush()
        try:
            writer = _writer(session, kind, batch.id, checker, newer_export)
        except NoProvince:
            problems.add(ImportProblem(name, 0, "", NO_PROVINCE, {"file": name}))
            raise ImportRejected from None
        rows_read = rows_written = 0
        progress.step(*batches.progress(), READING_ROWS)
        # The loop makes millions of short-lived lists and tuples and no reference cycles: the cyclic garbage
        # collector would only scan them over and over (a third of the time with Python 3.11).
        with collector_paused():
            for count, records in batches:
                rows_read += count
                outcome["rows_read"] = rows_read
                if records:
                    rows_written += writer(records)
                del records
                progress.step(*batches.progress(), READING_ROWS)
    if isinstance(writer, CaseWriter):  # a known case's row from an older listing is refused only now
        rows_written -= writer.finish(problems)
    if rows_read == 0:
        problems.add(ImportProblem(name, 0, "", NO_ROWS, {"file": name}))
        raise ImportRejected
    if problems and (not only_valid_rows or rows_written == 0):
        raise ImportRejected
    months = checker.touched_months()
    # Month by month: a monthly-statistics or satisfaction file touches the months it has rows for (what one of
    # them carries into a later approved month is compared below); a case listing's months are its span.
    ensure_dates_unlocked(session, *(day for month in months for day in month_days(month, month)))
    notes: list[ImportNote] = [below_a_title(name, reader.header_line)] if reader.title_rows else []
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
        months = rebuild_from(session, touched, start, last,
                              on_step=lambda done, total: progress.step(done, total, REBUILDING_BRANCHES))
        _refuse_changed_approved_months(locked_before, derived_figures(session, touched, locked), approved)
        # Districts' and province's months, branch spans (docs/indicators.md): no histogram of the rebuilt
        # branch-months before or after (monthly statistics before the listings), none changed.
        refresh_rollups(session, months, touched, histograms_changed=had_histograms
                        or any_histogram(_driver(session), touched, start, last),
                        on_step=lambda done, total: progress.step(done, total, ROLLING_UP))
        # Nothing derived before (a first import): every branch-month with rows now has changed, and the
        # cheaper key-only query says which.
        after = signatures(_driver(session), touched, start, last, keys_only=not before)
        outcome["changed"] = changed_branches(_driver(session), before, after)
        notes += _statistics_before_opening(session, touched)
    if kind is FileKind.BRANCHES:  # a branch added or moved: its districts' months rolled up again
        refresh_rollups(session, (), ())
        if isinstance(writer, BranchWriter) and writer.expected_since_always:
            notes.append(expected_since_always(writer.expected_since_always))
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


def _checked_batches(reader: TableReader, kind: FileKind, checker: RowChecker, problems: Problems,
                     progress: TaskProgress) -> CheckedBatches:
    """The file's checked batches: a large CSV case listing's read and checked in a second process
    (desktop/imports/checking_process.py), any other file's here."""
    if (kind is FileKind.CASES and isinstance(reader, CsvReader) and isinstance(checker, CaseChecker)
            and reader.size >= checking_process.PROCESS_MIN_BYTES):
        return CheckingProcess(reader, checker, BATCH_ROWS, problems, lambda: progress.is_cancelled)
    return CheckedBatches(reader, checker, BATCH_ROWS)


def _statistics_before_opening(session: Session, branch_ids: Iterable[int]) -> list[ImportNote]:
    """A note for each of these branches that has statistics of its own before the month it opened."""
    return [ImportNote(STATISTICS_BEFORE_OPENING_NOTE, {"branch": code, "month": month_label(first),
                                                        "opened": month_label(opened)})
            for code, first, opened in statistics_before_opening(session.connection(), branch_ids)]


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


def _writer(session: Session, kind: FileKind, batch_id: int, checker: RowChecker,
            newer_export: bool) -> Callable[[list[tuple[Any, ...]]], int]:
    if kind is FileKind.BRANCHES:
        return BranchWriter(session)
    connection = _driver(session)
    if kind is FileKind.CASES:
        assert isinstance(checker, CaseChecker)
        return CaseWriter(connection, batch_id, checker, newer_export=newer_export)
    statement = (_MONTHLY_UPSERT if kind is FileKind.MONTHLY else _SATISFACTION_UPSERT).format(batch=int(batch_id))

    def write(records: list[tuple[Any, ...]]) -> int:
        connection.executemany(statement, records)
        return len(records)

    return write
