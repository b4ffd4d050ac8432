"""Backups: take one now, list them with their size and Jalali date, restore one after a confirmation - one of the
list, or any backup file chosen (one brought on a removable disk: the same service call, checks, questions and audit
event as ``backup restore FILE``) - and choose how often the scheduled backup runs (a timer in the window asks the
service whether one is due)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.backups.restore_consent import RestoreConsent, RestoreNeedsConsent
from desktop.backups.service import Backup, Restored
from desktop.context import AppServices
from desktop.domain.access import Action
from desktop.domain.backups import BackupSchedule
from desktop.store import busy
from desktop.store.backup import BackupFile
from desktop.store.errors import STORE_CONTEXT
from desktop.tasks import TaskProgress
from desktop.ui.changes import Area, ChangeNotifier
from desktop.ui.formatting import file_name, file_path, format_datetime, format_number, format_size
from desktop.ui.models.rows_model import Column, RowsTableModel
from desktop.ui.pages.page_support import in_background, read_only_table
from desktop.ui.settings import UiSettings
from desktop.ui.tasks import BackgroundTask, run_with_progress
from desktop.ui.widgets.backup_banner import ScheduledBackupBanner
from desktop.ui.widgets.edit_rights import Right, offer, read_only
from desktop.ui.widgets.errors import describe, show_error

CHECK_EVERY_MS = 10 * 60 * 1000


def _size(size: int) -> str:
    return format_size(size)


class ScheduledBackups(QObject):
    """Every few minutes, a backup when the schedule says one is due, in the background, whoever is signed in. A
    failure is said on ``banner`` until a backup is made (this one's next attempt, or "Back up now"); the service
    decides when the next attempt may come (desktop/backups/service.py)."""

    def __init__(self, services: AppServices, settings: UiSettings, parent: QObject | None = None, *,
                 banner: ScheduledBackupBanner | None = None, notifier: ChangeNotifier | None = None):
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self.banner = banner
        self._notifier = notifier
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        if notifier is not None:  # a backup made on the Backups page clears the banner
            notifier.changed.connect(lambda areas: self._show_failures() if Area.BACKUPS in areas else None)
        if services.database.path is not None:
            self.timer.start()
            QTimer.singleShot(60_000, self.check)

    def check(self) -> BackgroundTask | None:
        hours = self._settings.backup_every_hours
        if self._running or hours <= 0 or self._services.database.path is None:
            return None
        service = self._services.backups
        service.schedule = BackupSchedule(timedelta(hours=hours))
        self._running = True

        def job(_progress: TaskProgress) -> BackupFile | None:
            with busy.doing("backup create"):  # what another process waiting for the database is told
                return service.back_up_if_due()

        task = BackgroundTask(job, self)
        task.succeeded.connect(self._made)
        task.failed.connect(lambda _error: self._show_failures())  # logged by the service, with its next attempt
        task.finished.connect(lambda: setattr(self, "_running", False))
        return task.start()

    def _made(self, backup: BackupFile | None) -> None:
        if backup is not None and self._notifier is not None:
            self._notifier.announce(Area.BACKUPS)  # the Backups page lists it; the banner is cleared
        self._show_failures()

    def _show_failures(self) -> None:
        if self.banner is not None:
            self.banner.show_failures(self._services.backups.scheduled_failures)


class BackupsPage(QWidget):
    def __init__(self, services: AppServices, notifier: ChangeNotifier, settings: UiSettings,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._settings = settings
        self._notifier = notifier
        # A scheduled backup made meanwhile, or one made here: the list shows it.
        notifier.changed.connect(lambda areas: self.reload() if Area.BACKUPS in areas else None)
        who = services.principal
        self.create_button = QPushButton(self.tr("Back up now"))
        self.create_button.setObjectName("create")
        may_back_up = Right.of(who, Action.BACKUP)  # the page is shown only to those who may; the service decides
        offer(may_back_up, self.create_button)
        self.create_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.setVisible(who.can(Action.RESTORE))
        self.restore_button.clicked.connect(self._restore)
        self.restore_file_button = QPushButton(self.tr("Restore from a file…"), self)
        self.restore_file_button.setObjectName("restore_file")
        self.restore_file_button.setToolTip(self.tr(
            "A backup that is not in the list: one brought on a flash drive or a disk, or kept in another folder."))
        self.restore_file_button.setVisible(who.can(Action.RESTORE))
        self.restore_file_button.clicked.connect(self._restore_file)
        self.schedule = QComboBox()
        self.schedule.setObjectName("schedule")
        for hours, label in ((0, self.tr("Never")), (6, self.tr("Every 6 hours")), (24, self.tr("Every day")),
                             (168, self.tr("Every week"))):
            self.schedule.addItem(label, hours)
        self.schedule.setCurrentIndex(max(0, self.schedule.findData(settings.backup_every_hours)))
        self.schedule.currentIndexChanged.connect(
            lambda: setattr(self._settings, "backup_every_hours", int(self.schedule.currentData())))
        read_only(may_back_up, self.schedule)
        self.backups = RowsTableModel([
            Column(self.tr("Taken on"), lambda b: format_datetime(b.taken_at)),
            Column(self.tr("Size"), lambda b: _size(b.size_bytes), numeric=True),
            Column(self.tr("File"), lambda b: file_name(b.name)),
            Column(self.tr("Note"), lambda b: self.tr(
                "From an earlier version of Rasad: of this province, never removed by the rotation")
                if b.earlier else ""),
        ], self)
        self.view = read_only_table(self.backups, "backups")
        has_file = services.database.path is not None
        folder = services.backups.folder if has_file else Path()
        evidence = services.backups.evidence_folder if has_file else Path()
        where = QLabel(self.tr("Backups are kept in {folder}; the newest {keep} are kept, each checked with "
                               "SQLite's integrity check. The evidence files go beside them, into {evidence}, each "
                               "file once.").format(
            folder=file_path(str(folder)), keep=format_number(services.backups.keep),
            evidence=file_path(str(evidence))))
        where.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.create_button)
        top.addWidget(self.restore_button)
        top.addWidget(self.restore_file_button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Scheduled backup")))
        top.addWidget(self.schedule)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(where)
        layout.addWidget(self.view, 1)
        self.reload()

    def reload(self) -> None:
        service = self._services.backups
        in_background(self, self.tr("Backups"), service.backups, self.backups.set_rows)

    def back_up_now(self) -> BackgroundTask:
        service = self._services.backups
        def taken(backup: Backup) -> None:
            self._notifier.announce(Area.BACKUPS)  # listed here; a scheduled backup's failure no longer said
            if backup.evidence.not_copied:
                QMessageBox.warning(self, self.tr("Backups"), self.tr(
                    "The backup was written and checked, but {count} evidence files the database refers to are "
                    "missing or damaged in the evidence folder and could not be backed up.").format(
                    count=format_number(backup.evidence.not_copied)))

        def back_up(progress: TaskProgress) -> Backup:
            with busy.doing("backup create"):  # what another process waiting for the database is told
                return service.back_up_now(progress)

        return run_with_progress(self, self.tr("Taking a backup…"), back_up,
                                 taken, lambda error: show_error(self, self.tr("Backups"), error),
                                 message_context=STORE_CONTEXT, cancellable=False)

    def _restore(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, self.tr("Restore"), self.tr("Select the backup to restore first."))
            return
        backup = self.backups.row_at(index.row())
        self._ask_and_restore(backup.path, self.tr(
            "Replace the database with the backup of {date}? Every change since then is lost (the current database "
            "is kept beside it). Rasad closes afterwards; start it again.").format(
            date=format_datetime(backup.taken_at)))

    def _restore_file(self) -> None:
        """Any backup file, as ``backup restore FILE`` takes it: the service says what it is (another province's,
        another database's, damaged, newer) exactly as for a backup of the list."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a file"), str(Path.home()),
            self.tr("Rasad backups (*.sqlite3);;All files (*)"))
        if not chosen:
            return
        self._ask_and_restore(Path(chosen), self.tr(
            "Replace the database with the backup {file}? Every change made since it was taken is lost (the current "
            "database is kept beside it). Rasad closes afterwards; start it again.").format(
            file=file_name(chosen)))

    def _ask_and_restore(self, backup: Path, question: str) -> None:
        # A backup of another province or database, named before anything starts (a file read, milliseconds).
        another = self._services.backups.restore_question(backup)
        if another is not None:
            question = describe(another) + "\n\n" + question
        if self._ask(question):
            self.restore(backup, [another.consent] if another is not None else [])

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.warning(
            self, self.tr("Restore"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, backup: Path, consent: list[RestoreConsent] | None = None) -> BackgroundTask:
        service = self._services.backups
        given = list(consent or [])

        def refused(error: object) -> None:
            # What only the restore's own copy tells (no account left where there were accounts): asked, and
            # restored only when answered yes.
            if isinstance(error, RestoreNeedsConsent) and error.consent not in given and self._ask(
                    describe(error) + "\n\n" + self.tr("Restore it all the same?")):
                self.restore(backup, [*given, error.consent])
                return
            show_error(self, self.tr("Restore"), error)

        def restored(done: Restored) -> None:
            message = self.tr("The backup was restored and checked. Rasad closes now; start it again.")
            if done.evidence.not_copied:
                message += "\n\n" + self.tr(
                    "{count} evidence files the restored database refers to are neither in the evidence folder nor "
                    "beside the backup: their reports and resolutions list them as missing.").format(
                    count=format_number(done.evidence.not_copied))
            QMessageBox.information(self, self.tr("Restore"), message)
            window = self.window()
            window.close()

        def restore(progress: TaskProgress) -> Restored:
            with busy.doing("backup restore", str(backup)):
                return service.restore(backup, progress, given)

        return run_with_progress(self, self.tr("Restoring…"), restore,
                                 restored, refused, message_context=STORE_CONTEXT, cancellable=False)
