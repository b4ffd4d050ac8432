"""Showing a failure to the user: a clear translated message, never a traceback."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.domain.messages import DomainError, ValidationError
from desktop.domain.system_errors import describe_os_error
from desktop.ui.formatting import file_name
from desktop.ui.language import translate

log = logging.getLogger(__name__)


#: The fields of a message that are a path or a file name (``path=str(path)`` by the project's convention).
_PATH_FIELDS = frozenset({"path", "folder", "file", "location", "name", "database"})


def describe(error: object) -> str:
    if isinstance(error, DomainError):
        return _said(error)
    if isinstance(error, OSError):
        return translate("Errors", "The file {name} could not be read or written: {reason}",
                         name=file_name(str(error.filename or "")), reason=describe_os_error(error))
    log.error("unexpected error shown to the user: %r", error)
    return translate("Errors", "Something went wrong and nothing was saved. Details were written to the log.")


def _said(error: DomainError) -> str:
    """The message with each path kept left to right in a Persian sentence («/tmp/huge.receipt ۳ گیگابایت» had
    its leading slash drawn at the far end, the figure inside the path's run), the messages inside it likewise."""
    params = {key: _said(value) if isinstance(value, DomainError)
              else file_name(value) if key in _PATH_FIELDS and _is_path(value)
              else value for key, value in error.params.items()}
    return translate(error.context, error.message, **params)


def _is_path(value: object) -> bool:
    return type(value) is str and ("/" in value or "\\" in value)  # a name alone (a person's) is left as it is


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
