"""Startup benchmark probe: report when the window is first painted and — what the user waits for — when a
page is painted *with its data*, then quit.

Inactive unless ``RASAD_STARTUP_PROBE`` is set (by ``benchmarks/startup.py``). The benchmark passes its own
``time.time()`` at spawn in ``RASAD_STARTUP_T0``, so the printed figures cover interpreter start, imports,
opening the database, building the page and loading its data.

* ``first-paint <seconds>``: the main window's first paint (information only: it happens before the database
  is even opened, so it says nothing about readiness);
* ``ready <seconds>``: the first paint of the page the window opens on (``run --page KEY``, default the
  overview) that happens *after* the page reports its data shown — the overview's figures, the indicators page's ranking.
  Then the application quits.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QWidget

_IMPORTED_AT = time.time()
#: How often the probe asks whether the page has its data (milliseconds): small beside any real startup.
POLL_MS = 5


def probe_enabled() -> bool:
    return bool(os.environ.get("RASAD_STARTUP_PROBE"))


def _t0() -> float:
    return float(os.environ.get("RASAD_STARTUP_T0") or _IMPORTED_AT)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, t0: float):
        super().__init__(window)
        self._t0 = t0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            print(f"first-paint {time.time() - self._t0:.4f}", flush=True)
            # What the window needed before it could paint at all: tests/ui/test_startup_imports.py reads it.
            print(f"modules-at-first-paint {loaded_packages()}", flush=True)
            watched.removeEventFilter(self)
        return False


def loaded_packages() -> str:
    """The packages imported so far, comma-separated: top-level names, ``desktop.<package>`` for ours."""
    return ",".join(sorted({".".join(name.split(".")[:2 if name.startswith("desktop.") else 1])
                            for name in list(sys.modules)}))


def install_first_paint_probe(window: QWidget) -> QObject | None:
    """If RASAD_STARTUP_PROBE is set, print ``first-paint <seconds>`` on the window's first paint. Call
    before ``window.show()``."""
    if not probe_enabled():
        return None
    probe = _FirstPaint(window, _t0())
    window.installEventFilter(probe)
    return probe


class _ReadyPaint(QObject):
    """Application-wide filter, installed once the page has its data: the next paint of the page or of
    any widget inside it is the moment the user sees the data."""

    def __init__(self, page: QWidget, t0: float, on_ready: Callable[[], None]):
        super().__init__(page)
        self._page = page
        self._t0 = t0
        self._on_ready = on_ready
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (not self._done and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and (watched is self._page or self._page.isAncestorOf(watched))):
            self._done = True
            print(f"ready {time.time() - self._t0:.4f}", flush=True)
            # What had to be imported for this page: tests/ui/test_startup_imports.py reads it.
            print(f"modules-at-ready {loaded_packages()}", flush=True)
            QCoreApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._on_ready)
        return False


def page_has_its_data(page: QWidget) -> bool:
    """The overview: its figures are shown; the indicators page: its first view (a ranked table, or no
    statistics yet) - both ``is_loaded``. Else a page with a ``current_table``: it has one. Any other page:
    built."""
    is_loaded = getattr(page, "is_loaded", None)
    if callable(is_loaded):
        return bool(is_loaded())
    current_table = getattr(page, "current_table", None)
    if callable(current_table):
        return current_table() is not None
    return True


def watch_until_ready(page: QWidget, on_ready: Callable[[], None] | None = None) -> None:
    """If RASAD_STARTUP_PROBE is set: once ``page`` has its data, print ``ready <seconds>`` at its next
    paint, then call ``on_ready`` (default: quit the application)."""
    if not probe_enabled():
        return
    t0 = _t0()
    app = QCoreApplication.instance()
    finish = on_ready or app.quit

    def arm() -> None:
        app.installEventFilter(_ReadyPaint(page, t0, finish))
        page.update()  # a paint is due anyway after the data arrived; make sure one is asked for

    loaded = getattr(page, "loaded", None)
    if loaded is not None and not page_has_its_data(page):
        # Armed inside the signal, before the paint that follows it: polling could miss that paint.
        loaded.connect(arm, Qt.ConnectionType.SingleShotConnection)
        return

    def poll() -> None:
        if not page_has_its_data(page):
            QTimer.singleShot(POLL_MS, poll)
            return
        arm()

    poll()
