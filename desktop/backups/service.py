"""Use cases of backups: take one now, take one when the schedule says so, list them, restore one.

Who may: :attr:`~desktop.domain.access.Action.BACKUP` to take one, ``RESTORE`` (the secretary) to restore.
The database must be closed before a restore (:meth:`BackupService.restore` closes it) and opened again
afterwards by the caller.

Every backup and restore is an audit event (issue 11); leftovers of a backup or restore killed midway are
removed when the service is made (at start).

The evidence files the database refers to go beside the backups (``<backup folder>/evidence``, each file once,
only the new ones copied each time) and come back from there into the evidence folder when a backup is restored
(desktop/store/evidence_copies.py): a backup carried to another computer brings its documents with it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from desktop.backups.database_contents import (
    holds_nothing,
    remove_database_files,
    remove_empty_tree,
    require_a_province,
    require_nothing_to_lose,
)
from desktop.backups.restore_consent import (
    RestoreConsent,
    RestoreNeedsConsent,
    needed_consents,
    require_consent,
)
from desktop.clock import Clock
from desktop.domain.access import Action, ActsForPrincipal, Principal
from desktop.domain.approval import ApprovalState, RestoreFiguresLocked
from desktop.domain.backups import BackupSchedule, FailedBackups
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.audit import BACKUP_CREATE, record_event
from desktop.store.backup import (
    BACKUP_PHASES,
    DEFAULT_KEEP,
    RESTORE_PHASES,
    Phases,
    create_backup,
    remove_leftovers,
    restore_backup,
    try_restore,
)
from desktop.store.backup_origin import (
    BackupFile,
    BackupOrigin,
    identity_for_backup,
    keep_identity,
    list_backups,
    origin_of,
    owner_of,
    readable_origin,
    rotate,
)
from desktop.store.backup_refusals import BackupError
from desktop.store.database import Database
from desktop.store.evidence import EvidenceStore
from desktop.store.evidence_copies import BACKUP_EVIDENCE, EvidenceCopies, copy_referenced
from desktop.store.integrity_check import CheckProgress

log = logging.getLogger(__name__)
EVIDENCE_NOT_COPIED = QT_TRANSLATE_NOOP(
    "Store", "The backup “{path}” was written and checked, but its evidence files could not be copied beside it: "
             "{reason}")
#: No limit on a file already in the evidence folder (its size was checked when it was added).
_ANY_SIZE = 1 << 40


@dataclass(frozen=True)
class Backup(BackupFile):
    """A backup just taken, with what copying its evidence files beside it found."""

    evidence: EvidenceCopies = EvidenceCopies()


@dataclass(frozen=True)
class Restored:
    """A restore done: where the replaced database was kept (None when there was none), and what bringing the
    backup's evidence files back into the evidence folder found."""

    kept: Path | None
    evidence: EvidenceCopies


