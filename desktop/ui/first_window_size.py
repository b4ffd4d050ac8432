"""The window's size at its first start, when no geometry is saved yet: the size it opens with (`FIRST_SIZE`), the
room a window manager's frame adds around it (`FRAME_ALLOWANCE`), and whether a screen whose free area cannot hold
both opens it maximized instead (`starts_maximized`: a 1366×768 laptop; docs/architecture.md, "First window
size"). `restore_geometry` applies them when the window is made; a saved geometry is restored as it was."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray
    from PySide6.QtWidgets import QWidget

#: The window's size at its first start (nothing saved yet), on a screen that holds it with its frame.
FIRST_SIZE = QSize(1280, 800)
#: Room for the title bar and frame around the window (a window manager's decorations are not in its size).
FRAME_ALLOWANCE = QSize(16, 48)


def starts_maximized(available: QSize) -> bool:
    """At its first start the window opens maximized where the screen's free area (without the taskbar) cannot
    hold :data:`FIRST_SIZE` and its frame - a 1366×768 laptop: 800 pixels would put the status line under the
    taskbar or off the screen."""
    return not (available.width() >= FIRST_SIZE.width() + FRAME_ALLOWANCE.width()
                and available.height() >= FIRST_SIZE.height() + FRAME_ALLOWANCE.height())


def fitted_minimum(available: QSize, minimum: QSize) -> QSize:
    """The window's minimum size on a screen whose free area is smaller than it (1024×768): no larger than that
    area less the frame. Kept, a window wider than the screen opened at its left edge and hid the navigation,
    which is on the right in Persian, and the menu; fitted, the pages are narrower than they were drawn for,
    but every part of the window is on the screen."""
    return minimum.boundedTo(QSize(available.width() - FRAME_ALLOWANCE.width(),
                                   available.height() - FRAME_ALLOWANCE.height()))


def restore_geometry(window: QWidget, saved: QByteArray | None) -> None:
    """``window`` where it was left (``saved``), else at its first start's size, maximized where that needs it;
    on a screen smaller than its minimum size, that minimum is made to fit first."""
    screen = window.screen()
    if screen is not None:
        window.setMinimumSize(fitted_minimum(screen.availableGeometry().size(), window.minimumSize()))
    if saved is not None:
        window.restoreGeometry(saved)  # Qt fits a geometry saved on a larger screen into this one
        return
    window.resize(FIRST_SIZE)
    if screen is not None and starts_maximized(screen.availableGeometry().size()):
        # Sized to the free area first, so that it fits even where nothing carries out the maximize (a bare X
        # server without a window manager); maximized wherever one does.
        available = screen.availableGeometry()
        window.setGeometry(available.adjusted(0, 0, -FRAME_ALLOWANCE.width(), -FRAME_ALLOWANCE.height()))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
