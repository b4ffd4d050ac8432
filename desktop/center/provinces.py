"""Provinces and their signing keys at the center: registration, rotation, the key a bundle needs, and the chain of
bundles applied so far.

A bundle verifies only with the key that was the province's key for that bundle's sequence
(``center_province_key.first_sequence..last_sequence``), so bundles cut before a rotation and still on their
way stay valid, and a retired key cannot sign new ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.models import CenterBundle, CenterProvince, CenterProvinceKey, CenterReceipt
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync import frame
from desktop.sync.errors import RotationError, SyncError
from desktop.sync.keys import export_public, fingerprint, load_public
from desktop.sync.rotation_records import read_rotation


class KeyInUseError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Key {key_id} is already used by province {province}; a key belongs to "
                                        "one province only.")


class AlreadyRegisteredError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Province {province} is already registered with key {key_id}; re-keying "
                                        "it needs --replace.")


@dataclass(frozen=True)
class ProvinceKey:
    province: str
    key_id: str
    public_key: Ed25519PublicKey
    first_sequence: int
    last_sequence: int | None

    def covers(self, sequence: int) -> bool:
        return sequence >= self.first_sequence and (self.last_sequence is None or sequence <= self.last_sequence)


def applied_head(session: Session, code: str) -> tuple[int, str]:
    """The last applied sequence of ``code`` and its file hash (0 and the genesis hash before any)."""
    head = session.execute(select(CenterBundle.sequence, CenterBundle.file_hash).where(
        CenterBundle.province == code, CenterBundle.state == "applied",
    ).order_by(CenterBundle.sequence.desc()).limit(1)).first()
    return (head[0], head[1]) if head else (0, frame.GENESIS_HASH)


def applied_chain(session: Session, code: str, after: int, limit: int) -> list[tuple[int, bytes, bytes]]:
    """(sequence, bundle bytes, stored receipt) of ``code``'s applied bundles after ``after``, in order."""
    rows = session.execute(select(CenterBundle.sequence, CenterBundle.data, CenterReceipt.data).join(
        CenterReceipt, (CenterReceipt.province == CenterBundle.province)
        & (CenterReceipt.bundle_id == CenterBundle.bundle_id)).where(
        CenterBundle.province == code, CenterBundle.state == "applied", CenterBundle.sequence > after,
    ).order_by(CenterBundle.sequence).limit(limit)).all()
    return [(sequence, bytes(data), bytes(receipt)) for sequence, data, receipt in rows]


def key_by_id(session: Session, key_id: str) -> ProvinceKey | None:
    row = session.scalar(select(CenterProvinceKey).join(
        CenterProvince, CenterProvince.code == CenterProvinceKey.province).where(
        CenterProvinceKey.key_id == key_id, CenterProvince.active.is_(True)))
    if row is None:
        return None
    return ProvinceKey(province=row.province, key_id=row.key_id, public_key=load_public(row.public_key.encode()),
                       first_sequence=row.first_sequence, last_sequence=row.last_sequence)


def keys_for(session: Session, code: str, sequence: int) -> dict[str, Ed25519PublicKey]:
    """The key that signs ``code``'s bundle ``sequence`` (a held bundle is verified again when applied)."""
    rows = session.scalars(select(CenterProvinceKey).where(CenterProvinceKey.province == code))
    return {row.key_id: load_public(row.public_key.encode("ascii")) for row in rows
            if row.first_sequence <= sequence and (row.last_sequence is None or sequence <= row.last_sequence)}


def _current_key(session: Session, code: str) -> CenterProvinceKey | None:
    return session.scalar(select(CenterProvinceKey).where(
        CenterProvinceKey.province == code, CenterProvinceKey.last_sequence.is_(None)))


