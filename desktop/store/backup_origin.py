"""Whose backup a file is, read inside it: the identity of the database it was taken of (a random id the database
is given at its first backup), its province, whether it has accounts. The backups of several databases may share
one folder (two provinces' databases side by side, each with ``<its folder>/backups``): a listing shows, and a
rotation removes, only those provably of the database at hand - its identity inside - and a rotation only those
also named after its file (a copy of the database file shares its identity; its backups are its own to rotate).

A backup written before databases had an identity holds none: it is listed as "from an earlier version" when its
province is the database's, and never removed by a rotation (nothing in it proves whose it is).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.store.backup_files import BACKUP_NAME, named_for, read_only_uri, sequence_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.store.database import Database

#: The database's identity, a random hex id written at its first backup and carried through every restore
#: (desktop/store/restore_ledger.py): it stays with the database when its file is renamed or moved.
DATABASE_ID_KEY = "database.id"
_PROVINCE_CODE, _PROVINCE_NAME = "province.code", "province.name"  # desktop/organisation/service.py


@dataclass(frozen=True)
class BackupOrigin:
    """What a database file says of itself: its identity (None: written before identities), its province (code
    and name, empty when none) and how many accounts it holds."""

    database_id: str | None
    province_code: str = ""
    province_name: str = ""
    accounts: int = 0

    @property
    def province(self) -> str:
        """The province as a message names it: its name, else its code."""
        return self.province_name or self.province_code


@dataclass(frozen=True)
class Owner:
    """The database whose backups a listing or a rotation looks for: its identity (None before its first backup),
    its province code and its file's stem."""

    database_id: str | None
    province_code: str
    stem: str
    #: False when the database could not be read (damaged - when a restore is wanted most): its backups are then
    #: those named after its file, listed only (a rotation needs its identity).
    readable: bool = True

    def owns(self, origin: BackupOrigin) -> bool:
        return self.database_id is not None and origin.database_id == self.database_id

    def inherited(self, origin: BackupOrigin) -> bool:
        """A backup of an earlier version (no identity) of this database's province: listed, never rotated."""
        return origin.database_id is None and bool(self.province_code) and origin.province_code == self.province_code


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC, from the name
    size_bytes: int
    #: Written before backups carried their database's identity: its province is this database's, but that it is
    #: this very database's cannot be told, so no rotation removes it.
    earlier: bool = False

    @property
    def name(self) -> str:
        return self.path.name


