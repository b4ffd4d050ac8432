"""matplotlib, imported off the window's thread.

Importing matplotlib and its Qt canvas is about half a second of Python (0.54 s measured here; drawing a chart
after it 0.05 s). On the window's thread the window froze that long just after the overview's figures were
painted, the moment the driver chart was drawn (0.5-0.7 s on the large demo). The pages that draw a matplotlib
chart ask :func:`when_charts_loaded`: the first ask starts the import on a worker thread, and the drawing follows
on the window's thread once it is done; once loaded, every ask draws at once."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from desktop.tasks import TaskProgress
from desktop.ui.tasks import BackgroundTask
from desktop.ui.widgets.errors import show_error

_lock = threading.Lock()
_loaded = threading.Event()


def charts_loaded() -> bool:
    return _loaded.is_set()


def load_chart_library(_progress: TaskProgress | None = None) -> None:
    """Import matplotlib, its Qt canvas and the charts' own modules, and set its backend and fonts (once)."""
    with _lock:
        if _loaded.is_set():
            return
        from desktop.ui.charts import canvas

        canvas.configure_matplotlib_once()
        # What a chart's first drawing imports, imported here so that the window's thread does not - all but the
        # Qt canvas (matplotlib.backends.backend_qtagg, 0.03 s once the rest is in), which the window's thread
        # imports when it makes the first canvas (canvas.py): it defines subclasses of Qt classes, and doing
        # that on a worker thread while the window's thread ran Qt crashed the process (a segmentation fault
        # in CI, inside `class _IconEngine(QtGui.QIconEngine)`).
        import matplotlib.axes  # noqa: F401
        import matplotlib.backends.backend_agg  # noqa: F401
        import matplotlib.figure  # noqa: F401
        import matplotlib.ticker  # noqa: F401

        _loaded.set()


def when_charts_loaded(page: QWidget, title: str, draw: Callable[[], None]) -> None:
    """Call ``draw`` on the window's thread once matplotlib is imported: now if it is, else after a worker has
    imported it (not at all if ``page`` is gone by then; a failure is shown under ``title``)."""
    if _loaded.is_set():
        draw()
        return

    def loaded(_result: object) -> None:
        if isValid(page):
            draw()

    def failed(error: object) -> None:
        if isValid(page):
            show_error(page, title, error)

    task = BackgroundTask(load_chart_library)
    task.succeeded.connect(loaded)
    task.failed.connect(failed)
    task.start()
