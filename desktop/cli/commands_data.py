"""`demo` (generate a demo province) and `db` (check or describe a database file)."""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.acting_user import acting_principal, add_user_argument
from desktop.cli.dates import cli_date
from desktop.cli.output import ExitCode
from desktop.domain.messages import QT_TRANSLATE_NOOP


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help=QT_TRANSLATE_NOOP(
        "CliHelp", "create a demo database of a realistic province (deterministic)"))
    demo.add_argument("--db", type=Path, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the database file to create"))
    demo.add_argument("--scale", choices=("normal", "large"), default="normal",
                      help=QT_TRANSLATE_NOOP(
                          "CliHelp", "normal: Qom-sized (about 100 branches); large: Tehran-sized (3,000 "
                                     "branches)"))
    demo.add_argument("--seed", type=int, default=1403, help=QT_TRANSLATE_NOOP(
        "CliHelp", "random seed (default %(default)s)"))
    demo.add_argument("--as-of", dest="as_of", type=cli_date,
                      help=QT_TRANSLATE_NOOP("CliHelp", "the demo's 'today', as YYYY-MM-DD (default: today)"))
    demo.set_defaults(handler=_demo)

    db = subparsers.add_parser("db", help=QT_TRANSLATE_NOOP(
        "CliHelp", "check a database file (integrity, schema version) and count its rows"))
    db.add_argument("action", nargs="?", choices=("check", "describe"), default="describe",
                    help=QT_TRANSLATE_NOOP(
                        "CliHelp", "check: only the full integrity check, with progress (exit 7 when "
                                   "damaged); describe (default): the check, then the schema revision and "
                                   "each table's rows"))
    db.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    db.add_argument("--details", action="store_true", help=QT_TRANSLATE_NOOP(
        "CliHelp", "when the database is damaged, also print what SQLite's check found, in its own English words "
                   "(for whoever is asked to look into it)"))
    add_user_argument(db)
    db.set_defaults(handler=_db)


def _demo(args: argparse.Namespace) -> int:
    from datetime import date

    from desktop.cli.output import CommandFailed, TerminalLine, fail, translated
    from desktop.demo.generator import SCALES, generate_demo
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
    from desktop.store.database import open_database

    if args.db.exists():
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "The file {path} already exists; the demo is only written into a new database."),
            path=str(args.db)))
    args.db.parent.mkdir(parents=True, exist_ok=True)
    # Written under a temporary name and given its own once whole: a demo stopped halfway (Ctrl+C, a kill, a
    # full disk) left an empty province under the name, which the next `demo` then refused to replace. What a
    # killed run leaves is removed when the app next starts on that database (backup.remove_leftovers).
    from desktop.store.backup import remove_leftovers

    remove_leftovers(args.db)  # a killed run's temporary file
    temporary = args.db.with_name(f".{args.db.name}.{os.getpid()}.part")
    started = time.perf_counter()
    line = TerminalLine()  # seconds for the normal demo, about 20 for the large one
    try:
        line.show(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Writing the demo province into {path}…"),
                             path=str(args.db)))
        # Nobody else opens the temporary file: its pages go to it once, not through the write-ahead log
        # (open_database's ``alone``), and it is put in WAL mode, as every database is, before it is named.
        database = open_database(temporary, alone=True)
        try:
            summary = generate_demo(database, scale=SCALES[args.scale], seed=args.seed,
                                    as_of=args.as_of or date.today())
            database.use_wal()
        finally:
            line.clear()
            database.close()
        _give_its_name(temporary, args.db)
    except BaseException as error:
        line.clear()
        _remove_database(temporary)
        if isinstance(error, FileExistsError):
            raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "The file {path} already exists; the demo is only written into a new database."),
                path=str(args.db))) from None
        if isinstance(error, DomainError):
            raise fail(error) from error
        raise
    elapsed = time.perf_counter() - started
    print(translated("Cli", QT_TRANSLATE_NOOP(
        "Cli", "Demo database written to {path} in {seconds} s. Districts: {districts}; branches: {branches}; "
               "solutions: {solutions}; operational programs: {programs}; activities: {activities}; "
               "progress reports: {updates}; meetings: {meetings}; resolutions: {resolutions}."),
        path=str(args.db), seconds=round(elapsed, 1), districts=summary.districts, branches=summary.branches,
        solutions=summary.solutions, programs=summary.programs, activities=summary.activities,
        updates=summary.progress_updates, meetings=summary.meetings, resolutions=summary.resolutions))
    return 0


