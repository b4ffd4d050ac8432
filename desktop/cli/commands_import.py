"""`import`: bring case-management exports (case listings, monthly statistics, satisfaction, branches) in."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_principal, add_user_argument
from desktop.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from desktop.tasks import TaskProgress

KINDS = ("cases", "monthly", "satisfaction", "branches")
PROBLEMS_SHOWN = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    command = subparsers.add_parser("import", help=QT_TRANSLATE_NOOP(
        "CliHelp", "import CSV or Excel exports of the case-management system"))
    command.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    command.add_argument("files", nargs="+", type=Path, metavar="FILE", help=QT_TRANSLATE_NOOP(
        "CliHelp", "CSV or .xlsx files"))
    command.add_argument("--kind", choices=KINDS, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the kind of every file (default: guessed from its headers)"))
    command.add_argument("--only-valid-rows", dest="only_valid_rows", action="store_true",
                         help=QT_TRANSLATE_NOOP(
                             "CliHelp", "write the valid rows of a file that has problems (default: write "
                                        "nothing)"))
    command.add_argument("--problems", type=Path, metavar="OUT.csv",
                         help=QT_TRANSLATE_NOOP("CliHelp", "save every file's problems to this CSV file"))
    command.add_argument("--not-snapshot", dest="snapshot", action="store_false",
                         help=QT_TRANSLATE_NOOP(
                             "CliHelp", "a case listing is partial: do not mark the cases it lacks as "
                                        "withdrawn (default: a listing is a full snapshot of the branches "
                                        "and months it covers)"))
    command.add_argument("--confirm-withdrawals", dest="confirm_withdrawals", action="store_true",
                         help=QT_TRANSLATE_NOOP(
                             "CliHelp", "accept that a snapshot case listing marks the pending cases it no "
                                        "longer holds withdrawn (default: asked on a terminal; elsewhere the "
                                        "file is not imported and the counts are printed)"))
    command.add_argument("--newer-export", dest="newer_export", action="store_true",
                         help=QT_TRANSLATE_NOOP(
                             "CliHelp", "the case listing is newer than every one imported before, though it "
                                        "shows pending a case one of them saw disposed of or moved away (a "
                                        "disposal or a move entered in error and undone): its rows are not "
                                        "refused as older"))
    command.add_argument("--earliest-year", dest="earliest_year", type=int, metavar="YEAR",
                         help=QT_TRANSLATE_NOOP(
                             "CliHelp", "store the earliest plausible registration year (the database "
                                        "setting, default 1370) before importing"))
    add_user_argument(command)
    command.set_defaults(handler=_import)


# Branch codes printed per month whose figures an import changed: a first listing changes every branch's (3,000
# codes made one line of 24,000 characters); the window shows as many (desktop/ui/pages/imports.py).
CHANGED_CODES_PRINTED = 10


def _print_summary(result, translate) -> None:
    """What the import replaced, withdrew or moved, and per month the branches whose figures changed."""
    from desktop.cli.output import listed, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.imports.parsing import month_label

    for note in result.notes:
        print(translate(note.context, note.reason, dict(note.params)))
    for month, codes in result.changed_branches:
        if len(codes) <= CHANGED_CODES_PRINTED:
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{month}: figures changed for {count} branches: {codes}"),
                             month=month_label(month), count=len(codes), codes=listed(codes)))
        else:
            print(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "{month}: figures changed for {count} branches: {codes} and {more} more"),
                month=month_label(month), count=len(codes), codes=listed(codes[:CHANGED_CODES_PRINTED]),
                more=len(codes) - CHANGED_CODES_PRINTED))


def _print_kind_unknown(path: Path, sheets: tuple[str, ...]) -> None:
    """No kind matches the headers. In a workbook of several sheets the data is likely on another sheet: say that
    only the first was read (--kind would not help)."""
    from desktop.cli.output import print_error, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.imports.problems import only_first_sheet

    if len(sheets) < 2:
        print_error(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path}: the kind of file could not be told from its headers; use --kind."), path=str(path)))
        return
    print_error(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "{path}: the kind of file could not be told from the headers of its first sheet."), path=str(path)))
    problem = only_first_sheet(path.name, sheets)
    print_error(translated(problem.context, problem.reason, **dict(problem.params)))


def _import(args: argparse.Namespace) -> int:
    from desktop.cli.output import ExitCode, describe, open_existing_database, print_error, translated
    from desktop.clock import SystemClock
    from desktop.domain.approval import PeriodLocked
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
    from desktop.imports.service import CANCELLED, ImportService
    from desktop.tasks import TaskCancelled

    database = open_existing_database(args.db)

    def translate(context: str, text: str, params: dict) -> str:
        return translated(context, text, **params)

    exit_code = 0
    all_problems = []
    try:
        service = ImportService(database, SystemClock(), principal=acting_principal(database, args))
        if args.earliest_year is not None:
            try:
                service.set_earliest_year(args.earliest_year)
            except DomainError as error:
                print_error(translate(error.context, error.message, error.params))
                return 1
        for path in args.files:
            kind = args.kind
            if kind is None:
                try:
                    preview = service.preview(path)
                except DomainError as error:
                    print_error(about_file(path, error.context, error.message, error.params))
                    exit_code = 1
                    continue
                kind = preview.kind
                if kind is None:
                    _print_kind_unknown(path, preview.sheets)
                    exit_code = 1
                    continue
            shown = _TerminalProgress(path.name)
            progress = shown.progress()
            # Withdrawals are accepted with --confirm-withdrawals, else asked on a terminal (the import run again
            # after "yes", as the window does), else the file is not imported: a script never withdraws cases
            # nobody saw (print_result prints their counts).
            accepted = args.confirm_withdrawals
            try:
                with _interrupt_cancels(progress):
                    result = service.import_file(path, kind, only_valid_rows=args.only_valid_rows,
                                                 snapshot=args.snapshot, progress=progress,
                                                 confirm_withdrawals=lambda _counts, accepted=accepted: accepted,
                                                 newer_export=args.newer_export)
                    if result.status == CANCELLED and not accepted:
                        shown.clear()
                        if _asked_to_withdraw(path, result.withdrawn):
                            result = service.import_file(path, kind, only_valid_rows=args.only_valid_rows,
                                                         snapshot=args.snapshot, progress=progress,
                                                         confirm_withdrawals=lambda _counts: True,
                                                         newer_export=args.newer_export)
            except TaskCancelled:
                shown.clear()
                print_error(translated("Cli", QT_TRANSLATE_NOOP(
                    "Cli", "{path}: the import was interrupted; nothing was written."), path=str(path)))
                return ExitCode.INTERRUPTED
            except PeriodLocked as error:  # this file's months: the next file may well be importable
                shown.clear()
                print_error(f"{path}: {describe(error)}")
                exit_code = max(exit_code, ExitCode.LOCKED)
                continue
            finally:
                shown.clear()
            all_problems.extend(result.problems)
            exit_code = max(exit_code, print_result(path, kind, result))
        if args.problems is not None and all_problems:
            ImportService.save_problems(all_problems, args.problems, translate)
            print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Problems saved to {path}."), path=str(args.problems)))
    finally:
        database.close()
    return exit_code


def _asked_to_withdraw(path: Path, counts: Mapping[str, int]) -> bool:
    """On a terminal, the question the window asks before a snapshot listing marks cases withdrawn (they stop
    counting as pending); asked after the trial run rolled back, so no lock is held while the user reads."""
    import sys

    from desktop.cli.output import translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    if sys.stdin is None or not sys.stdin.isatty() or not sys.stderr.isatty():
        return False
    print(_withdrawal_counts(path, counts), file=sys.stderr)
    answer = input(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Import the file and mark them withdrawn? [y/N] ")))
    return answer.strip().lower() in {"y", "yes", translated("Cli", QT_TRANSLATE_NOOP("Cli", "y")).lower()}


def _withdrawal_counts(path: Path, counts: Mapping[str, int]) -> str:
    from desktop.cli.output import listed, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    shown = sorted(counts.items())
    codes = listed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "branch {branch}: {count}"), branch=code, count=count)
                   for code, count in shown[:CHANGED_CODES_PRINTED])
    if len(shown) > CHANGED_CODES_PRINTED:
        codes = translated("Cli", QT_TRANSLATE_NOOP("Cli", "{codes} and {more} more branches"), codes=codes,
                           more=len(shown) - CHANGED_CODES_PRINTED)
    return translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "{path}: this case listing no longer holds {count} pending cases that earlier files brought; "
               "importing it marks them withdrawn (not deleted) - {codes}."),
        path=str(path), count=sum(counts.values()), codes=codes)


@contextmanager
def _interrupt_cancels(progress: TaskProgress) -> Iterator[None]:
    """Ctrl+C during an import cancels it, as the window's Cancel does: the running statement stops, the
    transaction rolls back and the command says so (exit code 130). Python's own KeyboardInterrupt would be raised
    at whatever line runs - inside SQLite's progress handler it is lost, elsewhere it can leave SQLAlchemy's
    transaction half-ended - and end in a traceback. A second Ctrl+C stops at once."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():  # only the main thread gets signals
        yield
        return

    def cancel(_signum: int, _frame: object) -> None:
        if progress.is_cancelled:
            raise KeyboardInterrupt
        progress.cancel()

    previous = signal.signal(signal.SIGINT, cancel)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class _TerminalProgress:
    """On a terminal, one line of stderr rewritten in place while a file is imported: its name, the share read
    and what the import is doing (the phases of desktop/imports/writing.py, translated); cleared before the
    result is printed. Nothing when stderr is not a terminal (a script's log keeps only the results)."""

    def __init__(self, name: str) -> None:
        from desktop.cli.output import TerminalLine

        self._name = name
        self._line = TerminalLine()

    def progress(self) -> TaskProgress:
        from desktop.tasks import TaskProgress

        # Its own, even when nothing is shown: Ctrl+C cancels it (the shared NO_PROGRESS must never be).
        return TaskProgress(on_progress=self._show if self._line.enabled else None)

    def _show(self, done: int, total: int, message: str) -> None:
        from desktop.cli.output import translated

        if not message:  # the file's hash, before the rows: no phase of its own to show
            return
        share = f"{100 * done // total}% " if total else ""
        self._line.show(f"{self._name}: {share}{translated('Import', message)}")

    def clear(self) -> None:
        self._line.clear()


