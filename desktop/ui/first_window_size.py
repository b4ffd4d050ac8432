"""The window's size at its first start, when no geometry is saved yet: the size it opens with (`FIRST_SIZE`), the
room a window manager's frame adds around it (`FRAME_ALLOWANCE`), and whether a screen whose free area cannot hold
both opens it maximized instead (`starts_maximized`: a 1366×768 laptop; docs/architecture.md, "First window
size"). `MainWindow._restore_geometry` applies them; a saved geometry is restored as it was."""

from __future__ import annotations

from PySide6.QtCore import QSize

#: The window's size at its first start (nothing saved yet), on a screen that holds it with its frame.
FIRST_SIZE = QSize(1280, 800)
#: Room for the title bar and frame around the window (a window manager's decorations are not in its size).
FRAME_ALLOWANCE = QSize(16, 48)


def starts_maximized(available: QSize, minimum: QSize) -> bool:
    """At its first start the window opens maximized where the screen's free area (without the taskbar) cannot
    hold :data:`FIRST_SIZE` and its frame - a 1366×768 laptop: 800 pixels would put the status line under the
    taskbar or off the screen. A screen smaller than the window's minimum gains nothing from it."""
    fits_first = (available.width() >= FIRST_SIZE.width() + FRAME_ALLOWANCE.width()
                  and available.height() >= FIRST_SIZE.height() + FRAME_ALLOWANCE.height())
    holds_minimum = available.width() >= minimum.width() and available.height() >= minimum.height()
    return holds_minimum and not fits_first
