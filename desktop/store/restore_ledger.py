"""What a restore carries from the database it replaces into the restored copy, and its own audit event
(docs/access.md, "Restore"): approvals survive a restore, and the restore leaves a trace. Plain ``sqlite3`` on
the closed files, before the swap (desktop/store/backup.py)."""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.store.backup_origin import DATABASE_ID_KEY
from desktop.store.settings import ACKNOWLEDGED_BEFORE_RESTORE_KEY

#: Where a restore's audit detail names the consents it needed and was given (the codes of
#: ``desktop.backups.restore_consent.RestoreConsent``: "another-province", "another-database",
#: "without-accounts"), last in the detail so that :func:`consents_in` reads them back.
CONSENTED = "; consented to: "
#: Ends the detail of a restore that needed no consent (its own database's backup: a consent given all the same is
#: not recorded, being no part of what the restore was). A detail with neither ending is of a restore recorded
#: before restores kept their consents: whether any was needed is not known.
NONE_NEEDED = "; consents needed: none"


def _unreadable(path: Path) -> bool:
    connection = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        return [row[0] for row in connection.execute("PRAGMA quick_check(1)")] != ["ok"]
    except sqlite3.DatabaseError:
        return True
    finally:
        connection.close()


#: What a restore carries from the replaced database into the restored one (besides ``period_approval``): the
#: accounts (a restore must not bring back an old password or a disabled account), the snapshots, the audit
#: and security events.
_LEDGER_TABLES = ("period_approval", "account", "approval_snapshot", "audit_event", "account_event")

#: Settings about keys that live outside the database file, so the restored file cannot know them: the signing
#: key in the keyring or key file is the one the replaced database last used, and the center's pinned key is
#: where the replaced database followed it. The replaced database's value wins when it has one: a rotation not
#: yet delivered to the center (desktop/sync/rotation.py; lost, the key file holds a key the center never
#: learns of), the center's key and the keys it moved away from (desktop/sync/center_link.py).
_KEY_SETTINGS = ("keys.pending_rotations", "center.public_key", "center.retired_public_keys")
#: The database's identity stays the replaced database's: the backups taken of it before the restore stay its
#: own (listed, rotated: desktop/store/backup_origin.py). A database that has none yet (the empty one a restore
#: on a new computer replaces) takes the backup's, and with it the backups beside that one.
_IDENTITY_SETTINGS = (DATABASE_ID_KEY,)


def carry_ledger(current: Path, fresh: Path) -> str:
    """Copy the approvals, their snapshots and the audit and security events of ``current`` into ``fresh``;
    says what was carried (or why not: a database that cannot be read has no ledger to carry)."""
    if _unreadable(current):
        return "approvals not carried: the replaced database could not be read"
    connection = sqlite3.connect(fresh)
    try:
        connection.execute("ATTACH DATABASE ? AS current", (Path(current).absolute().as_uri() + "?mode=ro",))
        tables = {row[0] for row in connection.execute("SELECT name FROM current.sqlite_master WHERE type='table'")}
        boundary = connection.execute("SELECT coalesce(max(id), 0) FROM main.change_log").fetchone()[0]
        carried = 0
        with connection:
            if "setting" in tables:
                for key in _KEY_SETTINGS + _IDENTITY_SETTINGS:
                    connection.execute("INSERT OR REPLACE INTO main.setting (key, value) "
                                       "SELECT key, value FROM current.setting WHERE key = ?", (key,))
                _carry_acknowledged_head(connection, tables)
            if "period_approval" in tables:
                columns = _shared_columns(connection, "period_approval", exclude={"id"})
                listed = ", ".join(columns)
                # The ledger of the replaced database wins: an approval given after the backup was taken stays.
                connection.execute("DELETE FROM main.period_approval WHERE period IN "
                                   "(SELECT period FROM current.period_approval)")
                carried = connection.execute(
                    f"INSERT INTO main.period_approval ({listed}) SELECT {listed} FROM current.period_approval"
                ).rowcount
                # Change-log ids beyond the restored log's end do not exist here: changes made from now on
                # count as after the approval.
                connection.execute("UPDATE main.period_approval SET approved_change_id = ? "
                                   "WHERE approved_change_id > ?", (boundary, boundary))
            if "account" in tables:
                columns = _shared_columns(connection, "account", exclude=set())
                listed = ", ".join(columns)
                connection.execute(f"INSERT OR REPLACE INTO main.account ({listed}) "
                                   f"SELECT {listed} FROM current.account ORDER BY id")
            for table in _LEDGER_TABLES[2:]:
                if table not in tables:
                    continue
                columns = _shared_columns(connection, table, exclude={"id"})
                listed = ", ".join(columns)
                match = " AND ".join(f"m.{c} IS c.{c}" for c in columns)
                connection.execute(
                    f"INSERT INTO main.{table} ({listed}) SELECT {listed} FROM current.{table} c "
                    f"WHERE NOT EXISTS (SELECT 1 FROM main.{table} m WHERE {match}) ORDER BY c.id")
        return f"approvals carried: {carried}"
    finally:
        connection.close()


