"""The encrypted key file: the province's private key under a passphrase, in a file only its owner reads.

A small versioned JSON envelope (:class:`EncryptedKeyFile`): Argon2id 64 MiB × 3 passes × 4 lanes →
AES-256-GCM, the envelope's fields authenticated as associated data; older scrypt files are read and rewritten
with the current KDF the first time they open. Every file is written whole or not at all
(:func:`write_new_file_atomically`: a synced 0600 temporary file renamed into place); at rotation the old key
is kept beside the new one as ``<name>.retired-<key id>`` until the center has the rotation, then overwritten
and removed. A missing file is never replaced: loading raises :class:`MissingKeyError`, creating over an
existing one raises :class:`KeyExistsError`.
"""

from __future__ import annotations

import binascii
import contextlib
import os
import secrets
import tempfile
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from desktop.store.durable import fsync_folder
from desktop.sync import canonical
from desktop.sync.errors import KeyExistsError, KeyStoreError, MissingKeyError, WrongPassphraseError
from desktop.sync.keys import b64, fingerprint, generate_private_key, private_raw, unb64
from desktop.sync.regular_files import read_regular

KEY_FILE_FORMAT = "rasad-key-file"
#: Version 2: Argon2id (RFC 9106's second recommended option: 64 MiB, 3 passes, 4 lanes). Version 1 (scrypt
#: n=2**15, r=8, p=1) is still read, and rewritten as version 2 the first time it opens (issue 12).
KEY_FILE_VERSION = 2
ARGON2_MEMORY_KIB, ARGON2_ITERATIONS, ARGON2_LANES = 64 * 1024, 3, 4
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1  # version 1 files only
_KDF_FIELDS = {
    1: {"version": 1, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P},
    2: {"version": 2, "kdf": "argon2id", "memory_kib": ARGON2_MEMORY_KIB, "iterations": ARGON2_ITERATIONS,
        "lanes": ARGON2_LANES},
}
_MAX_KEY_FILE_BYTES = 16 * 1024


# -- atomic owner-only files ---------------------------------------------------------------------------

