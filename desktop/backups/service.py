"""Use cases of backups: take one now, take one when the schedule says so, list them, restore one.

Who may: :attr:`~desktop.domain.access.Action.BACKUP` to take one, ``RESTORE`` (the secretary) to restore.
The database must be closed before a restore (:meth:`BackupService.restore` closes it) and opened again
afterwards by the caller.

Left for later (issue 6): after a restore the outbox must resynchronise its bundle chain from the center's
receipts before anything is sent.
"""

from __future__ import annotations

from pathlib import Path

from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.backups import BackupSchedule
from desktop.store.backup import (
    DEFAULT_KEEP,
    BackupError,
    BackupFile,
    check_backup,
    create_backup,
    list_backups,
    restore_backup,
)
from desktop.store.database import Database


def default_folder(database_path: Path) -> Path:
    return database_path.parent / "backups"


class BackupService(ActsForPrincipal):
    def __init__(self, database: Database, clock: Clock, *, folder: Path | None = None, keep: int = DEFAULT_KEEP,
                 schedule: BackupSchedule | None = None, principal: Principal | None = None) -> None:
        if database.path is None:
            raise ValueError("an in-memory database has no backups")
        self._database = database
        self._clock = clock
        self.folder = folder or default_folder(database.path)
        self.keep = keep
        self.schedule = schedule or BackupSchedule()
        self._act_for(principal)

    def backups(self) -> list[BackupFile]:
        self.principal.require(Action.VIEW)
        return list_backups(self.folder)

    def back_up_now(self) -> BackupFile:
        self.principal.require(Action.BACKUP)
        assert self._database.path is not None
        return self._create(self._clock.now())

    def _create(self, now) -> BackupFile:  # noqa: ANN001
        """The copy is checked in full before it is kept; damage found there is the database's own, so from
        then on it refuses writes too (desktop/store/health.py)."""
        assert self._database.path is not None
        try:
            return create_backup(self._database.path, self.folder, now=now, keep=self.keep)
        except BackupError as error:
            if error.problems:
                self._database.health.mark_damaged(error.problems)
            raise

    def back_up_if_due(self) -> BackupFile | None:
        """The scheduled backup: taken by the app itself whoever is signed in, when the newest is too old."""
        assert self._database.path is not None
        existing = list_backups(self.folder)
        now = self._clock.now()
        if not self.schedule.is_due(existing[0].taken_at if existing else None, now):
            return None
        return self._create(now)

    def restore(self, backup: Path) -> Path | None:
        """Close the database and replace it with ``backup`` (verified first). Returns where the replaced
        database was kept. Open the database again afterwards."""
        self.principal.require(Action.RESTORE)
        from desktop.store.migrate import known_revisions

        assert self._database.path is not None
        known = sorted(known_revisions())
        check_backup(Path(backup), known_revisions=known)  # before closing: a bad choice leaves the app as it was
        self._database.close()
        return restore_backup(Path(backup), self._database.path, known_revisions=known)