def _carry_acknowledged_head(connection: sqlite3.Connection, tables: set[str]) -> None:
    """Note in the restored file the furthest bundle the center is known to have acknowledged — the replaced
    database's last acknowledged bundle (sequence, file hash, bundle id and the center's signed receipt), or
    what an earlier restore noted, whichever is further: a resync must take back at least that much of the
    chain, and that very bundle (desktop/sync/resync.py)."""
    known: list[dict] = []
    if "outbox_bundle" in tables:
        row = connection.execute(
            "SELECT sequence, file_hash, bundle_id, receipt FROM current.outbox_bundle "
            "WHERE state = 'acknowledged' ORDER BY sequence DESC LIMIT 1").fetchone()
        if row is not None:
            known.append({"sequence": row[0], "file_hash": row[1], "bundle_id": row[2],
                          "receipt": base64.b64encode(row[3] or b"").decode("ascii")})
    for schema in ("current", "main"):
        for (value,) in connection.execute(f"SELECT value FROM {schema}.setting WHERE key = ?",
                                           (ACKNOWLEDGED_BEFORE_RESTORE_KEY,)):
            try:
                noted = json.loads(value)
            except (TypeError, ValueError):
                continue
            if isinstance(noted, dict) and isinstance(noted.get("sequence"), int):
                known.append(noted)
    if known:
        furthest = max(known, key=lambda noted: noted["sequence"])
        connection.execute("INSERT OR REPLACE INTO main.setting (key, value) VALUES (?, ?)",
                           (ACKNOWLEDGED_BEFORE_RESTORE_KEY, json.dumps(furthest)))


def _shared_columns(connection: sqlite3.Connection, table: str, exclude: set[str]) -> list[str]:
    main = [row[1] for row in connection.execute(f"PRAGMA main.table_info({table})")]
    other = {row[1] for row in connection.execute(f"PRAGMA current.table_info({table})")}
    return [c for c in main if c in other and c not in exclude]


def restore_detail(backup: str, kept: str, carried: str, consents: tuple[str, ...] | None = None) -> str:
    """A restore's audit detail: the backup's name, where the replaced database was kept, what was carried in and
    the consents the restore needed (a backup of another province or database, leaving no account; empty: it
    needed none; None: they were not asked about, and nothing is said of them)."""
    detail = f"from {backup}; previous database kept as {kept}; {carried}"
    if consents is None:
        return detail
    return detail + (CONSENTED + ", ".join(consents) if consents else NONE_NEEDED)


def consents_in(detail: str) -> tuple[str, ...] | None:
    """The consents a restore's audit detail names: empty when it needed none, None when it does not say (a
    restore recorded before restores kept their consents)."""
    if detail.endswith(NONE_NEEDED):
        return ()
    _, found, listed = detail.rpartition(CONSENTED)
    return tuple(code.strip() for code in listed.split(",") if code.strip()) if found else None


def record_restore(path: Path, login: str, display_name: str, moment: datetime, detail: str) -> None:
    """The restore's own audit event, inside the restored database (it is what the next reader opens)."""
    stamp = moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")  # as SQLAlchemy stores a DateTime
    connection = sqlite3.connect(path)
    try:
        with connection:
            connection.execute(
                "INSERT INTO audit_event (happened_at, login, display_name, kind, outcome, detail) "
                "VALUES (?, ?, ?, 'restore', 'done', ?)", (stamp, login[:64], display_name[:200], detail))
    finally:
        connection.close()
