"""Printing results and errors from the command line, in the user's language.

Messages below the UI are English source strings marked for translation; the command line
translates them with Qt's translator (QtCore only, no widgets) so errors read in Persian.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from desktop.domain.messages import DomainError, ValidationError


@dataclass
class CommandFailed(Exception):
    message: str
    exit_code: int = 1


_translator_ready = False


def _ensure_translator() -> None:
    global _translator_ready
    if _translator_ready:
        return
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.language import Language, install_language

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    language = Language(os.environ.get("RASAD_LANG", Language.PERSIAN.value))
    install_language(app, language)
    _translator_ready = True


def translated(context: str, text: str, **params: object) -> str:
    _ensure_translator()
    from desktop.ui.language import translate

    return translate(context, text, **params)


def describe(error: DomainError) -> str:
    message = translated(error.context, error.message, **error.params)
    if isinstance(error, ValidationError) and error.field:
        return f"{message} [{error.field}]"
    return message


def fail(error: DomainError, exit_code: int = 1) -> CommandFailed:
    return CommandFailed(describe(error), exit_code)


def print_error(message: str) -> None:
    print(message, file=sys.stderr)


def open_existing_database(path):
    """Open the database a command works on, or fail with a translated message (never a traceback)."""
    from desktop.domain.messages import QT_TRANSLATE_NOOP
    from desktop.store.database import open_database

    if not path.exists():
        raise CommandFailed(translated("Cli", QT_TRANSLATE_NOOP("Cli", "There is no database at {path}."),
                                       path=str(path)))
    try:
        return open_database(path, create=False)
    except DomainError as error:
        raise fail(error) from error
