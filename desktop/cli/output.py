"""Printing results and errors from the command line, in the user's language, and the exit codes.

Messages below the UI are English source strings marked for translation; the command line
translates them with Qt's translator (QtCore only, no widgets) so errors read in Persian (English with
``--lang en`` or ``RASAD_LANG=en``).

Every failure a user can cause ends here as one translated line on stderr and an exit code of
:class:`ExitCode` (the table in README.md, "Exit codes"): :func:`exit_code_for` maps the domain's errors,
:func:`report` turns any of them — or a file that cannot be used — into the line and the code.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from enum import IntEnum

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, ValidationError
from desktop.domain.system_errors import describe_os_error


class ExitCode(IntEnum):
    """What a command's exit status means (README.md, "Exit codes")."""

    OK = 0
    FAILED = 1  # not done: invalid input, a file or database that cannot be used, data with problems
    USAGE = 2  # wrong arguments, no --user, no password, sign-in refused
    REFUSED = 3  # the acting user's role or district does not allow it
    LOCKED = 4  # the period is approved: its data is locked
    BUSY = 5  # another process kept the database busy for longer than the wait limit
    UNREACHABLE = 6  # the center could not be reached, or asked to be tried again later
    DAMAGED = 7  # the database file is damaged (`db check`): restore a backup
    CENTER_REFUSED = 8  # the center refused a bundle for good: the outbox is blocked until `bundle recut`
    INTERRUPTED = 130  # Ctrl+C


@dataclass
class CommandFailed(Exception):
    message: str
    exit_code: int = ExitCode.FAILED


_translator_ready = False
_language_override: str | None = None


def choose_language(code: str | None) -> None:
    """``--lang``: this run's language (None: ``RASAD_LANG``, else Persian)."""
    global _language_override, _translator_ready
    if code != _language_override:
        _language_override = code
        _translator_ready = False


def _ensure_translator() -> None:
    global _translator_ready
    if _translator_ready:
        return
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.language import Language, install_language

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    code = _language_override or os.environ.get("RASAD_LANG", Language.PERSIAN.value)
    try:
        language = Language(code)
    except ValueError:
        language = Language.PERSIAN
    install_language(app, language)
    _translator_ready = True


def persian() -> bool:
    """Whether this run speaks Persian (``--lang``, else ``RASAD_LANG``, else Persian). Ask here, not
    ``current_language()``: that is only this run's language once its translator is installed."""
    _ensure_translator()
    from desktop.ui.language import Language, current_language

    return current_language() is Language.PERSIAN


def translated(context: str, text: str, **params: object) -> str:
    _ensure_translator()
    from desktop.ui.language import translate

    return translate(context, text, **params)


def listed(items: Iterable[str]) -> str:
    """``items`` joined as a list of this run's language: «، » in Persian, ", " in English."""
    _ensure_translator()
    from desktop.ui.formatting import list_separator

    return list_separator().join(items)


def describe(error: DomainError) -> str:
    """The error's message in this run's language; a refused value's field named after it in words («… Check the
    period.»)."""
    from desktop.cli.field_words import field_sentence

    message = translated(error.context, error.message, **error.params)
    if isinstance(error, ValidationError) and (sentence := field_sentence(error.field, translated)):
        return f"{message} {sentence}"
    return message


def exit_code_for(error: DomainError) -> ExitCode:
    """The exit code of a refused request, by the kind of error (one place for every command)."""
    from desktop.accounts.errors import AccountChanged, SignInError
    from desktop.domain.access import PermissionDenied
    from desktop.domain.approval import PeriodLocked
    from desktop.store.busy import DatabaseBusyError
    from desktop.sync.errors import RotationNotDeliveredError

    for kind, code in ((PermissionDenied, ExitCode.REFUSED), (AccountChanged, ExitCode.REFUSED),
                       (PeriodLocked, ExitCode.LOCKED), (DatabaseBusyError, ExitCode.BUSY), (SignInError, ExitCode.USAGE),
                       (RotationNotDeliveredError, ExitCode.UNREACHABLE)):
        if isinstance(error, kind):
            return code
    return ExitCode.FAILED


def fail(error: DomainError, exit_code: int | None = None) -> CommandFailed:
    """A Rasad error as a command failure: its translated message, and its exit code unless one is given."""
    return CommandFailed(describe(error), exit_code_for(error) if exit_code is None else exit_code)


def report(error: BaseException) -> int | None:
    """Print ``error`` as one translated line and return its exit code; None when it is not something a
    user can cause (a bug: the caller lets it show)."""
    if isinstance(error, CommandFailed):
        failure = error
    elif isinstance(error, DomainError):
        failure = fail(error)
    elif isinstance(error, OSError):
        failure = file_failure(error)
    elif _is_locked_database(error):  # a lock taken outside a write session's bounded wait
        from desktop.store.busy import DatabaseBusyError

        failure = fail(DatabaseBusyError(None, 0, None))
    else:
        return None
    print_error(" ".join(failure.message.split()))  # one line, whatever the message held
    return int(failure.exit_code)


