"""The center's own signing key: its rotations, recorded and listed, and whether a key was rotated out.

A rotation record is signed by both the old and the new key (desktop/sync/center_rotation.py); provinces fetch the
records and move their pin on their next sync. A stored receipt is signed again by the current key when it is sent
again (desktop/center/receipts.py ``current_receipt``).
"""

from __future__ import annotations

from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.models import CenterKeyRotation
from desktop.sync.center_rotation import center_rotation_record
from desktop.sync.keys import fingerprint


def record_rotation(session: Session, old_key: Ed25519PrivateKey, new_key: Ed25519PrivateKey,
                    now: datetime) -> bytes:
    """Record the move from ``old_key`` to ``new_key`` (signed by both); the record."""
    record = center_rotation_record(old_key, new_key, now)
    session.add(CenterKeyRotation(old_key_id=fingerprint(old_key.public_key()),
                                  new_key_id=fingerprint(new_key.public_key()), created_at=now, record=record))
    return record


def rotation_records(session: Session) -> list[bytes]:
    """Every rotation record of the center's key, oldest first."""
    return [bytes(r) for r in session.scalars(select(CenterKeyRotation.record).order_by(CenterKeyRotation.id))]


def rotated_out(session: Session, public_key: Ed25519PublicKey) -> bool:
    """Whether ``public_key`` was rotated out (a center must not go on signing with it)."""
    return session.scalar(select(CenterKeyRotation.id).where(
        CenterKeyRotation.old_key_id == fingerprint(public_key))) is not None
