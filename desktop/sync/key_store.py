"""Where the province's signing key is kept: the OS keyring when it is a real secure store, else the key file.

:class:`KeyStore` uses the OS keyring through ``keyring`` when its backend is a real secure store, otherwise an
:class:`~desktop.sync.key_files.EncryptedKeyFile` (desktop/sync/key_files.py). Refused keyring backends
(:func:`is_secure_backend`): ``keyring``'s ``fail`` and ``null`` backends, anything from ``keyrings.alt``
(plaintext, base64 "file" and registry stores), any class named ``*Plaintext*``, a backend with priority <= 0,
and a chainer containing any of these. A keyring that raises is given up for the file, and the user told
(:class:`KeyringUnusableNotice`). A missing key is never replaced: loading raises :class:`MissingKeyError`,
creating over an existing key raises :class:`KeyExistsError`.
"""

from __future__ import annotations

import binascii
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.domain.messages import QT_TRANSLATE_NOOP, Bilingual
from desktop.sync.errors import (
    InsecureKeyringError,
    KeyExistsError,
    KeyStoreError,
    MissingKeyError,
    SyncError,
)
from desktop.sync.key_files import EncryptedKeyFile
from desktop.sync.keys import b64, fingerprint, generate_private_key, private_raw, unb64

KEYRING_SERVICE = "rasad-signing-key"


