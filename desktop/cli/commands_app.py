"""`run`: start the window (optionally on the demo database, or once for a self-test)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.ui.window_pages import NAVIGATION_ICONS  # every page's key (no Qt imported)


def register(subparsers: argparse._SubParsersAction) -> None:
    run = subparsers.add_parser("run", help=QT_TRANSLATE_NOOP(
        "CliHelp", "start the window (the default command)"))
    run.add_argument("--db", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "database file (default: the user's data folder)"))
    run.add_argument("--demo", action="store_true",
                     help=QT_TRANSLATE_NOOP(
                         "CliHelp", "open the demo database (created on first use, apart from any real one)"))
    run.add_argument("--lang", choices=("fa", "en"), help=QT_TRANSLATE_NOOP(
        "CliHelp", "language of the window (default: saved setting, Persian)"))
    run.add_argument("--selftest", action="store_true",
                     help=QT_TRANSLATE_NOOP(
                         "CliHelp", "open the database, render the home page offscreen and exit 0"))
    run.add_argument("--screenshot", type=Path, help=QT_TRANSLATE_NOOP(
        "CliHelp", "save a picture of the first painted window and exit"))
    run.add_argument("--page", default=None, choices=tuple(NAVIGATION_ICONS), help=QT_TRANSLATE_NOOP(
        "CliHelp", "open on this page (one the signed-in user is given; else the overview)"))
    run.set_defaults(handler=_run)


def _run(args: argparse.Namespace) -> int:
    from desktop.ui.app import launch

    return launch(db_path=args.db, demo=args.demo, language=args.lang,
                  selftest=args.selftest, screenshot=args.screenshot, page=args.page)
