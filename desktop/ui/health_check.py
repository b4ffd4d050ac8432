"""The full integrity check from the window: once in the background after the home page shows its figures,
and on demand ("Check database", with a progress dialog). Its answer drives the banner; the refusal of
writes itself is in the store (desktop/store/health.py), whatever the window does."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from desktop.context import AppServices
from desktop.store.health import HealthReport, HealthStatus
from desktop.store.integrity_check import IntegrityCheckCancelled
from desktop.tasks import TaskProgress
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets.errors import show_error
from desktop.ui.widgets.health_banner import HealthBanner

log = logging.getLogger(__name__)

#: After the home page has its figures: let its chart and first paints go first on a two-core machine.
BACKGROUND_DELAY_MS = 1000


class DatabaseHealthCheck(QObject):
    #: A check finished somewhere (this window's, a backup's, the one before a first write), in any thread.
    _health_changed = Signal()
    #: A check found the database sound (in the window's thread).
    healthy = Signal()

    def __init__(self, services: AppServices, banner: HealthBanner, status_bar: QStatusBar, parent: QWidget):
        super().__init__(parent)
        self._services = services
        self._banner = banner
        self._window = parent
        self._task: BackgroundTask | None = None
        self._started = False
        self._status = QLabel()
        self._status.setObjectName("healthStatus")
        self._status.setStyleSheet("color: #5c677d;")
        self._status.hide()
        status_bar.addPermanentWidget(self._status)
        banner.check_requested.connect(self.check_now)
        # No payload crosses threads (see desktop/ui/tasks.py): the slot reads the report itself.
        self._health_changed.connect(self._show_current, Qt.ConnectionType.QueuedConnection)
        services.database.health.add_listener(self._from_any_thread)

    def _from_any_thread(self, _report: HealthReport) -> None:
        try:
            self._health_changed.emit()
        except RuntimeError:  # the window has closed: nothing left to show it on
            pass

    def _show_current(self) -> None:
        self._show_report(self._services.database.health.report)

    def start_in_background(self, delay_ms: int | None = None) -> None:
        """The check this process owes the file it opened (no work if a write or a sign-in made it already).
        Once per window: later calls (the home page reloading) do nothing."""
        if self._started:
            return
        self._started = True
        QTimer.singleShot(BACKGROUND_DELAY_MS if delay_ms is None else delay_ms, self._start)

    def _start(self) -> None:
        if self._task is not None:
            return
        health = self._services.database.health
        self._task = BackgroundTask(lambda progress: health.ensure_checked(progress), self)
        self._task.progressed.connect(self._show_progress)
        self._task.succeeded.connect(self._show_report)
        self._task.failed.connect(self._background_failed)
        self._task.finished.connect(self._finished)
        self._status.setText(self.tr("Checking the database…"))
        self._status.show()
        self._task.start()

    def _show_progress(self, done: int, total: int, _table: str) -> None:
        percent = 100 * done // total if total else 0
        self._status.setText(self.tr("Checking the database… {percent}%").format(percent=percent))

    def _show_report(self, report: HealthReport) -> None:
        self._banner.show_report(report, self._services.database.path)
        if report.status is HealthStatus.HEALTHY:
            self.healthy.emit()

    def _background_failed(self, error: object) -> None:
        if not isinstance(error, IntegrityCheckCancelled):
            log.warning("the background integrity check could not run: %r", error)

    def _finished(self) -> None:
        self._task = None
        self._status.hide()

    def check_now(self) -> None:
        """"Check database": a new full check behind a progress dialog; its answer shown."""
        health = self._services.database.health

        def done(report: HealthReport) -> None:
            self._show_report(report)
            if not report.is_damaged:
                QMessageBox.information(self._window, self.tr("Check database"), self.tr(
                    "The integrity check found no problem in the database."))

        def failed(error: object) -> None:
            if not isinstance(error, IntegrityCheckCancelled):
                show_error(self._window, self.tr("Check database"), error)

        text = self.tr("Checking the database: {table}")
        run_with_progress(self._window, self.tr("Checking the database…"),
                          lambda progress: health.check(_Described(progress, text)), done, failed)

    def stop(self) -> None:
        """The window closes: stop the background check (SQLite is interrupted within milliseconds)."""
        if self._task is not None:
            self._task.cancel()


class _Described:
    """Shows "Checking the database: case_record" rather than a bare table name in the progress dialog."""

    def __init__(self, progress: TaskProgress, text: str):
        self._progress = progress
        self._text = text

    def step(self, done: int, total: int, message: str = "") -> None:
        self._progress.step(done, total, self._text.format(table=message) if message else "")

    @property
    def is_cancelled(self) -> bool:
        return self._progress.is_cancelled
