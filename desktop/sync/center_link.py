"""The province's link to the center: its address and its pinned public key, kept in the database settings.

The center's key is pinned once (from the file the center hands out at registration). Replacing a pinned key
is a deliberate act (``replace=True``), never a side effect of talking to a center: every receipt and directive
is checked against the pinned key only. :func:`read_center_key_file` reads that file, with a cap.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path

import httpx2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.domain.system_errors import describe_os_error
from desktop.store.audit import SETTING, record_event
from desktop.store.database import Database
from desktop.store.settings import get_setting, set_setting
from desktop.sync import bounded_http
from desktop.sync.center_rotation import CenterRotationError, old_key_id_of, read_center_rotation
from desktop.sync.errors import SyncError
from desktop.sync.keys import export_public, fingerprint, load_public
from desktop.sync.regular_files import read_regular
from desktop.sync.sender import check_center_url

PROVINCE_SETTING = "province.code"
CENTER_URL_SETTING = "center.url"
CENTER_KEY_SETTING = "center.public_key"  # export_public() text of the center's key
CENTER_RETIRED_KEYS_SETTING = "center.retired_public_keys"  # keys the pin moved away from, oldest first
MAX_ROTATIONS_LISTING_BYTES = 256 * 1024
_PUBLIC_KEY_FILE_MAX_BYTES = 16 * 1024


class CenterKeyNotPinnedError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center's public key is not pinned yet; import the key file the "
                                        "center gave you first.")


class CenterKeyAlreadyPinnedError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Another center key ({key_id}) is already pinned; replacing it must be "
                                        "asked for explicitly.")


class ProvinceNotSetError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The database has no province code yet; finish the setup first.")


class KeyFileReadError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The key file {path} could not be read ({reason}).")


class KeyFileTooLargeError(KeyFileReadError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The file {path} is larger than a public key file can be ({limit} bytes at "
                                        "most): it is not the center's key file.")


@dataclass(frozen=True)
class CenterLink:
    province: str | None
    url: str | None
    center_key_id: str | None

    @property
    def can_send(self) -> bool:
        """Whether bundles can go out: the province, the center's address and its pinned key are all set."""
        return bool(self.province and self.url and self.center_key_id)


class CenterLinkService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def link(self) -> CenterLink:
        with self.database.reading() as session:
            province = get_setting(session, PROVINCE_SETTING)
            url = get_setting(session, CENTER_URL_SETTING)
            pem = get_setting(session, CENTER_KEY_SETTING)
        key_id = fingerprint(load_public(pem.encode("ascii"))) if isinstance(pem, str) and pem else None
        return CenterLink(province=province or None, url=url or None, center_key_id=key_id)

    def province(self) -> str:
        with self.database.reading() as session:
            code = get_setting(session, PROVINCE_SETTING)
        if not isinstance(code, str) or not code:
            raise ProvinceNotSetError()
        return code

    def center_key(self) -> Ed25519PublicKey:
        with self.database.reading() as session:
            pem = get_setting(session, CENTER_KEY_SETTING)
        if not isinstance(pem, str) or not pem:
            raise CenterKeyNotPinnedError()
        return load_public(pem.encode("ascii"))

    def pin_center_key(self, public_key_file: bytes, *, replace: bool = False) -> str:
        """Pin the center's key from its exported file; returns the key id. KeyStoreError for a bad file."""
        key = load_public(public_key_file)
        key_id = fingerprint(key)
        with self.database.session() as session:
            current = get_setting(session, CENTER_KEY_SETTING)
            if isinstance(current, str) and current and not replace:
                current_id = fingerprint(load_public(current.encode("ascii")))
                if current_id != key_id:
                    raise CenterKeyAlreadyPinnedError(key_id=current_id)
            set_setting(session, CENTER_KEY_SETTING, export_public(key).decode("ascii"))
            record_event(session, self.database, SETTING, f"{CENTER_KEY_SETTING}: {key_id}")
        return key_id

    def follow_center_rotations(self, client: httpx2.Client, center_url: str) -> list[str]:
        """Take the center's key rotation records (``GET /center/key-rotations``) and move the pin along the
        ones that start at the pinned key, each checked with the key pinned at that moment; returns the new key
        ids pinned. A record that names the pinned key but does not verify raises CenterRotationError (the pin
        stays); records that start elsewhere (older rotations, or another center's) are ignored."""
        response = bounded_http.request(client, "GET", f"{center_url}/center/key-rotations",
                                        max_bytes=MAX_ROTATIONS_LISTING_BYTES)
        if response.status_code != 200:
            raise httpx2.HTTPStatusError(f"HTTP {response.status_code}",
                                         request=httpx2.Request("GET", center_url),
                                         response=httpx2.Response(response.status_code))
        try:
            listed = json.loads(response.content)
            records = [base64.b64decode(item, validate=True) for item in listed[:100]] \
                if isinstance(listed, list) else []
        except (ValueError, TypeError):
            raise CenterRotationError(reason="unreadable list") from None
        moved: list[str] = []
        for _ in range(len(records)):
            pinned = self.center_key()
            pinned_id = fingerprint(pinned)
            record = next((r for r in records if old_key_id_of(r) == pinned_id), None)
            if record is None:
                break
            rotation = read_center_rotation(record, pinned)
            with self.database.session() as session:
                retired = list(get_setting(session, CENTER_RETIRED_KEYS_SETTING, []) or [])
                set_setting(session, CENTER_RETIRED_KEYS_SETTING,
                            [*retired, export_public(pinned).decode("ascii")])
                set_setting(session, CENTER_KEY_SETTING, export_public(rotation.new_public_key).decode("ascii"))
            moved.append(rotation.new_key_id)
        return moved

    def set_center_url(self, url: str) -> str:
        """Store the center's address (https, or http to this computer); returns it normalised."""
        checked = check_center_url(url.strip())
        with self.database.session() as session:
            set_setting(session, CENTER_URL_SETTING, checked)
            record_event(session, self.database, SETTING, f"{CENTER_URL_SETTING}: {checked}")
        return checked


def read_center_key_file(path: Path) -> bytes:
    """The key file the center handed out, for :meth:`CenterLinkService.pin_center_key`. KeyFileReadError when it
    cannot be read, or is larger than a public key file can be (only that much more is read)."""
    try:
        data = read_regular(path, _PUBLIC_KEY_FILE_MAX_BYTES + 1)
    except OSError as exc:
        raise KeyFileReadError(path=str(path), reason=describe_os_error(exc)) from exc
    if len(data) > _PUBLIC_KEY_FILE_MAX_BYTES:
        raise KeyFileTooLargeError(path=str(path), limit=_PUBLIC_KEY_FILE_MAX_BYTES)
    return data
