"""What works behind the main window once its database is open (`MainWindow.attach`): the integrity check and its
banner above the pages, the automatic sending's retries, the scheduled backups of a database in a file and, for a
signed-in user, the session lock; and stopping them when the window closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QVBoxLayout

    from desktop.context import AppServices
    from desktop.ui.main_window import MainWindow


def start_background(window: MainWindow, services: AppServices, outer: QVBoxLayout) -> None:
    """Set ``window``'s ``health_banner`` (first in ``outer``, above the pages), ``health_check``, ``sync_runner``,
    ``scheduled_backups`` (a database in a file only, its banner under the health banner) and ``session_lock``
    (None unless signed in)."""
    from desktop.ui.health_check import DatabaseHealthCheck
    from desktop.ui.widgets.health_banner import HealthBanner

    window.health_banner = HealthBanner()  # hidden until the integrity check finds a problem
    outer.insertWidget(0, window.health_banner)
    window.health_check = DatabaseHealthCheck(services, window.health_banner, window.statusBar(), window)
    from desktop.ui.sync_runner import SyncRunner

    window.sync_runner = SyncRunner(services, window.notifier, window)  # automatic retries, page shown or not
    from desktop.ui.pages.backups import ScheduledBackups

    if services.database.path is not None:
        from desktop.domain.access import Action
        from desktop.ui.widgets.backup_banner import ScheduledBackupBanner

        banner = ScheduledBackupBanner(services.principal.can(Action.BACKUP))  # hidden until a scheduled one fails
        outer.insertWidget(1, banner)
        window.scheduled_backups = ScheduledBackups(services, window.settings, window, banner=banner,
                                                    notifier=window.notifier)
    window.session_lock = None
    if services.principal.account_id is not None:
        from desktop.ui.session_lock import SessionLock

        window.session_lock = SessionLock(window, services, window.rebuild_pages)


def stop_background(window: MainWindow) -> None:
    """The window is closing: no more checks, retries or locks (its database is about to close)."""
    window.health_check.stop()
    window.sync_runner.stop()
    if window.session_lock is not None:
        window.session_lock.stop()
