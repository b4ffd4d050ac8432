"""Backups of the database through SQLite's online backup API (never a file copy), and restoring one.

A backup is read in one step, inside one read transaction of the source: in WAL mode writers go on while
it runs and the copy is the database as of one instant. Each copy is written under a temporary name,
turned into a single self-contained file (``journal_mode=DELETE``), checked with ``PRAGMA integrity_check``
and only then renamed to ``<database stem>-YYYYMMDD-HHMMSS.sqlite3``; the oldest of the database's own beyond
``keep`` are removed (desktop/store/backup_origin.py says which are its own).

A restore copies the chosen backup, again with the backup API, into a fresh temporary file beside the
database, checks it, carries the approval ledger in, and swaps it in with one rename (see
:func:`restore_backup`). The database being replaced is kept beside it as ``<name>.before-restore-N``. The
caller closes its open database first.

Evidence files are not inside the database (they live content-addressed in ``evidence/``) and are not part
of these backups.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store.backup_files import (
    BACKUP_NAME,
    copy_database,
    fold_wal,
    free_kept_name,
    free_name,
    fsync,
    keep_previous,
    move_to_a_free_name,
    owner_only,
    read_only_uri,
)
from desktop.store.backup_origin import (
    BackupFile,
    Owner,
    describe,
    list_backups,  # noqa: F401 - re-exported: the listing lived here, its callers import it from here
    origin_of,
    rotate,
    write_identity,
)
from desktop.store.backup_refusals import (
    backup_not_copied,
    backup_not_made,
    damaged_backup,
    damaged_database,
    is_folder_problem,
    missing_backup,
    newer_backup,
    not_a_rasad_backup,
    restore_error,
    restore_failed,
    source_not_read,
)
from desktop.store.durable import fsync_folder
from desktop.store.integrity_check import CheckProgress
from desktop.store.open_lock import alone_with
from desktop.store.processes import abandoned
from desktop.store.restore_ledger import carry_ledger, record_restore, restore_detail
from desktop.store.restore_reasons import (
    copy_damaged,
    is_damage,
    unreadable_reason,
)

DEFAULT_KEEP = 10

# The phases of a backup and of a restore, as its progress shows them (context ``Store``), each with its share
# of the time as measured on the large demo (262 MB): a copy 0.5 s, a whole-file check 2.5 s, carrying the
# approval ledger in 1.2 s (into the trial copy too, to compare the approved periods' figures: 0.2 s more).
#: A phase of a backup or a restore, shown under its progress bar's title.
COPYING = QT_TRANSLATE_NOOP("Store", "Copying the database…")
COPYING_BACKUP = QT_TRANSLATE_NOOP("Store", "Copying the backup…")
CHECKING_COPY = QT_TRANSLATE_NOOP("Store", "Checking the copy…")
COMPARING_APPROVED = QT_TRANSLATE_NOOP("Store", "Comparing the approved periods' figures…")
CARRYING_LEDGER = QT_TRANSLATE_NOOP("Store", "Carrying the approvals in…")
CHECKING_RESTORED = QT_TRANSLATE_NOOP("Store", "Checking the restored database…")
_PHASE_WEIGHTS = {COPYING: 1, COPYING_BACKUP: 1, CHECKING_COPY: 5, COMPARING_APPROVED: 3, CARRYING_LEDGER: 2,
                  CHECKING_RESTORED: 5}
BACKUP_PHASES = (COPYING, CHECKING_COPY)
#: :func:`try_restore`'s phases, then :func:`restore_backup`'s: a restore from the window or the command line.
RESTORE_PHASES = (COPYING_BACKUP, CHECKING_COPY, COMPARING_APPROVED,
                  COPYING_BACKUP, CHECKING_COPY, CARRYING_LEDGER, CHECKING_RESTORED)


class Phases:
    """A backup's or a restore's phases on one progress bar: each phase, as it starts, reports the share of the
    whole done before it and its text. Each of its steps is one SQLite call that cannot report on its own (the
    copy is one step of the backup API, its check one ``PRAGMA integrity_check``), so the bar moves phase by
    phase. ``progress`` may raise to stop the job between two phases (a window closed meanwhile)."""

    def __init__(self, progress: CheckProgress | None, phases: Sequence[str]) -> None:
        self._progress = progress
        self._phases = tuple(phases)
        self._next = 0
        self._total = sum(_PHASE_WEIGHTS[phase] for phase in self._phases)

    def start(self, phase: str) -> None:
        if self._progress is None:
            return
        index = self._phases.index(phase, self._next)
        self._next = index + 1
        self._progress.step(sum(_PHASE_WEIGHTS[earlier] for earlier in self._phases[:index]), self._total, phase)

    def finish(self) -> None:
        if self._progress is not None:
            self._progress.step(self._total, self._total, "")


NO_PHASES = Phases(None, ())


def create_backup(source: Path, folder: Path, *, now: datetime, keep: int | None = DEFAULT_KEEP,
                  phases: Phases = NO_PHASES, identity: str | None = None) -> BackupFile:
    """Back ``source`` up into ``folder``, verified, named after ``source``; keep the ``keep`` newest of its own
    backups there (None: remove none - the caller rotates once the backup is recorded; ``phases``: of
    :data:`BACKUP_PHASES`). ``identity``: the database's identity, written into the copy (the source's own, or
    the one the caller gives it once the backup is recorded: desktop/store/backup_origin.py)."""
    if keep is not None and keep < 1:
        raise ValueError("keep at least one backup")
    try:
        if not folder.exists():  # a folder the user chose keeps its permissions; ours is the owner's only
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise backup_not_made(folder, error) from None
    stem = Path(source).stem
    final = free_name(folder, now, stem)
    temporary = folder / f".{final.name}.{os.getpid()}.part"
    try:
        phases.start(COPYING)
        try:
            copy_database(read_only_uri(source), temporary)
        except sqlite3.Error as error:  # the source's own disk not read is not the folder's fault
            if (unread := source_not_read(source, error)) is not None:
                raise unread from error
            raise
        if identity is not None:
            write_identity(temporary, identity)
        phases.start(CHECKING_COPY)
        # The copy is the source as of one instant: damage its check finds is the source's. A disk that does not
        # answer while the copy is read back is the backup folder's, and is raised as such (never "damaged").
        problems = integrity_problems(temporary, unreadable_raises=True)
        if problems:
            raise damaged_database(source, problems)
        owner_only(temporary)
        fsync(temporary)
        final = move_to_a_free_name(temporary, final, folder, now, stem)
        fsync_folder(folder)
    except (OSError, sqlite3.Error) as error:
        if is_folder_problem(error):  # read-only, full, gone: said of the folder, not of our temporary file
            raise backup_not_made(folder, error) from None
        raise backup_not_copied(source, error) from error
    finally:
        with contextlib.suppress(OSError):  # on a read-only disk even removing a missing file fails
            remove_with_journal(temporary)  # a disk found full midway left the copy's journal too
    if keep is not None:
        origin = origin_of(final)
        if origin is not None:
            rotate(folder, keep, Owner(origin.database_id, origin.province_code, stem))
    phases.finish()
    return describe(final)


#: What :func:`integrity_problems` says of a healthy SQLite file of another program.
NOT_RASAD = "not a Rasad database (no schema revision)"


def integrity_problems(path: Path, *, unreadable_raises: bool = False) -> list[str]:
    """``PRAGMA integrity_check`` of a database file (read only); empty when it is healthy. ``unreadable_raises``:
    an error that is not damage (a disk I/O error, a file that cannot be opened) is raised rather than counted
    as a problem of the file."""
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        rows = [row[0] for row in connection.execute("PRAGMA integrity_check(20)")]
        if rows != ["ok"]:
            return rows
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables:
            return [NOT_RASAD]
        return []
    except sqlite3.DatabaseError as error:
        if unreadable_raises and not is_damage(error):
            raise
        return [str(error)]
    finally:
        connection.close()


def schema_revision(path: Path) -> str | None:
    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError:
        return None
    finally:
        connection.close()


def restore_backup(backup: Path, target: Path, *, known_revisions: Sequence[str] | None = None,
                   login: str = "", display_name: str = "", now: datetime | None = None,
                   verify: Callable[[Path], None] | None = None, phases: Phases = NO_PHASES,
                   consents: Sequence[str] | None = None) -> Path | None:
    """Replace the (closed) database ``target`` with ``backup``. Returns where the replaced database was
    kept (None when there was none). ``known_revisions``: schema revisions this app can open; a backup made
    by a newer Rasad is refused. ``verify`` is called with the restored copy, ledger carried in, before the
    swap: raising refuses the restore with nothing replaced (the service checks the approved figures there).

    The rule (docs/access.md, "Restore"): approvals survive a restore. The approval ledger of the database
    being replaced (``period_approval``, ``approval_snapshot``) and its audit events are carried into the
    restored copy, and the restore itself is recorded there (who, when, from which backup, ``consents``: what it
    needed consent for and was given, empty when it needed none, None when the caller did not ask) before the swap.

    At every instant ``target`` is a complete database, the old one or the new one: the new one is written and
    checked under a temporary name, the old one gets a second name (a hard link, or a copy where links are not
    possible) ``<name>.before-restore-N`` (numbered, never overwritten), and only then does one
    ``os.replace`` swap the new one in. A restore killed at any point leaves the old database in place and at
    most a temporary file, removed at the next start (:func:`remove_leftovers`)."""
    backup, target = Path(backup), Path(target)
    _require_file(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = target.parent / f".{target.name}.restore-{os.getpid()}.part"
    moment = now or datetime.now(UTC)
    try:
        _prepare_copy(backup, fresh, known_revisions, phases)
        # Alone with the file from here to the swap: nobody writes into the old file meanwhile, and nobody's
        # write-ahead log is left beside the new one (desktop/store/open_lock.py).
        with alone_with(target):
            fold_wal(target)
            kept_name = free_kept_name(target) if target.exists() else None
            phases.start(CARRYING_LEDGER)
            carried = carry_ledger(target, fresh) if target.exists() else "no database was replaced"
            if verify is not None:
                verify(fresh)
            detail = restore_detail(backup.name, kept_name.name if kept_name else "-", carried,
                                    None if consents is None else tuple(consents))
            record_restore(fresh, login, display_name, moment, detail)
            _mark_resync_required(fresh)
            phases.start(CHECKING_RESTORED)
            problems = integrity_problems(fresh)
            if problems:
                raise restore_failed(backup, copy_damaged(backup, problems))
            fold_wal(fresh)  # one self-contained file: nothing beside it to lose or to apply wrongly after the swap
            owner_only(fresh)
            fsync(fresh)
            kept = keep_previous(target, kept_name) if kept_name is not None else None
            os.replace(fresh, target)
            fsync_folder(target.parent)
    except (OSError, sqlite3.Error) as error:
        raise restore_error(backup, error, target.parent) from error
    finally:
        remove_with_journal(fresh)
    phases.finish()
    return kept


def try_restore(backup: Path, target: Path, verify: Callable[[Path], None], *,
                known_revisions: Sequence[str] | None = None, phases: Phases = NO_PHASES) -> None:
    """What :func:`restore_backup` would check, done on a throwaway copy while ``target`` is still open (read
    only): ``verify`` sees the backup with ``target``'s ledger carried in, and may refuse before the app closes
    its database. Nothing is replaced."""
    backup, target = Path(backup), Path(target)
    _require_file(backup)
    trial = target.parent / f".{target.name}.trial-{os.getpid()}.part"
    try:
        _prepare_copy(backup, trial, known_revisions, phases)
        phases.start(COMPARING_APPROVED)
        if target.exists():
            carry_ledger(target, trial)
        verify(trial)
    except (OSError, sqlite3.Error) as error:
        raise restore_error(backup, error, target.parent) from error
    finally:
        remove_with_journal(trial)


def require_backup_file(backup: Path) -> None:
    """Refuse a backup path that is not a file (as a restore would), before anything is done for it."""
    _require_file(Path(backup))


def _require_file(backup: Path) -> None:
    if not backup.is_file():
        raise missing_backup(backup)


def _prepare_copy(backup: Path, fresh: Path, known_revisions: Sequence[str] | None, phases: Phases) -> None:
    """The backup copied (backup API) under ``fresh``, checked - a Rasad database of a known revision, healthy -
    and brought to this version's schema.

    The copy is checked, not the backup file before it: the backup API copies the pages as they are, so the
    copy's check finds whatever is wrong in the backup (a page it cannot read stops the copy itself), and the
    copy is what gets restored. Checking the file first too read a province-sized backup in full twice more
    per restore (2.5 s each on the large demo)."""
    phases.start(COPYING_BACKUP)
    copy_database(read_only_uri(backup), fresh)
    phases.start(CHECKING_COPY)
    problems = integrity_problems(fresh)
    if problems == [NOT_RASAD]:
        raise not_a_rasad_backup(backup)
    if problems:
        raise damaged_backup(backup, unreadable_reason(backup, problems))
    revision = schema_revision(fresh)
    if known_revisions is not None and revision not in known_revisions:
        raise newer_backup(backup, revision)
    _upgrade(fresh)


#: Temporary files a backup or a restore writes before its final rename end with the writer's process id (and the
#: demo's, with the scratch file of its rebuild: desktop/indicators/rebuild_beside.py).
_LEFTOVER = re.compile(r"^\.(?P<name>.+?)\.(?:restore-|trial-)?(?P<pid>\d+)\.part(?:-wal|-shm|-journal|-checked|-writer|-rebuild|\.open-lock)?$")


def remove_with_journal(path: Path) -> None:
    """Remove a temporary database file with its journal: SQLite leaves ``-journal`` beside it when a write is
    cut short (a full disk), and a file of ours must not stay behind it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def remove_leftovers(database: Path, backup_folder: Path | None = None) -> list[Path]:
    """Remove what an interrupted backup or restore left beside ``database`` and in ``backup_folder``: our own
    temporary files (``.<database name>.restore-<pid>.part``, ``.<name>.before-restore-N.<pid>.part``,
    ``.<backup name>.<pid>.part``, each with its ``-journal``) of a process that is no longer running; nothing else in those folders is
    touched. Returns what was removed. Called when the app starts, when a command opens the database
    (desktop/cli/output.py) and when a :class:`~desktop.backups.service.BackupService` is made."""
    database = Path(database)
    places = [(database.parent, True)]
    if backup_folder is not None:
        places.append((Path(backup_folder), False))
    removed: list[Path] = []
    for folder, beside_database in places:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            match = _LEFTOVER.match(path.name)
            if match is None or not abandoned(path, int(match.group("pid"))):
                continue
            # beside the database, its own; in the backup folder, any backup's (whichever database it was of)
            if not (path.name.startswith(f".{database.name}.") if beside_database
                    else BACKUP_NAME.match(match.group("name"))):
                continue
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


# --- helpers -------------------------------------------------------------------------------------------


def _mark_resync_required(path: Path) -> None:
    """The restored database may be behind what the center already has: note where its change log ends, so
    that nothing is sent until the bundle chain is brought up to date (desktop/sync/resync.py)."""

    from desktop.store.settings import RESYNC_REQUIRED_KEY
    from desktop.store.view_snapshots import BUMP_GENERATION

    connection = sqlite3.connect(path)
    try:
        with connection:
            boundary = connection.execute("SELECT coalesce(max(id), 0) FROM change_log").fetchone()[0]
            value = json.dumps({"change_id_boundary": boundary, "restored_at": datetime.now(UTC).isoformat()})
            connection.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                               (RESYNC_REQUIRED_KEY, value))
            # The ledger carried in and this setting were written without the engine: count them as a write,
            # so an overview remembered in the backup is not shown over the restored data unchecked.
            connection.execute(BUMP_GENERATION)
    finally:
        connection.close()


def _upgrade(path: Path) -> None:
    """Bring a restored copy of an older backup to this version's schema, so the ledger can be carried in."""
    from desktop.store.database import open_database

    open_database(path, create=False).close()
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        connection.close()
