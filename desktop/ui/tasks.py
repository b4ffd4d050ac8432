"""Run a long job off the UI thread, with a progress bar and a cancel button.

A job is a plain callable `job(progress: TaskProgress) -> result`. It runs in Qt's
thread pool; its progress and its outcome come back to the UI thread as signals,
so no worker ever touches a widget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain.messages import DomainError
from desktop.store.errors import DatabaseClosedError
from desktop.tasks import TaskCancelled, TaskProgress

log = logging.getLogger(__name__)


#: Every started task by id, until its worker has reported: the Python side of a task (its runnable, its signals)
#: must outlive the worker even when the widget that owned the task was deleted first.
_running: dict[int, BackgroundTask] = {}


def _release(task_id: int) -> None:
    task = _running.pop(task_id, None)
    if task is not None:
        task._runnable.forget()  # Qt's pool keeps the runnable's wrapper: it must not keep what the job held


def stop_background_jobs(timeout_ms: int = 10_000) -> bool:
    """Ask every running job to stop, then wait for them at most ``timeout_ms``; whether all have ended.

    Called before the database is closed at exit: a job still reading it then fails, and a worker thread still
    running Python while the interpreter shuts down can crash the process on its way out."""
    for task in list(_running.values()):
        task.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class _Signals(QObject):
    """Crosses from the worker to the UI thread carrying plain numbers and text only: the outcome itself
    stays in a Python attribute. (Queued signals carrying Python objects across threads have corrupted
    reference counts in PySide6 6.8+ — PYSIDE-3124 — seen here as "deallocating None".)"""

    progressed = Signal(int, int, str)
    done = Signal()


def _report_progress(signals: _Signals, done: int, total: int, message: str) -> None:
    try:
        signals.progressed.emit(done, total, message)
    except RuntimeError:  # the window that started the job has closed meanwhile: nobody is left to tell, so stop
        raise TaskCancelled() from None


def _nothing(_progress: TaskProgress) -> None:
    return None


class _Runnable(QRunnable):
    def __init__(self, job: Callable[[TaskProgress], Any], signals: _Signals, progress: TaskProgress):
        super().__init__()
        self._job = job
        self._signals = signals
        self._progress = progress
        self.outcome: tuple[str, Any] = ("cancelled", None)

    def forget(self) -> None:
        """Drop the job and its outcome once reported (and the job's closure with them: services, a page)."""
        self._job = _nothing
        self.outcome = ("cancelled", None)

    def run(self) -> None:
        try:
            self.outcome = ("succeeded", self._job(self._progress))
        except TaskCancelled:
            self.outcome = ("cancelled", None)
        except Exception as error:  # reported to the user by the UI thread, never swallowed
            if isinstance(error, DatabaseClosedError):  # it outlived its window (closed, signed out): no fault
                log.debug("background job found its database closed")
            elif not isinstance(error, DomainError):
                log.exception("background job failed")
            self.outcome = ("failed", error)
        try:
            self._signals.done.emit()
        except RuntimeError:  # the window that started the job has closed meanwhile: nobody is left to tell
            log.debug("background job finished after its owner was deleted")


class BackgroundTask(QObject):
    """One job in the thread pool. Connect to `succeeded`, `failed`, `cancelled`, `progressed`."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: Callable[[TaskProgress], Any], parent: QObject | None = None):
        super().__init__(parent)
        # Not a child of this task: the task dies with the widget that owns it, possibly while the worker is
        # emitting `done` on these signals, and a worker must never emit on a freed object (a crash, not an
        # error). Unparented, they live as long as the runnable that holds them; Qt drops the queued
        # connection to a task that is gone.
        self._signals = _Signals()
        self._progress = TaskProgress(on_progress=partial(_report_progress, self._signals))
        self._signals.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        self._signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._runnable = _Runnable(job, self._signals, self._progress)
        self._runnable.setAutoDelete(False)

    def start(self) -> BackgroundTask:
        _running[id(self)] = self  # kept alive until its worker has reported, whoever else holds it (or was deleted)
        # An id, not the task: a slot holding the task would keep it (and its job's closure) alive for ever.
        self._signals.done.connect(partial(_release, id(self)), Qt.ConnectionType.QueuedConnection)
        QThreadPool.globalInstance().start(self._runnable)
        return self

    def cancel(self) -> None:
        self._progress.cancel()

    def _on_done(self) -> None:
        kind, value = self._runnable.outcome
        if kind == "succeeded":
            self._on_succeeded(value)
        elif kind == "failed":
            self._on_failed(value)
        else:
            self._on_cancelled()

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
                      on_failure: Callable[[object], None], *, message_context: str = "",
                      cancellable: bool = True) -> BackgroundTask:
    """Start `job` in the background behind a modal-less progress dialog with a Cancel button. A step's message
    replaces the title as it comes or, with a ``message_context`` (a service's ``QT_TRANSLATE_NOOP`` source
    texts, the job's phases), is translated in it and shown under the title.

    ``cancellable=False``: a job that cannot stop halfway (a backup, a restore) shows no Cancel button - one
    that did nothing would let a user believe a restore he cancelled had not replaced his database."""
    dialog = QProgressDialog(title, QCoreApplication.translate("BackgroundTask", "Cancel"), 0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)  # type: ignore[arg-type] - Qt's way to remove it
    dialog.setWindowTitle(title)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # Qt shows the dialog only once a first value was set: a job that reports nothing before it is done (an
    # import's preview of a slow file) would otherwise run with no dialog at all.
    dialog.setValue(0)
    task = BackgroundTask(job, parent)

    def show_progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if message and message_context:  # a phase of the job, under its title
            dialog.setLabelText(f"{title}\n{QCoreApplication.translate(message_context, message)}")
        elif message:
            dialog.setLabelText(message)

    task.progressed.connect(show_progress)
    task.succeeded.connect(on_success)
    task.failed.connect(on_failure)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    if cancellable:
        dialog.canceled.connect(task.cancel)
    return task.start()