def _ledger_marker(database: Database) -> tuple[int, tuple[tuple[str, str], ...]]:
    """The newest change-log id and the locked (approved or submitted) periods with their snapshot hashes: while
    it stays the same, a restore's check of the locked figures stays true."""
    from sqlalchemy import func, select

    from desktop.store.models import ChangeLog, PeriodApproval

    with database.session() as session:
        newest = session.scalar(select(func.max(ChangeLog.id))) or 0
        approved = tuple((period, digest) for period, digest in session.execute(
            select(PeriodApproval.period, PeriodApproval.snapshot_sha256).where(
                PeriodApproval.state.in_(("approved", "submitted"))).order_by(PeriodApproval.period)))
    return newest, approved


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
        #: The scheduled backups that failed since the last one made (None: none failed).
        self.scheduled_failures: FailedBackups | None = None
        self._act_for(principal)
        remove_leftovers(database.path, self.folder)  # of a backup or restore killed midway
        # ... and of an evidence copy killed halfway, in the evidence folder and beside the backups
        for store in (database.evidence_dir, self.evidence_folder):
            if store is not None:
                EvidenceStore(store).discard_incomplete()

    @property
    def evidence_folder(self) -> Path:
        """Where the evidence files go beside the backups."""
        return self.folder / BACKUP_EVIDENCE

    def backups(self) -> list[BackupFile]:
        """This database's backups in :attr:`folder`, newest first: those its identity is in, and those of an
        earlier version of its province (``earlier``); another database's kept in the same folder are not.
        The backup right's, as the Backups page that lists them (hidden from a district head and a viewer): the
        files, their days and sizes are no reader's business."""
        self.principal.require(Action.BACKUP)
        return self._own_backups()

    def _own_backups(self) -> list[BackupFile]:
        return list_backups(self.folder, owner_of(self._database))

    def back_up_now(self, progress: CheckProgress | None = None) -> Backup:
        """``progress`` hears its phases (:data:`~desktop.store.backup.BACKUP_PHASES`, context ``Store``)."""
        self.principal.require(Action.BACKUP)
        assert self._database.path is not None
        from desktop.accounts.live import require_unchanged

        require_unchanged(self._database)  # before the copy: an account disabled since takes no copy of the data
        return self._create(self._clock.now(), progress)

    def _create(self, now, progress: CheckProgress | None = None) -> Backup:  # noqa: ANN001
        """The copy is checked in full before it is kept; damage found there is the database's own, so from
        then on it refuses writes too (desktop/store/health.py)."""
        assert self._database.path is not None
        # In the backup: whose it is (desktop/store/backup_origin.py); a new one is the database's once recorded.
        identity, new = identity_for_backup(self._database)
        try:
            made = create_backup(self._database.path, self.folder, now=now, keep=None,
                                 phases=Phases(progress, BACKUP_PHASES), identity=identity if new else None)
        except BackupError as error:
            if error.problems:
                self._database.health.mark_damaged(error.problems)
            raise
        # Recorded before the older backups are rotated away, and kept only when recorded: a backup refused for
        # a busy database (exit 5, "nothing written") had been kept unrecorded, the old ones already removed.
        try:
            self._audit(made, identity=identity if new else None)
        except BaseException:
            made.path.unlink(missing_ok=True)
            raise
        rotate(self.folder, self.keep, owner_of(self._database))  # its own only, never another database's
        self.scheduled_failures = None  # scheduled or not, a backup was made: nothing failed is left to say
        return Backup(made.path, made.taken_at, made.size_bytes, evidence=self._evidence_beside(made))

    def _evidence_beside(self, made: BackupFile) -> EvidenceCopies:
        """The evidence files the backup refers to, copied beside it (those already there are not copied again)."""
        if self._database.evidence_dir is None:
            return EvidenceCopies()
        try:
            return copy_referenced(made.path, EvidenceStore(self._database.evidence_dir),
                                   EvidenceStore(self.evidence_folder, _ANY_SIZE))
        except (OSError, DomainError) as error:
            from desktop.domain.system_errors import describe_os_error

            reason = describe_os_error(error) if isinstance(error, OSError) else error  # translated with it
            raise BackupError("Store", EVIDENCE_NOT_COPIED, {"path": str(made.path), "reason": reason}) from error

    def _audit(self, made: BackupFile, who: Principal | None = None, *, identity: str | None = None) -> None:
        with self._database.session() as session:
            if identity is not None:
                keep_identity(session, identity)
            record_event(session, who or self.principal, BACKUP_CREATE, f"{made.path} ({made.size_bytes} bytes)",
                         at=self._clock.now())

    def back_up_if_due(self) -> Backup | None:
        """The scheduled backup, by the app whoever is signed in, when the newest is too old. A failure is logged and
        kept (:attr:`scheduled_failures`, said until a backup is made); the next waits (30 min doubling to 6 h)."""
        assert self._database.path is not None
        now = self._clock.now()
        failed = self.scheduled_failures
        if failed is not None and now < failed.next_attempt_at:
            return None
        existing = self._own_backups()
        if not self.schedule.is_due(existing[0].taken_at if existing else None, now):
            return None
        try:
            return self._create(now)
        except Exception as error:
            self.scheduled_failures = failed = FailedBackups.following(failed, now, error)
            log.warning("the scheduled backup into %s failed (%d in a row; next attempt at %s): %s", self.folder,
                        failed.count, failed.next_attempt_at.isoformat(timespec="minutes"),
                        error.english() if isinstance(error, DomainError) else repr(error))
            raise

    def restore_question(self, backup: Path) -> RestoreNeedsConsent | None:
        """What :meth:`restore` would refuse ``backup`` for unless consented to, as far as the backup file tells
        at once (read only, milliseconds): another province, or another database of this province. The window
        asks this before it starts; the restore itself checks again, and for accounts too, on its copy."""
        self.principal.require(Action.RESTORE)
        origin = origin_of(Path(backup))
        if origin is None:
            return None  # not readable as a Rasad database: the restore says why
        needed = needed_consents(readable_origin(self._database) or BackupOrigin(None), origin, Path(backup),
                                 self._database.path)
        return next((n for n in needed if n.consent is not RestoreConsent.WITHOUT_ACCOUNTS), None)

    def restore(self, backup: Path, progress: CheckProgress | None = None,
                consent: Iterable[RestoreConsent] = ()) -> Restored:
        """Close the database and replace it with ``backup`` (verified first), and bring the evidence files it
        refers to back from beside it into the evidence folder (those missing there). Returns where the replaced
        database was kept and what the evidence copy found. Open the database again afterwards. ``progress``
        hears its phases (:data:`~desktop.store.backup.RESTORE_PHASES`, context ``Store``).

        The approvals of the replaced database are carried into the restored one, and the restore is recorded
        there by login and name (docs/access.md, "Restore"): a restore never undoes the chief justice's
        approval, and locked periods stay locked.

        A backup of another province or of another database, or one that would leave no account where there were
        accounts, is refused with :class:`~desktop.backups.restore_consent.RestoreNeedsConsent` unless its
        ``consent`` is given; the consents it needed are recorded in its audit event."""
        self.principal.require(Action.RESTORE)
        from desktop.accounts.live import require_unchanged, watched
        from desktop.store.migrate import known_revisions

        # A restore replaces the file rather than writing into it: the signed-in account is checked here, before
        # anything is done, and again in the file about to be replaced, just before the swap (live.py).
        acting = watched(self._database)
        require_unchanged(self._database, acting)
        assert self._database.path is not None
        known = sorted(known_revisions())
        path = self._database.path
        # Before closing: a bad backup, or one that would change approved figures, leaves the app as it was.
        checked: list[tuple[int, tuple[tuple[str, str], ...]]] = []
        consented: list[RestoreConsent] = []
        phases = Phases(progress, RESTORE_PHASES)
        current, given = readable_origin(self._database) or BackupOrigin(None), frozenset(consent)
        # Whose backup it is, read in the file: the copy carries this database's identity in with the ledger.
        identity = (origin_of(Path(backup)) or BackupOrigin(None)).database_id

        def verify(copy: Path) -> None:
            require_a_province(copy, Path(backup))
            restored = origin_of(copy)  # the ledger carried in: the accounts it would have
            if restored is not None:
                restored = replace(restored, database_id=identity)
                consented[:] = require_consent(current, restored, Path(backup), given, path)
            checked.append(self._approved_figures_kept(self._database, copy))

        try_restore(Path(backup), path, verify, known_revisions=known, phases=phases)
        self._database.close()

        def still_kept(copy: Path) -> None:  # again only if the ledger or the data moved meanwhile
            from desktop.store.database import open_database

            with open_database(path, create=False) as current:
                require_unchanged(current, acting)
                if _ledger_marker(current) != checked[0]:
                    self._approved_figures_kept(current, copy)

        kept = restore_backup(Path(backup), path, known_revisions=known, login=self.principal.login,
                              display_name=self.principal.user_name, now=self._clock.now(), verify=still_kept,
                              phases=phases, consents=[str(c) for c in consented])
        return Restored(kept, self._evidence_back(Path(backup), path))

    @classmethod
    def restore_new(cls, backup: Path, target: Path, clock: Clock,
                    progress: CheckProgress | None = None) -> Restored:
        """Restore ``backup`` where there is no province yet - a new computer after the old one was lost - with
        its evidence files from beside it: ``target`` is no database yet, or a new one that holds nothing (no
        province, no account: the window's first run made it). Nothing is left at a ``target`` that was not
        there when it fails - the empty database the restore replaces is made for it and removed afterwards, as
        is everything on failure; a new empty one that was there stays as it was."""
        from desktop.store.backup import require_backup_file
        from desktop.store.database import open_database

        backup, target = Path(backup), Path(target)
        existed = target.exists()
        if existed:
            with open_database(target, create=False) as current:
                require_nothing_to_lose(current, target)
        require_backup_file(backup)  # before anything is created
        made = [target.parent] if not target.parent.exists() else []
        database = None
        try:
            database = open_database(target)  # empty: no province, no accounts - nothing a restore could lose
            restored = cls(database, clock, folder=backup.parent).restore(backup, progress)
        except BaseException:
            if database is not None:
                database.close()
            if not existed:
                remove_database_files(target)
                for folder in made:
                    remove_empty_tree(folder)
            raise
        if restored.kept is not None:
            remove_database_files(restored.kept)
        return Restored(None, restored.evidence)

    @staticmethod
    def holds_nothing(path: Path) -> bool:
        """Whether ``path`` is a database only just made (no province, no account): :meth:`restore_new` takes it.
        False for one that cannot be opened (the restore that follows says why)."""
        from desktop.store.database import open_database

        try:
            with open_database(Path(path), create=False) as database:
                return holds_nothing(database)
        except DomainError:
            return False

    def _evidence_back(self, backup: Path, restored: Path) -> EvidenceCopies:
        """The restored database's evidence files that the evidence folder lacks, from beside the backup. The
        database is restored by then: a file that cannot be copied is counted as not copied, never undoes it."""
        if self._database.evidence_dir is None:
            return EvidenceCopies()
        beside = EvidenceStore(backup.parent / BACKUP_EVIDENCE, _ANY_SIZE)
        try:
            return copy_referenced(restored, beside, EvidenceStore(self._database.evidence_dir, _ANY_SIZE))
        except (OSError, DomainError):
            log.exception("evidence files not brought back from %s", beside.root)
            from desktop.store.evidence_copies import referenced_evidence

            live = EvidenceStore(self._database.evidence_dir)
            return EvidenceCopies(missing=tuple(s for s in referenced_evidence(restored) if not live.contains(s)))

    def _approved_figures_kept(self, current: Database, restored: Path) -> tuple[int, tuple[tuple[str, str], ...]]:
        """Refuse a restore that would change an approved period's figures: the chief justice reopens those
        periods first (then the restore goes through, and he approves them again). Returns the ledger marker
        the check was made for."""
        from desktop.approvals.service import ApprovalService
        from desktop.store.database import open_database

        marker = _ledger_marker(current)
        approvals = ApprovalService(current, self._clock, principal=Principal.system())
        with open_database(restored, create=False) as copy:
            moved = approvals.periods_moved_by(copy)
            submitted = approvals.submitted_periods_moved_by(copy) if not moved else []
        for periods, state in ((moved, ApprovalState.APPROVED), (submitted, ApprovalState.SUBMITTED)):
            if periods:
                raise RestoreFiguresLocked(periods, state)
        return marker
