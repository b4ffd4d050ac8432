"""The province's key rotation record: the move to a new signing key, signed by the old key and the new.

Format (integers big-endian): ``magic "RASAD-KEYROT\\x00\\x01" | body length (4) | body (canonical JSON) |
sig(old) (64) | sig(new) (64)``, each key signing its domain prefix + the magic, length and body. The body names
the province, both key ids, the new public key and ``from_sequence``, the first bundle signed with the new key
(:class:`RotationRecord`). :func:`rotation_record` makes one; :func:`read_rotation` and
:func:`verify_rotation` check both signatures; :func:`rotation_province` reads the province unchecked, only to
find whose key checks it. Rotating the key itself is desktop/sync/rotation.py.
"""

from __future__ import annotations

import binascii
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.sync import canonical
from desktop.sync.errors import RotationError
from desktop.sync.keys import b64, fingerprint, public_raw, unb64

ROTATION_MAGIC = b"RASAD-KEYROT\x00\x01"
_ROT_OLD = b"rasad key rotation: old key\x00"
_ROT_NEW = b"rasad key rotation: new key\x00"
_ROTATION_FIELDS = frozenset({"type", "version", "province", "old_key_id", "new_key_id", "new_public_key",
                              "from_sequence"})


@dataclass(frozen=True)
class RotationRecord:
    province: str
    old_key_id: str
    new_public_key: Ed25519PublicKey
    from_sequence: int  # the first bundle signed with the new key


def rotation_record(old_private: Ed25519PrivateKey, new_private: Ed25519PrivateKey, province: str, *,
                    from_sequence: int) -> bytes:
    """``magic + len(4) + canonical JSON + sig(old) + sig(new)``; each key signs a domain-separated body.

    Bundles from ``from_sequence`` on are signed with the new key; earlier ones stay valid with the old one.
    """
    if from_sequence < 1:
        raise RotationError(reason="from_sequence must be at least 1")
    new_public = new_private.public_key()
    body = canonical.dumps({
        "type": "key-rotation", "version": 1, "province": province,
        "old_key_id": fingerprint(old_private.public_key()), "new_key_id": fingerprint(new_public),
        "new_public_key": b64(public_raw(new_public)), "from_sequence": from_sequence,
    })
    signed = ROTATION_MAGIC + len(body).to_bytes(4, "big") + body
    return signed + old_private.sign(_ROT_OLD + signed) + new_private.sign(_ROT_NEW + signed)


def verify_rotation(data: bytes, *, old_public_key: Ed25519PublicKey, expected_province: str) -> Ed25519PublicKey:
    """The new public key announced by ``data``, after checking both signatures; else RotationError."""
    return read_rotation(data, old_public_key=old_public_key, expected_province=expected_province).new_public_key


def rotation_province(data: bytes) -> str:
    """The province a rotation record names, read WITHOUT checking it (only to find whose key checks it)."""
    data = bytes(data)
    start = len(ROTATION_MAGIC) + 4
    try:
        if data[: len(ROTATION_MAGIC)] != ROTATION_MAGIC:
            raise RotationError(reason="not a rotation record")
        length = int.from_bytes(data[len(ROTATION_MAGIC): start], "big")
        province = canonical.loads_strict(data[start: start + min(length, 4096)]).get("province")
    except canonical.CanonicalError:
        raise RotationError(reason="unreadable record") from None
    if not isinstance(province, str) or not province:
        raise RotationError(reason="unreadable record")
    return province


def read_rotation(data: bytes, *, old_public_key: Ed25519PublicKey, expected_province: str) -> RotationRecord:
    """The rotation ``data`` announces, after checking both signatures; else RotationError."""
    data = bytes(data)
    start = len(ROTATION_MAGIC) + 4
    if len(data) < start or data[: len(ROTATION_MAGIC)] != ROTATION_MAGIC:
        raise RotationError(reason="not a rotation record")
    length = int.from_bytes(data[len(ROTATION_MAGIC): start], "big")
    if len(data) != start + length + 128 or length > 4096:
        raise RotationError(reason="bad length")
    signed, sig_old, sig_new = data[: start + length], data[start + length: -64], data[-64:]
    try:
        old_public_key.verify(sig_old, _ROT_OLD + signed)
    except InvalidSignature:
        raise RotationError(reason="the old key's signature is wrong") from None
    try:
        body = canonical.loads_canonical(data[start: start + length])
        if set(body) != _ROTATION_FIELDS or body["type"] != "key-rotation" or body["version"] != 1:
            raise RotationError(reason="unexpected fields")
        new_public = Ed25519PublicKey.from_public_bytes(unb64(body["new_public_key"]))
    except (canonical.CanonicalError, ValueError, binascii.Error):
        raise RotationError(reason="unreadable record") from None
    try:
        new_public.verify(sig_new, _ROT_NEW + signed)
    except InvalidSignature:
        raise RotationError(reason="the new key's signature is wrong") from None
    if body["province"] != expected_province:
        raise RotationError(reason="another province's record")
    if body["old_key_id"] != fingerprint(old_public_key) or body["new_key_id"] != fingerprint(new_public):
        raise RotationError(reason="key ids do not match the keys")
    sequence = body["from_sequence"]
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence < 1:
        raise RotationError(reason="invalid from_sequence")
    return RotationRecord(province=body["province"], old_key_id=body["old_key_id"], new_public_key=new_public,
                          from_sequence=sequence)
