"""What a database holds, for a restore into it or from it (desktop/backups/service.py): a backup of a database
nobody set up restores nothing, and a database that holds a province is restored by its secretary, who keeps the one it
replaces; and the files a database leaves beside it."""

from __future__ import annotations

from pathlib import Path

from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.store.database import Database

HOLDS_A_PROVINCE = QT_TRANSLATE_NOOP(
    "Store", "There is a province in {path} already: its secretary signs in and restores the backup on the Backups "
             "page, where the database it replaces is kept.")
NO_PROVINCE_IN_BACKUP = QT_TRANSLATE_NOOP(
    "Store", "{path} holds no province (it is the database of a Rasad nobody set up): there is nothing in it to "
             "restore.")


def require_a_province(copy: Path, backup: Path) -> None:
    """Refuse a backup of a database nobody set up (a new computer's own, empty file chosen by mistake): restored, it
    would leave a window with no province and, on a first run, no account to sign in with."""
    from desktop.store.database import open_database

    with open_database(copy, create=False) as restored:
        if holds_nothing(restored):
            raise DomainError("Store", NO_PROVINCE_IN_BACKUP, {"path": str(backup)})


def require_nothing_to_lose(database: Database, path: Path) -> None:
    """Refuse to put a backup in place of a database that holds a province or an account without keeping it: that
    one is restored by its secretary (:meth:`BackupService.restore`, which keeps the database it replaces)."""
    if not holds_nothing(database):
        raise DomainError("Store", HOLDS_A_PROVINCE, {"path": str(path)})


def holds_nothing(database: Database) -> bool:
    """No province (neither set up nor named: a province known to the command line by its code alone counts), no
    account: a database only just made."""
    from sqlalchemy import func, select

    from desktop.organisation.service import PROVINCE_CODE, SETUP_DONE
    from desktop.store.models import Account, Province
    from desktop.store.settings import get_setting

    with database.reading() as session:
        return not (session.scalar(select(func.count()).select_from(Province))
                    or session.scalar(select(func.count()).select_from(Account))
                    or get_setting(session, PROVINCE_CODE, "") or get_setting(session, SETUP_DONE, False))


def remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", "-checked"):  # -checked: its whole-file check record
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def remove_empty_tree(folder: Path) -> None:
    """``folder`` and the empty folders under it (the evidence folder an empty database made), if nothing else is
    there."""
    for inner in sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True):
        if inner.is_dir() and not any(inner.iterdir()):
            inner.rmdir()
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
