"""The province's signing key as the window uses it (SyncService's key use cases): where its key file is by
default, its key id read without the passphrase, creating the key and exporting its public half for registration
at the center. Where the key itself is kept is key_store.py (the OS keyring, or key_files.py's encrypted file);
``known_ids`` is the service's memory of the key id by province, so the window need not read it again."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.store.database import Database
from desktop.sync import canonical
from desktop.sync.key_store import KeyStore
from desktop.sync.keys import export_public, fingerprint
from desktop.sync.media import write_verified
from desktop.sync.regular_files import read_regular
from desktop.sync.rotation import record_key_created
from desktop.sync.views import SigningKeyView

KEY_FILE_SUFFIX = ".rasad-key"


def default_key_file(database: Database, province: str) -> Path:
    """Where the command line also looks: beside the database."""
    if database.path is not None:
        return database.path.parent / f"{province}{KEY_FILE_SUFFIX}"
    from desktop.paths import data_dir

    return data_dir() / f"{province}{KEY_FILE_SUFFIX}"


def view(store: KeyStore, province: str, known_ids: dict[str, str]) -> SigningKeyView:
    """The province's key id and where it is kept; read without the passphrase (from the key file's
    envelope), so the window can show it before asking for anything."""
    key_id = known_ids.get(province)
    if key_id is None:
        key_id = read_key_id(store)
        if key_id is not None:
            known_ids[province] = key_id
    return SigningKeyView(key_id=key_id, location=store.location, in_keyring=store.uses_keyring,
                          notice=store.notice)


def read_key_id(store: KeyStore) -> str | None:
    """The key id in the keyring, or in the key file's envelope (no passphrase); None: no key, "?": unreadable."""
    if store.uses_keyring:
        if not store.exists():
            return None
        return fingerprint(store.load().public_key())
    try:
        envelope = canonical.loads_strict(read_regular(store.fallback.path, 16 * 1024))
    except FileNotFoundError:
        return None
    except (OSError, canonical.CanonicalError):
        return "?"
    key_id = envelope.get("key_id") if isinstance(envelope, dict) else None
    return key_id if isinstance(key_id, str) else "?"


def create(database: Database, store: KeyStore, province: str, passphrase: str | None,
           known_ids: dict[str, str]) -> None:
    """A new Ed25519 key for the province, and its audit event; KeyExistsError when one exists (it is never
    replaced)."""
    key = store.create(passphrase)
    known_ids[province] = fingerprint(key.public_key())
    record_key_created(database, fingerprint(key.public_key()), province)


def export_public_key(store: KeyStore, path: Path | str, passphrase: str | None) -> str:
    """Write the public key (with its key id line) for registration at the center; returns the key id."""
    public = store.load(passphrase).public_key()
    data = export_public(public)
    write_verified(Path(path), data, hashlib.sha256(data).hexdigest())
    return fingerprint(public)
