"""Directive bundles the center issues to a province: approved programs, indicator targets and deadlines.

Each province has its own directive chain (sequence 1, 2, …, each naming the previous file's hash), signed by
the center's key; the province verifies it against the key it pinned and applies it in order, once
(desktop/sync/directives.py). Issued bundles are stored so they can be fetched again or written to media.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center.models import CenterDirective, CenterProvince
from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.sync import directive_content, frame
from desktop.sync.errors import SyncError
from desktop.sync.listing import ListedDirective

APP_VERSION = "0.1.0"
SCHEMA_VERSION = "directive-1"


class UnknownProvinceError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Province {province} is not registered at the center.")


@dataclass(frozen=True)
class IssuedDirective:
    province: str
    sequence: int
    bundle_id: str
    file_hash: str
    summary: str
    data: bytes


def issue(session: Session, center_key: Ed25519PrivateKey, province: str,
          directives: directive_content.Directives, now: datetime) -> IssuedDirective:
    """Cut, sign and store the next directive bundle for ``province`` (in the caller's transaction)."""
    if session.get(CenterProvince, province, with_for_update=True) is None:
        raise UnknownProvinceError(province=province)
    last = session.scalar(select(CenterDirective).where(CenterDirective.province == province)
                          .order_by(CenterDirective.sequence.desc()).limit(1))
    sequence = (last.sequence + 1) if last else 1
    bundle_id = frame.new_bundle_id()
    data = frame.encode({
        "payload_type": directive_content.DIRECTIVE, "bundle_id": bundle_id, "province": province,
        "sequence": sequence, "previous_hash": last.file_hash if last else frame.GENESIS_HASH,
        "created_at": frame.utc_timestamp(now), "app_version": APP_VERSION, "schema_version": SCHEMA_VERSION,
    }, [(directive_content.DIRECTIVES_PART, directive_content.encode(directives), True)], center_key)
    row = CenterDirective(province=province, sequence=sequence, bundle_id=bundle_id, file_hash=frame.file_hash(data),
                          created_at=now, summary=directives.summary(), data=data)
    session.add(row)
    session.flush()
    return IssuedDirective(province, sequence, bundle_id, row.file_hash, row.summary, data)


def issued(session: Session, province: str, after: int = 0) -> list[IssuedDirective]:
    """The directives of ``province`` with a sequence above ``after``, in order."""
    rows = session.scalars(select(CenterDirective).where(
        CenterDirective.province == province, CenterDirective.sequence > after).order_by(CenterDirective.sequence))
    return [IssuedDirective(r.province, r.sequence, r.bundle_id, r.file_hash, r.summary, bytes(r.data))
            for r in rows]


def listed(session: Session, province: str, after: int, limit: int) -> list[ListedDirective]:
    """What the listing names (without the bundles' bytes): the first ``limit`` directives after ``after``."""
    rows = session.execute(select(CenterDirective.sequence, CenterDirective.bundle_id, CenterDirective.file_hash)
                           .where(CenterDirective.province == province, CenterDirective.sequence > after)
                           .order_by(CenterDirective.sequence).limit(limit)).all()
    return [ListedDirective(sequence, bundle_id, file_hash) for sequence, bundle_id, file_hash in rows]


def bundle(session: Session, province: str, sequence: int) -> bytes | None:
    data = session.scalar(select(CenterDirective.data).where(CenterDirective.province == province,
                                                             CenterDirective.sequence == sequence))
    return None if data is None else bytes(data)