def file_failure(error: OSError, path: object | None = None) -> CommandFailed:
    return CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "The file {path} could not be used ({reason})."),
                                    path=str(path or error.filename or "?"), reason=describe_os_error(error)))


def _is_locked_database(error: BaseException) -> bool:
    import sqlite3

    cause = getattr(error, "orig", error)  # SQLAlchemy wraps the sqlite3 error
    return isinstance(cause, sqlite3.OperationalError) and "locked" in str(cause)


def print_error(message: str) -> None:
    TerminalLine.clear_shown()  # a message said meanwhile (a wait for another program) takes a line of its own
    print(message, file=sys.stderr)


def open_existing_database(path):
    """Open the database a command works on, or fail with a translated message (never a traceback)."""
    from desktop.store.database import open_database

    if not path.exists():
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "There is no database at {path}."),
                                       path=str(path)))
    # What a backup or a restore killed midway left beside it and in its backup folder, as the window does at
    # its start: a command run afterwards found a 35 MB ``.<name>.restore-<pid>.part`` still there.
    from desktop.store.backup import remove_leftovers

    with suppress(OSError):  # a folder it cannot write in: the command goes on, they stay
        remove_leftovers(path, path.parent / "backups")
    try:
        database = open_database(path, create=False)
    except DomainError as error:
        raise fail(error) from error
    if sys.stderr.isatty():
        database.health.show_first_write_check = _CheckOnTerminal.shown
    return database


class TerminalLine:
    """One line of stderr rewritten in place (a long command's progress on a terminal), cleared when done; nothing
    at all when stderr is not a terminal (a script's log keeps only the results)."""

    _on_screen: TerminalLine | None = None  # the line the terminal shows now, if any

    def __init__(self) -> None:
        self._shown = ""
        self.enabled = sys.stderr.isatty()

    def show(self, text: str) -> None:
        if self.enabled and (text != self._shown or TerminalLine._on_screen is not self):
            print(f"\r{text}\033[K", end="", file=sys.stderr, flush=True)
            self._shown = text
            TerminalLine._on_screen = self

    def clear(self) -> None:
        if self._shown and TerminalLine._on_screen is self:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
            TerminalLine._on_screen = None
        self._shown = ""

    @classmethod
    def clear_shown(cls) -> None:
        """Clear whichever line the terminal shows (before a message of its own); it comes back at its next
        update."""
        if cls._on_screen is not None:
            cls._on_screen.clear()


class _CheckOnTerminal:
    """The whole-file check that a command's first change waits for, when the file is not as it was last recorded
    checked (copied, restored by hand, changed by another program): 3.5 s on the large demo, said on one line
    of stderr rewritten in place and cleared when it is done. A command that only reads never waits for it."""

    is_cancelled = False  # Ctrl+C stops it (KeyboardInterrupt), not a flag

    def __init__(self) -> None:
        self._line = TerminalLine()

    @classmethod
    @contextmanager
    def shown(cls) -> Iterator[_CheckOnTerminal]:
        progress = cls()
        try:
            yield progress
        finally:
            progress._line.clear()

    def step(self, done: int, total: int, _table: str = "") -> None:
        if not total:  # a check in one pass (started ahead of the command's write): its share is not known
            self._line.show(translated("Cli", QT_TRANSLATE_NOOP("Cli", "Checking the database before its first change…")))
            return
        self._line.show(translated(
            "Cli", QT_TRANSLATE_NOOP("Cli", "Checking the database before its first change: {percent}%"),
            percent=100 * done // total))


def print_wait_notice(holder, limit_seconds: float) -> None:  # noqa: ANN001 - a desktop.store.busy.LockHolder
    """Said once when a write has waited a few seconds for another process."""
    from desktop.store.busy import OPEN_ELSEWHERE
    from desktop.store.busy_words import activity_words

    if holder is OPEN_ELSEWHERE:
        text = translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Waiting for the database: it is open in another Rasad window or command, or a backup is being "
                   "restored into it (at most {seconds} s)…"), seconds=round(limit_seconds))
    elif holder is None or holder.pid is None:
        text = translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Waiting for the database: another program is changing it (at most {seconds} s)…"),
            seconds=round(limit_seconds))
    else:
        text = translated("Cli", QT_TRANSLATE_NOOP(
            "Cli", "Waiting for the database: it is busy with {activity} (process {pid}); at most {seconds} s…"),
            activity=activity_words(holder), pid=holder.pid, seconds=round(limit_seconds))
    print_error(text)