def about_file(path: Path, context: str, text: str, params: Mapping[str, object]) -> str:
    """A message about the file ``path``, naming it once: one that names the file itself (its ``file`` field, the
    file's name: «empty.csv is empty.») names it as given on the command line; any other is said after its path."""
    from desktop.cli.output import translated

    if params.get("file") == path.name:
        return translated(context, text, **{**params, "file": str(path)})
    return f"{path}: {translated(context, text, **params)}"


def _where(problem) -> str:  # noqa: ANN001 - an ImportProblem
    """file:row:column, without the row of a problem of the whole file (row 0) or an empty column."""
    parts = [problem.file]
    if problem.row:
        parts.append(str(problem.row))
    if problem.column:
        parts.append(problem.column)
    return ":".join(parts)


def print_result(path: Path, kind: str, result) -> int:  # noqa: ANN001 - an ImportResult
    """What became of one file (and its first problems); 0 when it was imported or already there, else 1."""
    from desktop.cli.output import print_error, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.imports.columns import FileKind
    from desktop.imports.service import ALREADY_IMPORTED, CANCELLED, IMPORTED
    from desktop.ui.labels import FILE_KIND_LABELS

    exit_code = 0
    if result.status == CANCELLED:  # the withdrawals were not confirmed
        print_error(_withdrawal_counts(path, result.withdrawn))
        print_error(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} was not imported; nothing was written. Give --confirm-withdrawals to import it, or "
                   "--not-snapshot if the listing holds only some of the cases."), path=str(path)))
        return 1
    if result.status == ALREADY_IMPORTED:
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} was already imported; nothing changed."), path=str(path)))
    elif result.status == IMPORTED:
        print(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path}: {written} of {read} rows imported ({kind})."),
            path=str(path), written=result.rows_written, read=result.rows_read,
            kind=translated("FileKind", FILE_KIND_LABELS[FileKind(kind)])))
        if result.problem_count:
            print(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "Rows with problems left out: {count}."), count=result.rows_rejected))
        _print_summary(result, lambda context, text, params: translated(context, text, **params))
    else:
        exit_code = 1
        print_error(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "{path} was not imported (problems found: {count}); nothing was written."),
            path=str(path), count=result.problem_count))
    if result.status != ALREADY_IMPORTED:
        for problem in result.problems[:PROBLEMS_SHOWN]:
            if not problem.column and problem.params.get("file") == problem.file:  # the file's own: it names it
                print_error(about_file(path, problem.context, problem.reason, problem.params))
            else:
                reason = translated(problem.context, problem.reason, **dict(problem.params))
                print_error(f"{_where(problem)}: {reason}")
        if result.problem_count > PROBLEMS_SHOWN:
            print_error(translated("Cli", QT_TRANSLATE_NOOP("Cli", "… problems not shown: {count}."),
                                   count=result.problem_count - PROBLEMS_SHOWN))
        if result.has_older_rows and exit_code:  # once imported, the same file is not taken again
            print_error(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "If {path} is in fact the newer export (a disposal or a move entered in error and undone since "
                       "makes a newer export look older), import it with --newer-export."), path=str(path)))
    return exit_code