def write_new_file_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` (which must not exist) via a synced 0600 temp file and ``os.replace``.

    On any failure the temp file is removed, so no partial file ever carries the final name.
    """
    path = Path(path)
    if path.exists():
        raise KeyExistsError(location=str(path))
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with contextlib.suppress(AttributeError, NotImplementedError):
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():  # re-check just before the rename (another process may have created it)
            raise KeyExistsError(location=str(path))
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    fsync_folder(path.parent)


# -- the encrypted key file ------------------------------------------------------------------------------

def _kdf(passphrase: str, salt: bytes, version: int = KEY_FILE_VERSION) -> bytes:
    if version == 1:
        return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))
    return Argon2id(salt=salt, length=32, iterations=ARGON2_ITERATIONS, lanes=ARGON2_LANES,
                    memory_cost=ARGON2_MEMORY_KIB).derive(passphrase.encode("utf-8"))


class EncryptedKeyFile:
    """A private key encrypted with a passphrase in a small versioned JSON envelope (owner-only file)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def exists(self) -> bool:
        return self.path.exists()

    def save(self, key: Ed25519PrivateKey, passphrase: str, *, version: int = KEY_FILE_VERSION) -> None:
        write_new_file_atomically(self.path, self._envelope(key, passphrase, version))

    @staticmethod
    def _envelope(key: Ed25519PrivateKey, passphrase: str, version: int = KEY_FILE_VERSION) -> bytes:
        if not passphrase:
            raise KeyStoreError(reason="an empty passphrase is not allowed")
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        envelope: dict[str, Any] = {
            "format": KEY_FILE_FORMAT, **_KDF_FIELDS[version], "salt": b64(salt),
            "cipher": "aes-256-gcm", "nonce": b64(nonce), "key_id": fingerprint(key.public_key()),
        }
        aad = canonical.dumps(envelope)
        envelope["ciphertext"] = b64(AESGCM(_kdf(passphrase, salt, version)).encrypt(nonce, private_raw(key),
                                                                                      aad))
        return canonical.dumps(envelope)

    def _upgrade(self, key: Ed25519PrivateKey, passphrase: str) -> None:
        """Rewrite an older file with the current KDF (same key, same passphrase): a new file is written and
        synced under a temporary name, then renamed over the old one, so a crash leaves one or the other."""
        # a name of its own: two processes opening the same old file at once each write a complete file
        staged = self.path.with_name(f"{self.path.name}.upgrade-{secrets.token_hex(4)}")
        try:
            write_new_file_atomically(staged, self._envelope(key, passphrase))
            os.replace(staged, self.path)
            fsync_folder(self.path.parent)
        except OSError:  # a read-only folder: the old file still works; it is upgraded another time
            with contextlib.suppress(OSError):
                staged.unlink()

    def replace(self, key: Ed25519PrivateKey, passphrase: str) -> None:
        """Put ``key`` in place of the current one (rotation): the old file is kept beside it as
        ``<name>.retired-<old key id>`` and the new one is written to a temporary name first, so a crash
        leaves either the old key or the new one under the final name, never a partial file."""
        old = self.load(passphrase)
        retired = self.retired_path(fingerprint(old.public_key()))
        if not retired.exists():
            write_new_file_atomically(retired, self.path.read_bytes())
        staged = EncryptedKeyFile(self.path.with_name(f"{self.path.name}.next"))
        with contextlib.suppress(FileNotFoundError):
            staged.path.unlink()
        staged.save(key, passphrase)
        os.replace(staged.path, self.path)
        fsync_folder(self.path.parent)

    def create(self, passphrase: str) -> Ed25519PrivateKey:
        """A new key saved under ``passphrase``; refuses when a key file already exists."""
        if self.exists():
            raise KeyExistsError(location=str(self.path))
        key = generate_private_key()
        self.save(key, passphrase)
        return key

    def load(self, passphrase: str) -> Ed25519PrivateKey:
        try:
            data = read_regular(self.path, _MAX_KEY_FILE_BYTES + 1)  # a FIFO would block here forever
        except FileNotFoundError:
            raise MissingKeyError(location=str(self.path)) from None
        except OSError as exc:
            raise KeyStoreError(reason=f"cannot read {self.path}: {exc.strerror}") from None
        try:
            envelope = canonical.loads_strict(data[:_MAX_KEY_FILE_BYTES])
            version = envelope.get("version") if isinstance(envelope, dict) else None
            if version not in _KDF_FIELDS or isinstance(version, bool):
                raise KeyStoreError(reason=f"{self.path} is not a supported key file")
            expected = {"format": KEY_FILE_FORMAT, **_KDF_FIELDS[version], "cipher": "aes-256-gcm"}
            if any(envelope.get(k) != v for k, v in expected.items()) or set(envelope) != {
                    *expected, "salt", "nonce", "key_id", "ciphertext"}:
                raise KeyStoreError(reason=f"{self.path} is not a supported key file")
            ciphertext = unb64(envelope.pop("ciphertext"))
            salt, nonce = unb64(envelope["salt"]), unb64(envelope["nonce"])
            if len(nonce) != 12 or len(salt) < 16:
                raise KeyStoreError(reason=f"{self.path} is not a supported key file")
        except (canonical.CanonicalError, ValueError, binascii.Error):
            raise KeyStoreError(reason=f"{self.path} is not a supported key file") from None
        try:
            raw = AESGCM(_kdf(passphrase, salt, version)).decrypt(nonce, ciphertext, canonical.dumps(envelope))
        except InvalidTag:
            raise WrongPassphraseError(path=str(self.path)) from None
        key = Ed25519PrivateKey.from_private_bytes(raw)
        if fingerprint(key.public_key()) != envelope["key_id"]:
            raise WrongPassphraseError(path=str(self.path))
        if version < KEY_FILE_VERSION:
            self._upgrade(key, passphrase)
        return key

    def retired_path(self, key_id: str) -> Path:
        return self.path.with_name(f"{self.path.name}.retired-{key_id}")

    def erase_retired(self, key_id: str) -> bool:
        """Remove the retired key ``key_id`` (its rotation reached the center); whether a file was removed.
        The file is overwritten with zeros and synced before it is unlinked (on a journalled or copy-on-write
        file system the old blocks may survive; the key in them is still encrypted with the passphrase)."""
        path = self.retired_path(key_id)
        try:
            size = path.stat().st_size
            with open(path, "r+b") as handle:
                handle.write(b"\0" * size)
                handle.flush()
                os.fsync(handle.fileno())
            path.unlink()
        except FileNotFoundError:
            return False
        fsync_folder(path.parent)
        return True
