"""Run a long job off the UI thread, with a progress bar and a cancel button.

A job is a plain callable `job(progress: TaskProgress) -> result`. It runs in Qt's
thread pool; its progress and its outcome come back to the UI thread as signals,
so no worker ever touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain.messages import DomainError
from desktop.tasks import TaskCancelled, TaskProgress

log = logging.getLogger(__name__)


_running: set[BackgroundTask] = set()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[TaskProgress], Any], signals: _Signals, progress: TaskProgress):
        super().__init__()
        self._job = job
        self._signals = signals
        self._progress = progress

    def run(self) -> None:
        try:
            result = self._job(self._progress)
        except TaskCancelled:
            self._signals.cancelled.emit()
        except Exception as error:  # reported to the user by the UI thread, never swallowed
            if not isinstance(error, DomainError):
                log.exception("background job failed")
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)


class BackgroundTask(QObject):
    """One job in the thread pool. Connect to `succeeded`, `failed`, `cancelled`, `progressed`."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: Callable[[TaskProgress], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._signals = _Signals(self)
        self._progress = TaskProgress(on_progress=self._signals.progressed.emit)
        self._signals.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._signals.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._signals.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        self._runnable = _Runnable(job, self._signals, self._progress)
        self._runnable.setAutoDelete(False)

    def start(self) -> BackgroundTask:
        _running.add(self)  # kept alive until it has reported, whoever else holds it
        self.finished.connect(lambda: _running.discard(self))
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._progress.cancel()

    def _on_succeeded(self, result: object) -> None:
        self.succeeded.emit(result)
        self.finished.emit()

    def _on_failed(self, error: object) -> None:
        self.failed.emit(error)
        self.finished.emit()

    def _on_cancelled(self) -> None:
        self.cancelled.emit()
        self.finished.emit()


def run_with_progress(parent: QWidget, title: str, job: Callable[[TaskProgress], Any],
                      on_success: Callable[[Any], None],
                      on_failure: Callable[[object], None]) -> BackgroundTask:
    """Start `job` in the background behind a modal-less progress dialog with a Cancel button."""
    dialog = QProgressDialog(title, QCoreApplication.translate("BackgroundTask", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = BackgroundTask(job, parent)

    def show_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message:
            dialog.setLabelText(message)

    task.progressed.connect(show_progress)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    dialog.canceled.connect(task.cancel)
    return task.start()