def register(session: Session, code: str, name: str, key: Ed25519PublicKey, now: datetime, *,
             replace: bool = False) -> str:
    """Register a province. Registering it again with its current key only updates its name (and makes it
    active); with another key it is a re-key by hand, refused unless ``replace`` (AlreadyRegisteredError): the
    new key signs from the next sequence on, and the change is recorded (``how = 'replacement'``, with its
    time, beside the closed range of the old key). A key any province has used is refused (KeyInUseError)."""
    key_id = fingerprint(key)
    pem = export_public(key).decode("ascii")
    known = session.scalar(select(CenterProvinceKey).where(CenterProvinceKey.key_id == key_id))
    province = session.get(CenterProvince, code, with_for_update=True)
    current = _current_key(session, code) if province is not None else None
    if known is not None and not (known.province == code and current is not None and current.key_id == key_id):
        raise KeyInUseError(key_id=key_id, province=known.province)
    if province is None:
        session.add(CenterProvince(code=code, name=name, public_key=pem, key_id=key_id, registered_at=now,
                                   active=True))
        session.flush()
        session.add(CenterProvinceKey(province=code, key_id=key_id, public_key=pem, first_sequence=1,
                                      last_sequence=None, added_at=now, how="registration"))
        return key_id
    if current is not None and current.key_id == key_id:
        province.name, province.active = name, True
        return key_id
    if not replace:
        raise AlreadyRegisteredError(province=code, key_id=current.key_id if current else province.key_id)
    province.name, province.active = name, True
    _switch_key(session, province, current, key, now, from_sequence=applied_head(session, code)[0] + 1,
                how="replacement")
    return key_id


#: The reason of a rotation record the center already has; the province matches this English text in the answer
#: (desktop/sync/rotation.py), so it never changes. The center's own command line shows it translated.
ROTATION_ALREADY_KNOWN = QT_TRANSLATE_NOOP("Sync", "the new key is already known")


def rotate(session: Session, code: str, record: bytes, now: datetime) -> str:
    """Apply a rotation record signed by the province's current key and the new one; returns the new key id.

    The same record delivered again (over HTTPS and on removable media, say) changes nothing."""
    province = session.get(CenterProvince, code, with_for_update=True)
    keys = session.scalars(select(CenterProvinceKey).where(CenterProvinceKey.province == code)
                           .order_by(CenterProvinceKey.first_sequence.desc())).all() if province else []
    current = next((row for row in keys if row.last_sequence is None), None)
    if province is None or current is None:
        raise RotationError(reason=QT_TRANSLATE_NOOP("Sync", "the province is not registered"))
    for signer in keys:
        try:
            rotation = read_rotation(record, old_public_key=load_public(signer.public_key.encode()),
                                     expected_province=code)
        except RotationError:
            if signer is keys[-1]:
                raise
            continue
        break
    new_id = fingerprint(rotation.new_public_key)
    known = session.scalar(select(CenterProvinceKey).where(CenterProvinceKey.key_id == new_id))
    if known is not None:
        if known.province == code and known.first_sequence == rotation.from_sequence:
            return new_id
        raise RotationError(reason=ROTATION_ALREADY_KNOWN)
    if signer is not current:
        raise RotationError(reason=QT_TRANSLATE_NOOP("Sync", "the record is signed by a retired key"))
    if rotation.from_sequence < current.first_sequence:
        raise RotationError(reason=QT_TRANSLATE_NOOP(
            "Sync", "the rotation starts before the current key's first bundle"))
    _switch_key(session, province, current, rotation.new_public_key, now, from_sequence=rotation.from_sequence,
                how="rotation")
    return new_id


def _switch_key(session: Session, province: CenterProvince, current: CenterProvinceKey | None,
                key: Ed25519PublicKey, now: datetime, *, from_sequence: int, how: str) -> None:
    pem = export_public(key).decode("ascii")
    if current is not None:
        current.last_sequence = from_sequence - 1  # may end before it starts: it then covers nothing
        session.flush()
    province.public_key, province.key_id = pem, fingerprint(key)
    session.add(CenterProvinceKey(province=province.code, key_id=fingerprint(key), public_key=pem,
                                  first_sequence=from_sequence, last_sequence=None, added_at=now, how=how))
    session.flush()
