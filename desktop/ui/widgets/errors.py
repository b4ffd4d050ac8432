"""Showing a failure to the user: a clear translated message, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.messages import DomainError, ValidationError
from desktop.domain.system_errors import describe_os_error
from desktop.ui import account_changes
from desktop.ui.domain_text import said_error
from desktop.ui.formatting import file_name
from desktop.ui.language import translate

log = logging.getLogger(__name__)


def describe(error: object) -> str:
    account_changes.noticed(error)  # the account changed since its sign-in: the window locks once this is said
    if isinstance(error, DomainError):
        return said_error(error)
    if isinstance(error, OSError):
        return translate("Errors", "The file {name} could not be read or written: {reason}",
                         name=file_name(str(error.filename or "")), reason=describe_os_error(error))
    log.error("unexpected error shown to the user: %r", error)
    return translate("Errors", "Something went wrong and nothing was saved. Details were written to the log.")


_showing: list[str] = []  # the error box on screen, if any


def show_error(parent: QWidget, title: str, error: object) -> None:
    """A modal message box with the translated error. A second failure arriving while one box is open (two
    background jobs failing together, e.g. when a window closes under them) is logged, not stacked: a nested
    modal box inside another's event loop can outlive the widgets it belongs to."""
    if _showing:
        log.warning("not shown while another error is on screen: %s: %r", title, error)
        return
    _showing.append(title)
    try:
        QMessageBox.warning(parent, title, describe(error))
    finally:
        _showing.pop()


def field_of(error: object) -> str | None:
    return error.field if isinstance(error, ValidationError) else None


# Strings used above, marked so lupdate collects them under the "Errors" context.
def _strings_for_translation() -> None:  # pragma: no cover
    from desktop.domain.messages import QT_TRANSLATE_NOOP

    QT_TRANSLATE_NOOP("Errors", "The file {name} could not be read or written: {reason}")
    QT_TRANSLATE_NOOP("Errors", "Something went wrong and nothing was saved. Details were written to the log.")
