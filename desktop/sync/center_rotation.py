"""Rotating the center's own key (issue 12, "Fresh directives"): a record signed by the old key and the new.

Provinces pin the center's key once. When the center moves to a new key (``python -m desktop.center
rotate-center-key``), it keeps a record that the old key signs, naming the new one, and serves every such
record at ``GET /center/key-rotations``. On its next sync a province takes the records, follows the ones that
start at the key it has pinned, and moves its pin along — only if the old key's signature (and the new key's,
proving the center holds it) verifies with the key it pinned. A record not signed by the pinned key is refused
and the pin stays. Format (integers big-endian)::

    magic "RASAD-CTRROT\\x00\\x01" | body length (4) | body (canonical JSON) | sig(old) (64) | sig(new) (64)

Body (exactly these fields): ``type`` ("center-key-rotation"), ``version`` (1), ``old_key_id``, ``new_key_id``,
``new_public_key`` (base64 of the raw 32 bytes), ``created_at``. Each key signs its domain prefix + the magic,
length and body.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync import canonical, frame
from desktop.sync.errors import SyncError
from desktop.sync.keys import fingerprint, public_raw

CENTER_ROTATION_MAGIC = b"RASAD-CTRROT\x00\x01"
_OLD = b"rasad center key rotation: old key\x00"
_NEW = b"rasad center key rotation: new key\x00"
_FIELDS = frozenset({"type", "version", "old_key_id", "new_key_id", "new_public_key", "created_at"})
MAX_RECORD_BYTES = 2048
MAX_LISTING_BYTES = 256 * 1024  # the JSON list of base64 records at /center/key-rotations


class CenterRotationError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center's key rotation record was refused ({reason}); the pinned "
                                        "center key stays.")


@dataclass(frozen=True)
class CenterRotation:
    old_key_id: str
    new_key_id: str
    new_public_key: Ed25519PublicKey
    created_at: str


def center_rotation_record(old: Ed25519PrivateKey, new: Ed25519PrivateKey, created_at: datetime) -> bytes:
    body = canonical.dumps({
        "type": "center-key-rotation", "version": 1, "old_key_id": fingerprint(old.public_key()),
        "new_key_id": fingerprint(new.public_key()),
        "new_public_key": base64.b64encode(public_raw(new.public_key())).decode("ascii"),
        "created_at": frame.utc_timestamp(created_at),
    })
    signed = CENTER_ROTATION_MAGIC + len(body).to_bytes(4, "big") + body
    return signed + old.sign(_OLD + signed) + new.sign(_NEW + signed)


def old_key_id_of(data: bytes) -> str | None:
    """The old key id a record names, read WITHOUT checking it (only to pick the record to check)."""
    start = len(CENTER_ROTATION_MAGIC) + 4
    if len(data) > MAX_RECORD_BYTES or len(data) < start + 128 or data[: len(CENTER_ROTATION_MAGIC)] != \
            CENTER_ROTATION_MAGIC:
        return None
    length = int.from_bytes(data[len(CENTER_ROTATION_MAGIC): start], "big")
    if length != len(data) - start - 128:
        return None
    try:
        body = canonical.loads_strict(data[start: start + length])
    except canonical.CanonicalError:
        return None
    value = body.get("old_key_id") if isinstance(body, dict) else None
    return value if isinstance(value, str) else None


def read_center_rotation(data: bytes, pinned: Ed25519PublicKey) -> CenterRotation:
    """The rotation ``data`` announces, after checking it is signed by ``pinned`` and by the new key."""
    start = len(CENTER_ROTATION_MAGIC) + 4
    if old_key_id_of(data) is None:
        raise CenterRotationError(reason="not a rotation record")
    length = int.from_bytes(data[len(CENTER_ROTATION_MAGIC): start], "big")
    signed, sig_old, sig_new = data[: start + length], data[start + length: -64], data[-64:]
    try:
        pinned.verify(sig_old, _OLD + signed)
    except InvalidSignature:
        raise CenterRotationError(reason="not signed by the pinned center key") from None
    try:
        body = canonical.loads_canonical(data[start: start + length])
        if set(body) != _FIELDS or body["type"] != "center-key-rotation" or body["version"] != 1:
            raise CenterRotationError(reason="unexpected fields")
        new_public = Ed25519PublicKey.from_public_bytes(base64.b64decode(body["new_public_key"], validate=True))
    except (canonical.CanonicalError, ValueError, binascii.Error, TypeError):
        raise CenterRotationError(reason="unreadable record") from None
    try:
        new_public.verify(sig_new, _NEW + signed)
    except InvalidSignature:
        raise CenterRotationError(reason="the new key's signature is wrong") from None
    if body["old_key_id"] != fingerprint(pinned) or body["new_key_id"] != fingerprint(new_public):
        raise CenterRotationError(reason="key ids do not match the keys")
    return CenterRotation(body["old_key_id"], body["new_key_id"], new_public, str(body["created_at"]))
