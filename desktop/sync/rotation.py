"""Rotating the province's signing key (issue 4: "rotated with a record signed by both old and new keys").

The record says from which bundle the new key signs (the next sequence the outbox will cut), so bundles
already cut with the old key and still on their way stay valid at the center. It is kept in the database
until the center has it (over HTTPS, or as a file on removable media), and the old key is kept as retired
beside the new one (desktop/sync/key_store.py, key_files.py).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

import httpx2
from sqlalchemy import func, select

from desktop.store.audit import KEYS_CREATE, KEYS_ROTATE, record_event
from desktop.store.database import Database
from desktop.store.models import OutboxBundle
from desktop.store.settings import get_setting, set_setting
from desktop.sync import bounded_http, canonical
from desktop.sync.errors import RotationNotDeliveredError, SyncError
from desktop.sync.key_store import KeyStore
from desktop.sync.keys import fingerprint, generate_private_key
from desktop.sync.outbox import chain_head
from desktop.sync.request_auth import RequestRefusedError
from desktop.sync.rotation_records import ROTATION_MAGIC, rotation_record

PENDING_ROTATIONS_SETTING = "keys.pending_rotations"  # list of base64 rotation records not yet at the center
ROTATION_SUFFIX = ".rasad-keyrot"


@dataclass(frozen=True)
class Rotation:
    old_key_id: str
    new_key_id: str
    from_sequence: int
    record: bytes


def record_key_created(database: Database, key_id: str, province: str) -> None:
    """The audit event of a new signing key (the key itself lives in the keyring, outside the database)."""
    with database.session() as session:
        record_event(session, database, KEYS_CREATE, f"{key_id} for {province}")


def rotate(database: Database, store: KeyStore, province: str, passphrase: str | None = None) -> Rotation:
    """Replace the signing key; the record is stored (to send) in the same transaction that reads the head.

    The key being replaced is read inside that transaction, after its write lock: two rotations at once (two
    commands, a command and the window) then follow one another, the second from the key the first made. Read
    before it, both rotated from the same old key and left the center two records of one key and the province
    signing with a key the center would never learn of."""
    new = generate_private_key()
    with database.session() as session:
        from_sequence = chain_head(session).sequence + 1  # the first statement: the write lock is held from here
        old = store.load(passphrase)
        record = rotation_record(old, new, province, from_sequence=from_sequence)
        pending = list(get_setting(session, PENDING_ROTATIONS_SETTING, []))
        set_setting(session, PENDING_ROTATIONS_SETTING, [*pending, base64.b64encode(record).decode("ascii")])
        record_event(session, database, KEYS_ROTATE, f"{fingerprint(old.public_key())} → "
                                                     f"{fingerprint(new.public_key())} from bundle {from_sequence}")
        session.flush()
        # The key is replaced before the commit: if that fails nothing is recorded; if the process dies
        # after it, the old key is still on disk as retired and the record can be made again.
        store.replace(new, passphrase)
    return Rotation(fingerprint(old.public_key()), fingerprint(new.public_key()), from_sequence, record)


def pending_rotations(database: Database) -> list[bytes]:
    with database.session() as session:
        return [base64.b64decode(text) for text in get_setting(session, PENDING_ROTATIONS_SETTING, [])]


def mark_delivered(database: Database, record: bytes) -> None:
    encoded = base64.b64encode(record).decode("ascii")
    with database.session() as session:
        pending = [text for text in get_setting(session, PENDING_ROTATIONS_SETTING, []) if text != encoded]
        set_setting(session, PENDING_ROTATIONS_SETTING, pending)


def deliver_rotations(database: Database, client: httpx2.Client, center_url: str, province: str,
                      store: KeyStore | None = None,
                      deadline_seconds: float = bounded_http.CALL_DEADLINE_SECONDS) -> int:
    """Post each pending rotation record, oldest first; stop at the first failure. Returns how many the center
    took. A record the center refuses as already applied counts as delivered. Once the center has a record,
    the retired key it replaced is erased from ``store`` (it would only ever sign what the center refuses)."""
    delivered = 0
    for record in pending_rotations(database):
        response = bounded_http.request(client, "POST", f"{center_url}/provinces/{province}/key-rotations",
                                        content=record, max_bytes=4096, deadline_seconds=deadline_seconds)
        if response.status_code == 200 or (response.status_code == 400 and "already known" in response.text):
            mark_delivered(database, record)
            if store is not None:
                store.erase_retired(rotation_key_ids(record)[0])
            delivered += 1
            continue
        break
    return delivered


def signed_request_refused(database: Database) -> SyncError:
    """What the center's refusal of a signed request means here: while a rotation record is pending the center
    does not know the key that signed it (not the clock); otherwise :class:`RequestRefusedError`."""
    count = len(pending_rotations(database))
    return RotationNotDeliveredError(count=count) if count else RequestRefusedError()


def settle_by_receipts(database: Database, store: KeyStore | None = None) -> int:
    """Mark delivered the pending rotation records the center must have — an accepted receipt came back for a
    bundle the new key signed (sequence ≥ the record's ``from_sequence``), which the center verifies only with
    the record — and erase their retired keys. The way a province that sends on removable media learns it.
    Returns how many were settled."""
    settled = 0
    with database.session() as session:
        acknowledged = session.scalar(select(func.max(OutboxBundle.sequence)).where(
            OutboxBundle.state == "acknowledged")) or 0
    for record in pending_rotations(database):
        if rotation_from_sequence(record) <= acknowledged:
            mark_delivered(database, record)
            if store is not None:
                store.erase_retired(rotation_key_ids(record)[0])
            settled += 1
    return settled


def rotation_from_sequence(record: bytes) -> int:
    """The first sequence the new key of a record this province made signs (read without checking)."""
    start = len(ROTATION_MAGIC) + 4
    length = int.from_bytes(record[len(ROTATION_MAGIC): start], "big")
    return int(canonical.loads_strict(record[start: start + min(length, 4096)])["from_sequence"])


def rotation_key_ids(record: bytes) -> tuple[str, str]:
    """(old key id, new key id) of a record this province made itself (read without checking signatures)."""
    start = len(ROTATION_MAGIC) + 4
    length = int.from_bytes(record[len(ROTATION_MAGIC): start], "big")
    body = canonical.loads_strict(record[start: start + min(length, 4096)])
    return str(body["old_key_id"]), str(body["new_key_id"])


def export_rotations(database: Database, province: str, folder: Path) -> list[Path]:
    """Pending rotation records as files for removable media (the center applies them before the bundles)."""
    from desktop.sync.media import write_verified

    written = []
    for record in pending_rotations(database):
        digest = hashlib.sha256(record).hexdigest()
        written.append(write_verified(folder / f"{province}-key-{digest[:16]}{ROTATION_SUFFIX}", record, digest))
    return written
