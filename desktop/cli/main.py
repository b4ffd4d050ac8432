"""The headless command line: `python -m desktop COMMAND ...`.

Every capability of the window can also be scripted from here. Each command lives
in its own module under `desktop/cli/` and registers itself in `COMMANDS`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli import (
    commands_app,
    commands_backup,
    commands_bundle,
    commands_comment,
    commands_data,
    commands_import,
    commands_indicators,
    commands_keys,
    commands_report,
    commands_screenshots,
    commands_sync,
)

COMMANDS = (commands_app, commands_data, commands_import, commands_indicators, commands_report, commands_keys,
            commands_bundle, commands_sync, commands_backup, commands_comment, commands_screenshots)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m desktop",
        description="Rasad (رصد): provincial follow-up of the Judiciary Transformation Document.",
    )
    parser.add_argument("--version", action="version", version=f"Rasad {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for module in COMMANDS:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv) or ["run"])
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        from desktop.cli.output import (  # not loaded before the window paints
            CommandFailed,
            describe,
            print_error,
        )
        from desktop.domain.messages import DomainError

        if isinstance(error, DomainError):  # e.g. a damaged page met while reading: its message, not a traceback
            print_error(describe(error))
            return 1
        if not isinstance(error, CommandFailed):
            raise
        print_error(error.message)
        return error.exit_code
