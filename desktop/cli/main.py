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
    commands_accounts,
    commands_app,
    commands_approval,
    commands_audit,
    commands_backup,
    commands_bundle,
    commands_comment,
    commands_data,
    commands_import,
    commands_indicators,
    commands_keys,
    commands_meetings,
    commands_plans,
    commands_report,
    commands_screenshots,
    commands_settings,
    commands_setup,
    commands_sync,
    help_texts,
)
from desktop.cli.usage import Parser
from desktop.domain.messages import QT_TRANSLATE_NOOP

COMMANDS = (commands_app, commands_setup, commands_data, commands_plans, commands_meetings, commands_import,
            commands_indicators, commands_report, commands_approval, commands_comment, commands_accounts,
            commands_audit, commands_keys, commands_bundle, commands_sync, commands_backup, commands_settings,
            commands_screenshots)


LANGUAGES = ("fa", "en")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(  # its usage errors and help in the user's language; every command's parser is one too
        prog="python -m desktop",
        description=QT_TRANSLATE_NOOP(
            "CliHelp", "Rasad (رصد): provincial follow-up of the Judiciary Transformation Document."),
        epilog=QT_TRANSLATE_NOOP(
            "CliHelp", "Exit codes: 0 done, 1 not done, 2 usage or sign-in, 3 refused to your role, 4 period "
                       "approved (locked), 5 database busy, 6 center unreachable, 7 database damaged, 8 a bundle "
                       "refused for good by the center, 130 interrupted (README.md)."),
    )
    parser.add_argument("--version", action="version", version=f"Rasad {__version__}")
    parser.add_argument("--lang", dest="cli_lang", choices=LANGUAGES, default=None, help=QT_TRANSLATE_NOOP(
        "CliHelp", "language of messages (default: RASAD_LANG, else Persian)"))
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", help=help_texts.COMMAND,
                                       title=QT_TRANSLATE_NOOP("CliHelp", "commands"))
    for module in COMMANDS:
        module.register(subparsers)
    for _path, leaf in leaf_parsers(parser):
        if "--lang" not in leaf._option_string_actions:  # `run --lang` is the window's own
            leaf.add_argument("--lang", dest="cli_lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                              help=QT_TRANSLATE_NOOP("CliHelp", "language of messages (fa or en)"))
    return parser


def leaf_parsers(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()
                 ) -> list[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """Every runnable command as (its words, its parser), e.g. (("approval", "approve"), parser)."""
    found: list[tuple[tuple[str, ...], argparse.ArgumentParser]] = []
    children = [action for action in parser._actions if isinstance(action, argparse._SubParsersAction)]
    if not children:
        return [(path, parser)]
    for action in children:
        for name, child in action.choices.items():
            found.extend(leaf_parsers(child, (*path, name)))
    return found


class _window:  # noqa: N801 - a namespace for one flag of this process
    opened = False


def ran_the_window() -> bool:
    """Whether this process's command was the window (``run``): its Qt objects save themselves (the window's
    preferences in QSettings) as they are destroyed at the exit, which a process leaving its objects to the exit
    (desktop/process_exit.py) would skip."""
    return _window.opened


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(words)
    if args.command is None:  # no command (perhaps only --lang): the window
        args = parser.parse_args([*words, "run"])
    if args.command == "run":
        args.lang = args.lang or args.cli_lang
        _window.opened = True
        return int(args.handler(args) or 0)
    from desktop.cli import output  # not loaded before the window paints
    from desktop.store import busy

    output.choose_language(args.cli_lang)
    busy.set_activity(" ".join(_command_words(args)), _subject(args))
    busy.set_wait_notice(output.print_wait_notice)
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # what is still buffered goes now: a reader gone by then is answered below, not at exit
        return code
    except KeyboardInterrupt:
        return output.ExitCode.INTERRUPTED
    except BrokenPipeError:  # the reader went away (`... | head`): nothing more to say to it
        _silence_stdout()
        return output.ExitCode.OK
    except Exception as error:
        if _raised_by_ctrl_c(error):
            return output.ExitCode.INTERRUPTED
        code = output.report(error)
        if code is None:
            raise
        return code
    finally:
        busy.set_wait_notice(None)


def _raised_by_ctrl_c(error: BaseException) -> bool:
    """Whether ``error`` was raised while a KeyboardInterrupt was being handled: Ctrl+C during a statement makes
    SQLAlchemy invalidate the connection, and the rollback or cleanup after it then fails in its turn. The
    transaction is not committed either way (SQLite drops it with the connection): the user's Ctrl+C is what to
    report, with its exit code, not the traceback of the cleanup."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__context__
    return False


def _silence_stdout() -> None:
    import os

    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (tests capture it)
        pass


#: The argument naming the file a command works on, for the lock-holder note (desktop/store/busy_words.py).
_SUBJECTS = {"import": "files", "backup restore": "backup", "report": "out"}


def _subject(args: argparse.Namespace) -> str:
    """The file(s) the command works on, one a line ("" when none is named)."""
    name = _SUBJECTS.get(" ".join(_command_words(args))) or _SUBJECTS.get(args.command)
    value = getattr(args, name, None) if name else None
    values = value if isinstance(value, list) else [value] if value else []
    return "\n".join(str(v) for v in values)


def _command_words(args: argparse.Namespace) -> list[str]:
    words = [args.command]
    for key, value in vars(args).items():  # backup_command, approval_command ...: the second word
        if key.endswith("_command") and isinstance(value, str):
            words.append(value)
    return words
