"""Province keys on the dashboard: each province's key history, and registration and rotation in two steps —
a preview that shows the fingerprint (the key id) of the key about to be trusted, then the confirmation, which
goes through only for that very key.

Both steps run the center's own logic (desktop/center/provinces.py: ``register`` and ``rotate``, as the
``register`` and ``rotate-key`` commands do); the preview runs it in a savepoint that is rolled back, so it
refuses exactly what the confirmation would refuse, and changes nothing. The files are capped before they are
read (the command line's caps).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.center import provinces
from desktop.center.dashboard import scope
from desktop.center.locking import serialise_province
from desktop.center.models import CenterProvince, CenterProvinceKey
from desktop.center.staff import Action, StaffContext
from desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from desktop.sync import frame
from desktop.sync.keys import fingerprint, load_public

#: The same caps as the command line (desktop/center/cli.py): an exported public key is a few hundred bytes, a
#: rotation record under 8 KiB.
MAX_PUBLIC_KEY_BYTES = 16 * 1024
MAX_ROTATION_BYTES = 8 * 1024


class KeyFileTooLargeError(DomainError):
    def __init__(self, limit: int) -> None:
        super().__init__("Center", QT_TRANSLATE_NOOP("Center", "The file is larger than {limit} bytes: it is not a "
                                                               "key or a rotation record."), {"limit": limit})


class ProvinceFieldsError(DomainError):
    def __init__(self) -> None:
        super().__init__("Center", QT_TRANSLATE_NOOP(
            "Center", "Give the province's code (letters, digits, . _ -; at most 32) and its name."))


class NotTheConfirmedKeyError(DomainError):
    def __init__(self, confirmed: str, actual: str) -> None:
        super().__init__("Center", QT_TRANSLATE_NOOP(
            "Center", "The key is {actual}, not the {confirmed} you confirmed: nothing was changed."),
            {"confirmed": confirmed, "actual": actual})


@dataclass(frozen=True)
class KeyEntry:
    key_id: str
    first_sequence: int
    last_sequence: int | None  # None while current
    added_at: datetime
    how: str  # registration | rotation | replacement

    @property
    def current(self) -> bool:
        return self.last_sequence is None


@dataclass(frozen=True)
class ProvinceKeys:
    code: str
    name: str
    active: bool
    registered_at: datetime
    keys: tuple[KeyEntry, ...]  # newest first


@dataclass(frozen=True)
class KeyPreview:
    """What a confirmation would do: trust ``key_id`` for ``province`` (from ``from_sequence`` for a rotation)."""

    province: str
    name: str
    key_id: str
    kind: str  # "registration", "replacement", "unchanged" (the current key again) or "rotation"
    replaces: str | None  # the key id it takes over from
    from_sequence: int | None


def key_history(session: Session, staff: StaffContext) -> list[ProvinceKeys]:
    scope.require(staff, Action.view_keys)
    result = []
    for code, _ in scope.visible_codes(session, staff):
        province = session.get(CenterProvince, code)
        keys = session.scalars(select(CenterProvinceKey).where(CenterProvinceKey.province == code)
                               .order_by(CenterProvinceKey.first_sequence.desc(), CenterProvinceKey.id.desc()))
        result.append(ProvinceKeys(code, province.name, province.active, province.registered_at, tuple(
            KeyEntry(k.key_id, k.first_sequence, k.last_sequence, k.added_at, k.how) for k in keys)))
    return result


def _capped(data: bytes, limit: int) -> bytes:
    if len(data) > limit:
        raise KeyFileTooLargeError(limit)
    return bytes(data)


def _current(session: Session, code: str) -> str | None:
    return session.scalar(select(CenterProvinceKey.key_id).where(
        CenterProvinceKey.province == code, CenterProvinceKey.last_sequence.is_(None)))


def _register(session: Session, code: str, name: str, public_key: bytes, replace: bool,
              now: datetime) -> KeyPreview:
    if not frame._PROVINCE.fullmatch(code) or not name.strip() or len(name) > 200:
        raise ProvinceFieldsError()
    key = load_public(_capped(public_key, MAX_PUBLIC_KEY_BYTES))
    before = _current(session, code)
    key_id = provinces.register(session, code, name.strip(), key, now, replace=replace)
    kind = "registration" if before is None else "unchanged" if before == key_id else "replacement"
    return KeyPreview(code, name.strip(), key_id, kind, before if kind == "replacement" else None, None)


def _rotate(session: Session, code: str, record: bytes, now: datetime) -> KeyPreview:
    before = _current(session, code)
    key_id = provinces.rotate(session, code, _capped(record, MAX_ROTATION_BYTES), now)
    first = session.scalar(select(CenterProvinceKey.first_sequence).where(CenterProvinceKey.key_id == key_id))
    name = session.scalar(select(CenterProvince.name).where(CenterProvince.code == code)) or ""
    return KeyPreview(code, name, key_id, "rotation", before if before != key_id else None, first)


def preview_registration(session: Session, staff: StaffContext, code: str, name: str, public_key: bytes, *,
                         replace: bool, now: datetime) -> KeyPreview:
    """The key id a registration would trust, and whether it is new, a re-key or the current key — or the
    refusal it would meet (SyncError). Nothing is changed."""
    scope.require(staff, Action.manage_keys)
    savepoint = session.begin_nested()
    try:
        return _register(session, code, name, public_key, replace, now)
    finally:
        savepoint.rollback()


def register(session: Session, staff: StaffContext, code: str, name: str, public_key: bytes, *, replace: bool,
             confirmed_key_id: str, now: datetime) -> KeyPreview:
    """Register (or re-key, with ``replace``) the province with the key whose id was shown and confirmed."""
    scope.require(staff, Action.manage_keys)
    actual = fingerprint(load_public(_capped(public_key, MAX_PUBLIC_KEY_BYTES)))
    if actual != confirmed_key_id:
        raise NotTheConfirmedKeyError(confirmed_key_id, actual)
    serialise_province(session, code)  # another serve process may be registering or ingesting it right now
    done = _register(session, code, name, public_key, replace, now)
    scope.audit_allowed(session, staff, Action.manage_keys, f"{code} {done.kind} {done.key_id}", now)
    return done


def preview_rotation(session: Session, staff: StaffContext, code: str, record: bytes, *,
                     now: datetime) -> KeyPreview:
    """The new key id a province's rotation record (signed by its current key and the new one) would move it to,
    and from which bundle — or the refusal it would meet. Nothing is changed."""
    scope.require(staff, Action.manage_keys)
    savepoint = session.begin_nested()
    try:
        return _rotate(session, code, record, now)
    finally:
        savepoint.rollback()


def rotate(session: Session, staff: StaffContext, code: str, record: bytes, *, confirmed_key_id: str,
           now: datetime) -> KeyPreview:
    """Apply the rotation record whose new key id was shown and confirmed."""
    scope.require(staff, Action.manage_keys)
    serialise_province(session, code)  # a bundle being ingested by another serve process must not cross the rotation
    savepoint = session.begin_nested()
    done = _rotate(session, code, record, now)
    if done.key_id != confirmed_key_id:
        savepoint.rollback()
        raise NotTheConfirmedKeyError(confirmed_key_id, done.key_id)
    savepoint.commit()
    scope.audit_allowed(session, staff, Action.manage_keys, f"{code} rotation {done.key_id}", now)
    return done
