"""`screenshots`: pictures of every page and of the main dialogs of a database, as PNG files.

    python -m desktop screenshots --db PATH --out DIR [--lang fa|en] [--size 1366x768] [--as-of 2026-11-23]

The window is drawn offscreen (no screen needed) at the given size. The Qt layer (desktop/ui) is imported only
when the command runs. Exit codes: 0 written; 1 the database could not be opened or a picture not written;
2 a wrong argument (size, date) or an account is needed (``--user``); 3 the account's role may not export (a
viewer): the pictures are the province's data taken out of the window, recorded as an ``export.report`` event."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from desktop.cli import help_texts
from desktop.cli.acting_user import add_user_argument
from desktop.cli.dates import parse_cli_date
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.system_errors import describe_os_error

SIZE = re.compile(r"^(\d{3,5})[x×](\d{3,5})$")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("screenshots", help=QT_TRANSLATE_NOOP(
        "CliHelp", "save a PNG of every page and main dialog of a database"))
    parser.add_argument("--db", type=Path, required=True, help=help_texts.DATABASE)
    parser.add_argument("--out", type=Path, required=True, help=QT_TRANSLATE_NOOP(
        "CliHelp", "folder for the pictures (created if missing)"))
    parser.add_argument("--lang", choices=("fa", "en"), default="fa", help=QT_TRANSLATE_NOOP(
        "CliHelp", "language of the window (default %(default)s)"))
    parser.add_argument("--size", default="1366x768", help=QT_TRANSLATE_NOOP(
        "CliHelp", "window size WIDTHxHEIGHT (default %(default)s)"))
    parser.add_argument("--as-of", default=None, help=QT_TRANSLATE_NOOP(
        "CliHelp", "the day taken as today, e.g. 2026-11-23 (default: today)"))
    add_user_argument(parser)
    parser.set_defaults(handler=_screenshots)


def _screenshots(args: argparse.Namespace) -> int:

    from desktop.ui.offscreen_screen import offscreen_platform, wants_offscreen_default

    if wants_offscreen_default():  # a screen that holds the size asked for (Qt's own offscreen one is 800x800)
        asked = SIZE.match(args.size.strip())
        os.environ["QT_QPA_PLATFORM"] = offscreen_platform(
            (int(asked.group(1)), int(asked.group(2))) if asked else (0, 0))
    os.environ["RASAD_LANG"] = args.lang  # the command's own messages in the same language
    from PySide6.QtWidgets import QApplication

    from desktop.ui.fonts import install_fonts
    from desktop.ui.language import Language, install_language
    from desktop.ui.main_thread_gc import (
        install_main_thread_collector,
        main_thread_collector_installed,
        remove_main_thread_collector,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    # The collector runs from the window's thread while the pages are drawn, and automatic collection comes back
    # when the command ends, refused or not: `main()` called in a process that goes on (the tests) leaves it on.
    installed_here = not main_thread_collector_installed()
    install_main_thread_collector(app)
    try:
        install_language(app, Language(args.lang))
        install_fonts(app)
        return _render(args)
    finally:
        if installed_here:
            remove_main_thread_collector()


def _render(args: argparse.Namespace) -> int:
    """The pictures, once the application, its language, fonts and collector are set up."""
    from desktop.cli.acting_user import acting_principal
    from desktop.cli.output import CommandFailed, fail, open_existing_database, translated
    from desktop.domain.access import Action
    from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
    from desktop.exports.listing import record_written

    match = SIZE.match(args.size.strip())
    if match is None:
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "--size must be WIDTHxHEIGHT, such as 1366x768.")), exit_code=2)
    try:
        as_of = parse_cli_date(args.as_of) if args.as_of else None
    except ValueError:
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "--as-of must be a date such as 1405-09-02 (Jalali) or 2026-11-23.")), exit_code=2) from None
    database = open_existing_database(args.db)
    try:
        from PySide6.QtCore import QSize

        from desktop.clock import FixedClock, SystemClock
        from desktop.context import AppServices
        from desktop.paths import demo_database_path
        from desktop.ui.screenshots import render_screenshots

        principal = acting_principal(database, args)
        # The pictures are the province's data as the window shows it, in files: an export (not a viewer's),
        # refused before anything is drawn, and recorded once they are written.
        principal.require(Action.EXPORT)
        is_demo = args.db.resolve() == demo_database_path().resolve() or "demo" in args.db.name
        services = AppServices(database, FixedClock(as_of) if as_of else SystemClock(), is_demo=is_demo)
        services.set_principal(principal)
        try:
            shots = render_screenshots(services, args.out, QSize(int(match[1]), int(match[2])))
        except OSError as error:
            raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP(
                "Cli", "The pictures could not be written to {path}: {reason}"),
                path=str(args.out), reason=describe_os_error(error))) from error
        except DomainError as error:
            raise fail(error) from error
        record_written(database, principal, [shot.path for shot in shots], f"screenshots → {args.out.absolute()}")
    finally:
        database.close()
    for shot in shots:
        print(shot.path)
    print(translated("Cli", QT_TRANSLATE_NOOP("Cli", "{count} pictures written to {path}."),
                     count=len(shots), path=str(args.out)))
    return 0
