"""Python's cycle collector, run only on the window's thread.

Left automatic, the collector runs in whichever thread happens to allocate when a threshold is crossed — often a
background job (desktop/ui/tasks.py). A Qt object that Python owns and that sits in a reference cycle (a page and
its job's closure, a task and its signals) is then destroyed in that worker thread while the window's thread uses
it: a deadlock or a crash, never an error. So automatic collection is turned off and the same generational
collection is run from a timer of the window's thread, as pyqtgraph's ``GarbageCollector`` does for the same
reason. Reference counting, which frees most objects, is untouched.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

#: How often the counts are looked at: often enough that garbage never piles up between two looks.
INTERVAL_MS = 500

_installed: MainThreadCollector | None = None


class MainThreadCollector(QObject):
    """Collects, on its own thread (the one that created it), what automatic collection would have."""

    def __init__(self, interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(interval_ms)

    def collect_due(self) -> None:
        """The generations whose counts are past their thresholds, as gc would have collected them."""
        young, middle, old = gc.get_count()
        if young > self._thresholds[0]:
            gc.collect(0)
            if middle > self._thresholds[1]:
                gc.collect(1)
                if old > self._thresholds[2]:
                    gc.collect(2)


def install_main_thread_collector(application: QObject) -> MainThreadCollector:
    """Turn automatic collection off and collect from ``application``'s thread instead (once per process)."""
    global _installed
    if _installed is None:
        _installed = MainThreadCollector(parent=application)
        gc.disable()
    return _installed


def main_thread_collector_installed() -> bool:
    """Whether automatic collection is off and collected from the window's thread (:func:`install_main_thread_collector`)."""
    return _installed is not None


def remove_main_thread_collector() -> None:
    """Automatic collection again (the tests: a test process runs window tests and then tests with no window)."""
    global _installed
    if _installed is not None:
        _installed._timer.stop()
        _installed.deleteLater()
        _installed = None
        gc.enable()
