"""The province's link to the center: its address and its pinned public key, kept in the database settings.

The center's key is pinned once (from the file the center hands out at registration). Replacing a pinned key
is a deliberate act (``replace=True``), never a side effect of talking to a center: every receipt and directive
is checked against the pinned key only.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from desktop.domain.messages import QT_TRANSLATE_NOOP
from desktop.store.audit import SETTING, record_event
from desktop.store.database import Database
from desktop.store.settings import get_setting, set_setting
from desktop.sync.errors import SyncError
from desktop.sync.keys import export_public, fingerprint, load_public
from desktop.sync.sender import check_center_url

PROVINCE_SETTING = "province.code"
CENTER_URL_SETTING = "center.url"
CENTER_KEY_SETTING = "center.public_key"  # export_public() text of the center's key


class CenterKeyNotPinnedError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The center's public key is not pinned yet; import the key file the "
                                        "center gave you first.")


class CenterKeyAlreadyPinnedError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "Another center key ({key_id}) is already pinned; replacing it must be "
                                        "asked for explicitly.")


class ProvinceNotSetError(SyncError):
    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The database has no province code yet; finish the setup first.")


@dataclass(frozen=True)
class CenterLink:
    province: str | None
    url: str | None
    center_key_id: str | None


class CenterLinkService:
    def __init__(self, database: Database) -> None:
        self.database = database

    def link(self) -> CenterLink:
        with self.database.session() as session:
            province = get_setting(session, PROVINCE_SETTING)
            url = get_setting(session, CENTER_URL_SETTING)
            pem = get_setting(session, CENTER_KEY_SETTING)
        key_id = fingerprint(load_public(pem.encode("ascii"))) if isinstance(pem, str) and pem else None
        return CenterLink(province=province or None, url=url or None, center_key_id=key_id)

    def province(self) -> str:
        with self.database.session() as session:
            code = get_setting(session, PROVINCE_SETTING)
        if not isinstance(code, str) or not code:
            raise ProvinceNotSetError()
        return code

    def center_key(self) -> Ed25519PublicKey:
        with self.database.session() as session:
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

    def set_center_url(self, url: str) -> str:
        """Store the center's address (https, or http to this computer); returns it normalised."""
        checked = check_center_url(url.strip())
        with self.database.session() as session:
            set_setting(session, CENTER_URL_SETTING, checked)
            record_event(session, self.database, SETTING, f"{CENTER_URL_SETTING}: {checked}")
        return checked
