"""Startup benchmark probe: report when the main window is first painted, then quit.

Inactive unless `RASAD_STARTUP_PROBE` is set (by `benchmarks/startup.py`). The benchmark passes its
own `time.time()` at spawn in `RASAD_STARTUP_T0`, so the printed figure covers interpreter start,
imports, opening the database and building the window.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_IMPORTED_AT = time.time()


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, t0: float):
        super().__init__(window)
        self._t0 = t0
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            print(f"first-paint {time.time() - self._t0:.4f}", flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QCoreApplication.quit)
        return False


def install_first_paint_probe(window: QWidget) -> QObject | None:
    """If RASAD_STARTUP_PROBE is set, print `first-paint <seconds>` on the window's first paint and quit.

    Seconds are counted from RASAD_STARTUP_T0 (a `time.time()` value), else from this module's import.
    Call before `window.show()`.
    """
    if not os.environ.get("RASAD_STARTUP_PROBE"):
        return None
    t0 = float(os.environ.get("RASAD_STARTUP_T0") or _IMPORTED_AT)
    probe = _FirstPaint(window, t0)
    window.installEventFilter(probe)
    return probe
