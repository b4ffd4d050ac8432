"""One sync job at a time, off the UI thread, and the automatic retry.

The window owns one :class:`SyncRunner` from the moment the database is open (not only once the "Send to
center" page is shown), so a bundle whose retry time has come — also one scheduled before a restart, which the
outbox keeps in ``next_attempt_at`` — is sent without the user asking. Sending what the outbox already holds
needs no signing key, so the automatic retry never asks for a passphrase. Manual jobs (cut, export, send) go
through the same runner, so two jobs never talk to the center or the outbox at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.messages import DomainError
from desktop.tasks import TaskProgress
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from desktop.context import AppServices

log = logging.getLogger(__name__)

RETRY_CHECK_MS = 30_000  # how often the runner looks whether a retry is due (the first back-off is 30 s)
FIRST_CHECK_MS = 5_000  # after opening: let the window settle before the first look


class SyncRunner(QObject):
    """``busy_changed(bool)`` when a job starts or ends; ``progressed`` relays the job's progress."""

    busy_changed = Signal(bool)
    progressed = Signal(int, int, str)

    def __init__(self, services: AppServices, notifier: ChangeNotifier, parent: QObject | None = None, *,
                 automatic: bool = True):
        super().__init__(parent)
        self._services = services
        self._notifier = notifier
        self._task: BackgroundTask | None = None
        self._stopped = False
        self.kind = ""
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_CHECK_MS)
        self.timer.timeout.connect(self.check_retry)
        if automatic:
            QTimer.singleShot(FIRST_CHECK_MS, self, self.check_retry)
            self.timer.start()

    def stop(self) -> None:
        """No more automatic retries (the window is closing; the database is about to close)."""
        self._stopped = True
        self.timer.stop()

    def is_busy(self) -> bool:
        return self._task is not None

    def run(self, kind: str, job: Callable[[TaskProgress], Any], on_success: Callable[[Any], None],
            on_failure: Callable[[object], None], on_cancelled: Callable[[], None] | None = None) -> bool:
        """Start ``job``; False (nothing started) while another job runs."""
        if self._task is not None:
            return False
        task = BackgroundTask(job, self)
        self._task = task
        self.kind = kind
        task.progressed.connect(self.progressed)
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        if on_cancelled is not None:
            task.cancelled.connect(on_cancelled)
        task.finished.connect(lambda: self._finished(task))
        self.busy_changed.emit(True)
        task.start()
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def check_retry(self) -> bool:
        """Send the outbox in the background when the first pending bundle is due; True if it started."""
        if self._task is not None or self._stopped:
            return False
        sync = self._services.sync
        if not sync.may_send():  # only someone who may send sends, also automatically
            return False
        try:
            if not sync.retry_due():
                return False
        except DomainError:  # no province yet, or no pinned key: nothing to retry
            return False
        return self.run("retry", lambda progress: sync.send_due(), self._retried, self._retry_failed)

    def _retried(self, report: Any) -> None:
        if report.failed:
            log.info("automatic send failed, next attempt at %s: %s", report.next_attempt_at, report.error)

    def _retry_failed(self, error: object) -> None:
        log.warning("automatic send could not run: %s", error)

    def _finished(self, task: BackgroundTask) -> None:
        if self._task is task:
            self._task = None
            self.kind = ""
            self.busy_changed.emit(False)
            self._notifier.announce(Area.SYNC)