def _give_its_name(temporary: Path, path: Path) -> None:
    """The finished demo under its name (never over a file that appeared there meanwhile: FileExistsError), its
    check record with it."""
    from desktop.store.check_record import record_path

    os.link(temporary, path)
    if record_path(temporary).exists():
        os.replace(record_path(temporary), record_path(path))
    temporary.unlink()


def _remove_database(path: Path) -> None:
    # -checked: desktop/store/check_record.py; -rebuild: desktop/indicators/rebuild_beside.py
    for suffix in ("", "-wal", "-shm", "-journal", "-checked", "-rebuild"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


#: Exit code of `db check` / `db` when the integrity check finds the database damaged.


def _db(args: argparse.Namespace) -> int:
    from desktop.cli.output import CommandFailed, open_existing_database, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.store.errors import DatabaseCorruptError
    from desktop.store.migrate import current_revision

    try:
        database = open_existing_database(args.db)
    except CommandFailed as failed:
        refused = failed.__cause__
        if not isinstance(refused, DatabaseCorruptError):
            raise
        # Refused at opening (cut short, its schema unreadable): damaged as much as a file its check fails.
        from desktop.cli.output import describe, print_error

        print_error(describe(refused))
        _print_findings(refused.problems, details=args.details)
        return ExitCode.DAMAGED
    try:
        from sqlalchemy import func, select

        from desktop.domain.access import Action, Reach

        acting_principal(database, args).require(Action.VIEW, Reach.ALL_DISTRICTS)
        if not _check(database, args.db, details=args.details):
            return ExitCode.DAMAGED
        if args.action == "check":
            return 0

        from desktop.store.models import Base

        print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{path}: integrity ok, schema revision {revision}."),
                 path=str(args.db), revision=current_revision(database.engine)))
        with database.reading() as session:
            for table in sorted(Base.metadata.tables.values(), key=lambda table: table.name):  # findable by name
                count = session.scalar(select(func.count()).select_from(table))
                print(f"  {table.name}: {count}")
    finally:
        database.close()
    return 0


def _print_findings(problems: tuple[str, ...], *, details: bool) -> None:
    """SQLite's own findings after the sentence that says them in words: with ``--details``, each on a line of
    stderr (in English, as SQLite wrote them: what someone asked to look into the file searches for); without,
    how to see them (a command line keeps no log)."""
    from desktop.cli.output import print_error, translated

    if not details:
        print_error(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "To see what SQLite found, run the same command with --details.")))
        return
    print_error(translated("Cli", QT_TRANSLATE_NOOP("Cli", "What SQLite found:")))
    for problem in problems:
        for line in problem.splitlines():
            print_error(f"  {line}")


def _check(database, path: Path, *, details: bool = False) -> bool:  # noqa: ANN001
    """The full integrity check with its progress on stderr (one line a table, or one updated line on a
    terminal). False, with the problems said in words (and SQLite's own with ``details``), when the database is
    damaged."""
    import sys

    from desktop.cli.output import describe, print_error, translated
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.store.health import DatabaseDamagedError
    from desktop.tasks import TaskProgress

    on_terminal = sys.stderr.isatty()
    started = time.perf_counter()

    def show(done: int, total: int, table: str) -> None:
        percent = 100 * done // total if total else 100
        line = translated("Cli", QT_TRANSLATE_NOOP("Cli", "Checking the database: {percent}% {table}"),
                          percent=percent, table=table or translated("Cli", QT_TRANSLATE_NOOP("Cli", "(the whole file)")))
        print(f"\r{line}\033[K" if on_terminal else line, end="" if on_terminal else "\n", file=sys.stderr,
              flush=True)

    report = database.health.check(TaskProgress(on_progress=show))
    if on_terminal:
        print(file=sys.stderr)
    if report.is_damaged:
        print_error(describe(DatabaseDamagedError(path, report.problems)))
        _print_findings(report.problems, details=details)
        return False
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{path}: the integrity check found no problem ({seconds} s)."),
                     path=str(path), seconds=round(time.perf_counter() - started, 1)))
    return True