def _describe(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def is_secure_backend(backend: Any) -> bool:
    """Whether ``backend`` is a real secure store (see the module docstring for what is refused)."""
    cls = type(backend)
    module, name = cls.__module__, cls.__qualname__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")):
        return False
    if "plaintext" in name.lower() or "plaintext" in module.lower():
        return False
    if module.startswith("keyring.backends.chainer"):
        inner = list(getattr(backend, "backends", []))
        return bool(inner) and all(is_secure_backend(b) for b in inner)
    try:
        priority = float(getattr(cls, "priority", 0))
    except Exception:  # noqa: BLE001 - a backend's priority property may raise when it is unusable
        return False
    return priority > 0


class KeyStore:
    """The signing key of ``name`` (e.g. the province code): in the keyring if secure, else in ``fallback``.

    ``backend`` defaults to ``keyring.get_keyring()``; pass one in tests. ``passphrase`` is used only by
    the file fallback (``uses_keyring`` tells the UI whether to ask for it).
    """

    def __init__(self, name: str, fallback: EncryptedKeyFile, backend: Any = None) -> None:
        if backend is None:
            import keyring

            backend = keyring.get_keyring()
        self.name = name
        self.fallback = fallback
        self.backend = backend if is_secure_backend(backend) else None
        self.refused_backend = None if self.backend is not None else _describe(backend)
        #: Set when a secure-looking keyring raised and the key file was used instead (say it to the user).
        self.notice: KeyringUnusableNotice | None = None

    def _keyring_failed(self, exc: Exception) -> None:
        """A keyring backend that raises (no D-Bus session, a locked or broken store) is given up for this
        store's life: the encrypted key file is used instead, and :attr:`notice` says so."""
        self.notice = KeyringUnusableNotice(backend=_describe(self.backend),  # the type is for whoever fixes it
                                                reason=Bilingual(type(exc).__name__, type(exc).__name__))
        self.refused_backend = _describe(self.backend)
        self.backend = None

    @property
    def uses_keyring(self) -> bool:
        return self.backend is not None

    @property
    def location(self) -> str:
        return f"keyring {KEYRING_SERVICE}/{self.name}" if self.backend is not None else str(self.fallback.path)

    def _keyring_get(self) -> str | None:
        """The stored text; raises _KeyringUnusable (after switching to the key file) if the backend raises."""
        assert self.backend is not None
        try:
            return self.backend.get_password(KEYRING_SERVICE, self.name)
        except Exception as exc:  # noqa: BLE001 - keyring backends raise their own error types
            self._keyring_failed(exc)
            raise _KeyringUnusable() from None

    def exists(self) -> bool:
        if self.backend is not None:
            try:
                return self._keyring_get() is not None
            except _KeyringUnusable:
                pass
        return self.fallback.exists()

    def create(self, passphrase: str | None = None) -> Ed25519PrivateKey:
        """A new key, stored; refuses when one already exists (never overwrites)."""
        if self.backend is not None:
            try:
                if self._keyring_get() is not None:
                    raise KeyExistsError(location=self.location)
            except _KeyringUnusable:
                pass
        if self.backend is None:
            return self.fallback.create(self._need(passphrase))
        key = generate_private_key()
        try:
            self.backend.set_password(KEYRING_SERVICE, self.name, b64(private_raw(key)))
        except Exception as exc:  # noqa: BLE001 - keyring backends raise their own error types
            self._keyring_failed(exc)
            return self.fallback.create(self._need(passphrase))
        if fingerprint(self.load().public_key()) != fingerprint(key.public_key()):
            raise KeyStoreError(reason="the keyring did not keep the key")
        return key

    def load(self, passphrase: str | None = None) -> Ed25519PrivateKey:
        if self.backend is not None:
            try:
                stored = self._keyring_get()
            except _KeyringUnusable:
                stored = None
        if self.backend is None:
            return self.fallback.load(self._need(passphrase))
        if stored is None:
            raise MissingKeyError(location=self.location)
        try:
            raw = unb64(stored)
            return Ed25519PrivateKey.from_private_bytes(raw)
        except (ValueError, binascii.Error):
            raise KeyStoreError(reason="the key in the keyring is damaged") from None

    def replace(self, key: Ed25519PrivateKey, passphrase: str | None = None) -> None:
        """Store ``key`` in place of the current key (rotation only; the old key is kept as retired)."""
        if self.backend is None:
            self.fallback.replace(key, self._need(passphrase))
            return
        old = self.load()
        try:
            self.backend.set_password(KEYRING_SERVICE, f"{self.name}.retired-{fingerprint(old.public_key())}",
                                      b64(private_raw(old)))
            self.backend.set_password(KEYRING_SERVICE, self.name, b64(private_raw(key)))
        except Exception as exc:  # noqa: BLE001 - keyring backends raise their own error types
            raise KeyStoreError(reason=f"keyring: {type(exc).__name__}") from None
        if fingerprint(self.load().public_key()) != fingerprint(key.public_key()):
            raise KeyStoreError(reason="the keyring did not keep the key")

    def erase_retired(self, key_id: str) -> bool:
        """Erase the retired key ``key_id`` once the center has its rotation (a key kept only to be safe
        until then); whether there was one. A keyring entry is deleted; a retired key file is overwritten and
        removed (both are looked for: the key may have been rotated while the other store was in use)."""
        erased = False
        if self.backend is not None:
            try:
                if self.backend.get_password(KEYRING_SERVICE, f"{self.name}.retired-{key_id}") is not None:
                    self.backend.delete_password(KEYRING_SERVICE, f"{self.name}.retired-{key_id}")
                    erased = True
            except Exception as exc:  # noqa: BLE001 - keyring backends raise their own error types
                self._keyring_failed(exc)
        return self.fallback.erase_retired(key_id) or erased

    @staticmethod
    def _need(passphrase: str | None) -> str:
        if not passphrase:
            raise KeyStoreError(reason="the key file needs a passphrase")
        return passphrase


class _KeyringUnusable(Exception):
    """Internal: the keyring raised; the store has switched to the key file."""


class KeyringUnusableNotice(SyncError):
    """Not raised: what a store tells the user after it fell back from a failing keyring to the key file."""

    MESSAGE = QT_TRANSLATE_NOOP("Sync", "The system keyring ({backend}) could not be used ({reason}); the "
                                        "encrypted key file is used instead.")


def require_secure_backend(backend: Any) -> None:
    """Raise :class:`InsecureKeyringError` unless ``backend`` is secure (for callers that insist on it)."""
    if not is_secure_backend(backend):
        raise InsecureKeyringError(backend=_describe(backend))
