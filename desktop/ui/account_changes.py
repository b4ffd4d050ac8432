"""A write refused because the signed-in account changed since its sign-in (desktop/accounts/live.py): the window
locks and asks for a sign-in again, whichever page or dialog showed the refusal.

Every refusal the window shows passes through :func:`desktop.ui.widgets.errors.describe`, which calls
:func:`noticed`; the window's session lock registers itself with :func:`on_refused`. A module of its own, so that
the error helpers need not know the window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

from desktop.accounts.errors import AccountChanged

_handler: list[Callable[[AccountChanged], None]] = []


def on_refused(handler: Callable[[AccountChanged], None] | None) -> None:
    """Who is told of such a refusal from now on (None: nobody; the window closed)."""
    _handler[:] = [handler] if handler is not None else []


def noticed(error: object) -> None:
    """``error`` is being shown: if it is an :class:`AccountChanged`, the window locks once the events in hand
    (the message box saying it) are done."""
    if isinstance(error, AccountChanged) and _handler:
        handler = _handler[0]
        QTimer.singleShot(0, lambda: handler(error))