def origin_of(path: Path) -> BackupOrigin | None:
    """What the database file at ``path`` says of itself, read only (its settings, a few pages whatever its size);
    None when it cannot be read as a Rasad database."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error:
        return None
    try:
        settings = dict(connection.execute("SELECT key, value FROM setting WHERE key IN (?, ?, ?)",
                                           (DATABASE_ID_KEY, _PROVINCE_CODE, _PROVINCE_NAME)).fetchall())
    except sqlite3.Error:
        connection.close()
        return None
    try:
        values = {key: _json(value) for key, value in settings.items()}
        code, name = values.get(_PROVINCE_CODE) or "", values.get(_PROVINCE_NAME) or ""
        if not code:  # a province known by its row alone (set up before the settings held it)
            row = _first(connection, "SELECT code, name FROM province ORDER BY id LIMIT 1")
            if row is not None:
                code, name = row[0], name or row[1]
        accounts = _first(connection, "SELECT count(*) FROM account")  # none before accounts, or unreadable
        return BackupOrigin(values.get(DATABASE_ID_KEY) or None, str(code), str(name),
                            int(accounts[0]) if accounts else 0)
    finally:
        connection.close()


def database_origin(database: Database) -> BackupOrigin:
    """What the open ``database`` says of itself (as :func:`origin_of` reads a file)."""
    from sqlalchemy import func, select

    from desktop.store.models import Account, Province
    from desktop.store.settings import get_setting

    with database.reading() as session:
        code = get_setting(session, _PROVINCE_CODE, "") or ""
        name = get_setting(session, _PROVINCE_NAME, "") or ""
        if not code:
            province = session.execute(select(Province.code, Province.name).order_by(Province.id).limit(1)).first()
            if province is not None:
                code, name = province[0], name or province[1]
        return BackupOrigin(get_setting(session, DATABASE_ID_KEY) or None, str(code), str(name),
                            session.scalar(select(func.count()).select_from(Account)) or 0)


def owner_of(database: Database) -> Owner:
    assert database.path is not None
    origin = readable_origin(database)
    stem = Path(database.path).stem
    if origin is None:
        return Owner(None, "", stem, readable=False)
    return Owner(origin.database_id, origin.province_code, stem)


def readable_origin(database: Database) -> BackupOrigin | None:
    """:func:`database_origin`, or of a database that refuses to be read (damaged: when a restore is wanted most)
    what SQLite alone can still read of its file; None when nothing can be."""
    from sqlalchemy.exc import SQLAlchemyError

    from desktop.domain.messages import DomainError

    try:
        return database_origin(database)
    except (DomainError, SQLAlchemyError):
        return origin_of(database.path) if database.path is not None else None


def identity_for_backup(database: Database) -> tuple[str, bool]:
    """The identity a backup of ``database`` carries, and whether it is new (the database has none yet: its
    first backup gives it one, written with the backup's audit event by :func:`keep_identity` - not before the
    backup, whose copy is checked in full, when a write first would check the whole file once more)."""
    from desktop.store.settings import get_setting

    with database.reading() as session:
        known = get_setting(session, DATABASE_ID_KEY)
    return (str(known), False) if known else (uuid.uuid4().hex, True)


def keep_identity(session: Session, identity: str) -> None:
    """Give the database the identity its first backup carries, unless another process's first backup gave it
    one meanwhile (that backup, then, is the only one of its identity: listed and rotated by none)."""
    from desktop.store.settings import get_setting, set_setting

    if not get_setting(session, DATABASE_ID_KEY):
        set_setting(session, DATABASE_ID_KEY, identity)


def write_identity(path: Path, identity: str) -> None:
    """Write ``identity`` into the database file at ``path`` (a backup's copy before its check)."""
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                               (DATABASE_ID_KEY, json.dumps(identity)))
    finally:
        connection.close()


def list_backups(folder: Path, owner: Owner | None = None) -> list[BackupFile]:
    """The backups in ``folder``, newest first (other files are ignored): all of them, or only ``owner``'s and
    those of an earlier version of its province (``earlier``)."""
    found: list[BackupFile] = []
    for path in _named_backups(folder):
        earlier = False
        if owner is not None and not owner.readable:
            if not named_for(path.name, owner.stem):
                continue
        elif owner is not None:
            origin = origin_of(path)
            if origin is None or not (owner.owns(origin) or owner.inherited(origin)):
                continue
            earlier = not owner.owns(origin)
        found.append(describe(path, earlier))
    return sorted(found, key=lambda b: (b.taken_at, sequence_of(b.path)), reverse=True)


def rotate(folder: Path, keep: int, owner: Owner) -> list[Path]:
    """Remove all but the ``keep`` newest of ``owner``'s backups named after its file; returns what was removed.
    Nothing else is touched: another database's backups, an earlier version's, a copy's under another name."""
    if owner.database_id is None:
        return []
    own = [backup for backup in list_backups(folder, owner)
           if not backup.earlier and named_for(backup.name, owner.stem)]
    removed = [backup.path for backup in own[keep:]]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def describe(path: Path, earlier: bool = False) -> BackupFile:
    match = BACKUP_NAME.match(path.name)
    assert match is not None
    taken = datetime.strptime(match.group("stamp"), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
    return BackupFile(path, taken, path.stat().st_size, earlier)


def _named_backups(folder: Path) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        if BACKUP_NAME.match(path.name) and path.is_file():
            yield path


def _first(connection: sqlite3.Connection, query: str) -> tuple | None:
    try:
        return connection.execute(query).fetchone()
    except sqlite3.Error:
        return None


def _json(value: object) -> object:
    try:
        return json.loads(value) if isinstance(value, str) else value
    except ValueError:
        return value
